import type { BuildResult } from 'esbuild';
export declare function bundleElement(options?: {
  outfile?: string;
  write?: boolean;
  minify?: boolean;
  sourcemap?: boolean | 'external';
}): Promise<BuildResult>;
