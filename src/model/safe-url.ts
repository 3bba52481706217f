/** The only schemes a link from data may have, everywhere: in validation and in rendering. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** LINK_SCHEMES for messages and descriptions, written out (a unit test holds it to the list). */
export const LINK_SCHEMES_IN_WORDS = 'http, https or mailto';

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
