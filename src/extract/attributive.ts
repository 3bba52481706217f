/**
 * Time words that date a noun rather than the clause: "struggling to treat people ... from the
 * Wednesday evening quake", "need help to recover from the November 8 storm", "not as strong as
 * the quake late Wednesday". The struggling and the need are not on Wednesday or on 8 November;
 * the quake and the storm are: they become events of their own ("The quake", Wednesday evening),
 * once a story; so do a day's possessive ("in Wednesday's poll": "The poll"). Only after a
 * preposition: "The November 8 storm killed 4,000" is the storm's own clause and keeps its date.
 */

/** Nouns of happenings that news dates by a word in front or behind ("the Friday vote"). */
const HAPPENING_NOUN =
  '(?:[a-z]+-)?(?:quake|earthquake|storm|typhoon|hurricane|cyclone|tremor|aftershock|landslide|flood|fire|blast|explosion|attack|bombing|raid|strike|crash|shooting|vote|election|referendum|poll|protest|riot|meeting|talks|summit|speech|ruling|announcement|match|game)s?';
const PREPOSITION = '(?:from|of|by|in|to|for|with|about|over|than|as|like|during)';

const NOUN_AFTER = new RegExp(`^\\s+(${HAPPENING_NOUN})\\b`);
const THE_BEFORE = new RegExp(`\\b${PREPOSITION} the\\s+$`, 'i');
const NOUN_BEFORE = new RegExp(`\\b${PREPOSITION} the (?:[a-z-]+ )?(${HAPPENING_NOUN})\\s+$`, 'i');
/** "in Wednesday's poll", "after Tuesday's powerful earthquake": a day's possessive. */
const PREPOSITION_BEFORE = new RegExp(`\\b${PREPOSITION}\\s+$`, 'i');
const POSSESSIVE_AFTER = new RegExp(`^['’]s\\s+(?:[a-z-]+\\s+){0,2}?(${HAPPENING_NOUN})\\b`);

/** The noun that the words at `start`-`end` of `text` date in a prepositional phrase, if any. */
export function nounDated(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);
  const noun = THE_BEFORE.test(before)
    ? NOUN_AFTER.exec(after)?.[1]
    : PREPOSITION_BEFORE.test(before)
      ? POSSESSIVE_AFTER.exec(after)?.[1]
      : undefined;
  return (noun ?? NOUN_BEFORE.exec(before)?.[1])?.toLowerCase();
}

/**
 * Time words at the end of a relative clause date that clause, not the one around it: "searchers
 * have recovered the recorders from the plane that crashed Sunday" - the crash is Sunday's, the
 * recovery is not. Only after the clause's verb ("the man who shot the officer was arrested on
 * Friday" is the arrest's Friday) and after an object, never a sentence's subject.
 */
const RELATIVE_BEFORE =
  /\S\s+(?:from|of|by|in|on|at|to|for|with|about|after|over|than|as|like|during|aboard) (?:the|a|an) ((?:[a-z-]+ ){0,2}?[a-z-]+) (?:that|which|who) ((?:was |were |had )?[a-z]{2,}ed)\s+$/;

/** "The plane crashed", when the words at `start`-`end` end such a relative clause. */
export function relativeDated(text: string, start: number): string | undefined {
  const match = RELATIVE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  return match ? `${match[1]!.split(' ').at(-1)} ${match[2]}` : undefined;
}

/**
 * Time words in a relative clause of the present tense after a comma describe its noun: "to
 * celebrate Diwali, the festival of lights, which occurs Tuesday" (Wikinews) - the festival is on
 * Tuesday, the travel the clause reports is not. A past or perfect relative clause ("which killed
 * 100 people this week") still dates a happening, and is left as it was.
 */
export function inPresentRelative(text: string, start: number): boolean {
  return /,\s*(?:which|who)\s+(?:is|are|(?!was\b|has\b)[a-z]+s)(?:\s+[a-z]+){0,2}\s+$/.test(
    text.slice(Math.max(0, start - 60), start),
  );
}
