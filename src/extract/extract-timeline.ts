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
import { inPresentRelative, nounDated, relativeDated } from './attributive.js';
import { countFrom, datesADay } from './counts.js';
import { countedBack, countedEvent } from './counted-back.js';
import { findAttributions } from './attributions.js';
import { findEntities } from './entities.js';
import { allSpeech, readVerbs, unquoted } from './happenings.js';
import { findQuantities } from './quantities.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findTimeExpressions, type TimeMention } from './time/time-expressions.js';
import { makeHeadline } from './headline.js';
import { tenseOf } from './planned.js';
import { titleCase } from './title.js';
import { timeIsSubject, unitsOf, type Unit } from './units.js';

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
  'planned',
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

interface Context {
  text: string;
  options: ExtractOptions;
  frame: When;
  flags: ExtractionFlag[];
  ids: Set<string>;
  knownPeople: Set<string>;
  /** Happenings dated by time words in front of their noun ("the Friday vote"), once each. */
  nouns: Set<string>;
  /**
   * The latest event dated to a day or finer: "two days earlier" counts from its start, and a
   * count of minutes from a day stays a day's width.
   */
  anchor?: When;
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
    nouns: new Set(),
  };
  const sentences = splitSentences(text);
  const events: TimelineEvent[] = [];
  const speech = allSpeech(sentences, text);
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.fragment || speech[index]) continue;
    events.push(...eventsOfSentence(sentence, context));
  }
  const title = options.title ?? titleOf(sentences, text) ?? 'Untitled story';
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
  const found = findTimeExpressions(outside, {
    reference: options.published,
    timeZone: options.timeZone,
    direction: 'past',
    ...(context.anchor ? { anchor: context.anchor.start } : {}),
  })
    .map((m) => ({ ...m, text: sentence.text.slice(m.start, m.end) }))
    // "possible until Friday" ends a state, "Diwali, which occurs Tuesday" describes a noun.
    .filter(
      (m) =>
        !/\b(?:until|till|unti)\s+$/i.test(outside.slice(Math.max(0, m.start - 7), m.start)) &&
        !inPresentRelative(outside, m.start),
    );
  // "from the Wednesday evening quake" dates the quake, not the clause: an event of its own.
  const nouns = found.filter(
    (m) => nounDated(outside, m.start, m.end) ?? relativeDated(outside, m.start),
  );
  // "on Thursday, two days after the army chief imposed martial law": that clause, counted back.
  const counted = countedBack(
    outside,
    found.filter((m) => !nouns.includes(m)),
    options.timeZone,
  );
  const mentions = found
    .filter((m) => !nouns.includes(m) && !counted.some((c) => c.mention === m))
    .map((m, index, all) => countFrom(m, all.slice(0, index), context.anchor, options.timeZone));
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
  const events: TimelineEvent[] = nouns.flatMap((m) => nounEvent(m, sentence, context));
  for (const { event, flag } of counted.map((c) =>
    countedEvent(c, sentence, (h) => uniqueId(h, context.ids)),
  )) {
    events.push(event);
    context.flags.push(flag);
  }
  const ahead = new Set<TimeMention>();
  for (const unit of unitsOf(sentence.text, resolved, context)) {
    const event = buildEvent(sentence, unit, context);
    if (event) events.push(event);
    if (event?.planned && unit.mention) ahead.add(unit.mention);
  }
  // "Two days later" counts from what happened, never from what is planned.
  for (const mention of resolved) {
    if (
      mention.result.ok &&
      !ahead.has(mention) &&
      !mention.relative &&
      datesADay(mention.result.when)
    ) {
      context.anchor = mention.result.when;
    }
  }
  return events;
}

/** "The quake", dated by "the Wednesday evening quake" - the first time the story dates it. */
function nounEvent(mention: TimeMention, sentence: Sentence, context: Context): TimelineEvent[] {
  const text = unquoted(sentence.text);
  const noun = nounDated(text, mention.start, mention.end) ?? relativeDated(text, mention.start)!;
  if (!mention.result.ok || context.nouns.has(noun)) return [];
  context.nouns.add(noun);
  const headline = `The ${noun}`;
  const when = endedByPublication(mention.result.when, context.options.published);
  const excerpt = { text: sentence.text, start: sentence.start, end: sentence.end };
  return [createEvent(uniqueId(headline, context.ids), headline, when, { excerpt })];
}

function buildEvent(sentence: Sentence, unit: Unit, context: Context): TimelineEvent | undefined {
  const unitText = sentence.text.slice(unit.start, unit.end);
  const tense = tenseOf(unitText);
  if (tense === 'cancelled' || timeIsSubject(sentence.text, unit)) return undefined;
  const dated = unit.mention?.result.ok === true;
  // A clause with time words of its own may report its happening in a relative clause.
  const verbs = readVerbs(unitText, { relativeClauses: dated });
  const forward = plannedWhen(unit, tense === 'planned', verbs.happening, context);
  // A dated statement ("said on Friday in a sermon") is itself a happening; an undated one is not.
  if (!forward && !verbs.happening && !(dated && verbs.saying)) return undefined;

  const attribution = findAttributions(sentence.text);
  const headline = makeHeadline(sentence.text, unit, attribution.spans);
  const id = uniqueId(headline, context.ids);
  const { when, flag } = forward
    ? {
        when: forward,
        flag: {
          kind: 'planned' as const,
          message: `Planned or expected: "${unit.mention!.text}" was read forward from publication.`,
          text: unit.mention!.text,
        },
      }
    : whenOf(unit, verbs.ongoing, context);
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
    ...(forward ? { planned: true } : {}),
  });
}

/**
 * The forward span of a planned unit, or undefined. Time words that can only lie ahead ("next
 * week") make any clause planned. A date named without a year can be the last or the next one:
 * when the clause also reports a happening and the last one is nearer publication, the date is
 * that happening's ("Sodhi, who broke a finger on 12 April, is expected to be fit").
 */
function plannedWhen(
  unit: Unit,
  planned: boolean,
  happening: boolean,
  context: Context,
): When | undefined {
  if (aheadOfPublication(unit, context)) return ahead(unit, context);
  if (!planned) return undefined;
  const forward = ahead(unit, context);
  const past = unit.mention?.result.ok ? unit.mention.result.when : undefined;
  if (!forward || !past || !happening) return forward;
  const published = parseInstant(context.options.published);
  const distance = (when: When) => Math.abs(parseInstant(when.start) - published);
  return distance(past) < distance(forward) ? undefined : forward;
}

/** Time words that can only lie ahead ("next week", "tomorrow"), whatever the verb. */
function aheadOfPublication(unit: Unit, context: Context): boolean {
  const result = unit.mention?.result;
  return (
    !unit.derived &&
    result?.ok === true &&
    parseInstant(result.when.start) > parseInstant(context.options.published)
  );
}

/** A planned unit's own time words read forward from publication, if they reach past it. */
function ahead(unit: Unit, context: Context): When | undefined {
  if (!unit.mention || unit.derived || unit.mention.relative) return undefined;
  const { published, timeZone } = context.options;
  // Through the finder, so a part of a period ("in late 2019") is read forward as a whole is.
  const forward = { reference: published, timeZone, direction: 'future' as const };
  const [found] = findTimeExpressions(unit.mention.text, forward);
  const result = found?.end === unit.mention.text.length ? found.result : undefined;
  if (!result?.ok) return undefined;
  const end = result.when.end ?? result.when.start;
  return parseInstant(end) > parseInstant(published) ? result.when : undefined;
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
    // What is still going on ("still searching ... today") had not ended by publication.
    const when = ongoing
      ? mention.result.when
      : endedByPublication(mention.result.when, context.options.published);
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

/**
 * A happening the story reports (not planned, not going on) had happened by its publication:
 * "Addressing the country on Saturday" in a story published on Saturday at noon is sometime that
 * morning, not a day that runs twelve hours past the story. Spans that reach past publication end
 * there, but for a part of the day: "this evening" cut at 19:40 was no evening in words
 * ("between ... 18:00 and 19:40", "16 Jun"), and it reaches past the story by less than a day.
 */
export function endedByPublication(when: When, published: string): When {
  const at = parseInstant(published);
  return when.end !== null &&
    when.precision !== 'part-of-day' &&
    parseInstant(when.start) < at &&
    parseInstant(when.end) > at
    ? { ...when, end: published }
    : when;
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

function titleOf(sentences: Sentence[], text: string): string | undefined {
  const first = sentences[0];
  if (!first || !first.fragment || first.text.split(/\s+/).length < 2) return undefined;
  return titleCase(first.text, text.slice(first.end));
}

function uniqueId(headline: string, ids: Set<string>): string {
  const base = slug(headline.split(/\s+/).slice(0, 7).join(' ')) || 'event';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
