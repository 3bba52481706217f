import type { BuildResult } from 'esbuild';
export declare function bundleElement(options?: {
  outfile?: string;
  write?: boolean;
  minify?: boolean;
  sourcemap?: boolean | 'external';
  entry?: string;
}): Promise<BuildResult>;
export declare const TRANSLATIONS: string[];
/** Properties the page bundle renames (scripts/bundle.mjs). */
export declare const INTERNAL_PROPERTIES: string[];
/** Text edits to Lit's production modules as the bundles load them (scripts/bundle.mjs). */
export declare const LIT_EDITS: { file: RegExp; version: string; edits: [string, string][] }[];
export declare function bundleTranslations(options?: {
  outdir?: string;
  write?: boolean;
}): Promise<BuildResult>;
export declare function bundleEditor(options?: {
  outfile?: string;
  write?: boolean;
}): Promise<BuildResult>;
export declare function bundleHydrating(options?: {
  outfile?: string;
  write?: boolean;
}): Promise<BuildResult>;
