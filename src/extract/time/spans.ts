/**
 * The pieces every time-phrase rule shares: the reference on the story's wall clock, the spans a
 * rule returns, and the arithmetic that turns wall-clock days, parts of days and clock times into
 * instants of the story's zone. Nothing here knows a word of any language.
 */
import type { Precision } from '../../model/types.js';
import {
  addDays,
  isRealDate,
  wallToUtc,
  type WallDate,
  type WallTime,
} from '../../model/calendar.js';
import { offsetMs, zonedParts, zonedPeriod, zonedToInstant } from '../../model/zoned.js';
import type { ZonedParts } from '../../model/zoned.js';

/** A resolved span in milliseconds; `end: null` is an open end. */
export interface RawSpan {
  start: number;
  end: number | null;
  precision: Precision;
}

export interface Context {
  reference: number;
  zone: string;
  /** The reference on the zone's wall clock. */
  now: ZonedParts;
  /** Which way words without a year or a day look: see `ResolveOptions.direction`. */
  direction?: 'past' | 'future';
}

export type Day = WallDate;

/** Thrown when words are recognised but cannot be resolved honestly (31 June, "midnight"). */
export class Unresolved extends Error {}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night' | 'early-hours';

/** Hours from the day's midnight; the night runs past the next midnight. */
export const PART_HOURS: Record<PartOfDay, [number, number]> = {
  'early-hours': [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
  night: [18, 30],
};

export function checkedDay(year: number, month: number, day: number): Day {
  if (!isRealDate(year, month, day)) throw new Unresolved(`no such date ${year}-${month}-${day}`);
  return { year, month, day };
}

// ---------------------------------------------------------------------------------------------
// Spans on the wall clock

/** The whole year, month or day containing `day`, on the zone's wall clock. */
function whole(day: Day, unit: 'year' | 'month' | 'day', context: Context): RawSpan {
  return { ...zonedPeriod(day, unit, context.zone), precision: unit };
}

export function wholeDay(day: Day, context: Context): RawSpan {
  return whole(day, 'day', context);
}

export function wholeMonth(day: Day, context: Context): RawSpan {
  return whole(day, 'month', context);
}

export function wholeYear(year: number, context: Context): RawSpan {
  return whole({ year, month: 1, day: 1 }, 'year', context);
}

export function partOfDaySpan(day: Day, part: PartOfDay, context: Context): RawSpan {
  const [from, to] = PART_HOURS[part];
  return {
    start: atHour(day, from, context),
    end: atHour(day, to, context),
    precision: 'part-of-day',
  };
}

/** The instant of `hour` (0-47, past 23 meaning the next day) on the day's wall clock. */
export function atHour(day: Day, hour: number, context: Context): number {
  // Only the date of `day`: a day counted from the reference ("yesterday", "Wednesday") still
  // carries the reference's minutes, which made "last night" in a 19:40 story start at 18:40.
  const { year, month, day: date } = addDays(day, Math.floor(hour / 24));
  const wall: WallTime = { year, month, day: date, hour: hour % 24, minute: 0, second: 0 };
  return zonedToInstant(wall, context.zone);
}

/**
 * A clock time on a day. Skipped by a DST change: unresolved. Repeated by one: a span over both
 * readings, since the words cannot say which was meant.
 */
export function clockTimeSpan(
  day: Day,
  hour: number,
  minute: number,
  utc: boolean,
  context: Context,
): RawSpan {
  const wall = { ...day, hour, minute };
  const readings = utc ? [wallToUtc(wall)] : instantsOfWall(wall, context.zone);
  if (readings.length === 0) {
    throw new Unresolved(
      `${pad(hour)}:${pad(minute)} on ${formatDay(day)} does not exist in ${context.zone}`,
    );
  }
  return { start: Math.min(...readings), end: Math.max(...readings), precision: 'minute' };
}

/** Every instant whose wall-clock reading in `zone` is `wall` (none in a gap, two in an overlap). */
export function instantsOfWall(wall: Required<Omit<WallTime, 'second'>>, zone: string): number[] {
  const asUtc = wallToUtc(wall);
  const offsets = new Set([-DAY, 0, DAY].map((shift) => offsetMs(asUtc + shift, zone)));
  return [...offsets]
    .map((offset) => asUtc - offset)
    .filter((instant) => {
      const p = zonedParts(instant, zone);
      return (
        p.year === wall.year &&
        p.month === wall.month &&
        p.day === wall.day &&
        p.hour === wall.hour &&
        p.minute === wall.minute
      );
    });
}

export function startOfDay(day: Day, context: Context): number {
  return zonedToInstant({ year: day.year, month: day.month, day: day.day }, context.zone);
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function formatDay(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}
