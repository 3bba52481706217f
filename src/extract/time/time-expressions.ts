/**
 * Finds the time words of a sentence ("on Friday", "overnight", "in the past 48 hours", "two days
 * earlier", "on 3 March 2021") and resolves them with the project's resolver, `resolveWhen`.
 * This file only finds and trims; every span comes from `resolveWhen`, so the extractor and the
 * hand-made fixtures agree on what words mean. A candidate the resolver rejects is kept as an
 * unresolved mention so that the caller can flag it rather than silently drop it.
 *
 * Why not chrono-node as the finder: see docs/extraction.md - on the three test texts it misses
 * "overnight", "in the past 48 hours" and "this week" and reports "Friday" without the "on" that
 * `when.text` keeps, so a regex finder tuned to the resolver's grammar does better at no cost.
 */
import { PART_OF_PERIOD, half, partOfPeriod } from './period-parts.js';
import { resolveWhen } from './resolve-when.js';
import { FULL_WEEKDAY_NAMES, MONTHS, SHORT_WEEKDAY_NAMES } from './words.js';
import type { When } from '../../model/types.js';
import { parseInstant, toIsoWithOffset } from '../../model/zoned.js';

export interface TimeMention {
  /** The words as written, including a leading preposition ("on Friday"). */
  text: string;
  /** Offsets into the string that was searched. */
  start: number;
  end: number;
  /** The resolved span, or the resolver's reason when it could not resolve the words. */
  result: { ok: true; when: When } | { ok: false; reason: string };
  /** Counts from another event rather than from publication ("two days earlier"). */
  relative: boolean;
  /** Counts from the clause that follows it ("two days after the army chief imposed ..."). */
  fromWhatFollows?: true;
}

const WEEKDAY = `(?:${FULL_WEEKDAY_NAMES})`;
const SHORT_WEEKDAY = `(?:${SHORT_WEEKDAY_NAMES})`;
const MONTH = `(?:${Object.keys(MONTHS).join('|')})`;
const PART = '(?:morning|afternoon|evening|night)';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
const CLOCK =
  '(?:\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}[:.]\\d{2}|noon|midday)';
const NUMBER =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-eight|fifty|sixty|seventy|seventy-two|hundred)';
const UNIT = '(?:minute|hour|day|week|month|year)s?';
// An abbreviated month before the day may keep its full stop: "Nov. 18".
const DATE = `(?:(?:the )?${ORDINAL} (?:of )?${MONTH}|${MONTH}\\.? ${ORDINAL})(?:,? \\d{4})?`;

/** Candidate patterns; overlapping matches are settled longest-first. */
const PATTERNS: RegExp[] = [
  // "on Tuesday night", "on Friday, 13 June 2014", "last Friday", "on Friday at 3pm"
  new RegExp(
    `(?:(?:on|since) )?(?:(?:last|this|next) )?${WEEKDAY}(?: ${PART})?(?:,? ${DATE})?(?: (?:at|around) ${CLOCK})?`,
  ),
  // "on Tues", "last Fri", "Thurs 4 March": an abbreviation only where a weekday is expected
  new RegExp(
    `(?:(?:on|since) (?:(?:last|this|next) )?|(?:last|this|next) )${SHORT_WEEKDAY}(?: ${PART})?(?:,? ${DATE})?(?: (?:at|around) ${CLOCK})?|${SHORT_WEEKDAY},? ${DATE}`,
  ),
  // "on 3 March 2021", "March 3, 2021", "on the 10th of June"
  new RegExp(`(?:(?:on|since) )?${DATE}(?: (?:at) ${CLOCK})?`),
  // "in June", "in June 2014", "since March" - a month alone needs a preposition ("may" is a verb)
  new RegExp(`(?:in|since|during) ${MONTH}(?: \\d{4})?|${MONTH} \\d{4}`),
  /(?:in|since|during) (?:1[89]|20)\d{2}\b/,
  // "in late February", "mid-2013", "early 2014": a part of a month or a year
  new RegExp(PART_OF_PERIOD),
  // "yesterday morning", "overnight", "late last night", "earlier today"
  new RegExp(
    `(?:(?:earlier|later) )?(?:the day before yesterday|yesterday|today|tonight|tomorrow|overnight|last night)(?: ${PART})?(?: at ${CLOCK})?`,
  ),
  // "at 3pm on Friday", "noon local time on Saturday"
  new RegExp(
    `(?:at )?${CLOCK}(?: local time)?(?:,? (?:on )?(?:yesterday|today|${WEEKDAY})|,? on ${SHORT_WEEKDAY})?`,
  ),
  new RegExp(`(?:(?:earlier|later) )?this (?:${PART}|week|month|year)`),
  /last (?:week|month|year|weekend)/,
  // Ahead of publication: "next week", "later this month", "by the end of the year"
  /(?:next|later this|by the end of (?:the|this|next)) (?:week|month|year)/,
  // "on the night of 7 March", "the morning of Friday"
  new RegExp(`(?:on )?the ${PART} of (?:${DATE}|${WEEKDAY})`),
  // "between 2014 and 2019", "from 3 March to 5 March", "between June and August 2020"
  new RegExp(
    `(?:between|from) (?:${DATE}|${MONTH}(?: \\d{4})?|(?:1[89]|20)\\d{2}) (?:and|to|until) (?:${DATE}|${MONTH}(?: \\d{4})?|(?:1[89]|20)\\d{2})`,
  ),
  new RegExp(`(?:(?:in|over|during|within) )?the (?:past|last) (?:${NUMBER} )?${UNIT}`),
  new RegExp(`${NUMBER} ${UNIT} (?:ago|earlier|later|before|(?:to the day )?after)`),
  /the day (?:before|after)/,
  /earlier in the (?:week|month|year)/,
  // Vague counts the resolver rejects, found so that the editor is told: "a few days earlier".
  new RegExp(`(?:a few|a couple of|several) ${UNIT} (?:ago|earlier|later|before|after)|recently`),
];

const RELATIVE = /\b(?:earlier|later|before|after)$/;

/**
 * Words before time words that make them vaguer but do not change the day: "early Monday", "late
 * last month", "about 90 minutes later", "minutes before noon". They belong to the mention (the
 * headline must not keep a stray "about"); "about" and its kin only before a count, "minutes
 * before" only before a clock time, so "talks about Friday's vote" keeps its "about".
 */
const QUALIFIER = `(?:(?:early|late) |(?:about|around|nearly|almost|roughly|some) (?=(?:${NUMBER}) )|(?:just|shortly|minutes|moments) (?:before|after) (?=(?:at )?(?:\\d|noon|midday)))`;
const QUALIFIED =
  /^(early|late|about|around|nearly|almost|roughly|some|(?:just|shortly|minutes|moments) (before|after)) (.+)$/i;
const HOUR = 3_600_000;

export interface FindOptions {
  /** Publication instant, ISO 8601 with offset. */
  reference: string;
  timeZone: string;
  /** Reference for expressions that count from another event ("two days earlier"), if known. */
  anchor?: string;
  /** Passed to `resolveWhen`: which way words without a year or day look. */
  direction?: 'past' | 'future';
}

/** Every time expression in `text`, left to right, non-overlapping, longest first. */
export function findTimeExpressions(text: string, options: FindOptions): TimeMention[] {
  const candidates = collectCandidates(text);
  const chosen: { start: number; end: number }[] = [];
  for (const candidate of candidates.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (chosen.some((c) => candidate.start < c.end && c.start < candidate.end)) continue;
    chosen.push(candidate);
  }
  const mentions = chosen
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => {
      const mention = resolveMention(text.slice(start, end), start, end, options);
      return mention && countsFromWhatFollows(mention, text.slice(end));
    })
    .filter((mention): mention is TimeMention => mention !== undefined);
  return withClockTimes(mentions, text, options);
}

/**
 * "a train derailment Saturday morning at about 4:15 a.m. local time" (Wikinews): a clock time
 * right after a day's words is that day's, the last such time by the end of what they name - one
 * mention, not the morning (06:00-12:00, which 04:15 is not in) and a stray clock time.
 */
function withClockTimes(mentions: TimeMention[], text: string, options: FindOptions) {
  const merged: TimeMention[] = [];
  for (const mention of mentions) {
    const day = merged.at(-1);
    const gap =
      day && /^,?\s+(?:at\s+)?(?:(about|around)\s+)?$/i.exec(text.slice(day.end, mention.start));
    const [dayWhen, clock] = [
      day?.result.ok && day.result.when,
      mention.result.ok && mention.result.when,
    ];
    if (
      gap &&
      dayWhen &&
      clock &&
      dayWhen.end &&
      /^(?:day|part-of-day)$/.test(dayWhen.precision) &&
      toTheHour(clock) &&
      !day!.relative
    ) {
      const at = resolveWhen(mention.text, {
        reference: dayWhen.end,
        timeZone: options.timeZone,
        direction: 'past',
      });
      if (at.ok && parseInstant(at.when.start) >= parseInstant(dayWhen.start) - 86_400_000) {
        const words = text.slice(day!.start, mention.end);
        const when = gap[1] ? vaguer(at.when, 'about', options.timeZone) : at.when;
        merged[merged.length - 1] = {
          text: words,
          start: day!.start,
          end: mention.end,
          relative: false,
          result: { ok: true, when: { ...when, text: words, resolvedAgainst: options.reference } },
        };
        continue;
      }
    }
    merged.push(mention);
  }
  return merged;
}

function collectCandidates(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const pattern of PATTERNS) {
    const global = new RegExp(
      `(?<![\\w-]|\\d\\.)${QUALIFIER}?(?:${pattern.source})(?![\\w-])`,
      'gi',
    );
    for (const match of text.matchAll(global)) {
      found.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

/**
 * Resolves one candidate; words the resolver does not know are trimmed from the front ("since"
 * stays - the resolver knows it) before giving up.
 */
function resolveMention(
  words: string,
  start: number,
  end: number,
  options: FindOptions,
): TimeMention | undefined {
  const relative = RELATIVE.test(words.toLowerCase()) && !/\bago$/i.test(words);
  const reference = relative && options.anchor ? options.anchor : options.reference;
  const resolve = (phrase: string, at = reference) =>
    resolveWhen(phrase, {
      reference: at,
      timeZone: options.timeZone,
      ...(options.direction ? { direction: options.direction } : {}),
    });
  const result = resolve(words);
  if (result.ok) {
    return { text: words, start, end, result: { ok: true, when: result.when }, relative };
  }
  // The words, read as `when` (a part of the period they name, or vaguer than it).
  const resolvedAs = (when: When) => ({
    text: words,
    start,
    end,
    result: { ok: true as const, when: { ...when, text: words } },
    relative,
  });
  // "in late February", "mid-2013": the period's words resolved, then the part of it kept.
  const part = partOfPeriod(words);
  const whole = part && resolve(part.period);
  if (part && whole?.ok) {
    let when = half(whole.when, part.part, options.timeZone);
    // "in late June" in a 10 June story: June has begun, its late half has not; looking back, it
    // is last June's, as "10 June" in a 2 June story is last year's. A year given stays.
    const ahead = parseInstant(when.start) > parseInstant(reference);
    if (ahead && options.direction !== 'future' && !/\d/.test(part.period)) {
      const before = toIsoWithOffset(parseInstant(whole.when.start) - 1000, options.timeZone);
      const last = resolve(part.period, before);
      if (last.ok)
        when = { ...half(last.when, part.part, options.timeZone), resolvedAgainst: reference };
    }
    return resolvedAs(when);
  }
  const qualified = QUALIFIED.exec(words);
  const inner = qualified ? resolve(qualified[3]!) : undefined;
  if (inner?.ok) {
    return resolvedAs(vaguer(inner.when, qualified![1]!.toLowerCase(), options.timeZone));
  }
  // A lone clock time or bare month without a day is too weak to report as unresolved noise.
  // A count ("13 years to the day after") is kept for the caller to count or flag.
  if (/^(?:at )?\d/.test(words) && !/\d{4}/.test(words) && !relative) return undefined;
  return { text: words, start, end, result: { ok: false, reason: result.reason }, relative };
}

/**
 * The span of qualified time words. "early" and "late" keep the first or the second half of a day,
 * a part of it, a month or a year ("late Sunday" 12:00-24:00, "late Thursday afternoon"
 * 15:00-18:00, "late last month" from the 16th); other spans stay as they are. A clock time
 * becomes the hour around it ("about 90 minutes later"), before it ("minutes before noon") or
 * after it, as a range - never a minute the text did not give.
 */
function vaguer(when: When, qualifier: string, zone: string): When {
  if (qualifier === 'early' || qualifier === 'late') return half(when, qualifier, zone);
  if (!toTheHour(when)) return when;
  const side = /(before|after)$/.exec(qualifier)?.[1];
  const start = parseInstant(when.start);
  const end = when.end === null ? start : parseInstant(when.end);
  const [from, to] =
    side === 'before'
      ? [start - HOUR, start]
      : side === 'after'
        ? [end, end + HOUR]
        : [
            Math.min(start, (start + end) / 2 - HOUR / 2),
            Math.max(end, (start + end) / 2 + HOUR / 2),
          ];
  return {
    ...when,
    start: toIsoWithOffset(from, zone),
    end: toIsoWithOffset(to, zone),
    precision: 'hour',
  };
}

/**
 * "five days after being displaced by Typhoon Haiyan", "the day after the vote": the count runs
 * from what follows "after"/"before", which the words do not date - not from publication (that
 * put a happening days after the story) nor from the previous dated event. Left unresolved, so
 * the sentence keeps the story's frame and the editor a flag.
 */
function countsFromWhatFollows(mention: TimeMention, rest: string): TimeMention {
  if (!/\b(?:before|after)$/i.test(mention.text) || !/^\s+[\p{L}\d“"]/u.test(rest)) return mention;
  return {
    ...mention,
    fromWhatFollows: true,
    result: {
      ok: false,
      reason: `unresolved: "${mention.text}" counts from what follows it, which has no date here`,
    },
  };
}

/** Whether `when` is known to the hour or finer: a count or a qualifier may widen it. */
export function toTheHour(when: When): boolean {
  return /^(?:minute|instant|hour)$/.test(when.precision);
}
