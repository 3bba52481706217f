/**
 * Spans for the values an HTML `<time datetime>` attribute may hold, read in a time zone:
 * "2014" (year), "2014-06" (month), "2014-W24" (ISO week), "2014-06-13" (day), and instants with
 * an offset, "2014-06-13T15:00+03:00". Anything else is null: we never guess.
 */
import type { Precision } from './types.js';
import { isRealDate, isoWeekMonday } from './calendar.js';
import { parseInstant, toIsoWithOffset, zonedPeriod } from './zoned.js';

export interface DatetimeSpan {
  start: string;
  end: string;
  precision: Precision;
}

function span(start: number, end: number, precision: Precision, timeZone: string): DatetimeSpan {
  return {
    start: toIsoWithOffset(start, timeZone),
    end: toIsoWithOffset(end, timeZone),
    precision,
  };
}

export function spanFromDatetime(value: string, timeZone: string): DatetimeSpan | null {
  const text = value.trim();
  // "2014", "2014-06", "2014-06-13" or "2014-W24": the whole year, month, day or ISO week, the
  // unit being the last field written.
  const match = /^(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (match) {
    const [, year, week, month, day] = match;
    const date = { year: +year!, month: +(month ?? 1), day: +(day ?? 1) };
    const first = week
      ? isoWeekMonday(date.year, +week)
      : isRealDate(date.year, date.month, date.day)
        ? date
        : null;
    if (!first) return null;
    const unit = week ? 'week' : day ? 'day' : month ? 'month' : 'year';
    const { start, end } = zonedPeriod(first, unit, timeZone);
    return span(start, end, unit, timeZone);
  }
  const normalised = text.replace(' ', 'T').replace(/T(\d{2}:\d{2})(Z|[+-])/, 'T$1:00$2');
  const instant = parseInstant(normalised);
  if (isNaN(instant)) return null;
  return span(instant, instant, 'instant', timeZone);
}
