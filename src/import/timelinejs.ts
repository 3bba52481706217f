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
 * - Media: pictures, video and audio are carried over with caption and credit, embeds from other
 *   sites are reported (see timelinejs-media.ts); a picture without `alt` is left out with an
 *   error. The title slide gives the title, the summary and the opening picture.
 * - Links in a slide's text become its sources: the page each links to, named by its site
 *   ("scpr.org"), reported the event. TimelineJS has no sources; its slides cite by linking. So
 *   does a slide's media that is a report's web page, named by its credit ("MBC").
 * - What news-timeline does not show (backgrounds, autolink, slide types) is reported as a warning
 *   per event rather than dropped silently.
 * - Ids: unique_id, else 'tljs-<n>' from the event's 1-based position, so they are stable for the
 *   same input.
 * - TimelineJS has no publication time: `options.published`, else the latest time any event
 *   reaches, with a warning. Language: `options.language`, else 'und' (undetermined).
 * - The result is passed through `parseTimeline`, so it is exactly what the element accepts; its
 *   problems are renumbered to the TimelineJS event positions.
 */
import { readTimeline } from '../model/parse-timeline.js';
import { formatCount, preview, type ParseResult, type Problem } from '../model/problems.js';
import { INSTANT_EXAMPLE, MAX_TIMELINE_ERAS } from '../model/schema.js';
import { slug } from '../model/slug.js';
import { headlineFromText, untitledHeadline } from './timelinejs-headline.js';
import { isRecord, own, ownText, readJsonText } from '../model/untrusted.js';
import { createEvent } from '../model/create-event.js';
import type { Era, MediaItem, Timeline, TimelineEvent } from '../model/types.js';
import { isValidTimeZone, parseInstant, toIsoWithOffset } from '../model/zoned.js';
import { htmlToLine, htmlToText } from './html-to-text.js';
import { readWhen } from './timelinejs-dates.js';
import {
  MAX_EVENTS,
  Report,
  note,
  reportNotCarried,
  slideFor,
  type Slide,
} from './timelinejs-slide.js';
import { readMedia } from './timelinejs-media.js';
import { linkSources, withoutPointers } from './timelinejs-sources.js';
import { fromVersion2 } from './timelinejs2.js';

export interface TimelineJSOptions {
  /** IANA zone TimelineJS's wall-clock dates are read in. Default 'UTC'. */
  timeZone?: string;
  /** BCP 47 language of the content. Default 'und'. */
  language?: string;
  /** Publication time, ISO 8601 with offset. Default: the latest time any event reaches. */
  published?: string;
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

function readEvent(
  raw: unknown,
  index: number,
  id: string,
  report: Report,
  timeZone: string,
  language: string,
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
  const html = ownText(text, 'text') ?? '';
  const links: string[] = [];
  const written = htmlToText(html, links);
  const body = withoutPointers(written, links.length > 0);
  reportMediaInText(html, slide);
  const credits = new Map<string, string>();
  const media = readMedia(raw, slide, (url, credit) => {
    links.push(url);
    if (credit) credits.set(url, credit);
  });
  let headline = htmlToLine(ownText(text, 'headline') ?? '');
  let summary = body === headline ? '' : body;
  if (!headline) {
    ({ headline, summary } = headlineFromText(body, language));
    // A slide of a picture or a clip alone is headed by what it shows (`alt` is the caption when
    // there is no alt); one with no words at all says so in the story's language: Cerosetenta's
    // Spanish "Siete horas" drew "Untitled event" on 16 of its 37 clips.
    headline ||=
      headlineFromText(media[0]?.caption ?? media[0]?.alt ?? '', language).headline ||
      when.text ||
      untitledHeadline(language);
    note(slide, ['text', 'headline'], `is missing; using ${JSON.stringify(headline)}.`, 'warning');
  }
  const event = createEvent(id, headline, when);
  if (summary) event.summary = summary;
  if (media.length > 0) event.media = media;
  const sources = linkSources(links, slide, credits);
  if (sources.length > 0) event.sources = sources;
  const group = ownText(raw, 'group');
  const category = group === undefined ? '' : htmlToLine(group);
  if (category) {
    event.category = category;
    event.tags = [category];
  }
  reportNotCarried(raw, CARRIED_EVENT_KEYS, slide);
  return event;
}

/**
 * Pictures, sound and video written into a slide's text are not its media: only the slide's
 * `media` is carried (a bridge's first-responder recordings went without a word, the text still
 * saying "listen below").
 */
function reportMediaInText(html: string, slide: Slide): void {
  const tags = new Set(
    [
      ...html
        .replace(/<!--[\s\S]*?-->/g, '')
        .matchAll(/<(img|audio|video|iframe|embed|object)\b/gi),
    ].map((m) => m[1]!.toLowerCase()),
  );
  if (tags.size > 0) {
    const list = [...tags].map((tag) => `<${tag}>`).join(', ');
    note(
      slide,
      ['text', 'text'],
      `holds ${list}, which only a slide's media can carry; not carried over.`,
      'warning',
    );
  }
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

/** `published` that nothing gives: 1970's start, the model's own (`latestEventInstant`). */
const PUBLISHED_WITHOUT_EVENTS = '1970-01-01T00:00:00Z';

/** The latest time any event reaches, or null when no event has one. */
function latestInstant(events: readonly TimelineEvent[], timeZone: string): string | null {
  let latest = Number.NEGATIVE_INFINITY;
  for (const { when } of events) latest = Math.max(latest, parseInstant(when.end ?? when.start));
  return Number.isFinite(latest) ? toIsoWithOffset(latest, timeZone) : null;
}

function readJson(json: unknown, report: Report): unknown {
  if (typeof json !== 'string') return json;
  const read = readJsonText(json);
  if (read.ok) return read.value;
  report.add(read.problem);
  return undefined;
}

/** A problem of the converted timeline, renumbered from its event positions to the input's. */
function renumber(problem: Problem, positions: Record<'events' | 'eras', number[]>): Problem {
  const swap = (text: string) =>
    text.replace(/\b(events|eras)\[(\d+)\]/g, (match, list: 'events' | 'eras', n: string) => {
      const original = positions[list][Number(n)];
      return original === undefined ? match : `${list}[${original}]`;
    });
  return { ...problem, path: swap(problem.path), message: swap(problem.message) };
}

/** Converts TimelineJS3 JSON (an object or JSON text) to a timeline. Never throws. */
export function fromTimelineJS(json: unknown, options: TimelineJSOptions = {}): ParseResult {
  const report = new Report();
  try {
    return convert(json, options, report);
  } catch {
    report.note([], 'The data', 'could not be read.', 'error');
    return { timeline: null, problems: report.toArray() };
  }
}

function convert(json: unknown, options: TimelineJSOptions, report: Report): ParseResult {
  const read = readJson(json, report);
  const data = fromVersion2(read, options.timeZone) ?? read;
  const rawEvents = own(data, 'events');
  if (!isRecord(data) || !Array.isArray(rawEvents)) {
    // JSON text that did not parse has said so already; text of anything else has not.
    if (data !== undefined || typeof json !== 'string') {
      report.note(
        ['events'],
        'The data',
        'has no events list; it is not TimelineJS JSON.',
        'error',
      );
    }
    return { timeline: null, problems: report.toArray() };
  }
  let timeZone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    report.note(
      [],
      'options.timeZone',
      `${preview(timeZone)} is not an IANA time zone; using UTC.`,
      'error',
    );
    timeZone = 'UTC';
  }
  if (rawEvents.length > MAX_EVENTS) {
    report.note(
      ['events'],
      'events',
      `has ${formatCount(rawEvents.length)} slides; only the first ${formatCount(MAX_EVENTS)} were read.`,
      'error',
    );
  }
  const slides = rawEvents.slice(0, MAX_EVENTS);
  const ids = eventIds(slides);
  const language = options.language ?? 'und';
  const positions = { events: [] as number[], eras: [] as number[] };
  const events: TimelineEvent[] = [];
  slides.forEach((raw, index) => {
    const event = readEvent(raw, index, ids[index]!, report, timeZone, language);
    if (event) {
      events.push(event);
      positions.events.push(index);
    }
  });
  const eras: Era[] = [];
  const rawEras = own(data, 'eras');
  if (Array.isArray(rawEras)) {
    if (rawEras.length > MAX_TIMELINE_ERAS) {
      report.note(
        ['eras'],
        'eras',
        `has ${formatCount(rawEras.length)} items; only the first ${MAX_TIMELINE_ERAS} were read.`,
        'error',
      );
    }
    rawEras.slice(0, MAX_TIMELINE_ERAS).forEach((raw, index) => {
      const era = readEra(raw, index, report, timeZone);
      if (era) {
        eras.push(era);
        positions.eras.push(index);
      }
    });
  }
  const intro = readTitle(own(data, 'title'), report, language);
  const title = intro.title;
  const published = readPublished(options.published, events, timeZone, report);
  // TimelineJS has no publication time: one filled in from the events is not to be marked.
  const publishedDefaulted = published !== options.published;
  const others = Object.keys(data).filter((key) => !['title', 'events', 'eras'].includes(key));
  if (others.length > 0) {
    report.note(
      [],
      'The TimelineJS data',
      `has ${others.map((key) => key.slice(0, 40)).join(', ')}, which news-timeline does not use; not carried over.`,
      'warning',
    );
  }
  const timeline: Timeline = {
    id: slug(title, 60) || 'timelinejs',
    title,
    ...(intro.summary ? { summary: intro.summary } : {}),
    ...(intro.media.length > 0 ? { media: intro.media } : {}),
    language,
    published,
    ...(publishedDefaulted ? { publishedDefaulted } : {}),
    timeZone,
    events,
    eras,
  };
  // The validator's problems join the same list, so one count covers both.
  const parsed = readTimeline(timeline, {
    add: (problem) => report.add(renumber(problem, positions)),
  });
  return { timeline: parsed, problems: report.toArray() };
}

/** The title slide: the title, the introduction (summary) and the opening picture. */
function readTitle(
  raw: unknown,
  report: Report,
  language: string,
): { title: string; summary: string; media: MediaItem[] } {
  const none = { title: '', summary: '', media: [] };
  if (raw === undefined) return none;
  const slide = slideFor(report, ['title'], raw);
  if (!isRecord(raw)) {
    note(slide, [], `should be an object, but is ${preview(raw)}; it was ignored.`, 'warning');
    return none;
  }
  const text = own(raw, 'text');
  const media = readMedia(raw, slide);
  reportNotCarried(raw, new Set(['text', 'media']), slide);
  const title = htmlToLine(ownText(text, 'headline') ?? '');
  const summary = htmlToText(ownText(text, 'text') ?? '');
  if (title || !summary) return { title, summary, media };
  // Its first sentence, as an event's: story mode opens on the title and the rest under it.
  const derived = headlineFromText(summary, language);
  note(
    slide,
    ['text', 'headline'],
    `is missing; using ${JSON.stringify(derived.headline)} as the title.`,
    'warning',
  );
  return { title: derived.headline, summary: derived.summary, media };
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
  // With no event to take it from, the start of 1970 (the model's own default) stands in; said
  // so, not passed off as the events' latest time.
  const used = latest
    ? `using the latest time of the events, ${latest}`
    : `no event has a time to take it from, so it is ${PUBLISHED_WITHOUT_EVENTS} until one is given (options.published)`;
  report.note(
    ['published'],
    'published',
    `${why}; ${used}.`,
    given === undefined ? 'warning' : 'error',
  );
  return latest ?? PUBLISHED_WITHOUT_EVENTS;
}
