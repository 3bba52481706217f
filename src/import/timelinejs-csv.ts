/**
 * Reads a TimelineJS spreadsheet exported as CSV (File > Download > CSV in Google Sheets, or any
 * sheet with the template's columns) into a news timeline.
 *
 * Every row is first turned into the TimelineJS JSON slide TimelineJS itself would build from it
 * (its ConfigFactory does the same), then the whole sheet goes through `fromTimelineJS`: one
 * mapping for JSON and spreadsheets, so a row means exactly what the same slide in JSON means.
 * Problems are then renamed from JSON positions and keys to the sheet's own words: "row 5, Day"
 * rather than "events[3].start_date.day". Rows count as a spreadsheet counts them: the header is
 * row 1.
 *
 * - Columns are matched by name, case and spaces aside, in any order; unknown columns are reported
 *   once. `Tag` is read as `Group` (TimelineJS's older sheets).
 * - Blank rows are skipped. `Type` "title" makes the title slide, "era" an era.
 * - `Time` and `End Time` take "14:30", "2:30 PM", "1430", "14:30:15"; an unreadable time is
 *   reported and the date is kept without it.
 * - A text cell a spreadsheet would read as a formula is written with a leading apostrophe by
 *   `toTimelineJSCsv`; the apostrophe is removed again here.
 */
import { csvParseRows } from 'd3-dsv';
import { fromTimelineJS, type TimelineJSOptions } from './timelinejs.js';
import { MAX_INPUT_CHARACTERS } from '../model/parse-timeline.js';
import type { ParseResult, Problem } from '../model/problems.js';
import { readSheetTime } from './timelinejs-csv-time.js';

/** The columns of the TimelineJS template, in its order. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
export type TimelineJSColumn = (typeof TIMELINEJS_COLUMNS)[number] | 'Alt Text';

/** TimelineJS JSON keys and the columns they come from, for problems in the sheet's words. */
const COLUMN_OF_KEY: [RegExp, string][] = [
  [/^start_date\.year$/, 'Year'],
  [/^start_date\.month$/, 'Month'],
  [/^start_date\.day$/, 'Day'],
  [/^start_date\.(?:hour|minute|second|millisecond)$/, 'Time'],
  [/^start_date$/, 'Year'],
  [/^end_date\.year$/, 'End Year'],
  [/^end_date\.month$/, 'End Month'],
  [/^end_date\.day$/, 'End Day'],
  [/^end_date\.(?:hour|minute|second|millisecond)$/, 'End Time'],
  [/^end_date$/, 'End Year'],
  [/^text\.headline$|^headline$/, 'Headline'],
  [/^text\.text$|^summary$/, 'Text'],
  [/^display_date$|^when\.text$/, 'Display Date'],
  [/^media(?:\.url)?$/, 'Media'],
  [/^group$|^category$|^tags(?:\[\d+\])?$/, 'Group'],
  [/^when(?:\.\w+)?$/, 'dates'],
  [/^sources(?:\[\d+\])?(?:\.who)?$/, 'Media Credit'],
];

/** The JSON importer's words where a sheet has simpler ones. */
const SHEET_PHRASES: [RegExp, string][] = [
  [/(Year|End Year) should be an object with at least a year, but is missing\./, '$1 is empty.'],
  [/is not in TimelineJS data/, 'is not in a TimelineJS sheet'],
];

export interface TimelineJSCsvResult extends ParseResult {
  /** The sheet row (header = 1) each event came from, by event id. */
  rows: Record<string, number>;
}

type Row = Partial<Record<TimelineJSColumn, string>>;

interface Sheet {
  /** False when row 1 does not name the template's columns. */
  readable: boolean;
  title?: { row: number; slide: Record<string, unknown> };
  events: { row: number; slide: Record<string, unknown> }[];
  eras: { row: number; slide: Record<string, unknown> }[];
  problems: Problem[];
}

const KNOWN = new Map<string, TimelineJSColumn>(
  [...TIMELINEJS_COLUMNS, 'Alt Text' as const].map((name) => [normalise(name), name]),
);
KNOWN.set('tag', 'Group');

function normalise(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

/** A cell as TimelineJS reads it: trimmed, with a formula guard apostrophe removed. */
function cell(value: string | undefined): string {
  const text = (value ?? '').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** TimelineJS's clean_integer: "1,815" and "1 815" are 1815. */
function integer(value: string): string {
  return value.replace(/[\s,]+/g, '');
}

function problem(row: number, column: string, message: string, severity: Problem['severity']) {
  const path = column ? `row ${row}, ${column}` : `row ${row}`;
  return { path, message: `Row ${row}${column ? `, ${column}` : ''}: ${message}`, severity };
}

function readDate(
  row: Row,
  prefix: '' | 'End ',
  rowNumber: number,
  problems: Problem[],
): Record<string, unknown> | undefined {
  const year = integer(cell(row[`${prefix}Year`]));
  const time = cell(row[`${prefix}Time`]);
  if (!year) {
    if (time) {
      problems.push(
        problem(rowNumber, `${prefix}Time`, `is given without ${prefix}Year; ignored.`, 'error'),
      );
    }
    return undefined;
  }
  const date: Record<string, unknown> = { year };
  const month = integer(cell(row[`${prefix}Month`]));
  const day = integer(cell(row[`${prefix}Day`]));
  if (month) date.month = month;
  if (day) date.day = day;
  if (time) {
    const parts = readSheetTime(time);
    if (parts) Object.assign(date, parts);
    else
      problems.push(
        problem(
          rowNumber,
          `${prefix}Time`,
          `"${time.slice(0, 40)}" is not a time (14:30, 2:30 PM); the date was kept without it.`,
          'error',
        ),
      );
  }
  return date;
}

function background(value: string): Record<string, string> {
  return /^(?:https?:)?\/\/?/.test(value) ? { url: value } : { color: value };
}

/** The TimelineJS JSON slide of one row, with only the cells that hold something. */
function slideOf(row: Row, rowNumber: number, problems: Problem[]): Record<string, unknown> {
  const slide: Record<string, unknown> = {};
  const start = readDate(row, '', rowNumber, problems);
  const end = readDate(row, 'End ', rowNumber, problems);
  if (start) slide.start_date = start;
  if (end) slide.end_date = end;
  const text: Record<string, string> = {};
  if (cell(row.Headline)) text.headline = cell(row.Headline);
  if (cell(row.Text)) text.text = cell(row.Text);
  if (Object.keys(text).length > 0) slide.text = text;
  const media: Record<string, string> = {};
  const mediaCells: [string, TimelineJSColumn][] = [
    ['url', 'Media'],
    ['credit', 'Media Credit'],
    ['caption', 'Media Caption'],
    ['thumbnail', 'Media Thumbnail'],
    ['alt', 'Alt Text'],
  ];
  for (const [key, column] of mediaCells) if (cell(row[column])) media[key] = cell(row[column]);
  if (Object.keys(media).length > 0) slide.media = media;
  if (cell(row['Display Date'])) slide.display_date = cell(row['Display Date']);
  if (cell(row.Group)) slide.group = cell(row.Group);
  if (cell(row.Background)) slide.background = background(cell(row.Background));
  return slide;
}

function readSheet(text: string): Sheet {
  const sheet: Sheet = { readable: false, events: [], eras: [], problems: [] };
  const [header = [], ...rows] = csvParseRows(text.replace(/^\ufeff/, ''));
  const columns = header.map((name) => KNOWN.get(normalise(name)));
  const unknown = header.filter((name, i) => name.trim() && !columns[i]);
  if (!columns.includes('Year') || !columns.includes('Headline')) {
    sheet.problems.push({
      path: 'row 1',
      message:
        'Row 1 should name the TimelineJS columns (Year, Month, Day, … Headline, Text, …); this is not a TimelineJS sheet.',
      severity: 'error',
    });
    return sheet;
  }
  sheet.readable = true;
  if (unknown.length > 0) {
    sheet.problems.push({
      path: 'row 1',
      message: `Row 1: the columns ${unknown.map((name) => `"${name.slice(0, 40)}"`).join(', ')} are not TimelineJS columns; not carried over.`,
      severity: 'warning',
    });
  }
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((value) => value.trim() === '')) return;
    const row: Row = {};
    columns.forEach((column, i) => {
      if (column && row[column] === undefined) row[column] = cells[i] ?? '';
    });
    const slide = slideOf(row, rowNumber, sheet.problems);
    const type = cell(row.Type).toLowerCase();
    if (type === 'title' && !sheet.title) sheet.title = { row: rowNumber, slide };
    else if (type === 'era') sheet.eras.push({ row: rowNumber, slide });
    else {
      if (type) {
        sheet.problems.push(
          problem(
            rowNumber,
            'Type',
            type === 'title'
              ? 'is a second title row; read as an event.'
              : `"${type.slice(0, 20)}" is not a TimelineJS type (title, era); read as an event.`,
            'warning',
          ),
        );
      }
      sheet.events.push({ row: rowNumber, slide });
    }
  });
  return sheet;
}

/** 'events[3].start_date.day' -> 'row 5, Day' in paths and messages. */
function toSheetWords(problems: readonly Problem[], sheet: Sheet): Problem[] {
  const rowOf = (list: string, index: number): number | undefined =>
    list === 'events'
      ? sheet.events[index]?.row
      : list === 'eras'
        ? sheet.eras[index]?.row
        : sheet.title?.row;
  const columnOf = (key: string): string =>
    COLUMN_OF_KEY.find(([pattern]) => pattern.test(key))?.[1] ?? key;
  // A list position with its key, the title slide, or a key where a message names its field.
  const located =
    /\b(events|eras)\[(\d+)\](?:\.([\w.[\]]+))?|^(title)(?:\.([\w.[\]]+))?|\b(?:start_date|end_date|display_date)(?:\.\w+)?\b|(?<=^|: )(?:text|media|group)(?:\.\w+)?\b/g;
  const rename = (text: string) =>
    text.replace(
      located,
      (match, list?: string, n?: string, key?: string, title?: string, titleKey?: string) => {
        if (list || title) {
          const row = rowOf(list ?? 'title', Number(n ?? 0));
          if (row === undefined) return match;
          const rest = key ?? titleKey;
          return `row ${row}${rest ? `, ${columnOf(rest)}` : ''}`;
        }
        return columnOf(match);
      },
    );
  return problems.map((p) => {
    let message = rename(p.message);
    for (const [words, sheetWords] of SHEET_PHRASES) message = message.replace(words, sheetWords);
    return {
      ...p,
      path: rename(p.path),
      message: message.charAt(0).toUpperCase() + message.slice(1),
    };
  });
}

/**
 * Converts a TimelineJS spreadsheet in CSV to a timeline. Never throws; problems name sheet rows.
 * Options as for `fromTimelineJS`: the zone the sheet's dates are wall-clock times in, the
 * language, and the publication time.
 */
export function fromTimelineJSCsv(
  csv: string,
  options: TimelineJSOptions = {},
): TimelineJSCsvResult {
  if (csv.length > MAX_INPUT_CHARACTERS) {
    return {
      timeline: null,
      rows: {},
      problems: [
        {
          path: '',
          message: `The sheet is over ${MAX_INPUT_CHARACTERS.toLocaleString('en')} characters long and was not read.`,
          severity: 'error',
        },
      ],
    };
  }
  const sheet = readSheet(csv);
  if (!sheet.readable) return { timeline: null, rows: {}, problems: sheet.problems };
  const json: Record<string, unknown> = {
    events: sheet.events.map(({ slide }) => slide),
  };
  if (sheet.title) json.title = sheet.title.slide;
  if (sheet.eras.length > 0) json.eras = sheet.eras.map(({ slide }) => slide);
  const result = fromTimelineJS(json, options);
  const rows: Record<string, number> = {};
  result.timeline?.events.forEach((event) => {
    const index = /^tljs-(\d+)(?:-\d+)?$/.exec(event.id);
    const row = index ? sheet.events[Number(index[1]) - 1]?.row : undefined;
    if (row !== undefined) rows[event.id] = row;
  });
  return {
    timeline: result.timeline,
    rows,
    problems: [...sheet.problems, ...toSheetWords(result.problems, sheet)],
  };
}
