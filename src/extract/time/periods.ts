/**
 * Rules for spans counted from the reference or named by the calendar: ISO dates, "in the past 48
 * hours", "three days ago", "last week", "earlier this month", "in June", "in 2014".
 */
import { addDays, addMonthsClamped, periodStart } from '../../model/calendar.js';
import { parseInstant, zonedToInstant } from '../../model/zoned.js';
import {
  HOUR,
  MINUTE,
  Unresolved,
  checkedDay,
  clockTimeSpan,
  startOfDay,
  wholeDay,
  wholeMonth,
  wholeYear,
  type Context,
  type Day,
  type RawSpan,
} from './spans.js';
import { MONTH, MONTHS, parseCount } from './words.js';

// ---------------------------------------------------------------------------------------------
// ISO 8601

export function resolveIso(words: string, context: Context): RawSpan | undefined {
  if (/^\d{4}-\d{2}-\d{2}t[\d:.]+(?:z|[+-]\d{2}:\d{2})$/.test(words)) {
    const instant = parseInstant(words.toUpperCase());
    if (Number.isNaN(instant)) throw new Unresolved(`invalid instant "${words}"`);
    return { start: instant, end: instant, precision: 'instant' };
  }
  const wall = /^(\d{4})-(\d{2})-(\d{2})t(\d{2}):(\d{2})(?::00)?$/.exec(words);
  if (wall) {
    const day = checkedDay(Number(wall[1]), Number(wall[2]), Number(wall[3]));
    return clockTimeSpan(day, Number(wall[4]), Number(wall[5]), false, context);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Durations ending at the reference: "in the past 48 hours"

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const UNIT = '(minute|hour|day|week|month|year)s?';
const COUNT = '([a-z]+(?:-[a-z]+)?|\\d+)';

export function resolveDuration(words: string, context: Context): RawSpan | undefined {
  const match = new RegExp(`^(the )?(past|last) (?:${COUNT} )?${UNIT}$`).exec(words);
  if (!match) return undefined;
  const [, the, which, countWord, unit] = match;
  // Bare "last week" is the calendar week before this one, not the past seven days.
  if (!the && which === 'last' && countWord === undefined && /^(week|month|year)$/.test(unit!)) {
    return undefined;
  }
  const count = countWord === undefined ? 1 : parseCount(countWord);
  return {
    start: stepBack(context, count, unit as Unit),
    end: context.reference,
    precision: 'range',
  };
}

/** The reference moved back by `count` units: elapsed time for minutes and hours, wall clock above. */
function stepBack(context: Context, count: number, unit: Unit): number {
  if (unit === 'minute') return context.reference - count * MINUTE;
  if (unit === 'hour') return context.reference - count * HOUR;
  const { now, zone } = context;
  const clock = { hour: now.hour, minute: now.minute, second: now.second };
  if (unit === 'day' || unit === 'week') {
    const day = addDays(now, -count * (unit === 'week' ? 7 : 1));
    return zonedToInstant({ ...day, ...clock }, zone);
  }
  const months = unit === 'year' ? count * 12 : count;
  return zonedToInstant({ ...addMonthsClamped(now, -months), ...clock }, zone);
}

// ---------------------------------------------------------------------------------------------
// Offsets from the reference: "three days ago", "two days earlier"

export function resolveOffset(words: string, context: Context): RawSpan | undefined {
  const dayBefore = /^(?:the )?day (before|after)$/.exec(words);
  if (dayBefore) return wholeDay(addDays(context.now, dayBefore[1] === 'before' ? -1 : 1), context);
  const match = new RegExp(`^${COUNT} ${UNIT} (ago|earlier|before|previously|later|after)$`).exec(
    words,
  );
  if (!match) return undefined;
  const direction = /^(later|after)$/.test(match[3]!) ? 1 : -1;
  const count = parseCount(match[1]!) * direction;
  const unit = match[2] as Unit;
  const { now, reference } = context;
  switch (unit) {
    case 'minute': {
      const instant = reference + count * MINUTE;
      return { start: instant, end: instant, precision: 'minute' };
    }
    case 'hour': {
      const centre = reference + count * HOUR;
      return { start: centre - HOUR / 2, end: centre + HOUR / 2, precision: 'hour' };
    }
    case 'day':
    case 'week':
      return wholeDay(addDays(now, count * (unit === 'week' ? 7 : 1)), context);
    case 'month':
      return wholeMonth(addMonthsClamped(now, count), context);
    case 'year':
      return wholeYear(now.year + count, context);
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar periods: "this week", "last month", "earlier this year"

export function resolveCalendarPeriod(words: string, context: Context): RawSpan | undefined {
  const { now, reference } = context;
  if (words === 'earlier today') {
    return { start: startOfDay(now, context), end: reference, precision: 'day' };
  }
  if (words === 'last weekend') return lastWeekend(context);
  const earlierIn = /^earlier in the (week|month|year)$/.exec(words);
  if (earlierIn) return earlierInThe(earlierIn[1] as Period, context);
  const ahead = resolveAhead(words, context);
  if (ahead) return ahead;
  const match = /^(earlier this|this|last) (week|month|year)$/.exec(words);
  if (!match) return undefined;
  const [, which, period] = match;
  const precision = period as 'week' | 'month' | 'year';
  const start = startOfPeriod(now, precision, context);
  if (which === 'last') {
    const previous =
      precision === 'week'
        ? addDays(now, -7)
        : precision === 'month'
          ? addMonthsClamped(now, -1)
          : { year: now.year - 1, month: 1, day: 1 };
    return { start: startOfPeriod(previous, precision, context), end: start, precision };
  }
  if (which === 'this') return { start, end: reference, precision };
  // "Earlier this week" stops where today begins, unless today is the first day of the period.
  const today = startOfDay(now, context);
  return { start, end: today > start ? today : reference, precision };
}

type Period = 'week' | 'month' | 'year';

/** The first day of the period after the one containing `day`. */
function nextPeriodDay(day: Day, period: Period): Day {
  if (period === 'week') return addDays(periodStart(day, 'week'), 7);
  if (period === 'month') return addMonthsClamped(periodStart(day, 'month'), 1);
  return { year: day.year + 1, month: 1, day: 1 };
}

/** "next week", "later this month", "by the end of the year": spans that lie ahead. */
function resolveAhead(words: string, context: Context): RawSpan | undefined {
  const { now, reference } = context;
  const next = /^next (week|month|year)$/.exec(words);
  if (next) {
    const period = next[1] as Period;
    const first = nextPeriodDay(now, period);
    return {
      start: startOfDay(first, context),
      end: startOfDay(nextPeriodDay(first, period), context),
      precision: period,
    };
  }
  const until = /^(?:later this |by (?:the )?end of (?:the |this )?)(week|month|year)$/.exec(words);
  const untilNext = /^by (?:the )?end of next (week|month|year)$/.exec(words);
  const match = until ?? untilNext;
  if (!match) return undefined;
  const period = match[1] as Period;
  const end = untilNext
    ? nextPeriodDay(nextPeriodDay(now, period), period)
    : nextPeriodDay(now, period);
  return { start: reference, end: startOfDay(end, context), precision: 'range' };
}

/**
 * "earlier in the week": the days of the week before the reference day, from the start of the
 * week that holds the day before to the start of the reference day - on a Monday, the week
 * before (a Monday story's "earlier in the week" has no earlier day of its own week).
 */
function earlierInThe(period: Period, context: Context): RawSpan {
  const yesterday = addDays(context.now, -1);
  const start = startOfPeriod(yesterday, period, context);
  return { start, end: startOfDay(context.now, context), precision: period };
}

function startOfPeriod(day: Day, period: Period, context: Context): number {
  return startOfDay(periodStart(day, period), context);
}

function lastWeekend(context: Context): RawSpan {
  // Monday 00:00 ends a weekend; the latest Monday on or before the reference day is its end.
  const monday = periodStart(context.now, 'week');
  return {
    start: startOfDay(addDays(monday, -2), context),
    end: startOfDay(monday, context),
    precision: 'range',
  };
}

export function resolveMonthOrYear(words: string, context: Context): RawSpan | undefined {
  const year = /^(\d{4})$/.exec(words);
  if (year) return wholeYear(Number(year[1]), context);
  const month = new RegExp(`^${MONTH}(?: (\\d{4}))?$`).exec(words);
  if (!month) return undefined;
  const monthNumber = MONTHS[month[1]!]!;
  const { now } = context;
  const yearNumber =
    month[2] !== undefined
      ? Number(month[2])
      : context.direction === 'future'
        ? monthNumber >= now.month
          ? now.year
          : now.year + 1
        : monthNumber <= now.month
          ? now.year
          : now.year - 1;
  return wholeMonth({ year: yearNumber, month: monthNumber, day: 1 }, context);
}
