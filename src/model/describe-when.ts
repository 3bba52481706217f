/**
 * Words for uncertain time, for screen readers and the detail card: a day-precision span is read
 * "sometime on Friday 13 June 2014", not as a midnight-to-midnight interval, and a span is never
 * read as a made-up instant. Dates and times always come from `Intl.DateTimeFormat` in the
 * requested locale and the timeline's zone; only the few connecting phrases ("sometime on",
 * "overnight", "since") live in `WHEN_PHRASES`, one entry per language, with English as fallback.
 *
 * Spans are half-open: a day span ends at the next day's 00:00, so when a span starts and ends at
 * the start of a day its last day is shown as the day before the end.
 */
import type { Precision, When } from './types.js';
import { addDays, parseInstant, startOfZonedDay, zonedParts, zonedToInstant } from './zoned.js';
import type { WallTime } from './zoned.js';

type Day = Pick<WallTime, 'year' | 'month' | 'day'>;

export interface DescribeWhenOptions {
  /** BCP 47 locale for the words and the dates: "en-GB", "ar". */
  locale: string;
  /** IANA zone the timeline is read in: "Asia/Baghdad". */
  timeZone: string;
}

type PartOfDay = 'early-hours' | 'morning' | 'afternoon' | 'evening' | 'night';

/**
 * The connecting words for one language. `{date}`, `{start}`, `{end}`, `{range}`, `{period}`,
 * `{duration}` and `{part}` are filled with text formatted by Intl.
 */
export interface WhenPhrases {
  /** A whole day: "sometime on {date}". */
  day: string;
  /** Parts of one day; `night` also serves overnight spans, with a date range. */
  parts: Record<PartOfDay, string>;
  /** A whole ISO week: "during the week of {date}" (the Monday). */
  week: string;
  /** A whole month: "sometime in {period}" ("June 2014"). */
  month: string;
  /** A whole year: "sometime in {period}". */
  year: string;
  /** A period cut short at its end, like "this week" at the time of writing: "{period}, up to {end}". */
  upTo: string;
  /** A span of whole hours or days: "in the {duration} to {end}". */
  duration: string;
  /** Whole days: "from {range}" with `rangeJoin` between the days. */
  days: string;
  /** Anything else: "between {start} and {end}". */
  between: string;
  /** Open end: "since {start}". */
  since: string;
  /** Precision unspecified: "at an unspecified time before {end}". */
  unspecifiedBefore: string;
  /** Precision unspecified and no end: "at an unspecified time after {start}". */
  unspecifiedAfter: string;
  /** A `When` whose start does not parse. */
  unknown: string;
  /** Replaces Intl's range dash where the range is read out: "13 to 14 June 2014". */
  rangeJoin: string;
  /** Short labels. */
  shortPart: string;
  shortParts: Record<PartOfDay, string>;
  shortSince: string;
  shortBefore: string;
  precisions: Record<Precision, string>;
}

export const WHEN_PHRASES: Record<string, WhenPhrases> = {
  en: {
    day: 'sometime on {date}',
    parts: {
      'early-hours': 'in the early hours of {date}',
      morning: 'on the morning of {date}',
      afternoon: 'on the afternoon of {date}',
      evening: 'on the evening of {date}',
      night: 'overnight, {range}',
    },
    week: 'during the week of {date}',
    month: 'sometime in {period}',
    year: 'sometime in {period}',
    upTo: '{period}, up to {end}',
    duration: 'in the {duration} to {end}',
    days: 'from {range}',
    between: 'between {start} and {end}',
    since: 'since {start}',
    unspecifiedBefore: 'at an unspecified time before {end}',
    unspecifiedAfter: 'at an unspecified time after {start}',
    unknown: 'at an unknown time',
    rangeJoin: ' to ',
    shortPart: '{date}, {part}',
    shortParts: {
      'early-hours': 'early hours',
      morning: 'morning',
      afternoon: 'afternoon',
      evening: 'evening',
      night: 'night',
    },
    shortSince: 'since {start}',
    shortBefore: 'before {end}',
    precisions: {
      instant: 'exact time',
      minute: 'to the minute',
      hour: 'to the hour',
      'part-of-day': 'part of a day',
      day: 'day',
      range: 'time range',
      week: 'week',
      month: 'month',
      year: 'year',
      unspecified: 'unspecified time',
    },
  },
  ar: {
    day: 'في وقت ما يوم {date}',
    parts: {
      'early-hours': 'في الساعات الأولى من {date}',
      morning: 'صباح {date}',
      afternoon: 'بعد ظهر {date}',
      evening: 'مساء {date}',
      night: 'خلال الليل، {range}',
    },
    week: 'خلال الأسبوع الذي يبدأ في {date}',
    month: 'في وقت ما من {period}',
    year: 'في وقت ما من عام {period}',
    upTo: '{period}، حتى {end}',
    duration: 'خلال {duration} حتى {end}',
    days: 'من {range}',
    between: 'بين {start} و{end}',
    since: 'منذ {start}',
    unspecifiedBefore: 'في وقت غير محدد قبل {end}',
    unspecifiedAfter: 'في وقت غير محدد بعد {start}',
    unknown: 'في وقت غير معروف',
    rangeJoin: ' إلى ',
    shortPart: '{date}، {part}',
    shortParts: {
      'early-hours': 'فجرًا',
      morning: 'صباحًا',
      afternoon: 'بعد الظهر',
      evening: 'مساءً',
      night: 'ليلًا',
    },
    shortSince: 'منذ {start}',
    shortBefore: 'قبل {end}',
    precisions: {
      instant: 'لحظة محددة',
      minute: 'بالدقيقة',
      hour: 'بالساعة',
      'part-of-day': 'جزء من اليوم',
      day: 'يوم',
      range: 'فترة زمنية',
      week: 'أسبوع',
      month: 'شهر',
      year: 'سنة',
      unspecified: 'وقت غير محدد',
    },
  },
};

/** The phrases for a locale: the exact tag, then its language ("ar-IQ" -> "ar"), then English. */
export function whenPhrases(locale: string): WhenPhrases {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return WHEN_PHRASES[locale] ?? WHEN_PHRASES[language] ?? WHEN_PHRASES.en!;
}

/** The name of a precision in the locale's words: "part of a day". */
export function precisionLabel(precision: Precision, locale: string): string {
  return whenPhrases(locale).precisions[precision];
}

// ---------------------------------------------------------------------------------------------
// Intl formats

const FULL_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const FULL_DATE_TIME = { ...FULL_DATE, ...CLOCK };
const LONG_DATE_TIME = { ...LONG_DATE, ...CLOCK };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const SHORT_DATE_TIME = { ...SHORT_DAY, ...CLOCK };
const SHORT_MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };

/**
 * The locale dates are formatted in. A bare "en" (no region) reads dates day-month-year, as British
 * and international English do ("Friday 13 June 2014"): it is unambiguous with the month in words,
 * and it is how the news this library was built around is written. A page that wants US order says
 * so with "en-US". Every other tag is passed to Intl unchanged.
 */
export function dateLocale(locale: string): string {
  return (locale || 'en').toLowerCase() === 'en' ? 'en-GB' : locale;
}

/**
 * Formatters are costly to build and labels are many: one per format, locale and zone. Formats are
 * module constants, so they key a WeakMap by identity instead of being serialised on every call.
 */
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

function formatter(
  options: DescribeWhenOptions,
  format: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let byPlace = formatters.get(format);
  if (!byPlace) formatters.set(format, (byPlace = new Map()));
  const key = `${options.locale}|${options.timeZone}`;
  let cached = byPlace.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(dateLocale(options.locale), {
      ...format,
      timeZone: options.timeZone,
    });
    byPlace.set(key, cached);
  }
  return cached;
}

function format(ms: number, options: DescribeWhenOptions, style: Intl.DateTimeFormatOptions) {
  return formatter(options, style).format(ms);
}

/** Intl's range ("13 – 14 June 2014") with the dash replaced by a word when `join` is given. */
function formatRange(
  start: number,
  end: number,
  options: DescribeWhenOptions,
  style: Intl.DateTimeFormatOptions,
  join?: string,
): string {
  const parts = formatter(options, style).formatRangeToParts(start, end);
  if (join === undefined) return parts.map((part) => part.value).join('');
  const lastOfStart = parts.map((part) => part.source).lastIndexOf('startRange');
  const firstOfEnd = parts.findIndex((part) => part.source === 'endRange');
  return parts
    .map((part, index) =>
      index > lastOfStart && index < firstOfEnd && part.type === 'literal' ? '' : part.value,
    )
    .map((value, index) => (index === lastOfStart && firstOfEnd > 0 ? value + join : value))
    .join('');
}

/**
 * A stretch of the time axis in words, "9 – 14 June 2014", with the clock when it is shorter than
 * two days: for the range in view and for clusters.
 */
export function describeTimeRange(
  start: number,
  end: number,
  options: DescribeWhenOptions,
): string {
  const style = end - start < 2 * 86_400_000 ? LONG_DATE_TIME : LONG_DATE;
  return start === end ? format(start, options, style) : formatRange(start, end, options, style);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

// ---------------------------------------------------------------------------------------------
// Span shapes

const HOUR = 3_600_000;

interface Shape {
  start: number;
  end: number;
  options: DescribeWhenOptions;
}

function isStartOfDay(ms: number, timeZone: string): boolean {
  return startOfZonedDay(ms, timeZone) === ms;
}

/** The last day a half-open span touches: the day before `end` when `end` is a midnight. */
function lastDayOf({ start, end, options }: Shape): number {
  return end > start && isStartOfDay(end, options.timeZone) ? end - 1 : end;
}

/** Whole days, start and end both at 00:00. */
function isWholeDays({ start, end, options }: Shape): boolean {
  return (
    end > start && isStartOfDay(start, options.timeZone) && isStartOfDay(end, options.timeZone)
  );
}

function isOneDay(shape: Shape): boolean {
  if (!isWholeDays(shape)) return false;
  const first = zonedParts(shape.start, shape.options.timeZone);
  const last = zonedParts(shape.end - 1, shape.options.timeZone);
  return first.year === last.year && first.month === last.month && first.day === last.day;
}

/** Which named part of the day a span is, by its wall-clock hours (see `resolveWhen`). */
function partOfDay({ start, end, options }: Shape): PartOfDay | undefined {
  const from = zonedParts(start, options.timeZone);
  const to = zonedParts(end, options.timeZone);
  if (from.minute !== 0 || to.minute !== 0) return undefined;
  const days = Math.round(
    (startOfZonedDay(end, options.timeZone) - startOfZonedDay(start, options.timeZone)) /
      (24 * HOUR),
  );
  const key = `${from.hour}-${to.hour}+${days}`;
  const parts: Record<string, PartOfDay> = {
    '0-6+0': 'early-hours',
    '6-12+0': 'morning',
    '12-18+0': 'afternoon',
    '18-0+1': 'evening',
    '18-6+1': 'night',
  };
  return parts[key];
}

// ---------------------------------------------------------------------------------------------
// describeWhen

/**
 * A sentence fragment for a `When`, in the locale's words, read in `timeZone`:
 *
 * - instant/minute: "Friday 13 June 2014 at 15:00" (a DST-repeated minute: "between ... and ...");
 * - hour: "between ... 14:30 and ... 15:30";
 * - part-of-day: "on the morning of Friday 13 June 2014", "overnight, 13 to 14 June 2014";
 * - day: "sometime on Friday 13 June 2014" ("..., up to 12:00" when cut short at the reference);
 * - week: "during the week of 9 June 2014" (", up to ..." when cut short, as "this week" is);
 * - month / year: "sometime in June 2014" / "sometime in 2014";
 * - range: "from 9 to 11 June 2014" for whole days, "in the 48 hours to 14 June 2014 at 12:00"
 *   for whole hours (counted in days past 72 hours when whole days), else "between ... and ...";
 * - open end: "since ..." with the start formatted to its precision;
 * - unspecified: "at an unspecified time before 14 June 2014".
 *
 * A span that does not have the shape its precision promises falls back to "between ... and ...".
 */
export function describeWhen(when: When, options: DescribeWhenOptions): string {
  const phrases = whenPhrases(options.locale);
  const start = parseInstant(when.start);
  const end = when.end === null ? null : parseInstant(when.end);
  if (Number.isNaN(start) || (end !== null && Number.isNaN(end))) return phrases.unknown;
  if (end === null) {
    if (when.precision === 'unspecified') {
      return fill(phrases.unspecifiedAfter, { start: format(start, options, LONG_DATE) });
    }
    return fill(phrases.since, { start: describePoint(start, when.precision, options) });
  }
  const shape: Shape = { start, end, options };
  return describeSpan(shape, when.precision, phrases) ?? describeBetween(shape, phrases);
}

/** The start of an open span, as precise as its precision: "since Friday 13 June 2014". */
function describePoint(ms: number, precision: Precision, options: DescribeWhenOptions): string {
  switch (precision) {
    case 'instant':
    case 'minute':
    case 'hour':
    case 'part-of-day':
      return format(ms, options, FULL_DATE_TIME);
    case 'week':
    case 'range':
      return format(ms, options, LONG_DATE);
    case 'month':
      return format(ms, options, MONTH_YEAR);
    case 'year':
      return format(ms, options, YEAR);
    default:
      return format(ms, options, FULL_DATE);
  }
}

function describeSpan(
  shape: Shape,
  precision: Precision,
  phrases: WhenPhrases,
): string | undefined {
  const { start, end, options } = shape;
  if (end < start) return undefined;
  switch (precision) {
    case 'instant':
    case 'minute':
      return start === end ? format(start, options, FULL_DATE_TIME) : undefined;
    case 'hour':
      return undefined;
    case 'part-of-day':
      return describePartOfDay(shape, phrases);
    case 'day':
      return describePeriod(
        shape,
        phrases.day,
        { date: format(start, options, FULL_DATE) },
        'day',
        phrases,
      );
    case 'week':
      return describePeriod(
        shape,
        phrases.week,
        { date: format(start, options, LONG_DATE) },
        'week',
        phrases,
      );
    case 'month':
      return describePeriod(
        shape,
        phrases.month,
        { period: format(start, options, MONTH_YEAR) },
        'month',
        phrases,
      );
    case 'year':
      return describePeriod(
        shape,
        phrases.year,
        { period: format(start, options, YEAR) },
        'year',
        phrases,
      );
    case 'range':
      return describeRange(shape, phrases);
    case 'unspecified':
      return fill(phrases.unspecifiedBefore, { end: format(end, options, LONG_DATE) });
  }
}

function describePartOfDay(shape: Shape, phrases: WhenPhrases): string | undefined {
  const part = partOfDay(shape);
  if (!part) return undefined;
  const { start, end, options } = shape;
  if (part === 'night') {
    return fill(phrases.parts.night, {
      range: formatRange(start, end, options, LONG_DATE, phrases.rangeJoin),
    });
  }
  return fill(phrases.parts[part], { date: format(start, options, FULL_DATE) });
}

/**
 * A calendar period that starts where it should (00:00; a Monday; the 1st; 1 January). When it
 * ends before the period does - "this week" ends at the reference - the end is said too.
 */
function describePeriod(
  shape: Shape,
  template: string,
  values: Record<string, string>,
  period: 'day' | 'week' | 'month' | 'year',
  phrases: WhenPhrases,
): string | undefined {
  const { start, end, options } = shape;
  if (!isStartOfDay(start, options.timeZone)) return undefined;
  const first = zonedParts(start, options.timeZone);
  if (period === 'week' && first.weekday !== 1) return undefined;
  if ((period === 'month' || period === 'year') && first.day !== 1) return undefined;
  if (period === 'year' && first.month !== 1) return undefined;
  const fullEnd = endOfPeriod(first, period, options.timeZone);
  const phrase = fill(template, values);
  if (end === fullEnd) return phrase;
  if (end > fullEnd) return undefined;
  const sameDay = period === 'day';
  return fill(phrases.upTo, {
    period: phrase,
    end: format(end, options, sameDay ? CLOCK : LONG_DATE_TIME),
  });
}

/** The first instant after a calendar period that starts on the wall date `first`. */
function endOfPeriod(first: Day, period: 'day' | 'week' | 'month' | 'year', timeZone: string) {
  const next: Day =
    period === 'day'
      ? addDays(first, 1)
      : period === 'week'
        ? addDays(first, 7)
        : period === 'month'
          ? first.month === 12
            ? { year: first.year + 1, month: 1, day: 1 }
            : { year: first.year, month: first.month + 1, day: 1 }
          : { year: first.year + 1, month: 1, day: 1 };
  return zonedToInstant({ year: next.year, month: next.month, day: next.day }, timeZone);
}

function describeRange(shape: Shape, phrases: WhenPhrases): string | undefined {
  const { start, end, options } = shape;
  if (isWholeDays(shape)) {
    return fill(phrases.days, {
      range: formatRange(start, lastDayOf(shape), options, LONG_DATE, phrases.rangeJoin),
    });
  }
  const length = end - start;
  if (length > 0 && length % HOUR === 0) {
    // News counts short spans in hours ("the past 48 hours") and longer ones in days.
    const days = length > 72 * HOUR && length % (24 * HOUR) === 0 ? length / (24 * HOUR) : 0;
    const duration = new Intl.NumberFormat(options.locale, {
      style: 'unit',
      unit: days > 0 ? 'day' : 'hour',
      unitDisplay: 'long',
    }).format(days > 0 ? days : length / HOUR);
    return fill(phrases.duration, { duration, end: format(end, options, LONG_DATE_TIME) });
  }
  return undefined;
}

function describeBetween({ start, end, options }: Shape, phrases: WhenPhrases): string {
  const sameDay =
    startOfZonedDay(start, options.timeZone) === startOfZonedDay(end, options.timeZone);
  return fill(phrases.between, {
    start: format(start, options, FULL_DATE_TIME),
    end: format(end, options, sameDay ? CLOCK : FULL_DATE_TIME),
  });
}

// ---------------------------------------------------------------------------------------------
// formatWhenShort

/**
 * A compact label for axes and markers: "Fri 13 Jun, 15:00", "Fri 13 Jun", "Fri 13 Jun, morning",
 * "13 – 14 Jun", "Jun 2014", "2014", "since 13 Jun", "before 14 Jun". Dates come from Intl in the
 * locale; a label leaves out the year except for months and years.
 */
export function formatWhenShort(when: When, options: DescribeWhenOptions): string {
  const phrases = whenPhrases(options.locale);
  const start = parseInstant(when.start);
  const end = when.end === null ? null : parseInstant(when.end);
  if (Number.isNaN(start) || (end !== null && Number.isNaN(end))) return '?';
  if (end === null) {
    return fill(phrases.shortSince, { start: shortPoint(start, when.precision, options) });
  }
  const shape: Shape = { start, end, options };
  switch (when.precision) {
    case 'instant':
    case 'minute':
      return format(start, options, SHORT_DATE_TIME);
    case 'hour':
      return formatRange(start, end, options, SHORT_DATE_TIME);
    case 'part-of-day': {
      const part = partOfDay(shape);
      if (part && part !== 'night') {
        return fill(phrases.shortPart, {
          date: format(start, options, SHORT_DAY),
          part: phrases.shortParts[part],
        });
      }
      return formatRange(start, lastDayOf(shape), options, SHORT_DATE);
    }
    case 'day':
      if (isOneDay(shape)) return format(start, options, SHORT_DAY);
      return formatRange(start, lastDayOf(shape), options, SHORT_DATE);
    case 'month':
      return format(start, options, SHORT_MONTH);
    case 'year':
      return format(start, options, YEAR);
    case 'unspecified':
      return fill(phrases.shortBefore, { end: format(end, options, SHORT_DATE) });
    default:
      return formatRange(start, lastDayOf(shape), options, SHORT_DATE);
  }
}

function shortPoint(ms: number, precision: Precision, options: DescribeWhenOptions): string {
  if (precision === 'month') return format(ms, options, SHORT_MONTH);
  if (precision === 'year') return format(ms, options, YEAR);
  if (precision === 'instant' || precision === 'minute') {
    return format(ms, options, SHORT_DATE_TIME);
  }
  return format(ms, options, SHORT_DATE);
}
