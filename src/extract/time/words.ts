/**
 * English words for dates and counts: month and weekday names with their abbreviations, and the
 * number words a duration may use. One table each, shared by the resolver and the finder.
 */
import { Unresolved } from './spans.js';

/** Month names, January first, each with the abbreviations news copy uses. */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Weekday names, Sunday first (0, like `ZonedParts.weekday`), each with its abbreviations. */
const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['sunday', 'sun'],
  ['monday', 'mon'],
  ['tuesday', 'tues', 'tue'],
  ['wednesday', 'wed'],
  ['thursday', 'thurs', 'thur', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
];

function numbered(table: readonly (readonly string[])[], first: number): Record<string, number> {
  const numbers: Record<string, number> = {};
  table.forEach((words, index) => {
    for (const word of words) numbers[word] = index + first;
  });
  return numbers;
}

/** A regular-expression alternation, longest words first so that "sept" is tried before "sep". */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
}

/** 'june' and 'jun' -> 6. */
export const MONTHS = numbered(MONTH_WORDS, 1);
/** Any month word, as a capturing group. */
export const MONTH = `(${alternation(Object.keys(MONTHS))})`;

/** 'friday' and 'fri' -> 5. */
export const WEEKDAYS = numbered(WEEKDAY_WORDS, 0);
/** Any weekday word, as a capturing group. */
export const WEEKDAY = `(${alternation(Object.keys(WEEKDAYS))})`;
/** The full weekday names only, as an alternation without a group ("sunday|monday|..."). */
export const FULL_WEEKDAY_NAMES = alternation(WEEKDAY_WORDS.map(([full]) => full!));
/**
 * The abbreviations only. "Sat", "Wed" and "Sun" are also ordinary words, so the finder takes an
 * abbreviation only where a weekday is expected: after "on", "since", "last", "this" or "next", or
 * before a date.
 */
export const SHORT_WEEKDAY_NAMES = alternation(WEEKDAY_WORDS.flatMap(([, ...short]) => short));

// ---------------------------------------------------------------------------------------------
// Words

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "48", "a", "two", "forty-eight"; vague counts ("few", "several") are unresolved. */
export function parseCount(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  const small = SMALL_NUMBERS.indexOf(word);
  if (small >= 0) return small;
  const [tensWord, unitWord] = word.split('-');
  const tens = TENS[tensWord!];
  if (tens !== undefined) {
    if (unitWord === undefined) return tens;
    const unit = SMALL_NUMBERS.indexOf(unitWord);
    if (unit >= 1 && unit <= 9) return tens + unit;
  }
  throw new Unresolved(`"${word}" is not an exact number`);
}
