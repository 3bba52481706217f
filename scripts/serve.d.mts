export declare function serveStatic(
  root?: string,
  options?: { headers?: Record<string, string> },
): Promise<{ url: string; close: () => Promise<void> }>;
