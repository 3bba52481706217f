/** The only schemes a link from data may have, everywhere: in validation and in rendering. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** "http, https or mailto", for messages and descriptions. */
export const LINK_SCHEMES_IN_WORDS = LINK_SCHEMES.map((scheme) => scheme.slice(0, -1))
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

/**
 * The URL as a link target if its scheme is http:, https: or mailto:, else undefined. Relative and
 * scheme-less strings are refused too: data never decides what a link on the host page points at.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    return LINK_SCHEMES.includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
