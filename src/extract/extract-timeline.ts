/**
 * From article text to a draft timeline: one proposed event per sentence (or clause) that reports
 * a datable happening, each with the span its own time words allow - resolved by the project's
 * `resolveWhen` against the publication instant - or, when it has none, the story's frame with an
 * honest wide span and a flag saying so. A draft for an editor, never a finished timeline: every
 * guess that the text does not support is flagged.
 */
import { resolveWhen } from './time/resolve-when.js';
import { createEvent } from '../model/create-event.js';
import { slug } from '../model/slug.js';
import type { Actor, Place, Timeline, TimelineEvent, When } from '../model/types.js';
import { isValidTimeZone, parseInstant } from '../model/zoned.js';
import { findAttributions } from './attributions.js';
import { findEntities } from './entities.js';
import { readVerbs, unquoted } from './happenings.js';
import { findQuantities } from './quantities.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findTimeExpressions, type TimeMention } from './time/time-expressions.js';
import { makeHeadline } from './headline.js';

export interface ExtractOptions {
  /** Publication instant, ISO 8601 with offset: the reference every time word is read against. */
  published: string;
  /** IANA zone the story's times are read in: "Asia/Baghdad". */
  timeZone: string;
  /** BCP 47 language of the text; only English ("en") has rules today. */
  language?: string;
  /** Title of the timeline; by default the article's first line when it reads as a headline. */
  title?: string;
}

export const FLAG_KINDS = [
  'inherited-frame',
  'unresolved-time',
  'relative-time',
  'reported-time',
  'after-clause',
  'before-clause',
  'ongoing',
  'unsupported-language',
] as const;
export type ExtractionFlagKind = (typeof FLAG_KINDS)[number];

/** Something an editor should check: a guess the extractor made, or words it could not read. */
export interface ExtractionFlag {
  kind: ExtractionFlagKind;
  message: string;
  /** The event the flag is about, if any. */
  eventId?: string;
  /** Offsets of the sentence in the article text. */
  sentence?: { start: number; end: number };
  /** The words concerned ("two days earlier", "early June"). */
  text?: string;
}

export interface ExtractResult {
  timeline: Timeline;
  flags: ExtractionFlag[];
}

/** A piece of a sentence that becomes one event, with offsets relative to the sentence. */
interface Unit {
  start: number;
  end: number;
  mention?: TimeMention;
  /** A span worked out from the sentence's structure rather than read from time words. */
  derived?: { when: When; flag: ExtractionFlagKind; message: string };
}

interface Context {
  text: string;
  options: ExtractOptions;
  frame: When;
  flags: ExtractionFlag[];
  ids: Set<string>;
  knownPeople: Set<string>;
  /** Start of the latest event dated to a day or finer: what "two days earlier" counts from. */
  anchor?: string;
}

export function extractTimeline(text: string, options: ExtractOptions): ExtractResult {
  if (Number.isNaN(parseInstant(options.published))) {
    throw new RangeError(`published is not an ISO 8601 instant with offset: ${options.published}`);
  }
  if (!isValidTimeZone(options.timeZone)) {
    throw new RangeError(`unknown time zone: ${options.timeZone}`);
  }
  const language = options.language ?? 'en';
  const flags: ExtractionFlag[] = [];
  if (!/^en\b/i.test(language)) {
    flags.push({
      kind: 'unsupported-language',
      message: `Only English rules exist; "${language}" text was read with them anyway.`,
    });
  }
  const context: Context = {
    text,
    options,
    frame: storyFrame(options),
    flags,
    ids: new Set(),
    knownPeople: new Set(),
  };
  const sentences = splitSentences(text);
  const events: TimelineEvent[] = [];
  for (const sentence of sentences) {
    if (sentence.fragment) continue;
    events.push(...eventsOfSentence(sentence, context));
  }
  const title = options.title ?? titleOf(sentences) ?? 'Untitled story';
  return {
    timeline: {
      id: slug(title) || 'timeline',
      title,
      language,
      published: options.published,
      timeZone: options.timeZone,
      events,
      eras: [],
      article: { text, headline: title },
    },
    flags,
  };
}

/**
 * The honest span of an event the text gives no time for: the ISO week of publication (Monday
 * 00:00 on the story's wall clock) up to publication - what the resolver calls "this week". News
 * reports mostly what happened in the days before it; anything older is normally dated.
 */
function storyFrame(options: ExtractOptions): When {
  const week = resolveWhen('this week', {
    reference: options.published,
    timeZone: options.timeZone,
  });
  if (!week.ok) throw new RangeError(week.reason);
  return {
    start: week.when.start,
    end: options.published,
    precision: 'unspecified',
    resolvedAgainst: options.published,
  };
}

function eventsOfSentence(sentence: Sentence, context: Context): TimelineEvent[] {
  const { options } = context;
  const outside = unquoted(sentence.text);
  const mentions = findTimeExpressions(outside, {
    reference: options.published,
    timeZone: options.timeZone,
    ...(context.anchor ? { anchor: context.anchor } : {}),
  }).map((m) => ({ ...m, text: sentence.text.slice(m.start, m.end) }));
  for (const mention of mentions) {
    if (!mention.result.ok) {
      context.flags.push({
        kind: 'unresolved-time',
        message: `Could not resolve "${mention.text}" (${mention.result.reason}); the sentence was given the story's frame.`,
        sentence: { start: sentence.start, end: sentence.end },
        text: mention.text,
      });
    }
  }
  const resolved = mentions.filter((m) => m.result.ok);
  const events: TimelineEvent[] = [];
  for (const unit of unitsOf(sentence.text, resolved, context)) {
    const event = buildEvent(sentence, unit, context);
    if (event) events.push(event);
  }
  for (const mention of resolved) {
    if (
      mention.result.ok &&
      !mention.relative &&
      /^(?:day|part-of-day|hour|minute|instant)$/.test(mention.result.when.precision)
    ) {
      context.anchor = mention.result.when.start;
    }
  }
  return events;
}

const CLAUSE_BREAK = /,\s*(?:while|whereas|but)\s|;\s+/g;

/**
 * Splits a sentence into the pieces that become events. Only time words make a split worth it:
 * two clauses each with their own time ("on Friday, while another 500 ... overnight"), a time
 * that belongs to an "after"/"before" clause next to an undated main clause, or a time that
 * belongs to the verb of saying ("confirmed on Friday that ... had arrived").
 */
function unitsOf(sentence: string, mentions: TimeMention[], context: Context): Unit[] {
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
    return [whole];
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
  const verb = /\b(said|confirmed|told [\w ]+?|reported|announced|claimed|revealed)\s+$/.exec(
    before,
  );
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
    if (!readVerbs(mainText).happening) return undefined;
    const dated = mention.result.when;
    const published = context.options.published;
    const isAfter = match[1] === 'after';
    const when: When = isAfter
      ? { start: dated.start, end: published, precision: 'unspecified', resolvedAgainst: published }
      : {
          start: context.frame.start,
          end: dated.end ?? published,
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
      { start: match.index + match[0].length, end: sentence.length, mention },
    ];
  }
  return undefined;
}

function buildEvent(sentence: Sentence, unit: Unit, context: Context): TimelineEvent | undefined {
  const unitText = sentence.text.slice(unit.start, unit.end);
  const verbs = readVerbs(unitText);
  const dated = unit.mention?.result.ok === true;
  // A dated statement ("said on Friday in a sermon") is itself a happening; an undated one is not.
  if (!verbs.happening && !(dated && verbs.saying)) return undefined;

  const attribution = findAttributions(sentence.text);
  const headline = makeHeadline(sentence.text, unit, attribution.spans);
  const id = uniqueId(headline, context.ids);
  const { when, flag } = whenOf(unit, verbs.ongoing, context);
  if (flag)
    context.flags.push({
      ...flag,
      eventId: id,
      sentence: { start: sentence.start, end: sentence.end },
    });

  const entities = findEntities(unitText, context.knownPeople);
  for (const person of entities.people) context.knownPeople.add(person.split(' ').at(-1)!);
  const outlets = new Set(
    attribution.sources.flatMap((s) => (s.outlet ? [s.outlet.replace(/^the /i, '')] : [])),
  );
  const actors: Actor[] = [
    ...entities.people.map((name): Actor => ({ name, kind: 'person' })),
    ...entities.organisations.filter((o) => !outlets.has(o.name.replace(/^The /, ''))),
    ...entities.groups,
    ...subjectCountry(unitText, entities.countries),
  ];
  return createEvent(id, headline, when, {
    places: entities.places.filter(
      (p: Place) => !actors.some((a) => a.name === p.name && a.kind !== 'country'),
    ),
    actors: dedupeActors(actors),
    quantities: findQuantities(unitText),
    sources: attribution.sources,
    excerpt: { text: sentence.text, start: sentence.start, end: sentence.end },
  });
}

function whenOf(
  unit: Unit,
  ongoing: boolean,
  context: Context,
): { when: When; flag?: Omit<ExtractionFlag, 'eventId' | 'sentence'> } {
  if (unit.derived) {
    return {
      when: unit.derived.when,
      flag: { kind: unit.derived.flag, message: unit.derived.message },
    };
  }
  const mention = unit.mention;
  if (mention?.result.ok) {
    const when = mention.result.when;
    if (mention.relative && mention.result.when.resolvedAgainst !== context.options.published) {
      return {
        when,
        flag: {
          kind: 'relative-time',
          message: `"${mention.text}" was counted from the previous dated event (${when.resolvedAgainst}), not from publication.`,
          text: mention.text,
        },
      };
    }
    return { when };
  }
  const frame = ongoing ? { ...context.frame, end: null } : context.frame;
  return {
    when: frame,
    flag: {
      kind: ongoing ? 'ongoing' : 'inherited-frame',
      message: ongoing
        ? 'No time words; reported as still going on, so it spans the story’s frame with an open end.'
        : 'No time words of its own; given the story’s frame (the week of publication up to publication).',
    },
  };
}

/** "Iran has sent ...": a country that is the clause's subject acts in it. */
function subjectCountry(text: string, countries: string[]): Actor[] {
  const subject =
    /^\s*(?:[A-Z][a-z]+,\s*)?([A-Z][a-z]+)\s+(?:has|have|had|was|were|is|\w+ed)\b/.exec(
      text.replace(/\u00a0/g, ' '),
    );
  const name = subject?.[1];
  return name && countries.includes(name) ? [{ name, kind: 'country' }] : [];
}

function dedupeActors(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((actor) => {
    const key = actor.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function titleOf(sentences: Sentence[]): string | undefined {
  const first = sentences[0];
  if (!first || !first.fragment || first.text.split(/\s+/).length < 2) return undefined;
  const title = first.text.trim();
  if (title !== title.toUpperCase()) return title;
  const lower = title.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function uniqueId(headline: string, ids: Set<string>): string {
  const base = slug(headline.split(/\s+/).slice(0, 7).join(' ')) || 'event';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
