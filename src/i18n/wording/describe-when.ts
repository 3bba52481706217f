/**
 * Uncertain time in words, for screen readers and the detail card: a day-precision span is read
 * "sometime on Friday 13 June 2014", not as a midnight-to-midnight interval, and a span is never
 * read as a made-up instant. Dates and times come from `Intl` in the requested locale and the
 * timeline's zone; only the connecting words ("sometime on", "overnight", "since") come from the
 * translation (`Translation.time`).
 */
import type { Precision, When } from '../../model/types.js';
import { startOfZonedDay } from '../../model/zoned.js';
import { shapeOf } from './format-when-short.js';
import { drawingWordsFor } from '../drawing-words.js';
import type { DateKind, TimePhrases } from '../translation.js';
import {
  CLOCK,
  FULL_DATE,
  FULL_DATE_TIME,
  FULL_DATE_TIME_SECONDS,
  LONG_DATE,
  LONG_DATE_TIME,
  MONTH_YEAR,
  YEAR,
  count,
  formatDate,
  formatDateRange,
  type DescribeWhenOptions,
} from './date-formats.js';
import {
  HOUR,
  isWholeDays,
  lastDayOf,
  partOfDay,
  periodStartingAt,
  spanStyle,
  type Period,
  type Shape,
} from './when-shapes.js';

/**
 * A sentence fragment for a `When`, in the locale's words, read in `timeZone`:
 *
 * - instant/minute: "Friday 13 June 2014 at 15:00", a minute given as one or as its span of 60 s (a
 *   DST-repeated minute: "between ... and ...");
 * - hour: "between ... 14:30 and ... 15:30";
 * - part-of-day: "on the morning of Friday 13 June 2014", "overnight, 13 to 14 June 2014";
 * - day: "sometime on Friday 13 June 2014" ("..., up to 12:00" when cut short at the reference);
 * - week: "during the week of 9 June 2014" (", up to ..." when cut short, as "this week" is);
 * - month / year: "sometime in June 2014" / "sometime in 2014";
 * - range: "between 9 June 2014 and 11 June 2014" for whole days ("entre janvier 2014 et mars
 *   2014": a month or year takes no article), "in the 48 hours to 14 June 2014 at 12:00" for whole
 *   hours (counted in days past 72 hours when whole days), else "between ... and ...";
 * - open end: "since ..." with the start formatted to its precision;
 * - unspecified: "at an unspecified time before 14 June 2014"; with no end, "ongoing, begun at an
 *   unspecified time after 9 June 2014".
 *
 * A span that does not have the shape its precision promises falls back to "between ... and ...".
 */
export function describeWhen(when: When, options: DescribeWhenOptions): string {
  const phrases = drawingWordsFor(options.locale).time;
  const shape = shapeOf(when, options);
  if (!shape) return phrases.unknown;
  const start = shape.start;
  if (shape.end === null) {
    if (when.precision === 'unspecified') {
      return phrases.unspecifiedAfter(formatDate(start, options, LONG_DATE));
    }
    const [style, kind] = pointStyle(when.precision);
    return phrases.since(formatDate(start, options, style), kind);
  }
  return describeSpan(shape, when.precision, phrases) ?? describeBetween(shape, phrases);
}

/** How the start of each calendar period is written. */
const PERIOD_STYLES: Record<Period, Intl.DateTimeFormatOptions> = {
  day: FULL_DATE,
  week: LONG_DATE,
  month: MONTH_YEAR,
  year: YEAR,
};

/** The start of an open span, as precise as its precision: "since Friday 13 June 2014". */
function pointStyle(precision: Precision): [Intl.DateTimeFormatOptions, DateKind] {
  // A period's start is written as the period is; a week's and a range's as a date.
  const style = PERIOD_STYLES[precision as Period];
  if (style) return [style, precision === 'week' ? 'date' : (precision as DateKind)];
  return precision === 'range' ? [LONG_DATE, 'date'] : [FULL_DATE_TIME, 'day'];
}

function describeSpan(
  shape: Shape,
  precision: Precision,
  phrases: TimePhrases,
): string | undefined {
  const { start, end, options } = shape;
  if (end < start) return undefined;
  // An hour has no shape of its own: it is read "between ... and ...".
  switch (precision) {
    case 'instant':
    case 'minute':
      // An exact time given to the second says it: "20:17:39", the landing, not "20:17". A minute
      // may be the span it names (TimelineJS's "9:20" is 09:20 to 09:21).
      return end - start <= (precision === 'minute' ? 60_000 : 0)
        ? formatDate(
            start,
            options,
            precision === 'instant' && start % 60_000 ? FULL_DATE_TIME_SECONDS : FULL_DATE_TIME,
          )
        : undefined;
    case 'part-of-day':
      return describePartOfDay(shape, phrases);
    case 'day':
    case 'week':
    case 'month':
    case 'year':
      // Several of them ("Ada Lovelace", 10 December 1815 to 27 November 1852): the days it covers.
      return describePeriod(shape, precision, phrases) ?? describeWholeDays(shape, phrases);
    case 'range':
      return describeWholeDays(shape, phrases, true) ?? describeHours(shape, phrases);
    case 'unspecified':
      return phrases.unspecifiedBy(formatDate(lastDayOf(shape), options, LONG_DATE));
  }
}

function describePartOfDay(shape: Shape, phrases: TimePhrases): string | undefined {
  const part = partOfDay(shape);
  if (!part) return undefined;
  const { start, end, options } = shape;
  if (part === 'night') {
    return phrases.overnight(
      formatDateRange(start, end, options, LONG_DATE, phrases.rangeJoin),
      formatDate(end, options, FULL_DATE),
    );
  }
  return phrases.parts[part](formatDate(start, options, FULL_DATE));
}

/**
 * A calendar period that starts where it should (00:00; a Monday; the 1st; 1 January). When it
 * ends before the period does - "this week" ends at the reference - the end is said too.
 */
function describePeriod(shape: Shape, period: Period, phrases: TimePhrases): string | undefined {
  const { start, end, options } = shape;
  const fullEnd = periodStartingAt(shape, period);
  if (fullEnd === undefined || end > fullEnd) return undefined;
  const phrase = phrases[period](formatDate(start, options, PERIOD_STYLES[period]));
  if (end === fullEnd) return phrase;
  return period === 'day'
    ? phrases.upToTime(phrase, formatDate(end, options, CLOCK))
    : phrases.upTo(phrase, formatDate(end, options, LONG_DATE_TIME));
}

/**
 * Whole days, months or years: "from 9 to 11 June 2014", "from 602 to 629". Exactly one of them is
 * read as that period ("sometime in February 2014"), however the reporter's precision was put: not
 * "from February 2014 to February 2014". A range (`within`) is sometime in them, as its dotted mark's
 * legend says: "between 22 March 2014 and 23 March 2014", since "from … to" reads as lasting.
 */
function describeWholeDays(shape: Shape, phrases: TimePhrases, within = false): string | undefined {
  if (!isWholeDays(shape)) return undefined;
  const { start, options } = shape;
  const period = spanStyle<'year' | 'month' | 'day'>(shape, 'year', 'month', 'day');
  if (periodStartingAt(shape, period) === shape.end) return describePeriod(shape, period, phrases);
  const style = period === 'day' ? LONG_DATE : PERIOD_STYLES[period];
  const last = lastDayOf(shape);
  return within
    ? phrases.between(
        formatDate(start, options, style),
        formatDate(last, options, style),
        period === 'day' ? 'date' : period,
      )
    : phrases.days(formatDateRange(start, last, options, style, phrases.rangeJoin));
}

function describeHours({ start, end, options }: Shape, phrases: TimePhrases): string | undefined {
  const length = end - start;
  if (length > 0 && length % HOUR === 0) {
    // News counts short spans in hours ("the past 48 hours") and longer ones in days.
    const inDays = length > 72 * HOUR && length % (24 * HOUR) === 0;
    return phrases.duration(
      count(length / (inDays ? 24 * HOUR : HOUR), options.locale),
      inDays ? 'day' : 'hour',
      formatDate(end, options, LONG_DATE_TIME),
    );
  }
  return undefined;
}

function describeBetween({ start, end, options }: Shape, phrases: TimePhrases): string {
  const sameDay =
    startOfZonedDay(start, options.timeZone) === startOfZonedDay(end, options.timeZone);
  const from = formatDate(start, options, FULL_DATE_TIME);
  return sameDay
    ? phrases.betweenTimes(from, formatDate(end, options, CLOCK))
    : phrases.between(from, formatDate(end, options, FULL_DATE_TIME));
}
