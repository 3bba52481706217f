/**
 * Planned and expected events: "the road is expected to reopen on 12 March", "talks will resume
 * next week", "she is due to be sentenced on 3 December". A clause is planned when its verb is
 * future or scheduled (will, shall, is expected/due/scheduled/set to, plans to, is to), or when its
 * time words can only lie ahead ("next week", "tomorrow", "by the end of the year"). A planned
 * event is kept only with a time of its own, read forward from publication; a negated plan ("will
 * not attend") is no event at all. No DOM, English only.
 */
import { unquoted } from './happenings.js';

const FUTURE =
  /\b(?:will|shall)\s+(?!not\b)(?:\w+\s+)?\w+|['’]ll\s+\w+|\b(?:is|are|was|were|['’]s|['’]re)\s+(?:(?:now|also|next|still|again|tentatively|currently)\s+)?(?:expected|due|scheduled|set|slated|poised|likely|planned|going)\s+to\s+\w+|\b(?:plans?|intends?|aims?)\s+to\s+\w+|\b(?:is|are)\s+to\s+(?:be\s+)?\w+ed\b/i;
const NEGATED_FUTURE =
  /\b(?:will|shall)\s+not\b|\bwon['’]t\b|\b(?:is|are|was|were)\s+not\s+(?:expected|due|scheduled|set|going)\s+to\b|\bno\s+plans?\s+to\b|\bhas\s+no\s+plans?\b/i;

export type Tense = 'planned' | 'cancelled' | 'past';

/**
 * How a clause (the words outside quotes) speaks of time: `planned` (future or scheduled verb),
 * `cancelled` (a negated plan - not an event), or `past` (everything else).
 */
export function tenseOf(clause: string): Tense {
  const plain = unquoted(clause).replace(/\u00a0/g, ' ');
  if (NEGATED_FUTURE.test(plain)) return 'cancelled';
  return FUTURE.test(plain) ? 'planned' : 'past';
}
