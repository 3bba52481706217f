/**
 * Reads untrusted timeline data (an object, or JSON text) into a `Timeline`, reporting what was
 * wrong in words an editor understands. It never throws.
 *
 * Decisions:
 * - Fatal problems (not JSON, not an object, no `events` list) give `timeline: null`, not an empty
 *   timeline, so an element can show the problems instead of a timeline that looks like "nothing
 *   happened".
 * - A bad event, era or list item is reported and left out; the rest is kept. A bad optional field
 *   is left out; a bad or missing field with a default (timeZone, language, ...) gets the default.
 * - Prose longer than its limit (headline: 1,000 characters) is cut with a warning; ids, dates,
 *   zones and links longer than theirs are refused, since a cut would change what they mean. Length
 *   is checked before any pattern, so 10 MB strings cost one comparison.
 * - Output is built from fresh objects holding only the format's own fields, read as own data
 *   properties: `__proto__`, `constructor` or getters in the input cannot reach the output or any
 *   prototype. Strings are copied as they are; nothing here interprets HTML.
 * - The schema's depth is fixed, so validation never descends into nested junk.
 * - Events keep their input order; sorting is the layout's job.
 */
import { timelineSchema } from './schema.js';
import { FAILED, Reader, readerOf } from './schema-reader.js';
import type { Timeline } from './types.js';
import { readJsonText } from './untrusted.js';
// Last: the bundle lays modules out in import order, and so the problems' wording sits beside the
// reader that writes most of them rather than before the schema (page payload 7 B smaller gzipped).
import {
  ProblemList,
  type ProblemSink,
  formatCount,
  preview,
  type ParseResult,
} from './problems.js';

export type { ParseResult, Problem } from './problems.js';
export { MAX_INPUT_CHARACTERS } from './untrusted.js';

/**
 * Excerpts point into `article.text` by offsets. A mismatch is a warning: the excerpt is still
 * worth showing, but highlighting it in the article would mark the wrong words.
 */
function checkExcerpts(timeline: Timeline, reader: Reader, problems: ProblemSink): void {
  const text = timeline.article?.text;
  if (text === undefined) return;
  const inputIndices = reader.inputIndices.get(timeline.events);
  timeline.events.forEach((event, position) => {
    const excerpt = event.excerpt;
    if (!excerpt) return;
    const item = `events[${inputIndices?.[position] ?? position}]`;
    let field = 'excerpt';
    let message: string | undefined;
    if (excerpt.end > text.length) {
      message = `offsets ${excerpt.start}–${excerpt.end} are outside the article text, which has ${formatCount(text.length)} characters`;
    } else if (text.slice(excerpt.start, excerpt.end) !== excerpt.text) {
      field += '.text';
      message = `does not match the article text at characters ${excerpt.start}–${excerpt.end} (${preview(text.slice(excerpt.start, excerpt.end))})`;
    }
    if (message === undefined) return;
    problems.add({
      path: `${item}.${field}`,
      eventId: event.id,
      message: `${item} (${preview(event.headline)}): ${field} ${message}.`,
      severity: 'warning',
    });
  });
}

/**
 * Reads timeline data: an object, or JSON text. Returns the timeline that could be read (events
 * in input order) and every problem found. Never throws.
 */
export function parseTimeline(input: unknown): ParseResult {
  const problems = new ProblemList();
  const timeline = readTimeline(input, problems);
  return { timeline, problems: problems.toArray() };
}

/**
 * `parseTimeline` for callers that collect problems of their own too (the importers): problems go
 * to `problems`, so one list counts them all. Never throws.
 */
export function readTimeline(input: unknown, problems: ProblemSink): Timeline | null {
  try {
    const fromText = typeof input === 'string';
    let data = input;
    if (fromText) {
      const json = readJsonText(input);
      if (!json.ok) {
        problems.add(json.problem);
        return null;
      }
      data = json.value;
    }
    // What our own JSON.parse made holds plain data only, so it can be read without own()'s getter check.
    const reader = new Reader(problems, fromText);
    const read = readerOf(timelineSchema)(reader, data);
    if (read === FAILED) {
      reader.reportFailures(reader.failures, 'No timeline could be read.');
      return null;
    }
    const timeline = read as Timeline;
    // Filled in by default, they are not the story's own: such a publication time is not marked,
    // and such an id does not say that two data sets are versions of one story.
    if (reader.defaulted.has('published')) timeline.publishedDefaulted = true;
    if (reader.defaulted.has('id')) timeline.idDefaulted = true;
    checkExcerpts(timeline, reader, problems);
    return timeline;
  } catch {
    // Only exotic input gets here (a Proxy whose traps throw): report it rather than throw.
    problems.add({ path: '', message: 'The data could not be read.', severity: 'error' });
    return null;
  }
}
