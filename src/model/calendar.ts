/**
 * The proleptic Gregorian calendar on wall dates, with no time zone: month lengths, real dates,
 * moving by days and months, weekdays, ISO weeks, and the start and end of a year, month, week or
 * day. Years are astronomical (1 BC is year 0). `zoned.ts` turns these wall dates into instants of
 * a zone; everything that reads or resolves dates (the model, importers, the time-phrase rules, the
 * command line) does its calendar arithmetic here.
 */

/** A calendar day. */
export interface WallDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** A wall-clock reading: a day and, optionally, a time of it. */
export type WallTime = WallDate & { hour?: number; minute?: number; second?: number };

/** Calendar units a span can cover whole. */
export type CalendarUnit = 'year' | 'month' | 'week' | 'day';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  // 31 days and 30 alternate from January to July, and again from August (31) to December.
  if (month !== 2) return 30 + ((month + (month >> 3)) & 1);
  return isLeapYear(year) ? 29 : 28;
}

/** True when the day exists: no 31 June, no 29 February outside leap years. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Milliseconds of a wall time read as if it were UTC: the linear "wall line" that zone offsets are
 * measured against. Date.UTC reads years 0-99 as 1900-1999, so only those take the slower path.
 */
export function wallToUtc(wall: WallTime): number {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = wall;
  if (year >= 100 || year < 0) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The calendar day of a wall-line time (the inverse of `wallToUtc` for whole days). */
export function dateOf(wallLine: number): WallDate {
  const date = new Date(wallLine);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Adds calendar days to a wall date, across month and year ends; a time of day is kept. */
export function addDays<W extends WallDate>(wall: W, days: number): W {
  const moved = dateOf(wallToUtc({ year: wall.year, month: wall.month, day: wall.day + days }));
  return { ...wall, ...moved };
}

/** Moves whole months, clamping the day to the target month's length (31 March - 1 = 28/29 Feb). */
export function addMonthsClamped(day: WallDate, months: number): WallDate {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** 0 = Sunday ... 6 = Saturday, like `Date#getUTCDay`. */
export function weekdayOf(day: WallDate): number {
  return new Date(wallToUtc({ year: day.year, month: day.month, day: day.day })).getUTCDay();
}

/** Monday of the ISO week containing `day`. */
export function mondayOf(day: WallDate): WallDate {
  const date = { year: day.year, month: day.month, day: day.day };
  return addDays(date, -((new Date(wallToUtc(date)).getUTCDay() + 6) % 7));
}

/** Monday of ISO week `week` of `year` (week 1 holds 4 January), or null past the year's weeks. */
export function isoWeekMonday(year: number, week: number): WallDate | null {
  if (!Number.isInteger(week) || week < 1 || week > 53) return null;
  const monday = addDays(mondayOf({ year, month: 1, day: 4 }), (week - 1) * 7);
  // Week 53 exists only in years whose 28 December (always in the last week) is in week 53.
  const lastMonday = mondayOf({ year, month: 12, day: 28 });
  return wallToUtc(monday) <= wallToUtc(lastMonday) ? monday : null;
}

/** The first day of the year, month, ISO week or day that contains `day`. */
export function periodStart(day: WallDate, unit: CalendarUnit): WallDate {
  if (unit === 'week') return mondayOf(day);
  return {
    year: day.year,
    month: unit === 'year' ? 1 : day.month,
    day: unit === 'day' ? day.day : 1,
  };
}

/** The first day after the year, month, ISO week or day that contains `day`: its exclusive end. */
export function periodEnd(day: WallDate, unit: CalendarUnit): WallDate {
  const start = periodStart(day, unit);
  if (unit === 'year' || unit === 'month') return addMonthsClamped(start, unit === 'year' ? 12 : 1);
  return addDays(start, unit === 'week' ? 7 : 1);
}
