/**
 * A day, a part of it and a clock time, in any order: "on Friday morning", "3pm yesterday",
 * "Friday 13 June 2014", "overnight".
 */
import { addDays, isRealDate, mondayOf, periodStart, weekdayOf } from '../../model/calendar.js';
import type { ZonedParts } from '../../model/zoned.js';
import {
  PART_HOURS,
  Unresolved,
  checkedDay,
  clockTimeSpan,
  formatDay,
  pad,
  partOfDaySpan,
  wholeDay,
  type Context,
  type Day,
  type PartOfDay,
  type RawSpan,
} from './spans.js';
import { MONTH, MONTHS, WEEKDAY, WEEKDAYS } from './words.js';

interface ClockTime {
  hour: number;
  minute: number;
  utc: boolean;
}

const FILLERS = new Set(['on', 'at', 'in', 'during', 'the', 'of']);

export function resolveDayAndTime(words: string, context: Context): RawSpan | undefined {
  let rest = ` ${words} `.replace(/ local time /g, ' ');
  let part: PartOfDay | undefined;
  let impliedDay: 'today' | 'yesterday' | undefined;

  const relativeNight = / (last night|tonight|overnight) /.exec(rest);
  if (relativeNight) {
    part = 'night';
    impliedDay = relativeNight[1] === 'tonight' ? 'today' : 'yesterday';
    rest = rest.replace(relativeNight[0], ' ');
  }
  const thisPart = / this (morning|afternoon|evening) /.exec(rest);
  if (thisPart) {
    if (part) throw new Unresolved(`two parts of the day in "${words}"`);
    part = thisPart[1] as PartOfDay;
    impliedDay = 'today';
    rest = rest.replace(thisPart[0], ' ');
  }
  const namedPart = / (morning|afternoon|evening|night|early hours) /.exec(rest);
  if (namedPart) {
    if (part) throw new Unresolved(`two parts of the day in "${words}"`);
    part = namedPart[1] === 'early hours' ? 'early-hours' : (namedPart[1] as PartOfDay);
    rest = rest.replace(namedPart[0], ' ');
  }
  const time = extractClockTime(rest);
  if (time) rest = time.rest;

  const dayWords = rest
    .split(' ')
    .filter((word) => word !== '' && !FILLERS.has(word))
    .join(' ');
  if (impliedDay && dayWords !== '') {
    throw new Unresolved(`"${relativeNight?.[1] ?? 'this'}" with a named day is ambiguous`);
  }
  if (dayWords === '' && !part && !time) return undefined;
  const day =
    dayWords === ''
      ? impliedDay === 'yesterday'
        ? addDays(context.now, -1)
        : periodStart(context.now, 'day')
      : resolveDay(dayWords, context);
  if (!day) return undefined;

  if (time) {
    const span = clockTimeSpan(
      dayWithPart(day, part, time),
      time.hour,
      time.minute,
      time.utc,
      context,
    );
    // A bare clock time is on the reference day; a direction moves it to the side it belongs on.
    if (dayWords !== '' || impliedDay || part) return span;
    if (context.direction === 'past' && span.start > context.reference)
      return clockTimeSpan(addDays(day, -1), time.hour, time.minute, time.utc, context);
    if (context.direction === 'future' && span.end! < context.reference)
      return clockTimeSpan(addDays(day, 1), time.hour, time.minute, time.utc, context);
    return span;
  }
  if (part) return partOfDaySpan(day, part, context);
  return wholeDay(day, context);
}

/** Finds one clock time in ` rest ` and returns it with the words around it. */
function extractClockTime(rest: string): (ClockTime & { rest: string }) | undefined {
  const zone = '(?: (gmt|utc|z))?';
  const patterns: [RegExp, (m: RegExpExecArray) => ClockTime][] = [
    [
      new RegExp(` (\\d{1,2})(?:[:.](\\d{2}))? ?(am|pm)${zone} `),
      (m) => twelveHour(Number(m[1]), Number(m[2] ?? 0), m[3] as 'am' | 'pm', m[4]),
    ],
    [
      new RegExp(` (\\d{1,2})[:.h](\\d{2})(?: ?hrs)?${zone} `),
      (m) => twentyFourHour(Number(m[1]), Number(m[2]), m[3]),
    ],
    [
      // "1500 GMT": four digits only with a zone or "hrs", so that years are not read as times.
      / (\d{2})(\d{2}) ?(?:hrs|(gmt|utc|z)) /,
      (m) => twentyFourHour(Number(m[1]), Number(m[2]), m[3]),
    ],
    [/ (?:12 )?(noon|midday) /, () => ({ hour: 12, minute: 0, utc: false })],
  ];
  if (/ midnight /.test(rest)) throw new Unresolved('"midnight" does not say which day it ends');
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(rest);
    if (match) return { ...read(match), rest: rest.replace(match[0], ' ') };
  }
  return undefined;
}

function twelveHour(hour: number, minute: number, half: 'am' | 'pm', zone?: string): ClockTime {
  if (hour < 1 || hour > 12 || minute > 59) throw new Unresolved(`no such time ${hour}:${minute}`);
  return { hour: (hour % 12) + (half === 'pm' ? 12 : 0), minute, utc: zone !== undefined };
}

function twentyFourHour(hour: number, minute: number, zone?: string): ClockTime {
  if (hour > 23 || minute > 59) throw new Unresolved(`no such time ${hour}:${minute}`);
  return { hour, minute, utc: zone !== undefined };
}

/** The calendar day a clock time falls on, checking it lies inside the named part of the day. */
function dayWithPart(day: Day, part: PartOfDay | undefined, time: ClockTime): Day {
  if (!part) return day;
  const [from, to] = PART_HOURS[part];
  if (time.hour >= from && time.hour < to) return day;
  // The night runs past midnight: "Friday night at 2am" is early on Saturday.
  if (time.hour + 24 >= from && time.hour + 24 < to) return addDays(day, 1);
  throw new Unresolved(`${pad(time.hour)}:${pad(time.minute)} is not in the ${part}`);
}

/** Resolves the day words left once parts of the day, clock times and fillers are gone. */
function resolveDay(words: string, context: Context): Day | undefined {
  const { now } = context;
  switch (words) {
    case 'today':
      return periodStart(now, 'day');
    case 'yesterday':
      return addDays(now, -1);
    case 'tomorrow':
      return addDays(now, 1);
    case 'day before yesterday':
      return addDays(now, -2);
    case 'day after tomorrow':
      return addDays(now, 2);
  }
  const weekday = new RegExp(`^(?:(last|this|next) )?${WEEKDAY}$`).exec(words);
  if (weekday) {
    const which = weekday[1] ?? (context.direction === 'future' ? 'coming' : undefined);
    return dayOfWeekday(WEEKDAYS[weekday[2]!]!, which, now);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(words);
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return resolveWrittenDate(words, now, context.direction === 'future');
}

/** The rules for weekday names; see the file comment. */
function dayOfWeekday(weekday: number, which: string | undefined, now: ZonedParts): Day {
  const daysBack = (now.weekday - weekday + 7) % 7;
  switch (which) {
    case 'last':
      return addDays(now, -(daysBack === 0 ? 7 : daysBack));
    case 'this':
      return addDays(mondayOf(now), (weekday + 6) % 7);
    case 'next':
      return addDays(now, 7 - daysBack);
    case 'coming':
      // A planned "on Tuesday": the next Tuesday, today included.
      return addDays(now, (7 - daysBack) % 7);
    default:
      return addDays(now, -daysBack);
  }
}

/** "10 June", "June 10th 2014", "Friday 13 June 2014" - the weekday, if given, must agree. */
function resolveWrittenDate(words: string, now: ZonedParts, ahead: boolean): Day | undefined {
  const ordinal = '(\\d{1,2})(?:st|nd|rd|th)?';
  const match = new RegExp(
    `^(?:${WEEKDAY} )?(?:${ordinal} ${MONTH}|${MONTH} ${ordinal})(?: (\\d{4}))?$`,
  ).exec(words);
  if (!match) return undefined;
  const [, weekdayWord, dayA, monthA, monthB, dayB, yearWord] = match;
  const month = MONTHS[(monthA ?? monthB)!]!;
  const dayNumber = Number(dayA ?? dayB);
  const day =
    yearWord !== undefined
      ? checkedDay(Number(yearWord), month, dayNumber)
      : ahead
        ? nextDate(month, dayNumber, now)
        : mostRecentDate(month, dayNumber, now);
  if (weekdayWord !== undefined && weekdayOf(day) !== WEEKDAYS[weekdayWord]) {
    throw new Unresolved(`${weekdayWord} does not fall on ${formatDay(day)}`);
  }
  return day;
}

/** The latest date with this month and day on or before `now`; 29 February looks back to a leap year. */
function mostRecentDate(month: number, day: number, now: ZonedParts): Day {
  // 2000 is a leap year: this rejects 31 June and 30 February outright, but not 29 February.
  if (!isRealDate(2000, month, day)) throw new Unresolved(`no such date ${day}/${month}`);
  const notAfterToday = month < now.month || (month === now.month && day <= now.day);
  for (let year = notAfterToday ? now.year : now.year - 1; year > now.year - 9; year--) {
    if (isRealDate(year, month, day)) return { year, month, day };
  }
  throw new Unresolved(`no recent ${day}/${month}`);
}

/** The first date with this month and day on or after `now` (planned events look ahead). */
function nextDate(month: number, day: number, now: ZonedParts): Day {
  if (!isRealDate(2000, month, day)) throw new Unresolved(`no such date ${day}/${month}`);
  const notBeforeToday = month > now.month || (month === now.month && day >= now.day);
  for (let year = notBeforeToday ? now.year : now.year + 1; year < now.year + 9; year++) {
    if (isRealDate(year, month, day)) return { year, month, day };
  }
  throw new Unresolved(`no coming ${day}/${month}`);
}
