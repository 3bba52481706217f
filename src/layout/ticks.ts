/**
 * Axis ticks on the wall clock of the story's zone: days start at midnight in Asia/Baghdad, not
 * in UTC or in the reader's zone, and hours stay on whole wall-clock hours across DST.
 *
 * Two strategies, because the two families of units behave differently at DST changes:
 * - minutes and hours step through absolute time and re-align to the wall clock wherever the
 *   offset changes, so the repeated hour of a fall-back night gets its ticks too;
 * - days, weeks, months and years are calendar intervals on a "wall line" (instant + offset,
 *   read as UTC), mapped back to instants with `zonedToInstant`, which handles midnights that a
 *   DST change skips.
 * A final pass drops any tick a DST change pushed closer than `minSpacing` to its neighbour.
 */
import { dateOf } from '../model/calendar.js';
import { dateTimeFormat } from '../model/intl-cache.js';
// The month, year and day formats the wording uses too: one object each, one cached formatter.
import {
  GREGORIAN,
  SHORT_DATE,
  SHORT_DATE_YEAR,
  SHORT_DAY,
  SHORT_MONTH,
  YEAR,
} from '../model/date-styles.js';
import type { TimeScale } from './time-scale.js';
import {
  monthsOf,
  wallDays,
  wallMondays,
  wallMonths,
  type WallInterval,
} from './wall-intervals.js';
import { isValidTimeZone, offsetMs, zonedToInstant } from '../model/zoned.js';

export type TickGranularity = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Tick {
  /** Instant, ms. */
  t: number;
  /** px along the axis. */
  p: number;
  label: string;
  /** First tick of a larger unit: the hour among minutes, midnight among hours, the first tick
   * of a month among days and weeks, January among months, a 10x year among years. */
  major: boolean;
  /** For major ticks below year granularity: the larger unit, e.g. "Fri, Jun 13" or "Jun 2014". */
  context?: string;
}

export interface TimeTicksOptions {
  scale: TimeScale;
  timeZone: string;
  locale: string;
  /** px; default 90. */
  minSpacing?: number;
  /**
   * ms of the story's shortest span: no unit is much finer (a story known to the day has no hour
   * ticks, which a phone's day stretched for its rows gave it: "00:30", "01:00"). Default 0.
   */
  finest?: number;
}

export interface TimeTicks {
  granularity: TickGranularity;
  /** The chosen step in units of the granularity: 15 for quarter hours, 3 for quarters. */
  step: number;
  ticks: Tick[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DEFAULT_MIN_SPACING = 90;

interface TickStep {
  granularity: TickGranularity;
  step: number;
  /** The shortest a step can really be, so the choice keeps spacing in February and on DST days. */
  minMs: number;
  /** Minutes and hours: exact wall-clock length of the step. */
  fixedMs?: number;
  /** Days and longer: the calendar interval on the wall line, and the months of the unit above. */
  interval?: WallInterval;
  parentMonths?: number;
}

function fixedStep(granularity: 'minute' | 'hour', step: number): TickStep {
  const ms = step * (granularity === 'minute' ? MINUTE : HOUR);
  return { granularity, step, minMs: ms, fixedMs: ms };
}

function calendarStep(
  granularity: TickGranularity,
  step: number,
  interval: WallInterval,
  minMs: number,
  parentMonths: number,
): TickStep {
  return { granularity, step, minMs, interval, parentMonths };
}

const YEAR_STEPS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000,
];

/** Candidate steps, shortest first. */
const STEPS: TickStep[] = [
  ...[1, 5, 15, 30].map((k) => fixedStep('minute', k)),
  ...[1, 3, 6, 12].map((k) => fixedStep('hour', k)),
  // Days and weeks are major in a new month, months in a new year, years in a new 10 k years.
  calendarStep('day', 1, wallDays(1), DAY - HOUR, 1),
  calendarStep('day', 2, wallDays(2), 2 * DAY - HOUR, 1),
  calendarStep('week', 1, wallMondays, 7 * DAY - HOUR, 1),
  calendarStep('month', 1, wallMonths(1), 28 * DAY - HOUR, 12),
  // Quarters start in Jan, Apr, Jul, Oct; the shortest (Jan-Apr) is 90 days.
  calendarStep('month', 3, wallMonths(3), 90 * DAY - HOUR, 12),
  // Years are steps of 12 k months from year 0.
  ...YEAR_STEPS.map((k) =>
    calendarStep('year', k, wallMonths(12 * k), k * 365 * DAY - 2 * HOUR, 120 * k),
  ),
];

/**
 * The shortest step that keeps ticks `minSpacing` apart, in a unit of which the story's shortest
 * span holds fewer than a dozen: hours for an overnight of 12, days (not hours) for a day, and
 * months (not weeks) for a month.
 */
function chooseStep(pxPerMs: number, minSpacing: number, finest = 0): TickStep {
  // Years whatever the spans (reigns of decades, whose dozenth is more than a year).
  // And no weeks in a story known to the month ("3 Aug 2015" beside rows of "Aug 2015").
  const unit = Math.max(Math.min(finest, 365 * DAY) / 12, finest < 28 * DAY - HOUR ? 0 : 7 * DAY);
  for (const step of STEPS)
    if (step.minMs * pxPerMs >= minSpacing && step.minMs / step.step >= unit) return step;
  return STEPS.at(-1)!;
}

// ---------------------------------------------------------------------------------------------
// Intl is slow to construct and the element asks for ticks on every frame while panning: the
// formatters come from the shared cache, keyed by these constant formats.

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const YEAR_ERA: Intl.DateTimeFormatOptions = { year: 'numeric', era: 'short' };

/** Bad locales or zones must not take the axis down: fall back to defaults. */
function usableLocaleAndZone(locale: string, timeZone: string): [string, string] {
  // Checked without building formatters the axis may not use: each one costs a millisecond or
  // more before the first paint (the first of a locale more). Intl throws only for a malformed
  // tag; an unknown but well-formed one falls back to the default locale by itself.
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  try {
    Intl.getCanonicalLocales(locale);
    return [locale, zone];
  } catch {
    return ['en', zone];
  }
}

const MAX_WALL_CACHE = 4096;
const wallCache = new Map<string, Map<number, number>>();

/** The instant of wall-clock midnight `wall` (a wall-line ms) in `timeZone`, memoised. */
function wallMidnightToInstant(wall: number, timeZone: string): number {
  let zoneCache = wallCache.get(timeZone);
  if (!zoneCache) {
    zoneCache = new Map();
    wallCache.set(timeZone, zoneCache);
  }
  let t = zoneCache.get(wall);
  if (t === undefined) {
    t = zonedToInstant(dateOf(wall), timeZone);
    if (zoneCache.size >= MAX_WALL_CACHE) zoneCache.clear();
    zoneCache.set(wall, t);
  }
  return t;
}

function ceilTo(x: number, step: number): number {
  return Math.ceil(x / step) * step;
}

// ---------------------------------------------------------------------------------------------

interface RawTick {
  t: number;
  major: boolean;
  /** Wall-line ms, for labels that need the calendar (years before 1 AD). */
  wall: number;
  /**
   * Minute and hour ticks: the first of a wall-clock day, midnight or not (DST may skip it). These
   * say the date (`context`), where calendar ticks say their larger unit when `major`.
   */
  day?: boolean;
}

/**
 * Minute and hour ticks: the instants whose wall-clock reading is a multiple of the step. Within
 * a stretch of constant offset o these are ceil(t + o) - o; when the offset changes before the
 * candidate, we re-align with the new offset (02:00 skipped in spring, 01:00 repeated in autumn).
 * Starts one step early so the first visible tick can tell whether it opens a larger unit.
 */
function subDayTicks(t0: number, t1: number, step: TickStep, timeZone: string): RawTick[] {
  const stepMs = step.fixedMs!;
  const parentMs = step.granularity === 'minute' ? HOUR : DAY;
  const out: RawTick[] = [];
  let t = t0 - stepMs - 1;
  let o = offsetMs(t, timeZone);
  let previous: number | undefined;
  while (t <= t1) {
    let c = ceilTo(t + o, stepMs) - o;
    const oc = offsetMs(c, timeZone);
    if (oc !== o) {
      o = oc;
      c = ceilTo(t + o, stepMs) - o;
      // Still before the change under the new alignment: step until the offset agrees.
      for (let guard = 0; guard < 4 && offsetMs(c, timeZone) !== o; guard++) c += stepMs;
    }
    if (c > t1) break;
    const wall = c + o;
    // The first tick opens a unit if it is on its boundary; the others if the one before did not.
    const before = previous ?? wall - 1;
    const opens = (unitMs: number) => Math.floor(wall / unitMs) !== Math.floor(before / unitMs);
    out.push({ t: c, major: opens(parentMs), wall, day: opens(DAY) });
    previous = wall;
    t = c + 1;
  }
  return out;
}

/** Which unit above the step's the wall-line ms `wall` falls in: its number from year 0. */
function parentKey(wall: number, step: TickStep): number {
  return Math.floor(monthsOf(wall) / step.parentMonths!);
}

/** Day-and-longer ticks: calendar steps on the wall line, each wall midnight mapped to its instant. */
function calendarTicks(t0: number, t1: number, step: TickStep, timeZone: string): RawTick[] {
  const interval = step.interval!;
  const wall0 = t0 + offsetMs(t0, timeZone);
  const wall1 = t1 + offsetMs(t1, timeZone);
  // One boundary before the view's start: its tick may be pushed into view by a DST change.
  const first = interval.floor(interval.floor(wall0) - 1);
  const out: RawTick[] = [];
  // The first tick is major if it opens its unit: if the instant before it is in another.
  let previousKey = parentKey(first - 1, step);
  for (let wall = first; wall <= wall1; wall = interval.next(wall)) {
    const t = wallMidnightToInstant(wall, timeZone);
    const key = parentKey(wall, step);
    const major = key !== previousKey;
    previousKey = key;
    if (t > t1) break;
    out.push({ t, major, wall });
  }
  return out;
}

/** A tick's own format, by granularity; years are formatted as in `labelFor`. */
const LABEL_FORMATS: Partial<Record<TickGranularity, Intl.DateTimeFormatOptions>> = {
  minute: TIME,
  hour: TIME,
  day: { weekday: 'short', day: 'numeric' },
  week: SHORT_DATE,
  month: SHORT_MONTH,
};

/** A day's number alone: before the Gregorian calendar, Intl's weekday is not the source's. */
const DAY_NUMBER: Intl.DateTimeFormatOptions = { day: 'numeric' };

function labelFor(raw: RawTick, step: TickStep, locale: string, timeZone: string): string {
  const format =
    (step.granularity === 'day' && raw.wall < GREGORIAN
      ? DAY_NUMBER
      : LABEL_FORMATS[step.granularity]) ??
    // Intl writes 44 BC as "44" unless asked for the era.
    (new Date(raw.wall).getUTCFullYear() < 1 ? YEAR_ERA : YEAR);
  return dateTimeFormat(locale, format, timeZone).format(raw.t);
}

/**
 * How the unit above each granularity is named: the day among hours, the month among days. Among
 * weeks the month's first Monday keeps its day: "Feb 2012" on 6 February put a caucus of the 4th
 * in January.
 */
const CONTEXT_FORMATS: Partial<Record<TickGranularity, Intl.DateTimeFormatOptions>> = {
  minute: SHORT_DAY,
  hour: SHORT_DAY,
  day: SHORT_MONTH,
  week: SHORT_DATE_YEAR,
  month: YEAR,
};

/** The day among hours in the axis's caption, with its year: no other words of the axis say it. */
const SHORT_DAY_YEAR: Intl.DateTimeFormatOptions = { ...SHORT_DAY, year: 'numeric' };

/** The larger unit's name at `t`, in a locale and zone already checked; `caption`: the caption's. */
function contextFor(
  t: number,
  granularity: TickGranularity,
  locale: string,
  timeZone: string,
  caption?: boolean,
): string | undefined {
  let format = CONTEXT_FORMATS[granularity];
  if (caption && format === SHORT_DAY) format = SHORT_DAY_YEAR;
  // The day among hours without its weekday before the Gregorian calendar (`labelFor`). The wall
  // clock only near or before it: the zone's offset takes an Intl call, at every frame of a pan,
  // and a day later no offset brings a time back before it (nor before year 1).
  const wall = t < GREGORIAN + DAY ? t + offsetMs(t, timeZone) : t;
  if (format?.weekday && wall < GREGORIAN) format = SHORT_DATE;
  // A year before 1 with its era, as `labelFor` writes it: a caption "51" read as AD 51.
  if (format === YEAR && new Date(wall).getUTCFullYear() < 1) format = YEAR_ERA;
  return format && dateTimeFormat(locale, format, timeZone).format(t);
}

/**
 * The name of the unit above `granularity` that the instant `t` falls in ("Fri 13 Jun 2014" among
 * hours, "Jun 2014" among days), as the axis's caption says it; undefined among years. A story of
 * hours named its day without its year: LAX's shooting read "Fri 1 Nov", Apollo's landing "Sun 20
 * Jul". Not `caption`: as a tick says it, the day without its year (a phone's first hour label).
 */
export function unitContext(
  t: number,
  granularity: TickGranularity,
  locale: string,
  timeZone: string,
  caption = true,
): string | undefined {
  return contextFor(t, granularity, ...usableLocaleAndZone(locale, timeZone), caption);
}

/**
 * Whether ticks of `granularity` are of days or longer: a story known to the day never has hours
 * (`EventIndex.finest`), and its view's range is told in days, not its edges' minutes. By the
 * names' order, the shortest test: "day" < "e" <= "hour" < "minute" < "mo" <= "month", "week"…
 */
export function inDays(granularity: TickGranularity): boolean {
  return granularity < 'e' || granularity >= 'mo';
}

/**
 * Ticks for the scale's domain, at least `minSpacing` px apart, on wall-clock boundaries of
 * `timeZone`, labelled with Intl in `locale`. The range must be ascending ([0, length]).
 */
export function timeTicks(options: TimeTicksOptions): TimeTicks {
  const minSpacing = Math.max(1, options.minSpacing ?? DEFAULT_MIN_SPACING);
  const [locale, timeZone] = usableLocaleAndZone(options.locale, options.timeZone);
  const { scale } = options;
  const domain = scale.domain().map(Number);
  const range = scale.range();
  // px per ms of each piece of the scale. A phone's axis cuts its empty stretches short (story.ts,
  // `cutAxis`): its steepest pieces are the drawn time, and the ticks' step and places come from
  // them. Spaced by the average, a fraud's years of background thinned the ticks to none.
  // Unsigned (a right-to-left axis), and none for a piece without time (a repeated knot).
  const slopes = domain
    .slice(1)
    .map((t, j) => (t > domain[j]! ? Math.abs((range[j + 1]! - range[j]!) / (t - domain[j]!)) : 0));
  const slope = Math.max(...slopes);
  if (!(slope > 0 && slope < Infinity)) return { granularity: 'day', step: 1, ticks: [] };
  const step = chooseStep(slope, minSpacing, options.finest);
  const raws = slopes.flatMap((s, j) =>
    s < slope / 2
      ? []
      : (step.fixedMs ? subDayTicks : calendarTicks)(domain[j]!, domain[j + 1]!, step, timeZone)
          // Calendar ticks start a step early (a DST change may push that one into the piece).
          .filter((raw) => raw.t >= domain[j]!),
  );

  const ticks: Tick[] = [];
  for (const raw of raws) {
    const p = scale(raw.t);
    const last = ticks.at(-1);
    if (last && Math.abs(p - last.p) < minSpacing) {
      // A DST change or a cut squeezed this pair; keep the one that opens a larger unit, else
      // the later, which a cut's hatch does not cover (`computeFrame` leaves out those before).
      if (last.major && !raw.major) continue;
      ticks.pop();
    }
    const tick: Tick = {
      t: raw.t,
      p,
      label: labelFor(raw, step, locale, timeZone),
      major: raw.major,
    };
    // The hour among minutes is major but keeps its time ("07:00"): the date goes on the day's
    // first tick.
    if (raw.day ?? raw.major) {
      const context = contextFor(raw.t, step.granularity, locale, timeZone);
      if (context !== undefined) tick.context = context;
    }
    ticks.push(tick);
  }
  return { granularity: step.granularity, step: step.step, ticks };
}
