/**
 * Writes a timeline as a TimelineJS spreadsheet in CSV, the template's columns in its order, so
 * a newsroom can open it in Google Sheets or hand it to TimelineJS; `fromTimelineJSCsv` reads it
 * back with the same spans.
 *
 * - Dates are wall-clock times in the timeline's zone. Each span is written at the coarsest unit
 *   its two ends fall on (year, month, day, minute, second), and the end columns hold the last unit
 *   the span covers, as TimelineJS reads them: "on Friday" is one Day, "overnight" a Time and an
 *   End Time, an exact instant a Time with seconds. The span survives; the kind of precision
 *   ("part of a day") becomes the unit's, and the words stay in Display Date.
 * - A sheet has no columns for places, people, numbers, how a source said it, excerpts, ongoing
 *   ends or planned events: `notCarried` says, in an editor's words, what was left out.
 * - A text cell that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe,
 *   which spreadsheets show as text and `fromTimelineJSCsv` removes.
 */
import { csvFormatRows } from 'd3-dsv';
import { TIMELINEJS_COLUMNS, type TimelineJSColumn } from '../import/timelinejs-csv.js';
import type { Timeline, When } from '../model/types.js';
import { parseInstant, zonedParts, zonedToInstant, type ZonedParts } from '../model/zoned.js';

export interface TimelineJSCsvExport {
  csv: string;
  /** What the sheet cannot hold, one sentence each; empty when nothing was left out. */
  notCarried: string[];
}

type Unit = 'year' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';
const UNITS: Unit[] = ['year', 'month', 'day', 'minute', 'second', 'millisecond'];
type Cells = Partial<Record<TimelineJSColumn, string>>;

function aligned(ms: number, unit: Unit, timeZone: string): boolean {
  if (unit === 'millisecond') return true;
  if (ms % 1000 !== 0) return false;
  const p = zonedParts(ms, timeZone);
  const checks: Record<Exclude<Unit, 'millisecond'>, boolean> = {
    second: true,
    minute: p.second === 0,
    day: p.second === 0 && p.minute === 0 && p.hour === 0,
    month: p.second === 0 && p.minute === 0 && p.hour === 0 && p.day === 1,
    year: p.second === 0 && p.minute === 0 && p.hour === 0 && p.day === 1 && p.month === 1,
  };
  return checks[unit];
}

/** The instant one `unit` after the wall-clock start `p` (what TimelineJS takes as its end). */
function nextUnit(p: ZonedParts, unit: Unit, start: number, timeZone: string): number {
  switch (unit) {
    case 'year':
      return zonedToInstant({ year: p.year + 1, month: 1, day: 1 }, timeZone);
    case 'month':
      return zonedToInstant(
        p.month === 12
          ? { year: p.year + 1, month: 1, day: 1 }
          : { ...p, month: p.month + 1, day: 1 },
        timeZone,
      );
    case 'day': {
      const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
      const wall = {
        year: next.getUTCFullYear(),
        month: next.getUTCMonth() + 1,
        day: next.getUTCDate(),
      };
      return zonedToInstant(wall, timeZone);
    }
    case 'minute':
      return start + 60_000;
    default:
      return start;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateCells(ms: number, unit: Unit, timeZone: string, prefix: '' | 'End '): Cells {
  const p = zonedParts(ms, timeZone);
  const cells: Cells = { [`${prefix}Year`]: String(p.year) };
  if (unit === 'year') return cells;
  cells[`${prefix}Month`] = String(p.month);
  if (unit === 'month') return cells;
  cells[`${prefix}Day`] = String(p.day);
  if (unit === 'day') return cells;
  let time = `${pad(p.hour)}:${pad(p.minute)}`;
  if (unit === 'second' || unit === 'millisecond') time += `:${pad(p.second)}`;
  if (unit === 'millisecond') time += `.${pad(((ms % 1000) + 1000) % 1000, 3)}`;
  cells[`${prefix}Time`] = time;
  return cells;
}

/** The date columns of a span: its coarsest common unit, and end columns only when needed. */
export function sheetDates(when: When, timeZone: string, alwaysEnd = false): Cells {
  const start = parseInstant(when.start);
  const end = when.end === null ? null : parseInstant(when.end);
  const instant = end === start;
  const unit =
    UNITS.find(
      (u) =>
        (!instant || u === 'second' || u === 'millisecond') &&
        aligned(start, u, timeZone) &&
        (end === null || instant || (end > start && aligned(end, u, timeZone))),
    ) ?? 'millisecond';
  const cells = dateCells(start, unit, timeZone, '');
  if (end === null || instant) return cells;
  const exact = unit === 'second' || unit === 'millisecond';
  const implied = !exact && nextUnit(zonedParts(start, timeZone), unit, start, timeZone) === end;
  if (implied && !alwaysEnd) return cells;
  return { ...cells, ...dateCells(exact ? end : end - 1, unit, timeZone, 'End ') };
}

/** Keeps a spreadsheet from running text as a formula. */
function guard(text: string | undefined): string {
  if (!text) return '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function countOf(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

function leftOut(timeline: Timeline): string[] {
  const { events } = timeline;
  const count = (test: (e: Timeline['events'][number]) => boolean) => events.filter(test).length;
  const notes: [number, string][] = [
    [
      count((e) => e.places.length + e.actors.length + e.quantities.length > 0),
      'places, people and numbers (TimelineJS has no columns for them)',
    ],
    [
      count((e) => e.sources.some((s) => s.verb !== 'reported' || s.outlet || s.url)),
      'how their sources said it, outlets and links (only the names go in Media Credit)',
    ],
    [count((e) => e.excerpt !== undefined), 'excerpts of the article'],
    [count((e) => e.planned === true), 'that they are planned, not yet happened'],
    [count((e) => e.when.end === null), 'an open end (ongoing): the sheet has only their start'],
    [count((e) => e.tags.some((t) => t !== e.category)), 'tags other than the category (Group)'],
  ];
  const sentences = notes
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${countOf(n, 'event')}: ${what} not in the sheet.`);
  if (timeline.article) sentences.push('The article text is not in the sheet.');
  return sentences;
}

export function toTimelineJSCsv(timeline: Timeline): TimelineJSCsvExport {
  const { timeZone } = timeline;
  const rows: Cells[] = [];
  if (timeline.title) rows.push({ Headline: guard(timeline.title), Type: 'title' });
  for (const event of timeline.events) {
    rows.push({
      ...sheetDates(event.when, timeZone),
      'Display Date': guard(event.when.text),
      Headline: guard(event.headline),
      Text: guard(event.summary),
      'Media Credit': guard(event.sources.map((s) => s.who).join('; ')),
      Group: guard(event.category),
    });
  }
  for (const era of timeline.eras) {
    rows.push({
      // TimelineJS wants both ends of an era.
      ...sheetDates(era.when, timeZone, true),
      'Display Date': guard(era.when.text),
      Headline: guard(era.label),
      Type: 'era',
    });
  }
  const table = [
    [...TIMELINEJS_COLUMNS],
    ...rows.map((row) => TIMELINEJS_COLUMNS.map((column) => row[column] ?? '')),
  ];
  return { csv: `${csvFormatRows(table)}\n`, notCarried: leftOut(timeline) };
}
