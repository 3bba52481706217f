/**
 * How sure the story is of an event, derived from who vouches for it. Confidence is never typed by
 * hand: it follows from the sources, so the same sources always give the same badge.
 */
import type { Confidence, Source } from './types.js';

/** Verbs that mean someone saw it or stood behind it themselves, not just passed it on. */
const FIRST_HAND_VERBS: ReadonlySet<Source['verb']> = new Set(['confirmed', 'witnessed']);

/**
 * The confidence the sources support, checked strongest first:
 *
 * 1. `confirmed` - some source `confirmed` it (the outlet itself, "the Guardian confirmed on
 *    Friday") or `witnessed` it (an eyewitness).
 * 2. `corroborated` - two or more distinct sources (compared by `who`, ignoring case and spacing,
 *    so the same official quoted twice counts once), or any source whose verb is `corroborated`.
 * 3. `attributed` - exactly one distinct source.
 * 4. `unsourced` - no sources.
 */
export function deriveConfidence(sources: readonly Source[]): Confidence {
  if (sources.length === 0) return 'unsourced';
  if (sources.some((source) => FIRST_HAND_VERBS.has(source.verb))) return 'confirmed';
  if (sources.some((source) => source.verb === 'corroborated')) return 'corroborated';
  return countDistinctSources(sources) >= 2 ? 'corroborated' : 'attributed';
}

function countDistinctSources(sources: readonly Source[]): number {
  return new Set(sources.map((source) => normaliseWho(source.who))).size;
}

function normaliseWho(who: string): string {
  return who.trim().replace(/\s+/g, ' ').toLowerCase();
}
