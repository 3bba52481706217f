/**
 * Reads TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) into a news
 * timeline, so stories already made with TimelineJS can be shown without retyping them.
 *
 * Decisions:
 * - Partial dates become honest spans: a year alone is the whole year (precision 'year'), year and
 *   month the whole month, down to hour and minute; seconds or milliseconds make an instant. The
 *   end of a span is the start of the next unit. Dates are wall-clock times in `options.timeZone`
 *   (default UTC). With an end_date, the span runs from the start of start_date to the end of
 *   end_date, and the precision is the coarser of the two.
 * - HTML becomes plain text without a DOM: tags are removed (script and style with their
 *   content), <br> and block tags become line breaks, entities are decoded once. Nothing returned
 *   is HTML; a decoded "&lt;b&gt;" is the text "<b>", shown as text.
 * - What news-timeline does not show (images and other media, backgrounds, autolink, the title
 *   slide's text) is reported as a warning per event rather than dropped silently.
 * - Ids: unique_id, else 'tljs-<n>' from the event's 1-based position, so they are stable for the
 *   same input.
 * - TimelineJS has no publication time: `options.published`, else the latest time any event
 *   reaches, with a warning. Language: `options.language`, else 'und' (undetermined).
 * - The result is passed through `parseTimeline`, so it is exactly what the element accepts; its
 *   problems are renumbered to the TimelineJS event positions.
 */
import { parseTimeline } from './parse-timeline.js';
import {
  MAX_PROBLEMS,
  formatPath,
  preview,
  type ParseResult,
  type PathSegment,
  type Problem,
} from './problems.js';
import { INSTANT_EXAMPLE } from './schema.js';
import { createEvent } from './create-event.js';
import {
  PRECISIONS,
  type Era,
  type Precision,
  type Source,
  type TimelineEvent,
  type When,
} from './types.js';
import {
  addDays,
  isValidTimeZone,
  parseInstant,
  toIsoWithOffset,
  zonedToInstant,
} from './zoned.js';

export interface TimelineJSOptions {
  /** IANA zone TimelineJS's wall-clock dates are read in. Default 'UTC'. */
  timeZone?: string;
  /** BCP 47 language of the content. Default 'und'. */
  language?: string;
  /** Publication time, ISO 8601 with offset. Default: the latest time any event reaches. */
  published?: string;
}

/** Text from TimelineJS HTML is capped before any work is done on it. */
const MAX_HTML_CHARACTERS = 100_000;
const MAX_INPUT_CHARACTERS = 32 * 1024 * 1024;
const MAX_EVENTS = 5000;
/** Years a Date can hold with room to spare; cosmological dates are refused. */
const MAX_ABS_YEAR = 200_000;

// ---- HTML to text ----

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  eacute: 'é',
};
const BLOCK_TAGS = new Set(
  'p div li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer hr pre figure figcaption dd dt'.split(
    ' ',
  ),
);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'template', 'iframe', 'noscript']);

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X'
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    const invalid = !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff);
    return invalid ? '\ufffd' : String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body] ?? entity;
}

/** Index of the '>' closing a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i += 1) {
    const char = html[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i;
    }
  }
  return -1;
}

/**
 * Text pieces with line breaks held back until the next words, so "</li> <li>" is one break and
 * breaks never pile up at the end; pieces are joined once, keeping the work linear.
 */
class TextBuilder {
  private readonly pieces: string[] = [];
  private pendingBreaks = 0;

  words(text: string): void {
    if (text === '') return;
    if (this.pendingBreaks > 0) {
      if (text.trim() === '') return;
      this.pieces.push('\n'.repeat(this.pendingBreaks));
      this.pendingBreaks = 0;
    }
    this.pieces.push(text);
  }

  /** <br>: one more break. */
  lineBreak(): void {
    this.pendingBreaks += 1;
  }

  /** Block tags: at least `count` breaks (2 for paragraphs). */
  breakAtLeast(count: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  toString(): string {
    return this.pieces.join('');
  }
}

/**
 * Plain text of an HTML fragment, without a DOM. Linear in the input: every scan moves forward,
 * and a tag or comment that never closes ends the text rather than being rescanned.
 */
export function htmlToText(html: string): string {
  const source = html.length > MAX_HTML_CHARACTERS ? html.slice(0, MAX_HTML_CHARACTERS) : html;
  const lower = source.toLowerCase();
  const text = new TextBuilder();
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<', i);
    const chunk = source.slice(i, open === -1 ? source.length : open);
    // Line breaks in HTML source are only spaces; <br> and blocks make the real ones below.
    text.words(chunk.replace(/[ \t\n\r\f]+/g, ' '));
    if (open === -1) break;
    if (!/[a-zA-Z/!?]/.test(source[open + 1] ?? '')) {
      text.words('<'); // "a < b" is text, not a tag
      i = open + 1;
      continue;
    }
    if (source.startsWith('<!--', open)) {
      const close = source.indexOf('-->', open + 4);
      i = close === -1 ? source.length : close + 3;
      continue;
    }
    const close = tagEnd(source, open + 1);
    if (close === -1) break;
    const name = /^\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(
      source.slice(open + 1, Math.min(close, open + 40)),
    );
    const tag = name?.[1]?.toLowerCase() ?? '';
    const closing = source[open + 1] === '/';
    i = close + 1;
    if (tag === 'br') text.lineBreak();
    else if (BLOCK_TAGS.has(tag)) text.breakAtLeast(tag === 'p' ? 2 : 1);
    else if (RAW_TEXT_TAGS.has(tag) && !closing) {
      const end = lower.indexOf(`</${tag}`, i);
      const endClose = end === -1 ? -1 : source.indexOf('>', end);
      i = endClose === -1 ? source.length : endClose + 1;
    }
  }
  return text
    .toString()
    .replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z]{2,8});/g, decodeEntity)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of plain text, for headlines and labels. */
function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s*\n\s*/g, ' ');
}

// ---- reading helpers ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: unknown, key: string): unknown {
  if (!isRecord(record)) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(record, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

function ownText(record: unknown, key: string): string | undefined {
  const value = own(record, key);
  return typeof value === 'string' ? value : undefined;
}

class Report {
  readonly problems: Problem[] = [];

  add(
    path: PathSegment[],
    where: string,
    text: string,
    severity: Problem['severity'],
    eventId?: string,
  ) {
    if (this.problems.length >= MAX_PROBLEMS) return;
    const problem: Problem = { path: formatPath(path), message: `${where} ${text}`, severity };
    if (eventId !== undefined) problem.eventId = eventId;
    this.problems.push(problem);
  }
}

/** Who the problems of one TimelineJS slide are about. */
interface Slide {
  report: Report;
  path: PathSegment[];
  label: string;
  eventId?: string;
}

function note(slide: Slide, rest: PathSegment[], text: string, severity: Problem['severity']) {
  const relative = formatPath(rest);
  const where = relative ? `${slide.label}: ${relative}` : slide.label;
  slide.report.add([...slide.path, ...rest], where, text, severity, slide.eventId);
}

// ---- dates ----

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

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // day 0 of the next month is the last of this one
  return date.getUTCDate();
}

function spanEnd(
  last: DatePart,
  wall: { year: number; month: number; day: number },
  start: number,
  timeZone: string,
) {
  switch (last) {
    case 'year':
      return zonedToInstant({ year: wall.year + 1, month: 1, day: 1 }, timeZone);
    case 'month':
      return zonedToInstant(
        wall.month === 12
          ? { year: wall.year + 1, month: 1, day: 1 }
          : { ...wall, month: wall.month + 1 },
        timeZone,
      );
    case 'day':
      return zonedToInstant(addDays(wall, 1), timeZone);
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

function readWhen(raw: Record<string, unknown>, slide: Slide, timeZone: string): When | undefined {
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
  const when: When = {
    start: toIsoWithOffset(span.start, timeZone),
    end: toIsoWithOffset(span.end, timeZone),
    precision: span.precision,
  };
  const text = displayDate(raw);
  if (text) when.text = text;
  return when;
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

// ---- slides ----

const CARRIED_EVENT_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'unique_id',
]);
const CARRIED_ERA_KEYS = new Set(['start_date', 'end_date', 'text']);

function reportNotCarried(raw: Record<string, unknown>, carried: Set<string>, slide: Slide): void {
  const media = own(raw, 'media');
  const mediaKeys = isRecord(media) ? Object.keys(media).filter((key) => key !== 'credit') : [];
  if (mediaKeys.length > 0) {
    note(
      slide,
      ['media'],
      `(${mediaKeys.join(', ')}) was not carried over: news-timeline does not show media.`,
      'warning',
    );
  }
  const others = Object.keys(raw).filter((key) => !carried.has(key));
  if (others.length > 0) {
    const keys = others.map((key) => (key.length > 40 ? `${key.slice(0, 39)}…` : key)).join(', ');
    note(slide, [], `has ${keys}, which news-timeline does not use; not carried over.`, 'warning');
  }
}

function slideFor(report: Report, path: PathSegment[], raw: unknown, eventId?: string): Slide {
  const headline = ownText(own(raw, 'text'), 'headline');
  const line = headline === undefined ? '' : htmlToLine(headline);
  const slide: Slide = {
    report,
    path,
    label: line ? `${formatPath(path)} (${preview(line)})` : formatPath(path),
  };
  if (eventId !== undefined) slide.eventId = eventId;
  return slide;
}

function creditSource(raw: Record<string, unknown>): Source[] {
  const credit = ownText(own(raw, 'media'), 'credit');
  const who = credit === undefined ? '' : htmlToLine(credit);
  return who ? [{ who, named: true, verb: 'reported' }] : [];
}

function readEvent(
  raw: unknown,
  index: number,
  id: string,
  report: Report,
  timeZone: string,
): TimelineEvent | undefined {
  const slide = slideFor(report, ['events', index], raw, id);
  if (!isRecord(raw)) {
    note(
      slide,
      [],
      `should be an object, but is ${preview(raw)}. The event was left out.`,
      'error',
    );
    return undefined;
  }
  const when = readWhen(raw, slide, timeZone);
  if (!when) {
    note(slide, [], 'has no usable start_date. The event was left out.', 'error');
    return undefined;
  }
  const text = own(raw, 'text');
  const body = htmlToText(ownText(text, 'text') ?? '');
  let headline = htmlToLine(ownText(text, 'headline') ?? '');
  if (!headline) {
    headline = (body.split('\n')[0] ?? '').slice(0, 200) || when.text || 'Untitled event';
    note(slide, ['text', 'headline'], `is missing; using ${preview(headline)}.`, 'warning');
  }
  const event = createEvent(id, headline, when, { sources: creditSource(raw) });
  if (body && body !== headline) event.summary = body;
  const group = ownText(raw, 'group');
  const category = group === undefined ? '' : htmlToLine(group);
  if (category) {
    event.category = category;
    event.tags = [category];
  }
  reportNotCarried(raw, CARRIED_EVENT_KEYS, slide);
  return event;
}

function readEra(raw: unknown, index: number, report: Report, timeZone: string): Era | undefined {
  const slide = slideFor(report, ['eras', index], raw);
  if (!isRecord(raw)) {
    note(slide, [], `should be an object, but is ${preview(raw)}. The era was left out.`, 'error');
    return undefined;
  }
  const when = readWhen(raw, slide, timeZone);
  if (!when) {
    note(slide, [], 'has no usable start_date. The era was left out.', 'error');
    return undefined;
  }
  let label = htmlToLine(ownText(own(raw, 'text'), 'headline') ?? '');
  if (!label) {
    label = `Era ${index + 1}`;
    note(slide, ['text', 'headline'], `is missing; using ${preview(label)}.`, 'warning');
  }
  reportNotCarried(raw, CARRIED_ERA_KEYS, slide);
  return { label, when };
}

/** 'tljs-<n>' for slides without a unique_id, made unique against the ids already taken. */
function eventIds(events: readonly unknown[]): string[] {
  const given = events.map((raw) => ownText(raw, 'unique_id'));
  const taken = new Set(given.filter((id): id is string => Boolean(id)));
  return given.map((id, index) => {
    if (id) return id;
    let generated = `tljs-${index + 1}`;
    for (let n = 2; taken.has(generated); n += 1) generated = `tljs-${index + 1}-${n}`;
    taken.add(generated);
    return generated;
  });
}

function latestInstant(events: readonly TimelineEvent[], timeZone: string): string {
  let latest = Number.NEGATIVE_INFINITY;
  for (const { when } of events) latest = Math.max(latest, parseInstant(when.end ?? when.start));
  return toIsoWithOffset(Number.isFinite(latest) ? latest : 0, timeZone);
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'timelinejs'
  );
}

function readJson(json: unknown, report: Report): unknown {
  if (typeof json !== 'string') return json;
  if (json.length > MAX_INPUT_CHARACTERS) {
    report.add(
      [],
      'The data',
      `is over ${MAX_INPUT_CHARACTERS.toLocaleString('en')} characters long and was not read.`,
      'error',
    );
    return undefined;
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    report.add([], 'The data', 'is not valid JSON.', 'error');
    return undefined;
  }
}

/** Problems of the converted timeline, renumbered from its event positions to the input's. */
function renumber(
  problems: readonly Problem[],
  positions: Record<'events' | 'eras', number[]>,
): Problem[] {
  const pattern = /\b(events|eras)\[(\d+)\]/g;
  const swap = (text: string) =>
    text.replace(pattern, (match, list: 'events' | 'eras', n: string) => {
      const original = positions[list][Number(n)];
      return original === undefined ? match : `${list}[${original}]`;
    });
  return problems.map((problem) => ({
    ...problem,
    path: swap(problem.path),
    message: swap(problem.message),
  }));
}

/** Converts TimelineJS3 JSON (an object or JSON text) to a timeline. Never throws. */
export function fromTimelineJS(json: unknown, options: TimelineJSOptions = {}): ParseResult {
  const report = new Report();
  try {
    return convert(json, options, report);
  } catch {
    report.add([], 'The data', 'could not be read.', 'error');
    return { timeline: null, problems: report.problems };
  }
}

function convert(json: unknown, options: TimelineJSOptions, report: Report): ParseResult {
  const data = readJson(json, report);
  const rawEvents = own(data, 'events');
  if (!isRecord(data) || !Array.isArray(rawEvents)) {
    if (isRecord(data) || typeof json !== 'string') {
      report.add(['events'], 'The data', 'has no events list; it is not TimelineJS JSON.', 'error');
    }
    return { timeline: null, problems: report.problems };
  }
  let timeZone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    report.add(
      [],
      'options.timeZone',
      `${preview(timeZone)} is not an IANA time zone; using UTC.`,
      'error',
    );
    timeZone = 'UTC';
  }
  if (rawEvents.length > MAX_EVENTS) {
    report.add(
      ['events'],
      'events',
      `has ${rawEvents.length} slides; only the first ${MAX_EVENTS} were read.`,
      'error',
    );
  }
  const slides = rawEvents.slice(0, MAX_EVENTS);
  const ids = eventIds(slides);
  const positions = { events: [] as number[], eras: [] as number[] };
  const events: TimelineEvent[] = [];
  slides.forEach((raw, index) => {
    const event = readEvent(raw, index, ids[index]!, report, timeZone);
    if (event) {
      events.push(event);
      positions.events.push(index);
    }
  });
  const eras: Era[] = [];
  const rawEras = own(data, 'eras');
  if (Array.isArray(rawEras)) {
    rawEras.slice(0, 200).forEach((raw, index) => {
      const era = readEra(raw, index, report, timeZone);
      if (era) {
        eras.push(era);
        positions.eras.push(index);
      }
    });
  }
  const title = readTitle(own(data, 'title'), report);
  const published = readPublished(options.published, events, timeZone, report);
  const publishedDefaulted = published !== options.published;
  const others = Object.keys(data).filter((key) => !['title', 'events', 'eras'].includes(key));
  if (others.length > 0) {
    report.add(
      [],
      'The TimelineJS data',
      `has ${others.map((key) => key.slice(0, 40)).join(', ')}, which news-timeline does not use; not carried over.`,
      'warning',
    );
  }
  const timeline = {
    id: slug(title),
    title,
    language: options.language ?? 'und',
    published,
    ...(publishedDefaulted ? { publishedDefaulted } : {}),
    timeZone,
    events,
    eras,
  };
  const parsed = parseTimeline(timeline);
  return {
    timeline: parsed.timeline,
    problems: [...report.problems, ...renumber(parsed.problems, positions)],
  };
}

function readTitle(raw: unknown, report: Report): string {
  if (raw === undefined) return '';
  const slide = slideFor(report, ['title'], raw);
  if (!isRecord(raw)) {
    note(slide, [], `should be an object, but is ${preview(raw)}; it was ignored.`, 'warning');
    return '';
  }
  const text = own(raw, 'text');
  if (ownText(text, 'text'))
    note(
      slide,
      ['text', 'text'],
      'was not carried over: a timeline has a title but no introduction.',
      'warning',
    );
  reportNotCarried(raw, new Set(['text']), slide);
  return htmlToLine(ownText(text, 'headline') ?? '');
}

function readPublished(
  given: string | undefined,
  events: readonly TimelineEvent[],
  timeZone: string,
  report: Report,
): string {
  if (given !== undefined && !Number.isNaN(parseInstant(given))) return given;
  const latest = latestInstant(events, timeZone);
  const why =
    given === undefined
      ? 'is not in TimelineJS data'
      : `(options.published) ${preview(given)} is not a date with a time zone offset, e.g. ${INSTANT_EXAMPLE}`;
  report.add(
    ['published'],
    'published',
    `${why}; using the latest time of the events, ${latest}.`,
    given === undefined ? 'warning' : 'error',
  );
  return latest;
}
