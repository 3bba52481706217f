export interface SizePart {
  name: string;
  minBytes: number;
  gzipShare: number;
}
export interface ModulePart {
  path: string;
  minBytes: number;
  gzipShare: number;
}
/** What a page fetches only when a feature asks for it (story mode), or after its first render. */
export interface OnDemandPart {
  path: string;
  /** The part and the chunks it imports that the page payload does not hold. */
  files: string[];
  minBytes: number;
  gzipBytes: number;
  /** Our source files in it, as the metafile names them (src/...). */
  sources: string[];
}
export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
  budgetBytes: number;
  /** The files of the page payload, entry first. */
  files: string[];
  onDemand: OnDemandPart[];
  packages: SizePart[];
  ownModules: ModulePart[];
}
export declare const BUDGET_BYTES: number;
export declare const TOLERANCE_BYTES: number;
export declare const BASELINE_FILE: string;
export declare function bundleSize(): Promise<BundleSize>;
export declare function readBaseline(): Promise<{ gzipBytes: number; minBytes: number }>;
