/**
 * Wall-clock time in an IANA zone, with nothing but `Intl`. News time is read in the story's zone
 * ("on Friday" in Baghdad), while spans are stored as instants with offsets; these helpers convert
 * between the two, across DST changes, without a time-zone library.
 */
import {
  daysInMonth,
  periodEnd,
  periodStart,
  wallToUtc,
  type CalendarUnit,
  type WallDate,
  type WallTime,
} from './calendar.js';
import { dateTimeFormat } from './intl-cache.js';

export interface ZonedParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
}

// Calendar helpers earlier callers imported from here.
export { addDays, type WallTime } from './calendar.js';

const MINUTE = 60_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Wall-clock fields in any zone, read from a fixed English format (never shown to readers). */
const PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  weekday: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  era: 'short',
};

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-US', PARTS, timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of instant `ms` in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    // Intl writes 1 BC as year 1 with era "BC"; astronomical years keep the arithmetic linear.
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** Minutes the zone is ahead of UTC at instant `ms` (Baghdad: 180). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const wall = wallToUtc(zonedParts(ms, timeZone));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/**
 * The instant a wall-clock time in `timeZone` names. In a DST gap the wall time does not exist and
 * the later offset is used (02:30 on a spring-forward night reads as 03:30); in a DST overlap the
 * earlier instant is chosen.
 */
export function zonedToInstant(wall: WallTime, timeZone: string): number {
  const asUtc = wallToUtc(wall);
  const first = asUtc - offsetMinutes(asUtc, timeZone) * MINUTE;
  const second = asUtc - offsetMinutes(first, timeZone) * MINUTE;
  if (first === second) return first;
  const candidates = [first, second].filter(
    (ms) => wallToUtc(zonedParts(ms, timeZone)) === asUtc - (asUtc % 1000),
  );
  return candidates.length > 0 ? Math.min(...candidates) : Math.max(first, second);
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(year, 6)}`;
}

/** ISO 8601 with the zone's offset at that instant: "2014-06-13T00:00:00+03:00". */
export function toIsoWithOffset(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const offset = offsetMinutes(ms, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${formatYear(p.year)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${zone}`;
}

const ISO_WITH_OFFSET =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds of an ISO 8601 instant that carries its offset ("Z" or "+03:00"); NaN for anything
 * else, including a date without an offset, which would be read in the machine's zone.
 */
export function parseInstant(iso: string): number {
  const match = typeof iso === 'string' ? ISO_WITH_OFFSET.exec(iso) : null;
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  // Reject 31 June and the like: the day must exist in that month of that (proleptic) year.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  // wallToUtc without its object for the common years: this runs for every instant read.
  const asUtc =
    year >= 100 || year < 0
      ? Date.UTC(year, month - 1, day, hour, minute, second)
      : wallToUtc({ year, month, day, hour, minute, second });
  const millis = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  const offset =
    zone === 'Z'
      ? 0
      : (zone!.startsWith('-') ? -1 : 1) *
        (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(4)));
  return asUtc + millis - offset * MINUTE;
}

/** The instant a whole day of the zone starts, for the day containing `ms`. */
export function startOfZonedDay(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return zonedToInstant({ year: p.year, month: p.month, day: p.day }, timeZone);
}

/** The instants the whole year, month, ISO week or day containing `day` starts and ends in the zone. */
export function zonedPeriod(
  day: WallDate,
  unit: CalendarUnit,
  timeZone: string,
): { start: number; end: number } {
  return {
    start: zonedToInstant(periodStart(day, unit), timeZone),
    end: zonedToInstant(periodEnd(day, unit), timeZone),
  };
}
