/** A build output file: its path and its text (scripts/export-names.mjs). */
export interface TextFile {
  path: string;
  text: string;
}
export declare function exportUnderLocalNames(files: TextFile[]): TextFile[];
