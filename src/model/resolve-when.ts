/**
 * Turns the time words of a news story ("on Friday", "overnight", "in the past 48 hours") into an
 * honest span: the interval the words allow, read on the wall clock of the story's zone, with a
 * precision that says what kind of interval it is. Never a made-up instant.
 *
 * Why hand-written and not chrono-node: chrono (installed) returns one instant per expression with
 * the unknown fields filled in - "on Friday" comes back as Friday 12:00, "yesterday" as noon,
 * "in the past 48 hours" collapses to a single instant 48 hours back - and it has no notion of
 * precision. Its "this week" starts on Sunday (we need ISO weeks, Monday), it does not know
 * "overnight", and it reads times in a fixed offset rather than an IANA zone across DST changes.
 * Recovering the span from chrono's `knownValues` would mean re-implementing every rule below
 * anyway, so the grammar here is small, explicit and documented instead; anything it does not
 * know is reported as unresolved rather than guessed.
 *
 * The rules (all on the wall clock of `timeZone`; spans are half-open, so a day ends at the next
 * day's 00:00; "the reference day" is the calendar day of `reference` in that zone):
 *
 * - Case, commas, full stops, a possessive "'s" and the filler words "on", "at", "in",
 *   "during", "the", "of" and "local time" are ignored. "since X" gives X's start with an open end (`end: null`);
 *   "from X to Y" / "between X and Y" give X's start to Y's end, precision `range`.
 * - Weekdays. "Friday" / "on Friday": the most recent Friday on or before the reference day, so in
 *   a Saturday story "on Friday" is the day before and "on Saturday" is the reference day itself.
 *   "last Friday": the most recent Friday strictly before the reference day (so "last Saturday" in
 *   a Saturday story is a week back). "this Friday": the Friday of the reference's ISO week
 *   (Monday-Sunday), which may lie after the reference. "next Friday": the first one after the
 *   reference day. Precision `day`.
 * - "today", "yesterday", "tomorrow", "the day before yesterday", "the day after tomorrow": `day`.
 * - Parts of a day, precision `part-of-day`: morning 06-12, afternoon 12-18, evening 18-24,
 *   night 18-06 of the next day, "the early hours" 00-06. "overnight" and "last night" are the
 *   night before the reference day (18:00 the day before to 06:00 on the reference day);
 *   "tonight" and "this morning/afternoon/evening" are on the reference day. "overnight" next to a
 *   named day ("overnight Friday") is ambiguous in news usage and is left unresolved.
 * - Clock times: "at 3pm", "3:30 p.m.", "15:00", "15.00", "noon"/"midday", optionally "GMT"/"UTC".
 *   On the reference day unless a day is given ("on Friday at 3pm", "3pm yesterday"), even if that
 *   is after the reference. A clock time is precision `minute` with start = end; a time that a DST
 *   change skips is unresolved, and one it repeats spans both readings. With a part of the day the
 *   time must fall inside it ("Friday night at 2am" is Saturday 02:00). "midnight" (which day's?)
 *   and hours without am/pm or minutes ("at 3") are unresolved.
 * - Dates: "10 June", "10th June", "the 10th of June", "June 10", with an optional year and an
 *   optional weekday that must agree with the date; ISO "2014-06-10" (`day`), ISO wall times
 *   "2014-06-10T15:00" (`minute`, read in the zone) and ISO instants with an offset (`instant`).
 *   A date without a year is the most recent such date on or before the reference day, because
 *   news looks back ("10 June" in a 2 January story is last year's).
 * - Months and years: "in June", "June 2014" (whole month, `month`; without a year the most recent
 *   June that has begun by the reference), "in 2014" (`year`).
 * - Calendar periods: "this week" (Monday 00:00 of the reference's ISO week to the reference,
 *   `week`), "last week" (the whole previous ISO week), "earlier this week" (Monday 00:00 to the
 *   start of the reference day, or to the reference on a Monday); the same for month and year
 *   ("this month", "last month", "earlier this month", "this year", "last year", "earlier this
 *   year"); "earlier today" (start of the reference day to the reference, `day`); "last weekend"
 *   (the most recent Saturday 00:00 to Monday 00:00 that ended by the start of the reference day,
 *   `range`).
 * - Durations back from the reference, precision `range`, ending at the reference: "in the past 48
 *   hours", "in the last 24 hours", "over the past two days", "the past week". Minutes and hours
 *   are exact elapsed time; days, weeks, months and years are wall-clock steps (the same clock
 *   time N days back, so "the past day" across a DST change is 23 or 25 hours). Bare "last
 *   week/month/year" is the calendar period above, not a duration.
 * - Offsets: "three days ago", "two days earlier", "a week ago", "the day before": the calendar day
 *   that many days (7 per week) before the reference day, `day`; "N months/years ago": that
 *   calendar month/year; "N hours ago": the hour centred on the reference minus N hours, `hour`;
 *   "N minutes ago": that minute, `minute`. "earlier"/"before" count back from the reference -
 *   the resolver has no other anchor - and "later"/"after" count forward.
 * - Vague or unknown words ("recently", "a few days ago", "early June", "around 3pm") give
 *   `{ ok: false, reason: 'unresolved: ...' }`.
 */
import type { Precision, When } from './types.js';
import {
  addDays,
  isValidTimeZone,
  offsetMinutes,
  parseInstant,
  toIsoWithOffset,
  zonedParts,
  zonedToInstant,
} from './zoned.js';
import type { WallTime, ZonedParts } from './zoned.js';

export type ResolveResult = { ok: true; when: When } | { ok: false; reason: string; text: string };

export interface ResolveOptions {
  /** The instant the words are read against, ISO 8601 with offset (usually the publication time). */
  reference: string;
  /** IANA zone whose wall clock the words refer to. */
  timeZone: string;
}

/** A resolved span in milliseconds; `end: null` is an open end. */
interface RawSpan {
  start: number;
  end: number | null;
  precision: Precision;
}

interface Context {
  reference: number;
  zone: string;
  /** The reference on the zone's wall clock. */
  now: ZonedParts;
}

type Day = Pick<ZonedParts, 'year' | 'month' | 'day'>;

/** Thrown when words are recognised but cannot be resolved honestly (31 June, "midnight"). */
class Unresolved extends Error {}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function resolveWhen(text: string, options: ResolveOptions): ResolveResult {
  const reference = parseInstant(options.reference);
  if (Number.isNaN(reference)) {
    return { ok: false, reason: `invalid reference: ${options.reference}`, text };
  }
  if (!isValidTimeZone(options.timeZone)) {
    return { ok: false, reason: `invalid time zone: ${options.timeZone}`, text };
  }
  const context: Context = {
    reference,
    zone: options.timeZone,
    now: zonedParts(reference, options.timeZone),
  };
  const phrase = normalise(text);
  let span: RawSpan | undefined;
  try {
    span = phrase === '' ? undefined : resolvePhrase(phrase, context);
  } catch (error) {
    if (!(error instanceof Unresolved)) throw error;
    return { ok: false, reason: `unresolved: ${error.message}`, text };
  }
  if (!span) return { ok: false, reason: `unresolved: "${phrase}"`, text };
  return {
    ok: true,
    when: {
      start: toIsoWithOffset(span.start, context.zone),
      end: span.end === null ? null : toIsoWithOffset(span.end, context.zone),
      precision: span.precision,
      text,
      resolvedAgainst: options.reference,
    },
  };
}

/** Lower case, typographic quotes and dashes flattened, "p.m." as "pm", punctuation as spaces. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/'s\b/g, '') // "Friday's attack", "yesterday's vote"
    .replace(/\b([ap])\.m\b\.?/g, '$1m')
    .replace(/[,;!?()"]/g, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function resolvePhrase(phrase: string, context: Context): RawSpan | undefined {
  const since = /^(?:ever )?since (.+)$/.exec(phrase);
  if (since) {
    const from = resolvePhrase(since[1]!, context);
    return from && { start: from.start, end: null, precision: from.precision };
  }
  const between = /^(?:from|between) (.+?) (?:to|until|and) (.+)$/.exec(phrase);
  if (between) return resolveBetween(between[1]!, between[2]!, context);

  const words = phrase.replace(/^(?:on|at|in|during|over|within) /, '');
  return (
    resolveIso(words, context) ??
    resolveDuration(words, context) ??
    resolveOffset(words, context) ??
    resolveCalendarPeriod(words, context) ??
    resolveMonthOrYear(words, context) ??
    resolveDayAndTime(words, context)
  );
}

function resolveBetween(first: string, second: string, context: Context): RawSpan | undefined {
  const from = resolvePhrase(first, context);
  const to = resolvePhrase(second, context);
  if (!from || !to) return undefined;
  const end = to.end ?? to.start;
  if (end < from.start) throw new Unresolved(`"${second}" is before "${first}"`);
  return { start: from.start, end, precision: 'range' };
}

// ---------------------------------------------------------------------------------------------
// ISO 8601

function resolveIso(words: string, context: Context): RawSpan | undefined {
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

function resolveDuration(words: string, context: Context): RawSpan | undefined {
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

function resolveOffset(words: string, context: Context): RawSpan | undefined {
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

function resolveCalendarPeriod(words: string, context: Context): RawSpan | undefined {
  const { now, reference } = context;
  if (words === 'earlier today') {
    return { start: startOfDay(now, context), end: reference, precision: 'day' };
  }
  if (words === 'last weekend') return lastWeekend(context);
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

function startOfPeriod(day: Day, period: 'week' | 'month' | 'year', context: Context): number {
  if (period === 'week') return startOfDay(mondayOf(day), context);
  if (period === 'month') return startOfDay({ year: day.year, month: day.month, day: 1 }, context);
  return startOfDay({ year: day.year, month: 1, day: 1 }, context);
}

function lastWeekend(context: Context): RawSpan {
  // Monday 00:00 ends a weekend; the latest Monday on or before the reference day is its end.
  const monday = mondayOf(context.now);
  return {
    start: startOfDay(addDays(monday, -2), context),
    end: startOfDay(monday, context),
    precision: 'range',
  };
}

// ---------------------------------------------------------------------------------------------
// Months and years: "in June", "June 2014", "in 2014"

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;

function resolveMonthOrYear(words: string, context: Context): RawSpan | undefined {
  const year = /^(\d{4})$/.exec(words);
  if (year) return wholeYear(Number(year[1]), context);
  const month = new RegExp(`^${MONTH}(?: (\\d{4}))?$`).exec(words);
  if (!month) return undefined;
  const monthNumber = MONTHS[month[1]!]!;
  const { now } = context;
  const yearNumber =
    month[2] !== undefined ? Number(month[2]) : monthNumber <= now.month ? now.year : now.year - 1;
  return wholeMonth({ year: yearNumber, month: monthNumber, day: 1 }, context);
}

// ---------------------------------------------------------------------------------------------
// A day, a part of it and a clock time, in any order: "on Friday morning", "3pm yesterday"

type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night' | 'early-hours';

/** Hours from the day's midnight; the night runs past the next midnight. */
const PART_HOURS: Record<PartOfDay, [number, number]> = {
  'early-hours': [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
  night: [18, 30],
};

interface ClockTime {
  hour: number;
  minute: number;
  utc: boolean;
}

const FILLERS = new Set(['on', 'at', 'in', 'during', 'the', 'of']);
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};
const WEEKDAY = `(${Object.keys(WEEKDAYS).join('|')})`;

function resolveDayAndTime(words: string, context: Context): RawSpan | undefined {
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
        : dayOf(context.now)
      : resolveDay(dayWords, context);
  if (!day) return undefined;

  if (time)
    return clockTimeSpan(dayWithPart(day, part, time), time.hour, time.minute, time.utc, context);
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
      return dayOf(now);
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
  if (weekday) return dayOfWeekday(WEEKDAYS[weekday[2]!]!, weekday[1], now);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(words);
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return resolveWrittenDate(words, now);
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
    default:
      return addDays(now, -daysBack);
  }
}

/** "10 June", "June 10th 2014", "Friday 13 June 2014" - the weekday, if given, must agree. */
function resolveWrittenDate(words: string, now: ZonedParts): Day | undefined {
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

function checkedDay(year: number, month: number, day: number): Day {
  if (!isRealDate(year, month, day)) throw new Unresolved(`no such date ${year}-${month}-${day}`);
  return { year, month, day };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const moved = addDays({ year, month, day: 1 }, day - 1);
  return moved.month === month && moved.year === year;
}

// ---------------------------------------------------------------------------------------------
// Spans on the wall clock

function wholeDay(day: Day, context: Context): RawSpan {
  return {
    start: startOfDay(day, context),
    end: startOfDay(addDays(day, 1), context),
    precision: 'day',
  };
}

function wholeMonth(day: Day, context: Context): RawSpan {
  const first = { year: day.year, month: day.month, day: 1 };
  return {
    start: startOfDay(first, context),
    end: startOfDay(addMonthsClamped(first, 1), context),
    precision: 'month',
  };
}

function wholeYear(year: number, context: Context): RawSpan {
  return {
    start: startOfDay({ year, month: 1, day: 1 }, context),
    end: startOfDay({ year: year + 1, month: 1, day: 1 }, context),
    precision: 'year',
  };
}

function partOfDaySpan(day: Day, part: PartOfDay, context: Context): RawSpan {
  const [from, to] = PART_HOURS[part];
  return {
    start: atHour(day, from, context),
    end: atHour(day, to, context),
    precision: 'part-of-day',
  };
}

/** The instant of `hour` (0-47, past 23 meaning the next day) on the day's wall clock. */
function atHour(day: Day, hour: number, context: Context): number {
  const wall: WallTime = { ...addDays(day, Math.floor(hour / 24)), hour: hour % 24 };
  return zonedToInstant(wall, context.zone);
}

/**
 * A clock time on a day. Skipped by a DST change: unresolved. Repeated by one: a span over both
 * readings, since the words cannot say which was meant.
 */
function clockTimeSpan(
  day: Day,
  hour: number,
  minute: number,
  utc: boolean,
  context: Context,
): RawSpan {
  const wall = { ...day, hour, minute };
  const readings = utc ? [utcOfWall(wall)] : instantsOfWall(wall, context.zone);
  if (readings.length === 0) {
    throw new Unresolved(
      `${pad(hour)}:${pad(minute)} on ${formatDay(day)} does not exist in ${context.zone}`,
    );
  }
  return { start: Math.min(...readings), end: Math.max(...readings), precision: 'minute' };
}

/** Every instant whose wall-clock reading in `zone` is `wall` (none in a gap, two in an overlap). */
function instantsOfWall(wall: Required<Omit<WallTime, 'second'>>, zone: string): number[] {
  const asUtc = utcOfWall(wall);
  const offsets = new Set([-DAY, 0, DAY].map((shift) => offsetMinutes(asUtc + shift, zone)));
  return [...offsets]
    .map((offset) => asUtc - offset * MINUTE)
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

function utcOfWall(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour ?? 0, wall.minute ?? 0, 0, 0);
  return date.getTime();
}

function startOfDay(day: Day, context: Context): number {
  return zonedToInstant({ year: day.year, month: day.month, day: day.day }, context.zone);
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on wall dates

function dayOf(parts: Day): Day {
  return { year: parts.year, month: parts.month, day: parts.day };
}

/** 0 = Sunday, like `ZonedParts.weekday`; a pure calendar fact, independent of any zone. */
function weekdayOf(day: Day): number {
  return new Date(utcOfWall(day)).getUTCDay();
}

/** Monday of the ISO week containing `day`. */
function mondayOf(day: Day): Day {
  return addDays(dayOf(day), -((weekdayOf(day) + 6) % 7));
}

/** Moves whole months, clamping the day to the target month's length (31 March - 1 = 28/29 Feb). */
function addMonthsClamped(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  let dayNumber = day.day;
  while (dayNumber > 28 && !isRealDate(year, month, dayNumber)) dayNumber--;
  return { year, month, day: dayNumber };
}

// ---------------------------------------------------------------------------------------------
// Words

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "48", "a", "two", "forty-eight"; vague counts ("few", "several") are unresolved. */
function parseCount(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  const small = SMALL_NUMBERS.indexOf(word);
  if (small >= 0) return small;
  const [tensWord, unitWord] = word.split('-');
  const tens = TENS[tensWord!];
  if (tens !== undefined) {
    if (unitWord === undefined) return tens;
    const unit = SMALL_NUMBERS.indexOf(unitWord);
    if (unit >= 1 && unit <= 9) return tens + unit;
  }
  throw new Unresolved(`"${word}" is not an exact number`);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function formatDay(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}
