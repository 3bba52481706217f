/**
 * Scores a draft timeline against a hand-made one. An extracted event matches an expected event
 * when both hold:
 *
 * - Same sentence: their excerpts overlap in the article text (character ranges intersect).
 * - Agreeing span: start and end are equal, or each span contains the other's midpoint. An open
 *   end (`end: null`, "still going on") is read as the timeline's publication instant for this
 *   comparison, so "continuing since Monday" and "sometime this week" agree. Spans are compared as
 *   instants, so "+03:00" and "Z" spellings of the same instant are equal.
 *
 * Matching is one-to-one and greedy in document order (each extracted event can match one expected
 * event), so a sentence that holds two expected events needs two extracted events to score both.
 * Precision = matched / extracted, recall = matched / expected.
 */
import type { Timeline, TimelineEvent } from '../model/types.js';
import { parseInstant } from '../model/zoned.js';

export interface ScoreResult {
  precision: number;
  recall: number;
  matched: { expected: string; extracted: string }[];
  /** Expected events no extracted event matched (ids). */
  missed: string[];
  /** Extracted events that matched no expected event (ids). */
  spurious: string[];
}

export function scoreTimeline(extracted: Timeline, expected: Timeline): ScoreResult {
  const used = new Set<string>();
  const matched: { expected: string; extracted: string }[] = [];
  const missed: string[] = [];
  const candidates = [...extracted.events].sort(byExcerpt);
  for (const want of [...expected.events].sort(byExcerpt)) {
    const hit = candidates.find(
      (got) =>
        !used.has(got.id) && sameSentence(got, want) && spansAgree(got, want, expected.published),
    );
    if (hit) {
      used.add(hit.id);
      matched.push({ expected: want.id, extracted: hit.id });
    } else {
      missed.push(want.id);
    }
  }
  const spurious = extracted.events.filter((e) => !used.has(e.id)).map((e) => e.id);
  return {
    precision: extracted.events.length === 0 ? 0 : matched.length / extracted.events.length,
    recall: expected.events.length === 0 ? 1 : matched.length / expected.events.length,
    matched,
    missed,
    spurious,
  };
}

function byExcerpt(a: TimelineEvent, b: TimelineEvent): number {
  return (a.excerpt?.start ?? 0) - (b.excerpt?.start ?? 0);
}

export function sameSentence(a: TimelineEvent, b: TimelineEvent): boolean {
  if (!a.excerpt || !b.excerpt) return false;
  return a.excerpt.start < b.excerpt.end && b.excerpt.start < a.excerpt.end;
}

export function spansAgree(a: TimelineEvent, b: TimelineEvent, published: string): boolean {
  const open = parseInstant(published);
  const [aStart, aEnd] = [
    parseInstant(a.when.start),
    a.when.end === null ? open : parseInstant(a.when.end),
  ];
  const [bStart, bEnd] = [
    parseInstant(b.when.start),
    b.when.end === null ? open : parseInstant(b.when.end),
  ];
  if (aStart === bStart && aEnd === bEnd) return true;
  const contains = (start: number, end: number, at: number) =>
    start <= at && at <= Math.max(start, end);
  return contains(aStart, aEnd, (bStart + bEnd) / 2) && contains(bStart, bEnd, (aStart + aEnd) / 2);
}
