/**
 * Dates and numbers from `Intl`, in the reader's locale and the timeline's zone, through the one
 * formatter cache. The formats are module constants: they key that cache by identity.
 */
import { dateTimeFormat, numberFormat, pluralRules } from '../../model/intl-cache.js';
import { offsetMinutes } from '../../model/zoned.js';
import type { Count } from '../plural.js';
import { isStartOfDay, isWholeDays, lastDayOf, spanStyle } from './when-shapes.js';
// Last: the bundle lays modules out in import order, and so these formats sit beside the others.
import { GREGORIAN, SHORT_DATE, SHORT_DAY, SHORT_MONTH, YEAR } from '../../model/date-styles.js';

export interface DescribeWhenOptions {
  /** BCP 47 locale for the words and the dates: "en-GB", "ar". */
  locale: string;
  /** IANA zone the timeline is read in: "Asia/Baghdad". */
  timeZone: string;
  /** Short dates name the year ("Mon, 9 Dec 1968"): the story's events fall in more than one. */
  years?: boolean;
}

export const FULL_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
export const LONG_DATE: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
/**
 * Two-digit hours, as the axis writes them: a day with a weekday and a date took the hour as
 * written ("Mon 21 Jul, 2:39", next to "20:17" and the axis's "03:00"), where the time alone takes
 * the locale's own ("02:39" in British English, German, French). A 12-hour clock keeps its AM/PM.
 */
export const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
export const FULL_DATE_TIME: Intl.DateTimeFormatOptions = { ...FULL_DATE, ...CLOCK };
export const FULL_DATE_TIME_SECONDS: Intl.DateTimeFormatOptions = {
  ...FULL_DATE_TIME,
  second: '2-digit',
};
export const LONG_DATE_TIME: Intl.DateTimeFormatOptions = { ...LONG_DATE, ...CLOCK };
export const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
// The year and the short formats are shared with the axis's ticks (model/date-styles.ts).
export { SHORT_DATE, SHORT_DAY, SHORT_MONTH, YEAR };
export const SHORT_DATE_TIME: Intl.DateTimeFormatOptions = { ...SHORT_DAY, ...CLOCK };

/**
 * The locale dates and numbers are formatted in. A bare "en" (no region) reads dates day-month-year,
 * as British and international English do ("Friday 13 June 2014"): it is unambiguous with the month
 * in words, and it is how the news this library was built around is written. A page that wants US
 * order says so with "en-US". Every other tag is passed to Intl unchanged.
 */
export function dateLocale(locale: string): string {
  return (locale || 'en').toLowerCase() === 'en' ? 'en-GB' : locale;
}

const MOMENT_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long' };
const MOMENT_DAY_CLOCK: Intl.DateTimeFormatOptions = { ...MOMENT_DAY, ...CLOCK };
// With the zone ("12:00 GMT+3"): the story's clock times are its own zone's, and nothing else
// on the page says which that is.
const MOMENT_DAY_TIME: Intl.DateTimeFormatOptions = { ...MOMENT_DAY_CLOCK, timeZoneName: 'short' };

/**
 * The short day formats and the moments with the year (`DescribeWhenOptions.years`), constants as
 * cache keys: "Published Tue 19 August" closed a saga of 1981 to 2014.
 */
const WITH_YEAR = new Map(
  [SHORT_DAY, SHORT_DATE, SHORT_DATE_TIME, MOMENT_DAY, MOMENT_DAY_CLOCK, MOMENT_DAY_TIME].map(
    (style) => [style, { ...style, ...YEAR }],
  ),
);

/** The styles for dates before the Gregorian calendar, made when needed (`oldStyles`). */
const OLD_STYLES = new Map<Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions[]>();

/** 1 January of year 1: before it, a year written without its era reads as the year after Christ. */
const YEAR_ONE = -62_135_596_800_000;

/**
 * A date before the Gregorian calendar has no weekday: Intl would work it out on that calendar,
 * not the one the date was written in (the 8 June 632 of a source was a Monday, Intl's a Friday).
 * Before year 1 it has its era too: "501 – 483 BC", where Intl adds it only when the two differ.
 */
function oldStyles({ weekday: _weekday, ...style }: Intl.DateTimeFormatOptions) {
  return [style, style.year ? { ...style, era: 'short' as const } : style];
}

function formatter(options: DescribeWhenOptions, style: Intl.DateTimeFormatOptions, first: number) {
  style = (options.years && WITH_YEAR.get(style)) || style;
  // On the zone's wall clock: 15 October 1582 in Tokyo began on the 14th in UTC.
  if (first < GREGORIAN + 864e5) first += offsetMinutes(first, options.timeZone) * 60_000;
  if (first < GREGORIAN) {
    if (!OLD_STYLES.has(style)) OLD_STYLES.set(style, oldStyles(style));
    style = OLD_STYLES.get(style)![+(first < YEAR_ONE)]!;
  }
  return dateTimeFormat(dateLocale(options.locale), style, options.timeZone);
}

export function formatDate(
  ms: number,
  options: DescribeWhenOptions,
  style: Intl.DateTimeFormatOptions,
): string {
  return formatter(options, style, ms).format(ms);
}

/**
 * A moment of the story's own telling (publication, an update, a correction): "Sat 14 June", with
 * the time and, unless `zoned` is false (a time the next one's zone covers), its zone when it is
 * not midnight ("Sat 14 June at 09:30 GMT+3").
 */
export function formatMoment(ms: number, options: DescribeWhenOptions, zoned = true): string {
  const midnight = isStartOfDay(ms, options.timeZone);
  return formatDate(
    ms,
    options,
    midnight ? MOMENT_DAY : zoned ? MOMENT_DAY_TIME : MOMENT_DAY_CLOCK,
  );
}

/** Intl's range dash with its spaces: "–", " – ", "～". */
const RANGE_DASH = /\s*[\u2013\u2014~\uff5e\u301c-]\s*/;

/**
 * Intl's range ("13 – 14 June 2014"), or, when `join` is given, the range read out: the dash
 * becomes the word ("13 to 14 June 2014", German "9. bis 11. Juni 2014"). Where Intl shares no
 * field between the two ends (Japanese writes such ranges as "2014/06/13～2014/06/14"), the two
 * dates are written in full around the word instead.
 */
export function formatDateRange(
  start: number,
  end: number,
  options: DescribeWhenOptions,
  style: Intl.DateTimeFormatOptions,
  join?: string,
): string {
  const format = formatter(options, style, start);
  // Without a word to put in, the plain range: its parts cost a third more, for every cluster name.
  if (join === undefined || start === end) return format.formatRange(start, end);
  const parts = format.formatRangeToParts(start, end);
  if (parts.some((part) => part.source === 'shared' && part.type !== 'literal')) {
    const lastOfStart = parts.map((part) => part.source).lastIndexOf('startRange');
    const firstOfEnd = parts.findIndex((part) => part.source === 'endRange');
    const dash = parts.find(
      (part, index) =>
        index > lastOfStart &&
        index < firstOfEnd &&
        part.type === 'literal' &&
        RANGE_DASH.test(part.value),
    );
    if (dash) {
      dash.value = dash.value.replace(RANGE_DASH, join);
      return parts.map((part) => part.value).join('');
    }
  }
  return format.format(start) + join + format.format(end);
}

/**
 * A stretch of the time axis in words, "9 – 14 June 2014", with the clock when it is shorter than
 * two days and not whole days, and as months or years when it is whole ones ("1909", "June –
 * August 2014"): for the range in view and for clusters. Whole days, and any span
 * with `days` (the background band's), end on the last day they touch: "in 2017" ends at the
 * first instant of 2018, which it does not include. Other ends are instants a range holds (a
 * cluster's last event at midnight is on that day).
 */
export function describeTimeRange(
  start: number,
  end: number,
  options: DescribeWhenOptions,
  days?: boolean,
): string {
  // Two midnights are whole half-hours apart, even across a clock change: most names skip the
  // two calendar reads, a third of the cost of a cluster's name.
  const shape = { start, end, options };
  const whole = (end - start) % 1_800_000 === 0 && isWholeDays(shape);
  const last = days || whole ? lastDayOf(shape) : end;
  // Whole months or years as such: three events of 1909 were "1 January – 31 December 1909".
  const style = whole
    ? spanStyle(shape, YEAR, MONTH_YEAR, LONG_DATE)
    : days || end - start >= 2 * 86_400_000
      ? LONG_DATE
      : LONG_DATE_TIME;
  return start === last
    ? formatDate(start, options, style)
    : formatDateRange(start, last, options, style);
}

/** A number as the locale writes it, with its plural category there, for a translation. */
export function count(value: number, locale: string): Count {
  const tag = dateLocale(locale);
  return {
    value,
    text: numberFormat(tag).format(value),
    form: pluralRules(tag).select(value),
  };
}

/** A number as the locale writes it: "1,500", "١٬٥٠٠" (pass constant `options`: they key the cache). */
export function formatNumber(
  value: number,
  locale: string,
  options?: Intl.NumberFormatOptions,
): string {
  return numberFormat(dateLocale(locale), options).format(value);
}
