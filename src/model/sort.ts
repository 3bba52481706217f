/**
 * Chronological order for events whose times are spans, not instants. The layout sorts up to 100k
 * events, so instants are parsed once per event (`spanOf`) and the comparison itself works on
 * numbers (`compareSpans`).
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
  if (when.end === null || when.end === undefined) return { start, end: start, open: true };
  // Most news times are instants or share a start and end string: parse once, not twice.
  return { start, end: when.end === when.start ? start : parseInstant(when.end), open: false };
}

/**
 * Orders spans, each rule breaking the ties of the one before:
 *
 * 1. Earlier start first. A start that does not parse (NaN) goes after every valid one.
 * 2. Equal starts: closed spans before open-ended ones (an ongoing event is the widest of all).
 * 3. Both closed: the narrower span first - the more precise statement leads ("at 15:00 on Friday"
 *    before "on Friday"). An unparseable end counts as widest.
 *
 * Spans equal under all three compare as 0; `compareEvents` then falls back to the id.
 */
export function compareSpans(a: Span, b: Span): number {
  const byStart = compareNumbersNaNLast(a.start, b.start);
  if (byStart !== 0) return byStart;
  if (a.open !== b.open) return a.open ? 1 : -1;
  if (a.open) return 0;
  return compareNumbersNaNLast(a.end - a.start, b.end - b.start);
}

function compareNumbersNaNLast(a: number, b: number): number {
  const aMissing = Number.isNaN(a);
  const bMissing = Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Plain code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Chronological order of two events by `compareSpans`, then by `id` (code-unit order), so the order
 * is total and does not depend on the input order. Parses both spans on every call: to sort many
 * events use `sortEvents`, which parses each event once.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareSpans(spanOf(a.when), spanOf(b.when)) || compareIds(a.id, b.id);
}

/** A new array of the events in `compareEvents` order; the input is left as it was. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const decorated = events.map((event) => ({ event, span: spanOf(event.when) }));
  decorated.sort((a, b) => compareSpans(a.span, b.span) || compareIds(a.event.id, b.event.id));
  return decorated.map(({ event }) => event);
}
