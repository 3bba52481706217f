/**
 * Counts of people and things: "2,000 advance troops", "another 500", "hundreds of young men".
 * Vague plurals are approximate and carry the least number the plural allows ("hundreds of" is
 * 200), the same convention as the hand-made fixtures. Numbers that belong to time words ("48
 * hours"), dates, years and measurements of distance are not counts and are skipped.
 */
import type { Quantity } from '../model/types.js';

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  hundred: 100, thousand: 1000,
}; // prettier-ignore

const VAGUE: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  millions: 2_000_000,
};

const NOT_COUNTED =
  /^(?:minutes?|hours?|days?|weeks?|months?|years?|am|pm|a\.m\.?|p\.m\.?|per|percent|%|miles?|km|kilometres?|kilometers?|metres?|meters?|feet|ft|kg|tonnes?|magnitude|times|UTC|GMT|hrs|of|to|and|or|in|on|at|from|[a-z]+day)$/i;

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** Words that end a unit ("2,000 advance troops to Iraq" -> "advance troops"). */
const UNIT_STOP =
  /^(?:to|in|into|on|at|from|for|of|had|have|has|were|was|are|is|and|or|who|that|which|with|by|after|before|while|as|across|said|the|a|an)$/i;

export function findQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  const pattern =
    /\b(?:((?:(?:tens|hundreds) of )?(?:dozens|scores|hundreds|thousands|millions)) of|(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (million|billion))?|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand))\b(?![,.:]?\d)/gi;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (/(?:\d[.:]|[£$€-]|\bNo\.? )$/.test(before)) continue;
    // A quake's magnitude is a measure, not a count ("magnitude 5.9 quake struck early" was 5.9
    // "quake struck early", "measuring 5.6 shook" 5.6 "shook": VOA's Gansu quake).
    if (/\b(?:magnitude|measuring)[\s-]$/i.test(before)) continue;
    // A number after a name names a thing, not how many: "the Boeing 737", "Flight 302"; a day's
    // or a month's name is no thing's ("officials said Tuesday 30 people were killed").
    const name = /[\p{Ll}\d,]\s+(\p{Lu}[\p{L}-]*)\s$/u.exec(before)?.[1];
    if (name && !WEEKDAY.test(name) && !MONTH.test(name)) continue;
    // A unit is three words at most: the rest of the text after every number was quadratic.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 80);
    const unit = readUnit(after);
    if (!unit) continue;
    const quantity = toQuantity(match, unit);
    if (quantity) quantities.push(quantity);
  }
  return quantities;
}

function readUnit(after: string): string | undefined {
  const words = after.replace(/^\s+/, '').split(/\s+/);
  const unit: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[,.;:!?)”"’]+$/, '');
    const verb = /^[a-z]+ed$/.test(word);
    if (
      unit.length === 0 &&
      (verb || NOT_COUNTED.test(word) || MONTH.test(word) || /^(?:against|in|-)/.test(raw))
    ) {
      return undefined;
    }
    // A verb ends the noun phrase: "2,000 drivers walked off".
    if (verb) break;
    if (word === '' || UNIT_STOP.test(word) || /^[\d(]/.test(word)) break;
    unit.push(word);
    if (unit.length === 3 || word !== raw) break;
  }
  return unit.length > 0 ? unit.join(' ') : undefined;
}

function toQuantity(match: RegExpMatchArray, unit: string): Quantity | undefined {
  const [text, vague, digits, scale, word] = match;
  if (vague) {
    // "tens of thousands of" is at least 20,000, "hundreds of thousands of" 200,000.
    const [times, plural] = /^(?:(tens|hundreds) of )?(\w+)$/i.exec(vague)!.slice(1);
    const factor = times ? (times.toLowerCase() === 'tens' ? 10 : 100) : 1;
    const value = VAGUE[plural!.toLowerCase()]! * factor;
    return { value, unit, approximate: true, text: text! };
  }
  if (digits) {
    const value =
      Number(digits.replace(/,/g, '')) *
      (scale ? (scale.toLowerCase() === 'million' ? 1e6 : 1e9) : 1);
    // Four-digit numbers without a comma are years far more often than counts.
    if (/^(?:1[89]|20)\d{2}$/.test(digits)) return undefined;
    return { value, unit, approximate: false, text: text! };
  }
  if (word)
    return { value: WORD_NUMBERS[word.toLowerCase()]!, unit, approximate: false, text: text! };
  return undefined;
}
