/**
 * Time words that date a noun rather than the clause: "struggling to treat people ... from the
 * Wednesday evening quake", "need help to recover from the November 8 storm", "not as strong as
 * the quake late Wednesday". The struggling and the need are not on Wednesday or on 8 November;
 * the quake and the storm are: they become events of their own ("The quake", Wednesday evening),
 * once a story. Only after a preposition: "The November 8 storm killed 4,000" is the storm's own
 * clause and keeps its date.
 */

/** Nouns of happenings that news dates by a word in front or behind ("the Friday vote"). */
const HAPPENING_NOUN =
  '(?:[a-z]+-)?(?:quake|earthquake|storm|typhoon|hurricane|cyclone|tremor|aftershock|landslide|flood|fire|blast|explosion|attack|bombing|raid|strike|crash|shooting|vote|election|referendum|poll|protest|riot|meeting|talks|summit|speech|ruling|announcement|match|game)s?';
const PREPOSITION = '(?:from|of|by|in|to|for|with|about|over|than|as|like|during)';

const NOUN_AFTER = new RegExp(`^\\s+(${HAPPENING_NOUN})\\b`);
const THE_BEFORE = new RegExp(`\\b${PREPOSITION} the\\s+$`, 'i');
const NOUN_BEFORE = new RegExp(`\\b${PREPOSITION} the (?:[a-z-]+ )?(${HAPPENING_NOUN})\\s+$`, 'i');

/** The noun that the words at `start`-`end` of `text` date in a prepositional phrase, if any. */
export function nounDated(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);
  const noun = THE_BEFORE.test(before) ? NOUN_AFTER.exec(after)?.[1] : undefined;
  return (noun ?? NOUN_BEFORE.exec(before)?.[1])?.toLowerCase();
}
