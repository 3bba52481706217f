/**
 * Walks a schema node and a raw value together, copying what is valid into fresh objects and
 * reporting what is not, in words an editor understands. The schema's depth is fixed, so the walk
 * never descends into nested junk. `parseTimeline` runs it over the timeline schema, with a reader
 * made once per schema node (no `new Function`: pages with a strict CSP validate too).
 *
 * Built for 100,000 events: valid input allocates only its copy. The path is one stack pushed and
 * popped on the way down and copied only when something is reported; a read returns the value
 * itself or FAILED (its failures wait in `failures`); the item an event's problems are named after
 * is remembered, and worded only for a problem.
 */
import {
  describeType,
  formatCount as count,
  formatPath,
  preview,
  type PathSegment,
  type Problem,
  type ProblemSink,
} from './problems.js';
import type {
  ArrayNode,
  EnumNode,
  Field,
  ItemSubject,
  NumberNode,
  ObjectNode,
  SchemaNode,
  StringNode,
} from './schema-builder.js';
import { uniqueKeys, type FirstIndexOf } from './unique-keys.js';
import { getterOf, isRecord, own } from './untrusted.js';

// Held rather than looked up on `Object` for every field read cold.
const hasOwn = Object.hasOwn;

/** A failure not yet reported: the container that recovers from it says what happened next. */
export interface Failure {
  path: PathSegment[];
  reason: string;
}

/** What a read returns when the value is not usable; its failures are in `Reader.failures`. */
export const FAILED: unique symbol = Symbol('failed');

/** Cuts text without splitting a surrogate pair. */
function cutText(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

function keyForPath(key: string): string {
  return key.length > 60 ? `${key.slice(0, 59)}…` : key;
}

/**
 * How many enumerable string keys an object has, its prototypes' included, without listing them:
 * when it equals the number of schema fields found, there is no unknown key to report. Inherited
 * keys only add to the count and send the object to `reportUnknownKeys`, which lists its own keys
 * alone; no own-key test per key, which cost a call for every key of every event.
 */
function enumerableKeyCount(record: object): number {
  let count = 0;
  for (const _key in record) count += 1;
  return count;
}

/**
 * A missing field whose default reports nothing and depends on no other field (an event's empty
 * lists) is filled where it is found, in place: no list of defaults to fill after the object.
 */
function isQuietDefault(field: Field): boolean {
  return typeof field.fallback !== 'function' && !field.warnWhenMissing;
}

/** A default for one object: a value, a list copied per use (see `withDefault`). */
function copyOf(fallback: unknown): unknown {
  return Array.isArray(fallback) ? [...fallback] : fallback;
}

/**
 * Walks a schema node and a raw value together, copying what is valid into fresh objects: the
 * state of one walk (its path, the item problems are about) for the readers made from the schema.
 */
export class Reader {
  /** The failures of the last read that returned FAILED. */
  failures: Failure[] = [];
  /**
   * Fields of the input's top-level object that got their default ('published'). Only the top
   * level: recording every event's defaulted lists would cost a string per event.
   */
  readonly defaulted = new Set<string>();
  /** Where the kept items of a list of named items (events, eras) were in the input. */
  readonly inputIndices = new WeakMap<unknown[], number[]>();
  readonly path: PathSegment[] = [];
  /** The array item (an event, an era) that problems are about, and its depth in the path. */
  subject: ItemSubject | undefined;
  subjectItem: unknown;
  subjectDepth = 0;
  readonly #problems: ProblemSink;

  /**
   * `trusted`: the input comes from our own JSON.parse, so every property is plain data and can be
   * read directly; other input is read through `own()`: own data fields only, never a getter.
   */
  constructor(
    problems: ProblemSink,
    readonly trusted: boolean,
  ) {
    this.#problems = problems;
  }

  report(path: readonly PathSegment[], text: string, severity: Problem['severity']): void {
    const subject = this.subject;
    const depth = subject ? this.subjectDepth : 0;
    let where = formatPath(path.slice(depth));
    let eventId: string | undefined;
    if (subject) {
      // 'events[3] ("Kerbala sermon")', read from the raw item so even a broken event is named.
      const item = this.subjectItem;
      const record = isRecord(item);
      const label = record ? own(item, subject.labelKey) : undefined;
      const id = record && subject.idKey ? own(item, subject.idKey) : undefined;
      let name = formatPath(path.slice(0, depth));
      if (typeof label === 'string' && label.trim() !== '') name += ` (${preview(label)})`;
      else if (typeof id === 'string') name += ` (id ${preview(id)})`;
      where = where ? `${name}: ${where}` : name;
      if (typeof id === 'string' && id !== '') eventId = id.slice(0, 200);
    }
    const problem: Problem = {
      path: formatPath(path),
      message: `${where || 'The timeline'} ${text}`,
      severity,
    };
    if (eventId !== undefined) problem.eventId = eventId;
    this.#problems.add(problem);
  }

  reportFailures(failures: readonly Failure[], consequence: string): void {
    for (const { path, reason } of failures)
      this.report(path, `${reason}. ${consequence}`, 'error');
  }
}

// The readers' steps that report, as functions of the reader rather than its methods: terser
// inlines a function called once and shortens its name, and a method keeps its name in the
// bundle.

/** The value at `r.path` is not usable: its failure, for the container to report. */
function fail(r: Reader, reason: string, found?: unknown): typeof FAILED {
  const shown =
    typeof found === 'string' || typeof found === 'number' ? ` (found ${preview(found)})` : '';
  r.failures = [{ path: r.path.slice(), reason: `${reason}${shown}` }];
  return FAILED;
}

/** The value is not of the type expected: "should be a list, but is text". */
function notA(r: Reader, expected: string, found: unknown): typeof FAILED {
  return fail(r, `should be ${expected}, but is ${describeType(found)}`, found);
}

/** Whether `item` repeats the unique key of an earlier item: reported, to be left out. */
function isDuplicate(
  r: Reader,
  node: ArrayNode,
  item: unknown,
  index: number,
  firstIndexOf: FirstIndexOf,
): boolean {
  if (!isRecord(item)) return false;
  const first = firstIndexOf(item, index);
  if (first === undefined) return false;
  const earlier = formatPath([...r.path.slice(0, -1), first]);
  r.report(
    [...r.path, node.uniqueKey!],
    `${preview(item[node.uniqueKey!])} is already used by ${earlier}. The ${node.itemNoun} was left out.`,
    'error',
  );
  return true;
}

/** `why`: the failures of the value that was there but unusable; none when it was missing. */
function fillDefault(
  r: Reader,
  field: Field,
  key: string,
  why: Failure[] | undefined,
  value: Record<string, unknown>,
): void {
  const fallback: unknown =
    typeof field.fallback === 'function' ? field.fallback(value) : copyOf(field.fallback);
  value[key] = fallback;
  if (r.path.length === 0) r.defaulted.add(key);
  if (why) {
    // Its own failure says why, then what replaced it.
    r.reportFailures(why, `Using ${preview(fallback)} instead.`);
  } else if (field.warnWhenMissing) {
    r.report([...r.path, key], `is missing; using ${preview(fallback)}.`, 'warning');
  }
}

function reportUnknownKeys(r: Reader, node: ObjectNode, raw: Record<string, unknown>): void {
  for (const key of Object.keys(raw)) {
    if (hasOwn(node.shape, key)) continue;
    r.report(
      [...r.path, keyForPath(key)],
      `is not a field of ${node.noun}; it was ignored.`,
      'warning',
    );
  }
}

/** Reads a value against the node it was made for: its copy, or FAILED (failures in `r.failures`). */
type Read = (r: Reader, raw: unknown) => unknown;

const readers = new WeakMap<SchemaNode, Read>();

/**
 * The reader of a node, made once from the schema: a closure per node that holds the node's limits
 * and its children's readers, so reading a value dispatches on no `kind` and looks up no field
 * list, which a first render runs cold for every value. A node used in two places (a time span)
 * has one reader. `parseTimeline` reads the input's top level with the timeline schema's.
 */
export function readerOf(node: SchemaNode): Read {
  let read = readers.get(node);
  if (!read) {
    read = makeReader(node);
    readers.set(node, read);
  }
  return read;
}

function makeReader(node: SchemaNode): Read {
  switch (node.kind) {
    case 'string':
      return stringReader(node);
    case 'number':
      return numberReader(node);
    case 'boolean':
      return (r, raw) => (typeof raw === 'boolean' ? raw : notA(r, 'true or false', raw));
    case 'enum':
      return enumReader(node);
    case 'nullable': {
      const inner = readerOf(node.inner);
      return (r, raw) => (raw === null ? null : inner(r, raw));
    }
    case 'array':
      return arrayReader(node);
    case 'object':
      return objectReader(node);
  }
}

function stringReader({ minLength, maxLength, tooLong, check }: StringNode): Read {
  return (r, raw) => {
    if (typeof raw !== 'string') return notA(r, 'text', raw);
    let value = raw;
    if (value.length > maxLength) {
      if (tooLong === 'reject')
        return fail(r, `is longer than the ${count(maxLength)} characters allowed`, raw);
      r.report(
        r.path,
        `is ${count(value.length)} characters long; only the first ${count(maxLength)} were kept.`,
        'warning',
      );
      value = cutText(value, maxLength);
    }
    if (value.length < minLength) return fail(r, 'is empty');
    const problem = check?.(value);
    return problem ? fail(r, problem, value) : value;
  };
}

function numberReader({ integer, minimum, maximum }: NumberNode): Read {
  return (r, raw) => {
    if (typeof raw !== 'number') return notA(r, 'a number', raw);
    if (!isFinite(raw)) return fail(r, 'is not a finite number', raw);
    if (integer && !Number.isInteger(raw)) return fail(r, 'should be a whole number', raw);
    // No limit is undefined, which every comparison with a number answers false.
    if (raw < minimum!) return fail(r, `should be at least ${minimum}`, raw);
    if (raw > maximum!) return fail(r, `should be at most ${maximum}`, raw);
    return raw;
  };
}

function enumReader({ values }: EnumNode): Read {
  return (r, raw) => {
    if (typeof raw !== 'string') return notA(r, 'text', raw);
    if ((values as readonly string[]).includes(raw)) return raw;
    return fail(r, `is not one of: ${values.join(', ')}`, raw);
  };
}

function arrayReader(node: ArrayNode): Read {
  const readItem = readerOf(node.items);
  const { maxItems, subject, uniqueKey, itemNoun } = node;
  return (r, raw) => {
    if (!Array.isArray(raw)) return notA(r, 'a list', raw);
    const length = raw.length;
    if (length > maxItems)
      r.report(
        r.path,
        `has ${count(length)} items; only the first ${count(maxItems)} were read.`,
        'error',
      );
    const items: unknown[] = [];
    if (length === 0) return items;
    const indices: number[] | undefined = subject ? [] : undefined;
    const end = Math.min(length, maxItems);
    const unique = uniqueKey === undefined ? undefined : uniqueKeys(uniqueKey, end);
    const outerSubject = r.subject;
    const outerItem = r.subjectItem;
    const outerDepth = r.subjectDepth;
    const path = r.path;
    for (let index = 0; index < end; index += 1) {
      // What our JSON.parse made has no holes and no getters.
      const rawItem = r.trusted ? raw[index] : own(raw, index);
      path.push(index);
      if (subject) {
        r.subject = subject;
        r.subjectItem = rawItem;
        r.subjectDepth = path.length;
      }
      const value = readItem(r, rawItem);
      if (value === FAILED) {
        r.reportFailures(r.failures, `The ${itemNoun} was left out.`);
      } else if (!unique || !isDuplicate(r, node, value, index, unique)) {
        items.push(value);
        indices?.push(index);
      }
      path.pop();
    }
    r.subject = outerSubject;
    r.subjectItem = outerItem;
    r.subjectDepth = outerDepth;
    if (indices) r.inputIndices.set(items, indices);
    return items;
  };
}

function objectReader(node: ObjectNode): Read {
  // Two lists read by index: taking entries apart runs the iterator protocol cold.
  const keys = Object.keys(node.shape);
  const fields = Object.values(node.shape);
  const reads = fields.map((field) => readerOf(field.node));
  const quiet = fields.map(isQuietDefault);
  const size = keys.length;
  const check = node.check;
  // Copies are made by a constructor of this node's own whose prototype is Object's: plain objects
  // like `{}`, but the engine sizes them to the fields this node's copies get (slack tracking), so
  // an event's fields are stored in the object, not in a second array grown field by field. A
  // declaration: the page bundle's minifier makes function expressions arrows, which `new` rejects.
  function Output(): void {}
  Output.prototype = Object.prototype;
  return (r, raw) => {
    if (!isRecord(raw)) return notA(r, 'an object', raw);
    // Built in schema order, so every output object has the same shape; defaults hold their place.
    const value = new (Output as unknown as new () => Record<string, unknown>)();
    let failures: Failure[] | undefined;
    let defaulted: [string, Failure[] | undefined][] | undefined;
    const { path, trusted } = r;
    let present = 0;
    for (let f = 0; f < size; f += 1) {
      const key = keys[f]!;
      const field = fields[f]!;
      // own() inlined, as it runs for every field of every event, without its getter check for
      // input from our own JSON.parse.
      const rawField =
        hasOwn(raw, key) && (trusted || getterOf.call(raw, key) === undefined)
          ? raw[key]
          : undefined;
      if (rawField === undefined) {
        if (field.presence === 'required') {
          (failures ??= []).push({ path: [...path, key], reason: 'is missing' });
        } else if (field.presence === 'default') {
          if (quiet[f]) {
            fillDefault(r, field, key, undefined, value);
          } else {
            value[key] = undefined;
            (defaulted ??= []).push([key, undefined]);
          }
        }
        continue;
      }
      present += 1;
      path.push(key);
      const read = reads[f]!(r, rawField);
      path.pop();
      if (read !== FAILED) {
        value[key] = read;
      } else if (field.presence === 'required') {
        (failures ??= []).push(...r.failures);
      } else if (field.presence === 'optional') {
        r.reportFailures(r.failures, 'It was left out.');
      } else {
        value[key] = undefined;
        (defaulted ??= []).push([key, r.failures]);
      }
    }
    if (enumerableKeyCount(raw) !== present) reportUnknownKeys(r, node, raw);
    if (failures) {
      r.failures = failures;
      return FAILED;
    }
    if (defaulted)
      for (const [key, why] of defaulted) fillDefault(r, node.shape[key]!, key, why, value);
    const problem = check?.(value);
    return problem ? fail(r, problem) : value;
  };
}
