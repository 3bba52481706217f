/**
 * "on Thursday, two days after the army chief imposed martial law", "Friday's verdict came 13
 * years to the day after Simpson was found not guilty": the count runs from the clause after
 * "after", which the words do not date - but the sentence's own time does. Counted back from it,
 * that clause is an event of its own ("The army chief imposed martial law", Tuesday), flagged as
 * counted. Only "after" with a finite verb in what follows, and only from time words of the same
 * sentence dated to a day or finer; else the count stays unresolved and flagged, as before.
 */
import type { TimelineEvent, When } from '../model/types.js';
import { addDays, addMonthsClamped } from '../model/calendar.js';
import { createEvent } from '../model/create-event.js';
import { parseInstant, zonedParts } from '../model/zoned.js';
import { datesADay } from './counts.js';
import type { ExtractionFlag } from './extract-timeline.js';
import { readVerbs } from './happenings.js';
import { makeHeadline } from './headline.js';
import type { Sentence } from './sentences.js';
import { resolveWhen } from './time/resolve-when.js';
import { formatDay } from './time/spans.js';
import { toTheHour, type TimeMention } from './time/time-expressions.js';
import { parseCount } from './time/words.js';

export interface CountedBack {
  mention: TimeMention;
  /** Offsets, in the searched text, of the clause the count runs from. */
  start: number;
  end: number;
  when: When;
  /** The time words it was counted back from ("on Thursday"). */
  from: string;
}

const COUNT = /^(\S+) (minute|hour|day|week|month|year)s? (to the day )?after$/i;

/** The clause after each "N units after" of `mentions` that the sentence's own time dates. */
export function countedBack(
  text: string,
  mentions: readonly TimeMention[],
  timeZone: string,
): CountedBack[] {
  return mentions.flatMap((mention) => {
    const count = mention.fromWhatFollows ? COUNT.exec(mention.text) : null;
    const clause = count && /^\s+([^,;:.!?“”"]+)/.exec(text.slice(mention.end));
    if (!count || !clause || !readVerbs(clause[1]!).happening) return [];
    const start = mention.end + clause[0].length - clause[1]!.length;
    const end = start + clause[1]!.trimEnd().length;
    // "Two days after the army imposed martial law on Wednesday": the clause's own time dates it,
    // it is not the sentence's time to count back from.
    const own = mentions
      .filter((m) => m !== mention && !m.relative && m.result.ok && datesADay(m.result.when))
      .filter((m) => m.end <= start || m.start >= end)
      .at(0);
    if (!own?.result.ok) return [];
    const when = back(own.result.when, count, timeZone);
    if (!when) return [];
    return [{ mention, start, end, when, from: own.text }];
  });
}

/** The own span moved back by the count: a whole day for "to the day", else the resolver's offset. */
function back(own: When, count: RegExpExecArray, zone: string): When | undefined {
  const [, number, written, toTheDay] = count;
  const unit = written!.toLowerCase(); // "13 Years to the Day After": a title's capitals
  const reference = own.start;
  // "three hours after" from "on Thursday": some time from Wednesday 21:00 to Thursday 21:00, not
  // the hour before Thursday's midnight. Counts in hours or minutes need a time of day.
  if (/^(?:minute|hour)$/.test(unit) && !toTheHour(own)) return undefined;
  if (!toTheDay) {
    const result = resolveWhen(`${number} ${unit}s earlier`, { reference, timeZone: zone });
    return result.ok ? { ...result.when, text: count[0] } : undefined;
  }
  const day = zonedParts(parseInstant(reference), zone);
  let n: number;
  try {
    n = parseCount(number!.toLowerCase());
  } catch {
    return undefined; // "a few years to the day after": no day to count back to
  }
  const moved =
    unit === 'year'
      ? addMonthsClamped(day, -12 * n)
      : unit === 'month'
        ? addMonthsClamped(day, -n)
        : addDays(day, -n * (unit === 'week' ? 7 : 1));
  const result = resolveWhen(formatDay(moved), { reference, timeZone: zone });
  return result.ok ? { ...result.when, text: count[0] } : undefined;
}

/** The event of a clause counted back from ("The army chief imposed martial law"), with its flag. */
export function countedEvent(
  counted: CountedBack,
  sentence: Sentence,
  idOf: (headline: string) => string,
): { event: TimelineEvent; flag: ExtractionFlag } {
  const headline = makeHeadline(sentence.text, counted, []);
  const event = createEvent(idOf(headline), headline, counted.when, {
    excerpt: { text: sentence.text, start: sentence.start, end: sentence.end },
  });
  const flag: ExtractionFlag = {
    kind: 'relative-time',
    message: `"${counted.mention.text}" was counted back from "${counted.from}" (${counted.when.resolvedAgainst}), the sentence’s own time.`,
    eventId: event.id,
    sentence: { start: sentence.start, end: sentence.end },
    text: counted.mention.text,
  };
  return { event, flag };
}
