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
 *   year"); "earlier in the week/month/year" (the start of the period holding the day before the
 *   reference day to the start of the reference day: a Monday's is the week before); "earlier
 *   today" (start of the reference day to the reference, `day`); "last weekend"
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
 * - Ahead of the reference: "next week/month/year" (the whole next calendar period, `week`,
 *   `month`, `year`); "later this week/month/year" and "by the end of the week/month/year" (or
 *   "of this/next week...") from the reference to the end of that period, `range`. "The night of
 *   7 March" is the night that begins on 7 March (18:00 to 06:00), like "7 March night".
 * - `direction` (see `ResolveOptions`) turns the look-back rules for weekdays, dates and months
 *   forward for planned events, and keeps bare clock times of past events before the reference.
 * - Vague or unknown words ("recently", "a few days ago", "early June", "around 3pm") give
 *   `{ ok: false, reason: 'unresolved: ...' }`.
 */
import type { When } from '../../model/types.js';
import { isValidTimeZone, parseInstant, toIsoWithOffset, zonedParts } from '../../model/zoned.js';
import { resolveDayAndTime } from './day-and-time.js';
import {
  resolveCalendarPeriod,
  resolveDuration,
  resolveIso,
  resolveMonthOrYear,
  resolveOffset,
} from './periods.js';
import { Unresolved, type Context, type RawSpan } from './spans.js';

export type ResolveResult = { ok: true; when: When } | { ok: false; reason: string; text: string };

export interface ResolveOptions {
  /** The instant the words are read against, ISO 8601 with offset (usually the publication time). */
  reference: string;
  /** IANA zone whose wall clock the words refer to. */
  timeZone: string;
  /**
   * Which way words that name no year or day look from the reference. Left out: the rules above
   * (news looks back; a bare clock time is on the reference day). `'past'`, for what has happened:
   * a bare clock time later than the reference is the day before's. `'future'`, for what is
   * planned: a weekday, a date or a month without a year is the next one on or after the
   * reference day, and a bare clock time earlier than the reference is the next day's.
   */
  direction?: 'past' | 'future';
}

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
    ...(options.direction ? { direction: options.direction } : {}),
  };
  const phrase = normalise(text);
  let span: RawSpan | undefined;
  try {
    span = phrase === '' ? undefined : resolvePhrase(phrase, context);
  } catch (error) {
    // A count past the calendar ("999999999999 days ago") has no date: Intl throws a RangeError.
    if (error instanceof RangeError) return outOfRange(phrase, text);
    if (!(error instanceof Unresolved)) throw error;
    return { ok: false, reason: `unresolved: ${error.message}`, text };
  }
  if (!span) return { ok: false, reason: `unresolved: "${phrase}"`, text };
  if (!Number.isFinite(span.start) || (span.end !== null && !Number.isFinite(span.end)))
    return outOfRange(phrase, text);
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

function outOfRange(phrase: string, text: string): ResolveResult {
  return { ok: false, reason: `unresolved: "${phrase}" lies outside the calendar`, text };
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

  const words = phrase
    .replace(/^(?:on|at|in|during|over|within) /, '')
    // "the night of 7 March" is "7 March night"; "the morning of Friday", "Friday morning".
    .replace(/^(?:the )?(night|morning|afternoon|evening) of (.+)$/, '$2 $1');
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
