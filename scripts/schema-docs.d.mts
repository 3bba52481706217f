import type { Plugin } from 'esbuild';
export declare function stripSchemaDocs(
  path: string,
  text: string,
  builders: Map<string, number>,
): string;
export declare const schemaDocs: Plugin;
