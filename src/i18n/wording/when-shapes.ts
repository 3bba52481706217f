/**
 * The shape of a span on the wall clock of the timeline's zone: whole days, a named part of a day,
 * the end of a calendar period. Spans are half-open: a day span ends at the next day's
 * 00:00, so when a span starts and ends at the start of a day its last day is the day before.
 */
import { startOfZonedDay, zonedParts, zonedPeriod } from '../../model/zoned.js';
import type { CalendarUnit } from '../../model/calendar.js';
import type { PartOfDay } from '../translation.js';
import type { DescribeWhenOptions } from './date-formats.js';

export type Period = CalendarUnit;

export const HOUR = 3_600_000;

export interface Shape {
  start: number;
  end: number;
  options: DescribeWhenOptions;
}

export function isStartOfDay(ms: number, timeZone: string): boolean {
  return startOfZonedDay(ms, timeZone) === ms;
}

/** The last day a half-open span touches: the day before `end` when `end` is a midnight. */
export function lastDayOf({ start, end, options }: Shape): number {
  return end > start && isStartOfDay(end, options.timeZone) ? end - 1 : end;
}

/** Whole days, start and end both at 00:00. */
export function isWholeDays({ start, end, options }: Shape): boolean {
  return (
    end > start && isStartOfDay(start, options.timeZone) && isStartOfDay(end, options.timeZone)
  );
}

const PARTS_OF_DAY: Record<string, PartOfDay> = {
  '0-6+0': 'early-hours',
  '6-12+0': 'morning',
  '12-18+0': 'afternoon',
  '18-0+1': 'evening',
  '18-6+1': 'night',
};

/** Which named part of the day a span is, by its wall-clock hours (see `resolveWhen`). */
export function partOfDay({ start, end, options }: Shape): PartOfDay | undefined {
  const from = zonedParts(start, options.timeZone);
  const to = zonedParts(end, options.timeZone);
  if (from.minute !== 0 || to.minute !== 0) return undefined;
  const days = Math.round(
    (startOfZonedDay(end, options.timeZone) - startOfZonedDay(start, options.timeZone)) /
      (24 * HOUR),
  );
  return PARTS_OF_DAY[`${from.hour}-${to.hour}+${days}`];
}

/**
 * The style to write a span of whole days (`isWholeDays`) in: `year` or `month` when it is whole
 * years or months, else `day`. A reporter's "between 2014 and 2019" is the years 2014 to 2019, not
 * 1 January 2014 to 31 December 2019.
 */
export function spanStyle<T>(shape: Shape, year: T, month: T, day: T): T {
  const from = zonedParts(shape.start, shape.options.timeZone);
  const to = zonedParts(shape.end, shape.options.timeZone);
  if (from.day !== 1 || to.day !== 1) return day;
  return from.month === 1 && to.month === 1 ? year : month;
}

/**
 * Whether the span starts where a calendar period must (00:00; a Monday; the 1st; 1 January), and
 * if so the first instant after that period.
 */
export function periodStartingAt(shape: Shape, period: Period): number | undefined {
  const { start, options } = shape;
  const whole = zonedPeriod(zonedParts(start, options.timeZone), period, options.timeZone);
  return whole.start === start ? whole.end : undefined;
}
