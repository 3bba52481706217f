/**
 * The timeline format, described once and read three ways: `parseTimeline` walks it to validate
 * and copy input, `toJsonSchema` prints it as the JSON Schema editors use, and `Infer` turns it
 * into TypeScript types that are checked against the hand-written contract in types.ts.
 *
 * Why a small hand-written builder rather than zod, valibot, typebox or ajv:
 * - messages: problems are written for the editors who type the JSON ("events[3] ("Kerbala
 *   sermon"): when.start is not a date with a time zone offset"), not as validator error codes;
 * - recovery: one bad event is reported and left out while the rest of the timeline still draws,
 *   which general-purpose validators do not do per array item;
 * - size: the element validates its `data` in the browser, and this costs zero bytes of
 *   dependency in the element's bundle.
 * The schema's depth is fixed, so validation never recurses into whatever junk the input holds.
 */
import { ACTOR_KINDS, EVENT_FIELDS, PRECISIONS, SOURCE_VERBS } from './types.js';
import type {
  Actor,
  Article,
  Correction,
  Era,
  Excerpt,
  MediaItem,
  Place,
  Quantity,
  Source,
  Timeline,
  TimelineEvent,
  When,
} from './types.js';
import { LINK_SCHEMES, LINK_SCHEMES_IN_WORDS, safeHref } from './safe-url.js';
import { isValidTimeZone, parseInstant } from './zoned.js';
import { mediaList, mediaSchema } from './media-schema.js';
import {
  array,
  boolean,
  nullable,
  number,
  object,
  oneOf,
  optional,
  required,
  string,
  withDefault,
  type Check,
  type Infer,
  type SchemaNode,
  type StringNode,
} from './schema-builder.js';

/**
 * The most events one timeline may hold. Data desks load tens of thousands and the element stays
 * smooth at 100,000; past a quarter of a million, a feed is more likely broken than newsworthy.
 */
export const MAX_TIMELINE_EVENTS = 250_000;
/** The most eras one timeline may hold: named spans behind the events, a handful in practice. */
export const MAX_TIMELINE_ERAS = 200;

// ---- field checks ----

/** Same grammar as `parseInstant` in zoned.ts, for editors that check `pattern`. */
export const INSTANT_PATTERN =
  '^([+-]\\d{6}|\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})$';
export const INSTANT_EXAMPLE = '2014-06-13T00:00:00+03:00';

/**
 * `parseInstant` remembering its last two answers: a time span's start and end are each parsed by
 * their own check and then again, together, by the span's order check.
 */
const instantMs = (() => {
  let lastText = '';
  let lastMs = Number.NaN;
  let previousText = '';
  let previousMs = Number.NaN;
  return (text: string): number => {
    if (text === lastText) return lastMs;
    if (text === previousText) return previousMs;
    const ms = parseInstant(text);
    previousText = lastText;
    previousMs = lastMs;
    lastText = text;
    lastMs = ms;
    return ms;
  };
})();

const checkInstant: Check<string> = (value) =>
  Number.isNaN(instantMs(value))
    ? `is not a date with a time zone offset, e.g. ${INSTANT_EXAMPLE}`
    : null;

const checkTimeZone: Check<string> = (value) =>
  isValidTimeZone(value) ? null : 'is not an IANA time zone name such as Asia/Baghdad or UTC';

const checkLanguage: Check<string> = (value) => {
  try {
    Intl.getCanonicalLocales(value);
    return null;
  } catch {
    return 'is not a BCP 47 language tag such as en, ar or en-GB';
  }
};

/** A link: one of safe-url.ts's LINK_SCHEMES, with no whitespace or control characters. */
export const checkLink: Check<string> = (value) =>
  !/[\s\u0000-\u001f\u007f]/.test(value) && safeHref(value) !== undefined
    ? null
    : `is not an ${LINK_SCHEMES_IN_WORDS} link`;

const checkSpanOrder: Check<Record<string, unknown>> = ({ start, end }) =>
  typeof end === 'string' && instantMs(end) < instantMs(start as string)
    ? `ends (${end}) before it starts (${start as string})`
    : null;

const checkOffsetOrder: Check<Record<string, unknown>> = ({ start, end }) =>
  (end as number) < (start as number)
    ? `ends at character ${end} before it starts at ${start}`
    : null;

// ---- the format ----

const instant = (description: string): StringNode =>
  string(description, {
    minLength: 1,
    maxLength: 64,
    tooLong: 'reject',
    check: checkInstant,
    format: 'date-time',
    pattern: INSTANT_PATTERN,
    examples: [INSTANT_EXAMPLE],
  });
const timeZone = (description: string): StringNode =>
  string(description, { minLength: 1, maxLength: 64, tooLong: 'reject', check: checkTimeZone });
const link = (description: string): StringNode =>
  string(
    `${description} Only ${LINK_SCHEMES.slice(0, -1).join(', ')} and ${LINK_SCHEMES.at(-1)} links are kept.`,
    {
      minLength: 1,
      maxLength: 2048,
      tooLong: 'reject',
      check: checkLink,
      format: 'uri',
    },
  );
const words = (description: string, maxLength: number, minLength = 0): StringNode =>
  string(description, { minLength, maxLength });
const list = <I extends SchemaNode>(items: I, itemNoun: string, description: string) =>
  withDefault(array(items, description, { itemNoun, maxItems: 100 }), []);

export const whenSchema = object(
  {
    start: required(instant('Earliest the event can have begun, ISO 8601 with offset.')),
    end: required(
      nullable(instant('Latest the event can have ended, ISO 8601 with offset; null if ongoing.')),
    ),
    precision: required(oneOf(PRECISIONS, 'How precisely the words pin the time down.')),
    text: optional(words('The words as written in the source: "on Friday".', 500)),
    resolvedAgainst: optional(instant('The instant the words were resolved against.')),
    timeZone: optional(timeZone("IANA zone the words were read in, if not the timeline's.")),
  },
  'A time span: start and end instants (start = end for an exact instant) and its precision.',
  { name: 'When', noun: 'time span', check: checkSpanOrder },
);

export const placeSchema = object(
  {
    name: required(words('Name of the place: "Mosul".', 300, 1)),
    admin: optional(words('Province, state or region: "Diyala province".', 300)),
    country: optional(words('Country.', 300)),
    coordinates: optional(
      object(
        {
          lat: required(number('Latitude in degrees.', { minimum: -90, maximum: 90 })),
          lon: required(number('Longitude in degrees.', { minimum: -180, maximum: 180 })),
        },
        'WGS 84 coordinates.',
        { noun: 'coordinate pair' },
      ),
    ),
  },
  'A place the event happened in or concerns.',
  { name: 'Place', noun: 'place' },
);

export const actorSchema = object(
  {
    name: required(words('Name of the person or group.', 300, 1)),
    kind: required(oneOf(ACTOR_KINDS, 'What kind of actor this is.')),
    role: optional(words('Role in this story: "Iraqi prime minister".', 500)),
  },
  'A person or group taking part in the event.',
  { name: 'Actor', noun: 'actor' },
);

export const quantitySchema = object(
  {
    value: required(number('The number, for sorting and scales.')),
    unit: required(words('What is counted: "troops".', 100)),
    approximate: required(boolean('True for "about", "hundreds of" and similar.')),
    text: optional(words('The words as written: "2,000", "hundreds of".', 200)),
  },
  'A number reported about the event.',
  { name: 'Quantity', noun: 'quantity' },
);

export const sourceSchema = object(
  {
    who: required(words('Who: a name, or a description of an anonymous source.', 300, 1)),
    named: required(boolean('True when the source is named.')),
    verb: required(oneOf(SOURCE_VERBS, 'What the source did: said, confirmed, ...')),
    outlet: optional(words('Through which outlet: "the Guardian".', 300)),
    url: optional(link('Link to the source.')),
  },
  'Who the information comes from.',
  { name: 'Source', noun: 'source' },
);

export const excerptSchema = object(
  {
    text: required(words('The sentence of the article.', 5000)),
    start: required(
      number('Offset of its first character in article.text.', { integer: true, minimum: 0 }),
    ),
    end: required(number('Offset just past its last character.', { integer: true, minimum: 0 })),
  },
  'The sentence of the article an event comes from, with character offsets into article.text.',
  { name: 'Excerpt', noun: 'excerpt', check: checkOffsetOrder },
);

export const correctionSchema = object(
  {
    at: required(instant('When the correction was made, ISO 8601 with offset.')),
    fields: required(
      array(oneOf(EVENT_FIELDS, 'A field of the event.'), 'The fields it changed.', {
        itemNoun: 'field',
        maxItems: EVENT_FIELDS.length,
      }),
    ),
    note: required(words('For readers: "An earlier version gave the number as 2,000".', 2000, 1)),
  },
  'A correction made after publication.',
  { name: 'Correction', noun: 'correction' },
);

export const eventSchema = object(
  {
    id: required(
      string('Stable id, unique within the timeline.', {
        minLength: 1,
        maxLength: 200,
        tooLong: 'reject',
      }),
    ),
    headline: required(words('One line saying what happened.', 1000, 1)),
    summary: optional(words('A few sentences of context.', 10_000)),
    when: required(whenSchema),
    planned: optional(
      boolean(
        'True when the event had not happened at publication: scheduled, announced or expected. Its span lies ahead.',
      ),
    ),
    places: list(placeSchema, 'place', 'Places, most specific first.'),
    actors: list(actorSchema, 'actor', 'People and groups taking part.'),
    quantities: list(quantitySchema, 'quantity', 'Numbers reported.'),
    sources: list(sourceSchema, 'source', 'Who the information comes from.'),
    tags: list(words('A tag.', 100, 1), 'tag', 'Free-form tags.'),
    category: optional(words('Category used for colour and filtering.', 100)),
    excerpt: optional(excerptSchema),
    url: optional(link('Link to more about the event.')),
    media: mediaList('Pictures, video or audio shown with the event, first one first.'),
    updated: optional(instant('When the event was last revised.')),
    corrections: optional(
      array(correctionSchema, 'Corrections since publication, oldest first.', {
        itemNoun: 'correction',
        maxItems: 100,
      }),
    ),
  },
  'One event of the story.',
  { name: 'Event', noun: 'event' },
);

export const eraSchema = object(
  {
    label: required(words('Name of the span: "the fall of Mosul".', 300, 1)),
    when: required(whenSchema),
  },
  'A named span drawn behind the events.',
  { name: 'Era', noun: 'era' },
);

export const articleSchema = object(
  {
    text: required(words('Full article text that excerpt offsets point into.', 2_000_000)),
    headline: optional(words('Headline of the article.', 1000)),
    outlet: optional(words('Publisher.', 300)),
    url: optional(link('Link to the article.')),
  },
  'The article the events were read from.',
  { name: 'Article', noun: 'article' },
);

/** Fallback for a missing publication time: the latest instant any event reaches. */
function latestEventInstant(read: Readonly<Record<string, unknown>>): string {
  let latest = '1970-01-01T00:00:00Z';
  let latestMs = 0;
  for (const event of (read.events as TimelineEvent[] | undefined) ?? []) {
    for (const iso of [event.when.start, event.when.end]) {
      if (iso === null) continue;
      const ms = parseInstant(iso);
      if (ms > latestMs) [latest, latestMs] = [iso, ms];
    }
  }
  return latest;
}

export const timelineSchema = object(
  {
    id: withDefault(
      string('Id of the timeline.', { minLength: 1, maxLength: 200, tooLong: 'reject' }),
      'timeline',
      true,
    ),
    title: withDefault(words('Title of the timeline.', 1000), '', true),
    summary: optional(words('A few sentences introducing the story.', 10_000)),
    media: mediaList('The picture the story opens with, shown on the title card.'),
    language: withDefault(
      string('BCP 47 language of the data: "en", "ar".', {
        minLength: 1,
        maxLength: 35,
        tooLong: 'reject',
        check: checkLanguage,
      }),
      'und',
      true,
    ),
    published: withDefault(
      instant(
        'Publication time of the story, the reference for relative dates. Defaults to the latest event time.',
      ),
      latestEventInstant,
      true,
    ),
    idDefaulted: optional(
      boolean(
        'True when id was not given (or unusable) and was filled in: the data does not name its story, so a later version is not an update of it.',
      ),
    ),
    publishedDefaulted: optional(
      boolean(
        'True when published was not given and was filled in from the events: not shown as the publication time.',
      ),
    ),
    timeZone: withDefault(
      timeZone('IANA time zone the times are read and labelled in: "Asia/Baghdad".'),
      'UTC',
      true,
    ),
    events: required(
      array(eventSchema, 'The events, in any order.', {
        itemNoun: 'event',
        maxItems: MAX_TIMELINE_EVENTS,
        uniqueKey: 'id',
        subject: { labelKey: 'headline', idKey: 'id' },
      }),
    ),
    eras: withDefault(
      array(eraSchema, 'Named spans drawn behind the events.', {
        itemNoun: 'era',
        maxItems: MAX_TIMELINE_ERAS,
        subject: { labelKey: 'label' },
      }),
      [],
    ),
    article: optional(articleSchema),
    updated: optional(instant('When the timeline was last revised, ISO 8601 with offset.')),
  },
  'A news story as a timeline of events.',
  { name: 'Timeline', noun: 'timeline' },
);

// ---- the schema and the contract cannot drift ----

type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _checks: [
  Equals<Infer<typeof whenSchema>, When>,
  Equals<Infer<typeof placeSchema>, Place>,
  Equals<Infer<typeof actorSchema>, Actor>,
  Equals<Infer<typeof quantitySchema>, Quantity>,
  Equals<Infer<typeof sourceSchema>, Source>,
  Equals<Infer<typeof excerptSchema>, Excerpt>,
  Equals<Infer<typeof mediaSchema>, MediaItem>,
  Equals<Infer<typeof correctionSchema>, Correction>,
  Equals<Infer<typeof eventSchema>, TimelineEvent>,
  Equals<Infer<typeof eraSchema>, Era>,
  Equals<Infer<typeof articleSchema>, Article>,
  Equals<Infer<typeof timelineSchema>, Timeline>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
void _checks;
