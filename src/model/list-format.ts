/**
 * `new Intl.ListFormat(locale, options)`, built once, in intl-cache.ts's cache. A module of its
 * own because only story mode lists (its title card's "during …"): in intl-cache.ts, which the
 * page's first download takes, it came with it although the page never calls it (8 B gzipped).
 */
import { cached, NO_OPTIONS, type Cache } from './intl-cache.js';

const listFormats: Cache<Intl.ListFormat> = new WeakMap();

/** `new Intl.ListFormat(locale, options)`, built once. */
export function listFormat(
  locale: string,
  options: Intl.ListFormatOptions = NO_OPTIONS,
): Intl.ListFormat {
  return cached(listFormats, options, locale, () => new Intl.ListFormat(locale, options));
}
