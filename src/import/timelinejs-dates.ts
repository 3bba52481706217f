/**
 * TimelineJS dates ({ year, month?, day?, hour?, ... }) as honest spans: a year alone is the whole
 * year (precision 'year'), year and month the whole month, down to hour and minute; seconds or
 * milliseconds make an instant. Dates are wall-clock times in the import's zone.
 */
import { preview } from '../model/problems.js';
import { PRECISIONS, type Precision, type When } from '../model/types.js';
import { daysInMonth, periodEnd, type WallDate } from '../model/calendar.js';
import { toIsoWithOffset, zonedToInstant } from '../model/zoned.js';
import { htmlToLine } from './html-to-text.js';
import { isRecord, own, ownText } from '../model/untrusted.js';
import { note, type Slide } from './timelinejs-slide.js';

/** Years a Date can hold with room to spare; cosmological dates are refused. */
const MAX_ABS_YEAR = 200_000;

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type DatePart = (typeof DATE_PARTS)[number];
const PART_LIMITS: Record<DatePart, [number, number]> = {
  year: [-MAX_ABS_YEAR, MAX_ABS_YEAR],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};
const PRECISION_OF: Record<DatePart, Precision> = {
  year: 'year',
  month: 'month',
  day: 'day',
  hour: 'hour',
  minute: 'minute',
  second: 'instant',
  millisecond: 'instant',
};

interface Span {
  start: number;
  end: number;
  precision: Precision;
}

/** TimelineJS writes date parts as numbers or as numeric text: 2014 or "2014". */
function datePart(value: unknown): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  const number =
    typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : null;
}

/** The span a TimelineJS date names, or undefined (reported) when it names none. */
function readDate(raw: unknown, key: string, slide: Slide, timeZone: string): Span | undefined {
  if (!isRecord(raw)) {
    note(
      slide,
      [key],
      `should be an object with at least a year, but is ${preview(raw)}.`,
      'error',
    );
    return undefined;
  }
  const parts: Partial<Record<DatePart, number>> = {};
  let last: DatePart | undefined;
  for (const part of DATE_PARTS) {
    const value = datePart(own(raw, part));
    if (value === undefined) continue;
    const [min, max] = PART_LIMITS[part];
    if (value === null || value < min || value > max) {
      note(
        slide,
        [key, part],
        `${preview(own(raw, part))} is not a ${part} TimelineJS can mean here (${min}–${max}).`,
        'error',
      );
      return undefined;
    }
    const previous = DATE_PARTS[DATE_PARTS.indexOf(part) - 1];
    if (previous !== undefined && last !== previous) {
      note(slide, [key, part], `is given without ${previous}; it was ignored.`, 'warning');
      continue;
    }
    parts[part] = value;
    last = part;
  }
  if (last === undefined || parts.year === undefined) {
    note(slide, [key, 'year'], 'is missing.', 'error');
    return undefined;
  }
  const wall = { year: parts.year, month: parts.month ?? 1, day: parts.day ?? 1 };
  if (wall.day > daysInMonth(wall.year, wall.month)) {
    note(
      slide,
      [key, 'day'],
      `${wall.day} is not a day of month ${wall.month} in ${wall.year}.`,
      'error',
    );
    return undefined;
  }
  const start =
    zonedToInstant(
      { ...wall, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 },
      timeZone,
    ) + (parts.millisecond ?? 0);
  return { start, end: spanEnd(last, wall, start, timeZone), precision: PRECISION_OF[last] };
}

/** Where the span a date names ends: the next year, month or day, or an hour or minute later. */
function spanEnd(last: DatePart, wall: WallDate, start: number, timeZone: string): number {
  switch (last) {
    case 'year':
    case 'month':
    case 'day':
      return zonedToInstant(periodEnd(wall, last), timeZone);
    case 'hour':
      return start + 3_600_000;
    case 'minute':
      return start + 60_000;
    default:
      return start;
  }
}

function coarser(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b;
}

export function readWhen(
  raw: Record<string, unknown>,
  slide: Slide,
  timeZone: string,
): When | undefined {
  const start = readDate(own(raw, 'start_date'), 'start_date', slide, timeZone);
  if (!start) return undefined;
  let span = start;
  const rawEnd = own(raw, 'end_date');
  if (rawEnd !== undefined && rawEnd !== null) {
    const end = readDate(rawEnd, 'end_date', slide, timeZone);
    if (end && end.end < start.start) {
      note(slide, ['end_date'], 'is before start_date; the end date was ignored.', 'error');
    } else if (end) {
      span = {
        start: start.start,
        end: end.end,
        precision: coarser(start.precision, end.precision),
      };
    }
  }
  const text = displayDate(raw);
  if (text) span = shownYear(span, text, slide, timeZone);
  const when: When = {
    start: toIsoWithOffset(span.start, timeZone),
    end: toIsoWithOffset(span.end, timeZone),
    precision: span.precision,
  };
  if (text) when.text = text;
  return when;
}

/**
 * The whole year when the date shown names only the year its day or month falls in: TimelineJS
 * shows readers the display date, and a sheet often fills the day it needs in ("1940" stored as
 * 2 January 1940, 9 of KPCC's 31 Mandela slides). The day was never the author's claim.
 */
function shownYear(span: Span, shown: string, slide: Slide, timeZone: string): Span {
  const year = /^\s*(-?\d{1,6})\s*$/.exec(shown)?.[1];
  if (year === undefined || span.precision === 'year') return span;
  const wall = { year: Number(year), month: 1, day: 1 };
  const start = zonedToInstant(wall, timeZone);
  const end = zonedToInstant(periodEnd(wall, 'year'), timeZone);
  if (span.start < start || span.end > end) return span;
  note(
    slide,
    ['display_date'],
    `shows only the year ${year}; the event is dated that year, not the ${span.precision} its date names.`,
    'warning',
  );
  return { start, end, precision: 'year' };
}

/** The date as TimelineJS would show it: display_date, or those of start_date and end_date. */
function displayDate(raw: Record<string, unknown>): string | undefined {
  const display = htmlToLine(ownText(raw, 'display_date') ?? '');
  if (display) return display;
  const start = ownText(own(raw, 'start_date'), 'display_date');
  const end = ownText(own(raw, 'end_date'), 'display_date');
  const words = [start, end]
    .map((value) => (value === undefined ? '' : htmlToLine(value)))
    .filter(Boolean);
  return words.length > 0 ? words.join(' – ') : undefined;
}
