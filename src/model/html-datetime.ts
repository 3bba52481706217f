/**
 * Spans for the values an HTML `<time datetime>` attribute may hold, read in a time zone:
 * "2014" (year), "2014-06" (month), "2014-W24" (ISO week), "2014-06-13" (day), and instants with
 * an offset, "2014-06-13T15:00+03:00". Anything else is null: we never guess.
 */
import type { Precision } from './types.js';
import { addDays, parseInstant, toIsoWithOffset, zonedToInstant } from './zoned.js';

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
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(text))) {
    const year = Number(match[1]);
    const start = zonedToInstant({ year, month: 1, day: 1 }, timeZone);
    return span(
      start,
      zonedToInstant({ year: year + 1, month: 1, day: 1 }, timeZone),
      'year',
      timeZone,
    );
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(text))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    const next =
      month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
    return span(
      zonedToInstant({ year, month, day: 1 }, timeZone),
      zonedToInstant(next, timeZone),
      'month',
      timeZone,
    );
  }
  if ((match = /^(\d{4})-W(\d{2})$/.exec(text))) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    if (week < 1 || week > 53) return null;
    // ISO week 1 is the week with 4 January in it; weeks start on Monday.
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const mondayOfWeek1 = addDays({ year, month: 1, day: 4 }, -((jan4.getUTCDay() + 6) % 7));
    const monday = addDays(mondayOfWeek1, (week - 1) * 7);
    const start = zonedToInstant(monday, timeZone);
    return span(start, zonedToInstant(addDays(monday, 7), timeZone), 'week', timeZone);
  }
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (Number.isNaN(parseInstant(`${text}T00:00:00Z`))) return null;
    const start = zonedToInstant(day, timeZone);
    return span(start, zonedToInstant(addDays(day, 1), timeZone), 'day', timeZone);
  }
  const normalised = text.replace(' ', 'T').replace(/T(\d{2}:\d{2})(Z|[+-])/, 'T$1:00$2');
  const instant = parseInstant(normalised);
  if (Number.isNaN(instant)) return null;
  return span(instant, instant, 'instant', timeZone);
}
