/**
 * Chronological order for events whose times are spans, not instants. The layout sorts up to 100k
 * events, so instants are parsed once per event (`spanOf`) and the comparison itself works on
 * numbers (`compareSpans`), or for many spans on typed arrays of them (`SpanKeys`).
 */
import type { TimelineEvent, When } from './types.js';
import { parseInstant } from './zoned.js';

/** A `When` as milliseconds. For an open end (`end: null`) `end` equals `start` and `open` is set. */
export interface Span {
  start: number;
  end: number;
  open: boolean;
}

/** Parses a `When` once; an unparseable instant gives NaN, which `compareSpans` sorts last. */
export function spanOf(when: When): Span {
  const start = parseInstant(when.start);
  return { start, end: endOf(when, start), open: when.end == null };
}

/** Milliseconds of a `When`'s end, given its parsed start; the start for an open end. */
export function endOf(when: When, start: number): number {
  // Most news times are instants or share a start and end string: parse once, not twice.
  return when.end == null || when.end === when.start ? start : parseInstant(when.end);
}

/**
 * Orders spans, each rule breaking the ties of the one before:
 *
 * 1. Earlier start first. A start that does not parse (NaN) goes after every valid one.
 * 2. Equal starts: closed spans before open-ended ones (an ongoing event is the widest of all).
 * 3. Both closed: the narrower span first - the more precise statement leads ("at 15:00 on Friday"
 *    before "on Friday"). An unparseable end counts as widest.
 * 4. Both closed with starts that do not parse (no width to compare): the earlier end first.
 *
 * Spans equal under all four compare as 0.
 */
export function compareSpans(a: Span, b: Span): number {
  const byStart = compareNumbersNaNLast(a.start, b.start);
  if (byStart !== 0) return byStart;
  if (a.open !== b.open) return a.open ? 1 : -1;
  if (a.open) return 0;
  return (
    compareNumbersNaNLast(a.end - a.start, b.end - b.start) || compareNumbersNaNLast(a.end, b.end)
  );
}

function compareNumbersNaNLast(a: number, b: number): number {
  const aMissing = isNaN(a);
  const bMissing = isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Chronological order of two events by `compareSpans`; events with equal spans compare as 0, and
 * a stable sort (`Array.prototype.sort`, `sortEvents`) keeps them in the order the data gives:
 * the reporter's order, where the story dates several things alike ("by 14 June"). Parses both
 * spans on every call: to sort many events use `sortEvents`, which parses each event once.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareSpans(spanOf(a.when), spanOf(b.when));
}

/** A new array of the events in `compareEvents` order, ties in input order; the input stays. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const keys = new SpanKeys(events.length);
  events.forEach((event, k) => {
    const { start, end, open } = spanOf(event.when);
    keys.set(k, start, end, open);
  });
  return keys.sort(events.length).map((k) => events[k]!);
}

/**
 * `compareSpans` as two numbers per span, so sorting many spans compares typed-array entries, not
 * objects: the start (an unparseable one as Infinity, after every valid start) and the width (an
 * open end Infinity, an unparseable closed end MAX_VALUE, the widest closed span). Equal keys
 * subtract to 0 or NaN (Infinity - Infinity), both falsy, so the next rule decides.
 */
export class SpanKeys {
  readonly starts: Float64Array;
  /** End - start; Infinity when open; the end itself when the start does not parse. */
  readonly widths: Float64Array;
  /**
   * For `sortByStart`, packed as each key is set (no pass of its own): the start with its index,
   * `(start - first start) * capacity + k`, exact while every start is an integer and they lie
   * close enough together (`spread`).
   */
  readonly #packed: Float64Array;
  #first = Number.NaN;
  #spread = 0;
  #integral = true;
  constructor(capacity: number) {
    this.starts = new Float64Array(capacity);
    this.widths = new Float64Array(capacity);
    this.#packed = new Float64Array(capacity);
  }

  set(k: number, start: number, end: number, open: boolean): void {
    const unparsed = isNaN(start);
    const key = unparsed ? Infinity : start;
    this.starts[k] = key;
    // A start that does not parse leaves no width: such spans (all keyed at Infinity) order by
    // their end, as `compareSpans` does.
    const order = unparsed ? end : end - start;
    this.widths[k] = open ? Infinity : isNaN(order) ? Number.MAX_VALUE : order;
    if (isNaN(this.#first)) this.#first = key;
    const offset = key - this.#first;
    this.#packed[k] = offset * this.#packed.length + k;
    if (!Number.isInteger(offset)) this.#integral = false;
    else if (Math.abs(offset) > this.#spread) this.#spread = Math.abs(offset);
  }

  /** Keys 0 to count - 1 (each one set) in chronological order; ties keep index order. */
  sort(count: number): number[] {
    const { starts, widths } = this;
    const order: number[] = [];
    // Distinct starts leave nothing to compare. Presorted by start, the stable sort finds one
    // ascending run but where starts tie: about n comparisons instead of n log n.
    if (this.#sortByStart(count, order)) return order;
    return order.sort((a, b) => starts[a]! - starts[b]! || widths[a]! - widths[b]! || a - b);
  }

  /**
   * Fills `order` with keys 0 to count - 1 by start alone, equal starts in index order, with the
   * typed array's native sort of the packed keys, which calls no comparator. True when no two
   * starts are equal (the order is then final). When the packed keys are not exact (starts not
   * integers, or too far apart) fills it in index order and returns false.
   */
  #sortByStart(count: number, order: number[]): boolean {
    const capacity = this.#packed.length;
    if (!(this.#integral && (this.#spread + 1) * capacity <= Number.MAX_SAFE_INTEGER)) {
      for (let k = 0; k < count; k++) order.push(k);
      return false;
    }
    const packed = this.#packed.slice(0, count).sort();
    const { starts } = this;
    let distinct = true;
    let previous = Number.NaN;
    for (let j = 0; j < count; j++) {
      // A start before the first packs below zero, where `%` leaves a negative remainder.
      let k = packed[j]! % capacity;
      if (k < 0) k += capacity;
      // `| 0`: small integers, so the order (and the items made from it) hold no boxed numbers.
      order.push(k | 0);
      if (starts[k] === previous) distinct = false;
      previous = starts[k]!;
    }
    return distinct;
  }
}
