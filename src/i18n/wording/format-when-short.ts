/**
 * Compact labels of a `When` for marks, rows and the list: dates from `Intl`, a few words ("since",
 * "morning") from the translation.
 */
import type { Precision, When } from '../../model/types.js';
import { parseInstant } from '../../model/zoned.js';
import { drawingWordsFor } from '../drawing-words.js';
import type { DateKind } from '../translation.js';
import {
  SHORT_DATE,
  SHORT_DATE_TIME,
  SHORT_DAY,
  SHORT_MONTH,
  YEAR,
  formatDate,
  formatDateRange,
  type DescribeWhenOptions,
} from './date-formats.js';
import {
  isWholeDays,
  lastDayOf,
  partOfDay,
  periodStartingAt,
  spanStyle,
  type Period,
  type Shape,
} from './when-shapes.js';

/**
 * A compact label for axes and markers: "Fri 13 Jun, 15:00", "Fri 13 Jun", "Fri 13 Jun, morning",
 * "13 – 14 Jun", "Jun 2014", "2014", "since 13 Jun", "by 14 Jun". Dates come from Intl in the
 * locale; a label leaves out the year except for months and years.
 */
export function formatWhenShort(when: When, options: DescribeWhenOptions): string {
  const phrases = drawingWordsFor(options.locale).time;
  const shape = shapeOf(when, options);
  if (!shape) return '?';
  const start = shape.start;
  if (shape.end === null) {
    // Under way at publication, its start not given: the start is only where the story's frame
    // begins, and "since 9 Jun" said what the reporter never did.
    if (when.precision === 'unspecified') return drawingWordsFor(options.locale).legendOngoing;
    const [style, kind] = shortPointStyle(when.precision);
    return phrases.shortSince(formatDate(start, options, style), kind);
  }
  switch (when.precision) {
    case 'instant':
    case 'minute':
      return formatDate(start, options, SHORT_DATE_TIME);
    case 'hour':
      return formatDateRange(start, shape.end, options, SHORT_DATE_TIME);
    case 'part-of-day': {
      const part = partOfDay(shape);
      if (part === 'night') break;
      if (part)
        return phrases.shortPart(formatDate(start, options, SHORT_DAY), phrases.shortParts[part]);
      // A half of a day no word names ("late Sunday", 12:00-24:00) is its day (or days, in a page's
      // data), a shorter part ("late Thursday afternoon", 15:00-18:00) its hours: "9 Dec" said
      // neither weekday nor time.
      if (shape.end - start < 432e5)
        return formatDateRange(start, shape.end, options, SHORT_DATE_TIME);
      return formatDateRange(start, lastDayOf(shape), options, SHORT_DAY);
    }
    // One day, month or year, or one cut short ("this month", a day up to the publication);
    // several are written as a range ("602 – 629") below.
    case 'day':
      if (withinOne(shape, 'day')) return formatDate(start, options, SHORT_DAY);
      break;
    case 'month':
      if (withinOne(shape, 'month')) return formatDate(start, options, SHORT_MONTH);
      break;
    case 'year':
      if (withinOne(shape, 'year')) return formatDate(start, options, YEAR);
      break;
    case 'unspecified':
      return phrases.shortBy(formatDate(lastDayOf(shape), options, SHORT_DATE));
    // Sometime within hours (a page's "between 21:30 and 22:30"): those hours, as an hour's label
    // says them. Its days alone ("9 Dec") left out the one time of day the report gave.
    case 'range':
      if (shape.end - start < 864e5 && !isWholeDays(shape))
        return formatDateRange(start, shape.end, options, SHORT_DATE_TIME);
  }
  // The days it covers: a night, several days, a week, a range; whole years or months as such.
  const style = isWholeDays(shape) ? spanStyle(shape, YEAR, SHORT_MONTH, SHORT_DATE) : SHORT_DATE;
  return formatDateRange(start, lastDayOf(shape), options, style);
}

/**
 * A `When` as the instants it spans, its end null when open; undefined when one does not parse.
 * Also what `describeWhen` starts from, which keeps this module beside it in the bundle.
 */
export function shapeOf(
  when: When,
  options: DescribeWhenOptions,
): Shape | { start: number; end: null; options: DescribeWhenOptions } | undefined {
  const start = parseInstant(when.start);
  const end = when.end === null ? null : parseInstant(when.end);
  return isNaN(start) || (end !== null && isNaN(end)) ? undefined : { start, end, options };
}

/** Starts a day (month, year) and ends by its end: that one, whole or cut short ("this month"). */
function withinOne(shape: Shape, period: Period): boolean {
  const fullEnd = periodStartingAt(shape, period);
  return fullEnd !== undefined && shape.end <= fullEnd;
}

function shortPointStyle(precision: Precision): [Intl.DateTimeFormatOptions, DateKind] {
  if (precision === 'month') return [SHORT_MONTH, 'month'];
  if (precision === 'year') return [YEAR, 'year'];
  if (precision === 'instant' || precision === 'minute') return [SHORT_DATE_TIME, 'date'];
  return [SHORT_DATE, 'date'];
}
