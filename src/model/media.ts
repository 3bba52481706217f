/**
 * Media on events and on the title card: a photo, a video or an audio file, always with words
 * around it (alt text, caption, credit). Plain functions, no DOM: the element resolves URLs with
 * them, and validation checks the same rules. Which files a browser plays itself: media-files.ts.
 */

/** The schemes a media URL may have; a relative URL is read against the page, as an `<img>` is. */
export const MEDIA_SCHEMES: readonly string[] = ['http:', 'https:'];

/** Whitespace, control characters and backslashes have no place in a URL from data. */
const UNSAFE_CHARACTERS = /[\s\0-\x1f\x7f\\]/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Why `url` cannot be a media URL, or null when it can: http:, https: or a relative reference
 * ("/images/a.jpg", "media/a.jpg"). Every other scheme (data:, blob:, javascript:, file:) is refused.
 */
export function mediaUrlProblem(url: string): string | null {
  // Blank text holds whitespace, which the pattern finds.
  if (url === '' || UNSAFE_CHARACTERS.test(url)) {
    return 'is not a URL (it holds spaces, control characters or backslashes)';
  }
  const scheme = SCHEME.exec(url)?.[0].toLowerCase();
  if (scheme === undefined) return null;
  if (!MEDIA_SCHEMES.includes(scheme)) {
    return `is not an http or https URL or a path (${scheme} is not allowed)`;
  }
  try {
    new URL(url);
    return null;
  } catch {
    return 'is not a URL';
  }
}

/**
 * The address to load: `url` read against `base` (the page's address), when it passes
 * `mediaUrlProblem` and the result is http: or https:; else undefined.
 */
export function mediaSrc(url: string | undefined, base: string): string | undefined {
  if (typeof url !== 'string' || mediaUrlProblem(url) !== null) return undefined;
  try {
    const resolved = new URL(url, base);
    return MEDIA_SCHEMES.includes(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
