/**
 * Spans for the values an HTML `<time datetime>` attribute may hold, read in a time zone:
 * "2014" (year), "2014-06" (month), "2014-W24" (ISO week), "2014-06-13" (day), and instants with
 * an offset, "2014-06-13T15:00+03:00". Anything else is null: we never guess.
 */
import type { Precision } from './types.js';
import { isRealDate, isoWeekMonday, type CalendarUnit, type WallDate } from './calendar.js';
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

/** The whole year, month, ISO week or day that starts at `first`, in the zone. */
function whole(first: WallDate, unit: CalendarUnit, timeZone: string): DatetimeSpan {
  const { start, end } = zonedPeriod(first, unit, timeZone);
  return span(start, end, unit, timeZone);
}

export function spanFromDatetime(value: string, timeZone: string): DatetimeSpan | null {
  const text = value.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(text))) {
    return whole({ year: Number(match[1]), month: 1, day: 1 }, 'year', timeZone);
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(text))) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return isRealDate(year, month, 1) ? whole({ year, month, day: 1 }, 'month', timeZone) : null;
  }
  if ((match = /^(\d{4})-W(\d{2})$/.exec(text))) {
    const monday = isoWeekMonday(Number(match[1]), Number(match[2]));
    return monday ? whole(monday, 'week', timeZone) : null;
  }
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    return isRealDate(day.year, day.month, day.day) ? whole(day, 'day', timeZone) : null;
  }
  const normalised = text.replace(' ', 'T').replace(/T(\d{2}:\d{2})(Z|[+-])/, 'T$1:00$2');
  const instant = parseInstant(normalised);
  if (Number.isNaN(instant)) return null;
  return span(instant, instant, 'instant', timeZone);
}
