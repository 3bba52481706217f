import type { Plugin } from 'esbuild';
export declare function minifyCss(
  parts: readonly string[],
): Promise<{ parts: string[]; reason?: undefined } | { parts?: undefined; reason: string }>;
export declare function minifyHtmlParts(parts: readonly string[]): string[] | null;
export declare function minifyTemplates(
  source: string,
  options?: { fileName?: string; html?: boolean },
): Promise<{ code: string; warnings: { file: string; line: number; reason: string }[] }>;
export declare function templateMinifier(options?: {
  html?: boolean;
  names?: ReadonlyMap<string, string>;
  classes?: ReadonlyMap<string, string>;
}): Plugin;
