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

// Constants before the functions that read them: terser writes a constant into its reader only
// when it is declared above it.
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Milliseconds Date can hold either side of 1970 (TimeClip); further is NaN, as in Date.UTC. */
const MAX_TIME = 8.64e15;
/** The short English weekdays, three letters each from Sunday: a day's index is its position / 3. */
const WEEKDAYS = 'SunMonTueWedThuFriSat';
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

/**
 * British English, the locale `dateLocale` formats a bare "en" page's dates in, so the zone's
 * readings use a locale the page has loaded (in Chromium, 0.1-0.3 ms for this formatter against
 * 0.5-0.6 ms for one in "en-US", a locale of its own).
 * Its parts are the same as "en-US"'s in every field read here (compared over 180,000 instants in
 * nine zones, eras included); only their order differs, and they are read by type.
 */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-GB', PARTS, timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  if (timeZone === 'UTC') return true;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of instant `ms` in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  if (timeZone === 'UTC') return utcParts(ms);
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const year = +parts.year!;
  return {
    // Intl writes 1 BC as year 1 with era "BC"; astronomical years keep the arithmetic linear.
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: +parts.month!,
    day: +parts.day!,
    hour: +parts.hour!,
    minute: +parts.minute!,
    second: +parts.second!,
    weekday: WEEKDAYS.indexOf(parts.weekday!) / 3,
  };
}

/**
 * `zonedParts` in UTC from Date alone: no formatter to build (the page's first one starts ICU, a
 * few ms before the first paint) and none to run. Date's years are astronomical too (0 is 1 BC).
 */
function utcParts(ms: number): ZonedParts {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    weekday: date.getUTCDay(),
  };
}

/**
 * Milliseconds the zone is ahead of UTC at instant `ms`, to the second: before standard time, a
 * zone kept local mean time, no whole minutes (Los Angeles until 1883: -07:52:58).
 */
export function offsetMs(ms: number, timeZone: string): number {
  return wallToUtc(zonedParts(ms, timeZone)) - Math.floor(ms / 1000) * 1000;
}

/** Minutes the zone is ahead of UTC at instant `ms` (Baghdad: 180). */
export function offsetMinutes(ms: number, timeZone: string): number {
  return Math.round(offsetMs(ms, timeZone) / MINUTE);
}

/**
 * The instant a wall-clock time in `timeZone` names. In a DST gap the wall time does not exist and
 * the later offset is used (02:30 on a spring-forward night reads as 03:30); in a DST overlap the
 * earlier instant is chosen.
 */
export function zonedToInstant(wall: WallTime, timeZone: string): number {
  const asUtc = wallToUtc(wall);
  const first = asUtc - offsetMs(asUtc, timeZone);
  const second = asUtc - offsetMs(first, timeZone);
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

/**
 * ISO 8601 with the zone's offset at that instant: "2014-06-13T00:00:00+03:00". An offset of
 * seconds (local mean time) has no "±HH:MM": such an instant is written in UTC, exactly ("-07:53"
 * moved Los Angeles's 2 January 1851 to start at 00:00:02, and a day became two).
 */
export function toIsoWithOffset(ms: number, timeZone: string): string {
  const offsetExact = offsetMs(ms, timeZone);
  if (offsetExact % MINUTE) return toIsoWithOffset(ms, 'UTC');
  const p = zonedParts(ms, timeZone);
  const offset = offsetExact / MINUTE;
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${formatYear(p.year)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${zone}`;
}

/** The number two digits of `text` from `start` write, or -1 if one is not a digit. */
function twoDigitsAt(text: string, start: number): number {
  const tens = text.charCodeAt(start) - 48;
  const ones = text.charCodeAt(start + 1) - 48;
  // Past the end charCodeAt gives NaN, which fails these tests as a non-digit does.
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const COLON = 58;
const LETTER_T = 84;
const LETTER_Z = 90;

/**
 * Milliseconds of an ISO 8601 instant that carries its offset ("Z" or "+03:00"); NaN for anything
 * else, including a date without an offset, which would be read in the machine's zone. The grammar
 * is INSTANT_PATTERN of schema.ts: `YYYY-MM-DDTHH:MM[:SS[.fraction]]` (or a signed six-digit year)
 * and `Z` or `±HH:MM`. Read by character codes, no strings made: it runs for every instant of
 * every event, twice (validation, then the index).
 */
export function parseInstant(iso: string): number {
  if (typeof iso !== 'string') return Number.NaN;
  let year: number;
  let i: number;
  const sign = iso.charCodeAt(0);
  if (sign === PLUS || sign === MINUS) {
    const high = twoDigitsAt(iso, 1);
    const middle = twoDigitsAt(iso, 3);
    const low = twoDigitsAt(iso, 5);
    if (high < 0 || middle < 0 || low < 0) return Number.NaN;
    const digits = (high * 100 + middle) * 100 + low;
    year = sign === MINUS ? -digits : digits;
    i = 7;
  } else {
    const century = twoDigitsAt(iso, 0);
    const rest = twoDigitsAt(iso, 2);
    if (century < 0 || rest < 0) return Number.NaN;
    year = century * 100 + rest;
    i = 4;
  }
  if (iso.charCodeAt(i) !== MINUS || iso.charCodeAt(i + 3) !== MINUS) return Number.NaN;
  if (iso.charCodeAt(i + 6) !== LETTER_T || iso.charCodeAt(i + 9) !== COLON) return Number.NaN;
  const month = twoDigitsAt(iso, i + 1);
  const day = twoDigitsAt(iso, i + 4);
  const hour = twoDigitsAt(iso, i + 7);
  const minute = twoDigitsAt(iso, i + 10);
  // A month or day that is not two digits (-1) fails the calendar's test at the end.
  if (hour < 0 || minute < 0) return Number.NaN;
  i += 12;
  let second = 0;
  let millis = 0;
  if (iso.charCodeAt(i) === COLON) {
    second = twoDigitsAt(iso, i + 1);
    if (second < 0) return Number.NaN;
    i += 3;
    if (iso.charCodeAt(i) === DOT) {
      let count = 0;
      for (let digit; (digit = iso.charCodeAt(++i) - 48) >= 0 && digit <= 9; count += 1) {
        if (count < 3) millis = millis * 10 + digit;
      }
      if (count === 0 || count > 9) return Number.NaN;
      // Fewer than three digits are tenths or hundredths.
      if (count < 3) millis *= 10 ** (3 - count);
    }
  }
  let offset: number;
  const zone = iso.charCodeAt(i);
  if (zone === LETTER_Z && i + 1 === iso.length) {
    offset = 0;
  } else if ((zone === PLUS || zone === MINUS) && i + 6 === iso.length) {
    const hours = twoDigitsAt(iso, i + 1);
    const minutes = twoDigitsAt(iso, i + 4);
    if (hours < 0 || minutes < 0 || iso.charCodeAt(i + 3) !== COLON) return Number.NaN;
    offset = (zone === MINUS ? -1 : 1) * (hours * 60 + minutes);
  } else {
    return Number.NaN;
  }
  // Reject 31 June and the like: the day must exist in that month of that (proleptic) year.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  return utcMilliseconds(year, month, day, hour, minute, second) + millis - offset * MINUTE;
}

/**
 * `Date.UTC(year, month - 1, day, hour, minute, second)` (proleptic Gregorian, years 0-99 as
 * such, not 1900-1999) in arithmetic, a fraction of the builtin call: parseInstant runs for
 * every instant read. Days from the civil date by eras of 400 years, with March as the first
 * month so that a leap day ends its year.
 */
function utcMilliseconds(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719468 days from 0000-03-01 to 1970-01-01.
  const ms = (era * 146097 + dayOfEra - 719468) * DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  return Math.abs(ms) > MAX_TIME ? Number.NaN : ms;
}

/** The instant a whole day of the zone starts, for the day containing `ms`. */
export function startOfZonedDay(ms: number, timeZone: string): number {
  return zonedToInstant(periodStart(zonedParts(ms, timeZone), 'day'), timeZone);
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
