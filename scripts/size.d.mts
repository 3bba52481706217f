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
/** A file a page fetches only when a feature asks for it (story mode). */
export interface OnDemandPart {
  path: string;
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
