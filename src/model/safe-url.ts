const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL as a link target if its scheme is http:, https: or mailto:, else undefined. Relative and
 * scheme-less strings are refused too: data never decides what a link on the host page points at.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    return ALLOWED_SCHEMES.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
