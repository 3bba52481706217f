/**
 * Walks a schema node and a raw value together, copying what is valid into fresh objects and
 * reporting what is not, in words an editor understands. The schema's depth is fixed, so the walk
 * never descends into nested junk. `parseTimeline` runs it over the timeline schema.
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
import { UniqueKeys } from './unique-keys.js';
import { isRecord, own } from './untrusted.js';

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

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** An object node's keys and fields in schema order, as two lists read by index. */
interface FieldList {
  readonly keys: readonly string[];
  readonly fields: readonly Field[];
}

const fieldLists = new WeakMap<ObjectNode, FieldList>();

/**
 * Listed once per node rather than once per object, and as two lists rather than entries: taking
 * an entry apart runs the iterator protocol in code the engine has not optimized yet, which is all
 * of a first render's.
 */
function fieldsOf(node: ObjectNode): FieldList {
  let list = fieldLists.get(node);
  if (!list) {
    list = { keys: Object.keys(node.shape), fields: Object.values(node.shape) };
    fieldLists.set(node, list);
  }
  return list;
}

/**
 * How many own enumerable string keys an object has, without listing them: when it equals the
 * number of schema fields found, there is no unknown key to report.
 */
function ownKeyCount(record: object): number {
  let count = 0;
  for (const key in record) if (Object.hasOwn(record, key)) count += 1;
  return count;
}

/**
 * A missing field whose default reports nothing and depends on no other field (an event's empty
 * lists) is filled where it is found, in place: no list of defaults to fill after the object.
 */
function isQuietDefault(field: Field): boolean {
  return typeof field.fallback !== 'function' && !field.warnWhenMissing;
}

/** A default for one object: a value copied per use (an empty list is just a new one). */
function copyOf(fallback: unknown): unknown {
  if (typeof fallback !== 'object' || fallback === null) return fallback;
  if (Array.isArray(fallback) && fallback.length === 0) return [];
  return structuredClone(fallback);
}

/** Walks a schema node and a raw value together, copying what is valid into fresh objects. */
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
  private readonly path: PathSegment[] = [];
  /** The array item (an event, an era) that problems are about, and its depth in the path. */
  private subject: ItemSubject | undefined;
  private subjectItem: unknown;
  private subjectDepth = 0;

  /**
   * `trusted`: the input comes from our own JSON.parse, so every property is plain data and can be
   * read directly; other input is read through `own()`: own data fields only, never a getter.
   */
  constructor(
    private readonly problems: ProblemSink,
    private readonly trusted = false,
  ) {}

  /** Reads `raw` against `node` at `path`. */
  readAt(node: SchemaNode, raw: unknown, path: readonly PathSegment[]): unknown {
    this.path.length = 0;
    this.path.push(...path);
    return this.read(node, raw);
  }

  report(path: readonly PathSegment[], text: string, severity: Problem['severity']): void {
    const subject = this.subject;
    const depth = subject ? this.subjectDepth : 0;
    let where = formatPath(depth > 0 ? path.slice(depth) : path);
    if (subject) {
      const label = this.subjectLabel(subject, path.slice(0, depth));
      where = where ? `${label}: ${where}` : label;
    }
    const problem: Problem = {
      path: formatPath(path),
      message: `${where || 'The timeline'} ${text}`,
      severity,
    };
    const eventId = subject ? this.subjectId(subject) : undefined;
    if (eventId !== undefined) problem.eventId = eventId;
    this.problems.add(problem);
  }

  reportFailures(failures: readonly Failure[], consequence: string): void {
    for (const { path, reason } of failures)
      this.report(path, `${reason}. ${consequence}`, 'error');
  }

  private fail(reason: string, found?: unknown): typeof FAILED {
    const shown =
      typeof found === 'string' || typeof found === 'number' ? ` (found ${preview(found)})` : '';
    this.failures = [{ path: this.path.slice(), reason: `${reason}${shown}` }];
    return FAILED;
  }

  private own(container: object, key: string | number): unknown {
    if (!this.trusted) return own(container, key);
    return Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
  }

  private read(node: SchemaNode, raw: unknown): unknown {
    switch (node.kind) {
      case 'string':
        return this.readString(node, raw);
      case 'number':
        return this.readNumber(node, raw);
      case 'boolean':
        return typeof raw === 'boolean'
          ? raw
          : this.fail(`should be true or false, but is ${describeType(raw)}`, raw);
      case 'enum':
        return this.readEnum(node, raw);
      case 'nullable':
        return raw === null ? null : this.read(node.inner, raw);
      case 'array':
        return this.readArray(node, raw);
      case 'object':
        return this.readObject(node, raw);
    }
  }

  private readString(node: StringNode, raw: unknown): unknown {
    if (typeof raw !== 'string')
      return this.fail(`should be text, but is ${describeType(raw)}`, raw);
    let value = raw;
    if (value.length > node.maxLength) {
      if (node.tooLong === 'reject') {
        return this.fail(`is longer than the ${count(node.maxLength)} characters allowed`, raw);
      }
      this.report(
        this.path,
        `is ${count(value.length)} characters long; only the first ${count(node.maxLength)} were kept.`,
        'warning',
      );
      value = cutText(value, node.maxLength);
    }
    if (value.length < node.minLength) return this.fail('is empty');
    const problem = node.check?.(value);
    return problem ? this.fail(problem, value) : value;
  }

  private readNumber(node: NumberNode, raw: unknown): unknown {
    if (typeof raw !== 'number')
      return this.fail(`should be a number, but is ${describeType(raw)}`, raw);
    if (!Number.isFinite(raw)) return this.fail('is not a finite number', raw);
    if (node.integer && !Number.isInteger(raw)) return this.fail('should be a whole number', raw);
    if (node.minimum !== undefined && raw < node.minimum) {
      return this.fail(`should be at least ${node.minimum}`, raw);
    }
    if (node.maximum !== undefined && raw > node.maximum) {
      return this.fail(`should be at most ${node.maximum}`, raw);
    }
    return raw;
  }

  private readEnum(node: EnumNode, raw: unknown): unknown {
    if (typeof raw !== 'string')
      return this.fail(`should be text, but is ${describeType(raw)}`, raw);
    if ((node.values as readonly string[]).includes(raw)) return raw;
    return this.fail(`is not one of: ${node.values.join(', ')}`, raw);
  }

  private readArray(node: ArrayNode, raw: unknown): unknown {
    if (!Array.isArray(raw)) return this.fail(`should be a list, but is ${describeType(raw)}`, raw);
    const length = raw.length;
    if (length > node.maxItems) {
      this.report(
        this.path,
        `has ${count(length)} items; only the first ${count(node.maxItems)} were read.`,
        'error',
      );
    }
    const items: unknown[] = [];
    if (length === 0) return items;
    const indices: number[] | undefined = node.subject ? [] : undefined;
    const unique =
      node.uniqueKey === undefined
        ? undefined
        : new UniqueKeys(node.uniqueKey, Math.min(length, node.maxItems));
    const outerSubject = this.subject;
    const outerItem = this.subjectItem;
    const outerDepth = this.subjectDepth;
    const path = this.path;
    const end = Math.min(length, node.maxItems);
    for (let index = 0; index < end; index += 1) {
      const rawItem = this.own(raw, index);
      path.push(index);
      if (node.subject) {
        this.subject = node.subject;
        this.subjectItem = rawItem;
        this.subjectDepth = path.length;
      }
      const value = this.read(node.items, rawItem);
      if (value === FAILED) {
        this.reportFailures(this.failures, `The ${node.itemNoun} was left out.`);
      } else if (!unique || !this.isDuplicate(node, value, index, unique)) {
        items.push(value);
        indices?.push(index);
      }
      path.pop();
    }
    this.subject = outerSubject;
    this.subjectItem = outerItem;
    this.subjectDepth = outerDepth;
    if (indices) this.inputIndices.set(items, indices);
    return items;
  }

  private isDuplicate(node: ArrayNode, item: unknown, index: number, unique: UniqueKeys): boolean {
    if (!isRecord(item)) return false;
    const first = unique.firstIndexOf(item, index);
    if (first === undefined) return false;
    const earlier = formatPath([...this.path.slice(0, -1), first]);
    this.report(
      [...this.path, node.uniqueKey!],
      `${preview(item[node.uniqueKey!])} is already used by ${earlier}. The ${node.itemNoun} was left out.`,
      'error',
    );
    return true;
  }

  private readObject(node: ObjectNode, raw: unknown): unknown {
    if (!isRecord(raw)) return this.fail(`should be an object, but is ${describeType(raw)}`, raw);
    // Built in schema order, so every output object has the same shape; defaults hold their place.
    const value: Record<string, unknown> = {};
    let failures: Failure[] | undefined;
    let defaulted: [string, Failure[] | undefined][] | undefined;
    const path = this.path;
    const { keys, fields } = fieldsOf(node);
    let present = 0;
    for (let f = 0; f < keys.length; f += 1) {
      const key = keys[f]!;
      const field = fields[f]!;
      const rawField = this.own(raw, key);
      if (rawField !== undefined) present += 1;
      if (rawField === undefined) {
        if (field.presence === 'required') {
          (failures ??= []).push({ path: [...path, key], reason: 'is missing' });
        } else if (field.presence === 'default') {
          if (isQuietDefault(field)) {
            this.fillDefault(field, key, undefined, value);
          } else {
            value[key] = undefined;
            (defaulted ??= []).push([key, undefined]);
          }
        }
        continue;
      }
      path.push(key);
      const read = this.read(field.node, rawField);
      path.pop();
      if (read !== FAILED) {
        value[key] = read;
      } else if (field.presence === 'required') {
        (failures ??= []).push(...this.failures);
      } else if (field.presence === 'optional') {
        this.reportFailures(this.failures, 'It was left out.');
      } else {
        value[key] = undefined;
        (defaulted ??= []).push([key, this.failures]);
      }
    }
    if (ownKeyCount(raw) !== present) this.reportUnknownKeys(node, raw);
    if (failures) {
      this.failures = failures;
      return FAILED;
    }
    if (defaulted)
      for (const [key, why] of defaulted) this.fillDefault(node.shape[key]!, key, why, value);
    const problem = node.check?.(value);
    return problem ? this.fail(problem) : value;
  }

  /** `why`: the failures of the value that was there but unusable; none when it was missing. */
  private fillDefault(
    field: Field,
    key: string,
    why: Failure[] | undefined,
    value: Record<string, unknown>,
  ): void {
    const fallback: unknown =
      typeof field.fallback === 'function' ? field.fallback(value) : copyOf(field.fallback);
    value[key] = fallback;
    if (this.path.length === 0) this.defaulted.add(key);
    if (why) {
      // Its own failure says why, then what replaced it.
      this.reportFailures(why, `Using ${preview(fallback)} instead.`);
    } else if (field.warnWhenMissing) {
      this.report([...this.path, key], `is missing; using ${preview(fallback)}.`, 'warning');
    }
  }

  private reportUnknownKeys(node: ObjectNode, raw: Record<string, unknown>): void {
    for (const key of Object.keys(raw)) {
      if (Object.hasOwn(node.shape, key)) continue;
      this.report(
        [...this.path, keyForPath(key)],
        `is not a field of ${article(node.noun)}; it was ignored.`,
        'warning',
      );
    }
  }

  /** 'events[3] ("Kerbala sermon")', read from the raw item so even a broken event is named. */
  private subjectLabel(subject: ItemSubject, itemPath: readonly PathSegment[]): string {
    const where = formatPath(itemPath);
    const item = this.subjectItem;
    const label = isRecord(item) ? own(item, subject.labelKey) : undefined;
    if (typeof label === 'string' && label.trim() !== '') return `${where} (${preview(label)})`;
    const id = this.rawId(subject);
    return typeof id === 'string' ? `${where} (id ${preview(id)})` : where;
  }

  private subjectId(subject: ItemSubject): string | undefined {
    const id = this.rawId(subject);
    if (typeof id !== 'string' || id === '') return undefined;
    return id.length > 200 ? id.slice(0, 200) : id;
  }

  private rawId(subject: ItemSubject): unknown {
    const item = this.subjectItem;
    return isRecord(item) && subject.idKey ? own(item, subject.idKey) : undefined;
  }
}
