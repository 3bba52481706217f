/**
 * Date formats both the wording (i18n) and the axis (layout) ask for, here where both layers may
 * import them: one object each, so they share `dateTimeFormat`'s cached formatters (keyed by the
 * object), and the bundle carries each once (the axis wrote three of them again, with the same
 * fields in another order).
 */
export const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
export const SHORT_DAY: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
};
export const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
export const SHORT_DATE_YEAR: Intl.DateTimeFormatOptions = { ...SHORT_DATE, year: 'numeric' };
export const SHORT_MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };

/**
 * 15 October 1582 00:00 on the wall line, the Gregorian calendar's first day. Before it a date has
 * no weekday: Intl works it out on that calendar, not the one the source wrote in.
 */
export const GREGORIAN = -12_219_292_800_000;
