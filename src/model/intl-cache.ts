/**
 * One cache of `Intl` formatters for every layer: building a `DateTimeFormat` costs tens of
 * microseconds and labels, names and ticks ask for the same few formats thousands of times.
 *
 * Formatters are keyed by the identity of their options object, then by locale (and zone for
 * dates), so callers pass module-level constants rather than object literals: a fresh literal on
 * every call still works, but misses the cache (its entry is dropped with the object). No key is
 * serialised on the hot path.
 */

export type Cache<T> = WeakMap<object, Map<string, T>>;

// The default options' one key object (list-format.ts's too): read by the Intl constructors and
// the spread in dateTimeFormat only, never written, so not frozen.
export const NO_OPTIONS = {};

/** The formatter for `options` and `key` in `cache`, made by `make` the first time. */
export function cached<T>(cache: Cache<T>, options: object, key: string, make: () => T): T {
  let byKey = cache.get(options);
  if (!byKey) cache.set(options, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) {
    value = make();
    byKey.set(key, value);
  }
  return value;
}

const dateTimeFormats: Cache<Intl.DateTimeFormat> = new WeakMap();
const numberFormats: Cache<Intl.NumberFormat> = new WeakMap();
const pluralRulesCache: Cache<Intl.PluralRules> = new WeakMap();

/**
 * `new Intl.DateTimeFormat(locale, { ...options, timeZone })`, built once. The zone is a separate
 * argument so that one constant `options` object serves every zone.
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  timeZone?: string,
): Intl.DateTimeFormat {
  return cached(
    dateTimeFormats,
    options,
    `${locale}\u0000${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locale, timeZone === undefined ? options : { ...options, timeZone }),
  );
}

/** `new Intl.NumberFormat(locale, options)`, built once. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = NO_OPTIONS,
): Intl.NumberFormat {
  return cached(numberFormats, options, locale, () => new Intl.NumberFormat(locale, options));
}

/** `new Intl.PluralRules(locale, options)`, built once. */
export function pluralRules(
  locale: string,
  options: Intl.PluralRulesOptions = NO_OPTIONS,
): Intl.PluralRules {
  return cached(pluralRulesCache, options, locale, () => new Intl.PluralRules(locale, options));
}
