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
export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
  budgetBytes: number;
  packages: SizePart[];
  ownModules: ModulePart[];
}
export declare const BUDGET_BYTES: number;
export declare const TOLERANCE_BYTES: number;
export declare const BASELINE_FILE: string;
export declare function bundleSize(): Promise<BundleSize>;
export declare function readBaseline(): Promise<{ gzipBytes: number; minBytes: number }>;
