/**
 * The part of a day, a month or a year that "early", "mid" and "late" keep. "early" and "late"
 * are halves, one rule for every period ("late Sunday" 12:00-24:00, "late Thursday afternoon"
 * 15:00-18:00, "late February" from the 16th, "early 2014" to 1 July); "mid" is the middle third
 * of a month or a year ("mid-February" the 11th to the 20th, "mid-2014" May to August), which no
 * half holds. Each keeps the words' span otherwise: a week, or a period the reference cuts short
 * before the split ("late this month" on the 10th), stays whole. See docs/extraction.md.
 */
import type { When } from '../../model/types.js';
import {
  addDays,
  parseInstant,
  toIsoWithOffset,
  zonedParts,
  zonedToInstant,
} from '../../model/zoned.js';
import { MONTHS } from './words.js';

const MONTH = `(?:${Object.keys(MONTHS).join('|')})`;
const YEAR = '(?:1[89]|20)\\d{2}';

/**
 * A part of a month or a year, for the finder: "in late February", "during early 2014",
 * "mid-February", "in mid-2013", "early 2014". A month alone needs "in" or "during" after "early"
 * or "late" ("the late May sunshine" is no date); "mid-" and a year say it themselves.
 */
export const PART_OF_PERIOD = `(?:(?:in|during) (?:early|late|mid-?) ?(?:${MONTH}(?: ${YEAR})?|${YEAR})|mid-(?:${MONTH}(?: ${YEAR})?|${YEAR})|(?:early|late) ${YEAR})`;

const PARTS = new RegExp(
  `^(?:(?:in|during) )?(early|late|mid)-? ?(${MONTH}(?: ${YEAR})?|${YEAR})$`,
  'i',
);

/** "in late February" -> { part: 'late', period: 'in February' }, else undefined. */
export function partOfPeriod(
  words: string,
): { part: 'early' | 'mid' | 'late'; period: string } | undefined {
  const match = PARTS.exec(words);
  if (!match) return undefined;
  return { part: match[1]!.toLowerCase() as 'early' | 'mid' | 'late', period: `in ${match[2]!}` };
}

/**
 * The early or late half of a whole day, part of a day, month or year, split on the wall clock:
 * at the middle hour of a day or a part of it, on the 16th of a month, on 1 July. Halves, not the
 * early hours or the evening: VOA's "early Monday" quake struck at 07:45 and its "late Sunday"
 * results came at 10 p.m. A week stays whole. "mid" keeps the middle third of a month (the 11th
 * to the 21st) or a year (1 May to 1 September) and leaves any other span as it is.
 */
export function half(when: When, qualifier: 'early' | 'mid' | 'late', zone: string): When {
  if (when.end === null) return when;
  if (qualifier === 'mid') return middleThird(when, zone);
  const [start, end] = [parseInstant(when.start), parseInstant(when.end)];
  const [from, to] = [zonedParts(start, zone), zonedParts(end, zone)];
  const ofDay = when.precision === 'day' || when.precision === 'part-of-day';
  // Wall-clock hours, so that a day or a night across a clock change still splits on the hour.
  const hours = (to.day === from.day ? 0 : 24) + to.hour - from.hour;
  // A day splits at its noon, also one that starts at 01:00 with 23 wall-clock hours, its
  // midnight skipped by a clock change at 00:00 (Santiago, Beirut).
  const noon = when.precision === 'day' && from.minute === 0 && from.hour < 12;
  const middle = ofDay
    ? noon
      ? { ...from, hour: 12 }
      : from.minute === 0 && hours > 0 && hours % 2 === 0
        ? {
            ...addDays(from, Math.floor((from.hour + hours / 2) / 24)),
            hour: (from.hour + hours / 2) % 24,
          }
        : undefined
    : when.precision === 'month' && from.day === 1
      ? { year: from.year, month: from.month, day: 16 }
      : when.precision === 'year' && from.day === 1 && from.month === 1
        ? { year: from.year, month: 7, day: 1 }
        : undefined;
  const split = middle && zonedToInstant({ ...middle, minute: 0, second: 0 }, zone);
  // A month or a year cut short before its middle ("early this month" on the 10th) stays whole.
  if (split === undefined || split >= end) return when;
  const iso = toIsoWithOffset(split, zone);
  return {
    ...when,
    ...(qualifier === 'early' ? { end: iso } : { start: iso }),
    precision: ofDay ? 'part-of-day' : 'range',
  };
}

/** The middle third of a whole month or year; a span the reference cuts short stays whole. */
function middleThird(when: When, zone: string): When {
  const from = zonedParts(parseInstant(when.start), zone);
  const end = parseInstant(when.end!);
  const bounds =
    when.precision === 'month' && from.day === 1
      ? [
          { year: from.year, month: from.month, day: 11 },
          { year: from.year, month: from.month, day: 21 },
        ]
      : when.precision === 'year' && from.day === 1 && from.month === 1
        ? [
            { year: from.year, month: 5, day: 1 },
            { year: from.year, month: 9, day: 1 },
          ]
        : undefined;
  if (!bounds) return when;
  const [first, last] = bounds.map((day) =>
    zonedToInstant({ ...day, hour: 0, minute: 0, second: 0 }, zone),
  );
  if (last! > end) return when;
  return {
    ...when,
    start: toIsoWithOffset(first!, zone),
    end: toIsoWithOffset(last!, zone),
    precision: 'range',
  };
}
