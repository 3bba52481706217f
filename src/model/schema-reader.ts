/**
 * Walks a schema node and a raw value together, copying what is valid into fresh objects and
 * reporting what is not, in words an editor understands. The schema's depth is fixed, so the walk
 * never descends into nested junk. `parseTimeline` runs it over the timeline schema.
 */
import {
  type ProblemSink,
  describeType,
  formatCount as count,
  formatPath,
  preview,
  type PathSegment,
  type Problem,
} from './problems.js';
import type {
  ArrayNode,
  EnumNode,
  ItemSubject,
  NumberNode,
  ObjectNode,
  SchemaNode,
  StringNode,
} from './schema-builder.js';
import { isRecord, own as ownValue } from './untrusted.js';

/** A failure not yet reported: the container that recovers from it says what happened next. */
export interface Failure {
  path: PathSegment[];
  reason: string;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; failures: Failure[] };

/** How problems inside one array item (an event, an era) name it. */
interface Subject {
  depth: number;
  label: string;
  eventId?: string;
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

/** Walks a schema node and a raw value together, copying what is valid into fresh objects. */
export class Reader {
  private subject: Subject | undefined;
  /** Where each kept array item was in the input, for later checks that report by input index. */
  readonly inputIndex = new WeakMap<object, number>();
  /** Paths (as `formatPath` writes them) of fields that got their default. */
  readonly defaulted = new Set<string>();

  constructor(private readonly problems: ProblemSink) {}

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
