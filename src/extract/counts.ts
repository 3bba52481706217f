/**
 * Counts from another event: "resumed 35 minutes later" from an earlier time of the same
 * sentence, and any count made no more exact than the event it counts from.
 */
import type { When } from '../model/types.js';
import { parseInstant, toIsoWithOffset } from '../model/zoned.js';
import { findTimeExpressions, toTheHour, type TimeMention } from './time/time-expressions.js';

/** Whether `when` is dated to a day or finer: what "two days later" may count from. */
export function datesADay(when: When): boolean {
  return /^(?:day|part-of-day|hour|minute|instant)$/.test(when.precision);
}

/**
 * "halted at 21:14 and resumed 35 minutes later": a count from another event uses an earlier time
 * of the same sentence, dated to a day or finer, when there is one; else it stays resolved against
 * the story's latest such event (`previous`). Either way it is made no more exact than its anchor.
 */
export function countFrom(
  mention: TimeMention,
  before: readonly TimeMention[],
  previous: When | undefined,
  timeZone: string,
): TimeMention {
  // "on Thursday, two days after the army chief imposed martial law" counts from the clause after
  // it, not from Thursday (see counted-back.ts).
  if (!mention.relative || mention.fromWhatFollows) return mention;
  const anchor = before
    .filter((m) => m.result.ok && !m.relative && datesADay(m.result.when))
    .at(-1);
  if (anchor?.result.ok) {
    const found = findTimeExpressions(mention.text, {
      reference: anchor.result.when.start,
      timeZone: timeZone,
    })[0];
    if (!found?.result.ok) return mention;
    const when = fromAnchor(found.result.when, anchor.result.when, timeZone);
    return { ...mention, result: { ok: true, when: { ...when, text: mention.text } } };
  }
  if (!previous) return forwardFromPublication(mention);
  if (!mention.result.ok || mention.result.when.resolvedAgainst !== previous.start) return mention;
  return {
    ...mention,
    result: { ok: true, when: fromAnchor(mention.result.when, previous, timeZone) },
  };
}

/**
 * "He says 20 minutes later the large earthquake hit" (VOA, Pakistan), with no earlier time in the
 * story: "later" counted from publication put the quake 20 minutes after the story, a minute no
 * one gave. A count forward from publication has nothing to count from; it is left unresolved, so
 * the sentence keeps the frame and the editor a flag. A count back ("two days earlier") stays.
 */
function forwardFromPublication(mention: TimeMention): TimeMention {
  const { result } = mention;
  const from = result.ok ? result.when.resolvedAgainst : undefined;
  if (!result.ok || !from || parseInstant(result.when.start) <= parseInstant(from)) return mention;
  return {
    ...mention,
    result: {
      ok: false,
      reason: `unresolved: "${mention.text}" counts forward from no earlier time in the story`,
    },
  };
}

/**
 * A count from an event ("about 90 minutes later") is as exact as the event it counts from: from
 * "early Monday", a day, it is that day moved by the count - not 01:30, a minute nobody gave.
 * Counts from a time of day, and counts in days or more from a day, are left as resolved.
 */
function fromAnchor(when: When, anchor: When, zone: string): When {
  if (toTheHour(anchor) || !/^(?:minute|instant|hour|range)$/.test(when.precision)) return when;
  if (when.precision === 'range' && !when.text?.match(/\b(?:minute|hour)s?\b/i)) return when;
  const from = parseInstant(anchor.start);
  const to = anchor.end === null ? from : parseInstant(anchor.end);
  const offset = parseInstant(when.start) - from;
  const length = (when.end === null ? 0 : parseInstant(when.end)) - parseInstant(when.start);
  return {
    ...when,
    start: toIsoWithOffset(from + offset, zone),
    end: toIsoWithOffset(to + offset + Math.max(0, length), zone),
    precision: 'range',
  };
}
