/**
 * Splitting a sentence into the pieces that become events ("units"). Only time words make a split
 * worth it: two clauses each with their own time, a time that belongs to an "after"/"before"
 * clause next to an undated main clause, or a time that belongs to the verb of saying.
 */
import type { When } from '../model/types.js';
import type { ExtractionFlagKind } from './extract-timeline.js';
import { readVerbs } from './happenings.js';
import type { TimeMention } from './time/time-expressions.js';

/** A piece of a sentence that becomes one event, with offsets relative to the sentence. */
export interface Unit {
  start: number;
  end: number;
  mention?: TimeMention;
  /** The time words of a verb of saying, when the unit's own are those of what was said. */
  saying?: TimeMention;
  /** A span worked out from the sentence's structure rather than read from time words. */
  derived?: { when: When; flag: ExtractionFlagKind; message: string };
}

/** What splitting needs to know about the story. */
interface Context {
  frame: When;
  options: { published: string };
}

// Only ever used between clauses that each have time words of their own ("halted at 21:14 and
// resumed 35 minutes later"), so a plain "and" is safe here.
const CLAUSE_BREAK = /,\s*(?:while|whereas|but|and)\s|;\s+|\s+and\s+/g;

/**
 * Splits a sentence into the pieces that become events. Only time words make a split worth it:
 * two clauses each with their own time ("on Friday, while another 500 ... overnight"), a time
 * that belongs to an "after"/"before" clause next to an undated main clause, or a time that
 * belongs to the verb of saying ("confirmed on Friday that ... had arrived").
 */
export function unitsOf(sentence: string, mentions: TimeMention[], context: Context): Unit[] {
  const whole: Unit = {
    start: 0,
    end: sentence.length,
    ...(mentions[0] ? { mention: mentions[0] } : {}),
  };
  if (mentions.length === 0) return [whole];
  if (mentions.length > 1) {
    const clauses = clausesOf(sentence);
    const dated = clauses
      .map((clause) => ({
        ...clause,
        mention: mentions.find((m) => m.start >= clause.start && m.end <= clause.end),
      }))
      .filter((clause) => clause.mention !== undefined);
    if (dated.length > 1)
      return dated.map(({ start, end, mention }) => ({
        start,
        end,
        ...(mention ? { mention } : {}),
      }));
    const reported = reportedClauseMention(sentence, mentions);
    return [reported ? { ...whole, mention: reported, saying: mentions[0]! } : whole];
  }
  const mention = mentions[0]!;
  return (
    reportedTimeUnit(sentence, mention, context) ??
    subordinateUnits(sentence, mention, context) ?? [whole]
  );
}

function clausesOf(sentence: string): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let from = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  clauses.push({ start: from, end: sentence.length });
  return clauses;
}

/** An aside the time words sit in: ", which opened", ", founded". */
const ASIDE = /,\s*(?:which|who|whose|founded|built|opened|established)\b[^,]*$/i;

const SAYING_BEFORE = /\b(said|confirmed|told [\w ]+?|reported|announced|claimed|revealed)\s+$/;

/**
 * "KCNA said Thursday that Bae was convicted at a trial two days earlier": Thursday dates the
 * saying; the reported clause's own time words ("two days earlier", counted from Thursday) date
 * what happened (VOA: the conviction was put on Thursday).
 */
function reportedClauseMention(sentence: string, mentions: TimeMention[]): TimeMention | undefined {
  const [first, ...rest] = mentions;
  if (!first || !SAYING_BEFORE.test(sentence.slice(0, first.start))) return undefined;
  if (!/^\s*,?\s*that\b/.test(sentence.slice(first.end))) return undefined;
  // Not the words of an aside or a comparison: "the bridge, which opened in 1990, collapsed",
  // "the worst toll since 2010" date no happening the report tells.
  return rest.find(
    (m) =>
      m.result.ok && !/^since\b/i.test(m.text) && !ASIDE.test(sentence.slice(first.end, m.start)),
  );
}

/**
 * "The Guardian confirmed on Friday that X had arrived": Friday dates the confirmation, and the
 * past perfect says the arrival came before it - sometime in the frame, at the latest by the end of
 * Friday. The event is the arrival, with that honest span.
 */
function reportedTimeUnit(
  sentence: string,
  mention: TimeMention,
  context: Context,
): Unit[] | undefined {
  if (!mention.result.ok) return undefined;
  const before = sentence.slice(0, mention.start);
  const after = sentence.slice(mention.end);
  const verb = SAYING_BEFORE.exec(before);
  if (!verb || !/^\s*,?\s*that\b[^.]*\bhad\s+(?:been\s+)?\w+/.test(after)) return undefined;
  const end = mention.result.when.end ?? context.options.published;
  return [
    {
      start: 0,
      end: sentence.length,
      mention,
      derived: {
        when: {
          start:
            context.frame.start < mention.result.when.start
              ? context.frame.start
              : mention.result.when.start,
          end,
          precision: 'unspecified',
          text: `${verb[1]} ${mention.text}`,
          resolvedAgainst: context.options.published,
        },
        flag: 'reported-time',
        message: `"${verb[1]} ${mention.text}" dates the report, not the happening: it is placed between the start of the story's frame and the end of "${mention.text}".`,
      },
    },
  ];
}

/**
 * "X were responding to a call ... after Isis seized Mosul this week": the time belongs to the
 * "after" clause; the main clause, if it reports a happening, becomes a second event that began no
 * earlier than the dated one (and, for "before", ended no later).
 */
function subordinateUnits(
  sentence: string,
  mention: TimeMention,
  context: Context,
): Unit[] | undefined {
  if (!mention.result.ok) return undefined;
  const link = /\s(after|before)\s/g;
  for (const match of sentence.matchAll(link)) {
    if (match.index > mention.start) continue;
    const mainText = sentence.slice(0, match.index);
    const dated = { start: match.index + match[0].length, end: sentence.length, mention };
    // "The news comes after the minister resigned earlier in the week": only the resignation.
    if (!readVerbs(mainText).happening) return [dated];
    const published = context.options.published;
    const isAfter = match[1] === 'after';
    const when: When = isAfter
      ? {
          start: mention.result.when.start,
          end: published,
          precision: 'unspecified',
          resolvedAgainst: published,
        }
      : {
          start: context.frame.start,
          end: mention.result.when.end ?? published,
          precision: 'unspecified',
          resolvedAgainst: published,
        };
    return [
      {
        start: 0,
        end: match.index,
        derived: {
          when,
          flag: isAfter ? 'after-clause' : 'before-clause',
          message: `No time of its own; it came ${match[1]} "${mention.text}", so it is placed ${isAfter ? 'from the start of that span to publication' : 'from the start of the frame to the end of that span'}.`,
        },
      },
      dated,
    ];
  }
  return undefined;
}

/**
 * "Tuesday is a national holiday, …", "Monday was the deadliest day": time words that are the
 * clause's subject, before a form of "be", say what the day is; nothing in the clause happened on
 * it. The clause is no event (VOA, Bohol: it was headed "Is a national holiday").
 */
export function timeIsSubject(sentence: string, unit: Unit): boolean {
  const { mention } = unit;
  return (
    mention !== undefined &&
    /^[\s“"]*$/.test(sentence.slice(unit.start, mention.start)) &&
    /^\s+(?:is|was|will be|has been|had been|would be)\s/.test(sentence.slice(mention.end))
  );
}
