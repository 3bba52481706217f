/**
 * English words for dates and counts: month and weekday names with their abbreviations, and the
 * number words a duration may use. One table each, shared by the resolver and the finder.
 */
import { Unresolved } from './spans.js';

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
export const MONTH = `(${Object.keys(MONTHS).join('|')})`;

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};
export const WEEKDAY = `(${Object.keys(WEEKDAYS).join('|')})`;

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
