export declare const CLASS_NAMES: readonly string[];
export declare function privateClassNames(
  dir: string,
  names?: readonly string[],
): Promise<Map<string, string>>;
export declare function renameClasses(
  source: string,
  map: ReadonlyMap<string, string>,
  fileName?: string,
): string;
