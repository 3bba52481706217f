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
import {
  ProblemList,
  describeType,
  formatPath,
  preview,
  type ParseResult,
  type PathSegment,
  type Problem,
} from './problems.js';
import { timelineSchema } from './schema.js';
import type {
  ArrayNode,
  EnumNode,
  ItemSubject,
  NumberNode,
  ObjectNode,
  SchemaNode,
  StringNode,
} from './schema.js';
import type { Timeline } from './types.js';

export type { ParseResult, Problem } from './problems.js';

/** JSON text longer than this is refused before parsing. */
export const MAX_INPUT_CHARACTERS = 32 * 1024 * 1024;

/** A failure not yet reported: the container that recovers from it says what happened next. */
interface Failure {
  path: PathSegment[];
  reason: string;
}

type Outcome = { ok: true; value: unknown } | { ok: false; failures: Failure[] };

/** How problems inside one array item (an event, an era) name it. */
interface Subject {
  depth: number;
  label: string;
  eventId?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own data property only: inherited keys and getters are not the input's data. */
function ownValue(record: object, key: PropertyKey): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(record, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

function failure(path: PathSegment[], reason: string, found?: unknown): Outcome {
  const shown =
    typeof found === 'string' || typeof found === 'number' ? ` (found ${preview(found)})` : '';
  return { ok: false, failures: [{ path, reason: `${reason}${shown}` }] };
}

/** Cuts text without splitting a surrogate pair. */
function cutText(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

function keyForPath(key: string): string {
  return key.length > 60 ? `${key.slice(0, 59)}…` : key;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function count(n: number): string {
  return n.toLocaleString('en');
}

/** Walks a schema node and a raw value together, copying what is valid into fresh objects. */
class Reader {
  private subject: Subject | undefined;
  /** Where each kept array item was in the input, for later checks that report by input index. */
  readonly inputIndex = new WeakMap<object, number>();
  /** Paths (as `formatPath` writes them) of fields that got their default. */
  readonly defaulted = new Set<string>();

  constructor(private readonly problems: ProblemList) {}

  report(path: PathSegment[], text: string, severity: Problem['severity']): void {
    const subject = this.subject;
    const relative = formatPath(subject ? path.slice(subject.depth) : path);
    const where = subject ? (relative ? `${subject.label}: ${relative}` : subject.label) : relative;
    const problem: Problem = {
      path: formatPath(path),
      message: `${where || 'The timeline'} ${text}`,
      severity,
    };
    if (subject?.eventId !== undefined) problem.eventId = subject.eventId;
    this.problems.add(problem);
  }

  reportFailures(failures: Failure[], consequence: string): void {
    for (const { path, reason } of failures)
      this.report(path, `${reason}. ${consequence}`, 'error');
  }

  read(node: SchemaNode, raw: unknown, path: PathSegment[]): Outcome {
    switch (node.kind) {
      case 'string':
        return this.readString(node, raw, path);
      case 'number':
        return readNumber(node, raw, path);
      case 'boolean':
        return typeof raw === 'boolean'
          ? { ok: true, value: raw }
          : failure(path, `should be true or false, but is ${describeType(raw)}`, raw);
      case 'enum':
        return readEnum(node, raw, path);
      case 'nullable':
        return raw === null ? { ok: true, value: null } : this.read(node.inner, raw, path);
      case 'array':
        return this.readArray(node, raw, path);
      case 'object':
        return this.readObject(node, raw, path);
    }
  }

  private readString(node: StringNode, raw: unknown, path: PathSegment[]): Outcome {
    if (typeof raw !== 'string')
      return failure(path, `should be text, but is ${describeType(raw)}`, raw);
    let value = raw;
    if (value.length > node.maxLength) {
      if (node.tooLong === 'reject') {
        return failure(path, `is longer than the ${count(node.maxLength)} characters allowed`, raw);
      }
      this.report(
        path,
        `is ${count(value.length)} characters long; only the first ${count(node.maxLength)} were kept.`,
        'warning',
      );
      value = cutText(value, node.maxLength);
    }
    if (value.length < node.minLength) return failure(path, 'is empty');
    const problem = node.check?.(value);
    return problem ? failure(path, problem, value) : { ok: true, value };
  }

  private readArray(node: ArrayNode, raw: unknown, path: PathSegment[]): Outcome {
    if (!Array.isArray(raw))
      return failure(path, `should be a list, but is ${describeType(raw)}`, raw);
    const length = raw.length;
    if (length > node.maxItems) {
      this.report(
        path,
        `has ${count(length)} items; only the first ${count(node.maxItems)} were read.`,
        'error',
      );
    }
    const items: unknown[] = [];
    const firstIndexOfKey = new Map<unknown, number>();
    for (let index = 0; index < Math.min(length, node.maxItems); index += 1) {
      const itemPath = [...path, index];
      const rawItem = ownValue(raw, index);
      const outer = this.subject;
      if (node.subject) this.subject = subjectOf(node.subject, rawItem, itemPath);
      const outcome = this.read(node.items, rawItem, itemPath);
      if (!outcome.ok) {
        this.reportFailures(outcome.failures, `The ${node.itemNoun} was left out.`);
      } else if (!this.isDuplicate(node, outcome.value, itemPath, index, firstIndexOfKey)) {
        if (isRecord(outcome.value)) this.inputIndex.set(outcome.value, index);
        items.push(outcome.value);
      }
      this.subject = outer;
    }
    return { ok: true, value: items };
  }

  private isDuplicate(
    node: ArrayNode,
    item: unknown,
    itemPath: PathSegment[],
    index: number,
    firstIndexOfKey: Map<unknown, number>,
  ): boolean {
    if (node.uniqueKey === undefined || !isRecord(item)) return false;
    const key = item[node.uniqueKey];
    const first = firstIndexOfKey.get(key);
    if (first === undefined) {
      firstIndexOfKey.set(key, index);
      return false;
    }
    const earlier = formatPath([...itemPath.slice(0, -1), first]);
    this.report(
      [...itemPath, node.uniqueKey],
      `${preview(key)} is already used by ${earlier}. The ${node.itemNoun} was left out.`,
      'error',
    );
    return true;
  }

  private readObject(node: ObjectNode, raw: unknown, path: PathSegment[]): Outcome {
    if (!isRecord(raw))
      return failure(path, `should be an object, but is ${describeType(raw)}`, raw);
    const read: Record<string, unknown> = {};
    const failures: Failure[] = [];
    const defaulted: string[] = [];
    for (const [key, field] of Object.entries(node.shape)) {
      const fieldPath = [...path, key];
      const rawField = ownValue(raw, key);
      if (rawField === undefined) {
        if (field.presence === 'required') failures.push({ path: fieldPath, reason: 'is missing' });
        if (field.presence === 'default') defaulted.push(key);
        continue;
      }
      const outcome = this.read(field.node, rawField, fieldPath);
      if (outcome.ok) read[key] = outcome.value;
      else if (field.presence === 'required') failures.push(...outcome.failures);
      else if (field.presence === 'optional')
        this.reportFailures(outcome.failures, 'It was left out.');
      else defaulted.push(key);
    }
    this.reportUnknownKeys(node, raw, path);
    if (failures.length > 0) return { ok: false, failures };
    for (const key of defaulted) this.fillDefault(node, key, ownValue(raw, key), read, path);
    // Rebuild in the schema's order so every output has the same shape.
    const value: Record<string, unknown> = {};
    for (const key of Object.keys(node.shape)) if (key in read) value[key] = read[key];
    const problem = node.check?.(value);
    return problem ? failure(path, problem) : { ok: true, value };
  }

  private fillDefault(
    node: ObjectNode,
    key: string,
    rawField: unknown,
    read: Record<string, unknown>,
    path: PathSegment[],
  ): void {
    const field = node.shape[key]!;
    const fallback: unknown =
      typeof field.fallback === 'function' ? field.fallback(read) : structuredClone(field.fallback);
    read[key] = fallback;
    const fieldPath = [...path, key];
    this.defaulted.add(formatPath(fieldPath));
    if (rawField !== undefined) {
      // The value was there but unusable: its own failure says why, then what replaced it.
      const outcome = this.read(field.node, rawField, fieldPath);
      if (!outcome.ok) this.reportFailures(outcome.failures, `Using ${preview(fallback)} instead.`);
    } else if (field.warnWhenMissing) {
      this.report(fieldPath, `is missing; using ${preview(fallback)}.`, 'warning');
    }
  }

  private reportUnknownKeys(
    node: ObjectNode,
    raw: Record<string, unknown>,
    path: PathSegment[],
  ): void {
    for (const key of Object.keys(raw)) {
      if (Object.hasOwn(node.shape, key)) continue;
      this.report(
        [...path, keyForPath(key)],
        `is not a field of ${article(node.noun)}; it was ignored.`,
        'warning',
      );
    }
  }
}

function readNumber(node: NumberNode, raw: unknown, path: PathSegment[]): Outcome {
  if (typeof raw !== 'number')
    return failure(path, `should be a number, but is ${describeType(raw)}`, raw);
  if (!Number.isFinite(raw)) return failure(path, 'is not a finite number', raw);
  if (node.integer && !Number.isInteger(raw)) return failure(path, 'should be a whole number', raw);
  if (node.minimum !== undefined && raw < node.minimum) {
    return failure(path, `should be at least ${node.minimum}`, raw);
  }
  if (node.maximum !== undefined && raw > node.maximum) {
    return failure(path, `should be at most ${node.maximum}`, raw);
  }
  return { ok: true, value: raw };
}

function readEnum(node: EnumNode, raw: unknown, path: PathSegment[]): Outcome {
  if (typeof raw !== 'string')
    return failure(path, `should be text, but is ${describeType(raw)}`, raw);
  if ((node.values as readonly string[]).includes(raw)) return { ok: true, value: raw };
  return failure(path, `is not one of: ${node.values.join(', ')}`, raw);
}

/**
 * 'events[3] ("Kerbala sermon")', read from the raw item so even a broken event is named. Worded
 * lazily: most events have no problem, and 100,000 labels nobody reads cost a fifth of a parse.
 */
function subjectOf(subject: ItemSubject, rawItem: unknown, itemPath: PathSegment[]): Subject {
  const id = isRecord(rawItem) && subject.idKey ? ownValue(rawItem, subject.idKey) : undefined;
  let label: string | undefined;
  const result: Subject = {
    depth: itemPath.length,
    get label() {
      return (label ??= nameOf(subject, rawItem, itemPath, id));
    },
  };
  if (typeof id === 'string' && id !== '') result.eventId = id.length > 200 ? id.slice(0, 200) : id;
  return result;
}

function nameOf(
  subject: ItemSubject,
  rawItem: unknown,
  itemPath: PathSegment[],
  id: unknown,
): string {
  const where = formatPath(itemPath);
  const label = isRecord(rawItem) ? ownValue(rawItem, subject.labelKey) : undefined;
  if (typeof label === 'string' && label.trim() !== '') return `${where} (${preview(label)})`;
  return typeof id === 'string' ? `${where} (id ${preview(id)})` : where;
}

const NOT_JSON = Symbol('not JSON');

function parseJsonText(text: string, problems: ProblemList): unknown {
  if (text.length > MAX_INPUT_CHARACTERS) {
    problems.add({
      path: '',
      message: `The data is ${count(text.length)} characters long; more than ${count(MAX_INPUT_CHARACTERS)} is not read.`,
      severity: 'error',
    });
    return NOT_JSON;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message.slice(0, 200)})` : '';
    problems.add({ path: '', message: `The data is not valid JSON${detail}.`, severity: 'error' });
    return NOT_JSON;
  }
}

/**
 * Excerpts point into `article.text` by offsets. A mismatch is a warning: the excerpt is still
 * worth showing, but highlighting it in the article would mark the wrong words.
 */
function checkExcerpts(timeline: Timeline, reader: Reader, problems: ProblemList): void {
  const text = timeline.article?.text;
  if (text === undefined) return;
  timeline.events.forEach((event, position) => {
    const excerpt = event.excerpt;
    if (!excerpt) return;
    const index = reader.inputIndex.get(event) ?? position;
    const path: PathSegment[] = ['events', index, 'excerpt'];
    const label = `${formatPath(['events', index])} (${preview(event.headline)})`;
    let message: string | undefined;
    if (excerpt.end > text.length) {
      message = `offsets ${excerpt.start}–${excerpt.end} are outside the article text, which has ${count(text.length)} characters`;
    } else if (text.slice(excerpt.start, excerpt.end) !== excerpt.text) {
      path.push('text');
      message = `does not match the article text at characters ${excerpt.start}–${excerpt.end} (${preview(text.slice(excerpt.start, excerpt.end))})`;
    }
    if (message === undefined) return;
    problems.add({
      path: formatPath(path),
      eventId: event.id,
      message: `${label}: ${formatPath(path.slice(2))} ${message}.`,
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
  try {
    const data = typeof input === 'string' ? parseJsonText(input, problems) : input;
    if (data === NOT_JSON) return { timeline: null, problems: problems.toArray() };
    const reader = new Reader(problems);
    const outcome = reader.read(timelineSchema, data, []);
    if (!outcome.ok) {
      reader.reportFailures(outcome.failures, 'No timeline could be read.');
      return { timeline: null, problems: problems.toArray() };
    }
    const timeline = outcome.value as Timeline;
    // A publication time filled in by default is not the story's: the element does not mark it.
    if (reader.defaulted.has('published')) timeline.publishedDefaulted = true;
    checkExcerpts(timeline, reader, problems);
    return { timeline, problems: problems.toArray() };
  } catch {
    // Only exotic input gets here (a Proxy whose traps throw): report it rather than throw.
    problems.add({ path: '', message: 'The data could not be read.', severity: 'error' });
    return { timeline: null, problems: problems.toArray() };
  }
}
