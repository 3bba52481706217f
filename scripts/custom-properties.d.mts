export declare function privatePropertyNames(dir: string): Promise<Map<string, string>>;
export declare function renamePrivateProperties(
  source: string,
  names: ReadonlyMap<string, string>,
  fileName?: string,
): string;
