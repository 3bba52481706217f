/**
 * The timeline format, described once and read three ways: `parseTimeline` walks it to validate
 * and copy input, `toJsonSchema` prints it as the JSON Schema editors use (with the English words
 * of schema-descriptions.ts and the `$defs` names and string keywords of json-schema.ts, which the
 * page bundle does not carry), and `Infer` turns it into TypeScript types that are checked against
 * the hand-written contract in types.ts.
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
import { LINK_SCHEMES_IN_WORDS, safeHref } from './safe-url.js';
import { isValidTimeZone, parseInstant } from './zoned.js';
import { mediaList, mediaSchema } from './media-schema.js';
import {
  array,
  boolean,
  exactText,
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
} from './schema-builder.js';

/**
 * The most events one timeline may hold. Data desks load tens of thousands and the element stays
 * smooth at 100,000; past a quarter of a million, a feed is more likely broken than newsworthy.
 */
export const MAX_TIMELINE_EVENTS = 250_000;
/** The most eras one timeline may hold: named spans behind the events, a handful in practice. */
export const MAX_TIMELINE_ERAS = 200;
/** Characters a link (a source's `url`) may have. */
export const MAX_LINK_LENGTH = 2048;
/** Items an event's list (places, actors, quantities, sources, ...) may have. */
export const MAX_LIST_ITEMS = 100;

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

export const checkInstant: Check<string> = (value) =>
  isNaN(instantMs(value)) ? `is not a date with a time zone offset, e.g. ${INSTANT_EXAMPLE}` : null;

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
  !/[\s\0-\x1f\x7f]/.test(value) && safeHref(value) !== undefined
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

// One node per kind of value, shared by its fields (and so read by one reader).
const instant = exactText(64, checkInstant);
const timeZone = exactText(64, checkTimeZone);
const link = exactText(MAX_LINK_LENGTH, checkLink);
const id = exactText(200);
const yesOrNo = boolean();
const list = <I extends SchemaNode>(items: I, itemNoun: string) =>
  withDefault(array(items, { itemNoun, maxItems: MAX_LIST_ITEMS }), []);

export const whenSchema = object(
  {
    start: required(instant),
    end: required(nullable(instant)),
    precision: required(oneOf(PRECISIONS)),
    text: optional(string(500)),
    resolvedAgainst: optional(instant),
    timeZone: optional(timeZone),
  },
  { noun: 'a time span', check: checkSpanOrder },
);

export const placeSchema = object(
  {
    name: required(string(300, 1)),
    admin: optional(string(300)),
    country: optional(string(300)),
    coordinates: optional(
      object(
        {
          lat: required(number({ minimum: -90, maximum: 90 })),
          lon: required(number({ minimum: -180, maximum: 180 })),
        },
        { noun: 'a coordinate pair' },
      ),
    ),
  },
  { noun: 'a place' },
);

export const actorSchema = object(
  {
    name: required(string(300, 1)),
    kind: required(oneOf(ACTOR_KINDS)),
    role: optional(string(500)),
  },
  { noun: 'an actor' },
);

export const quantitySchema = object(
  {
    value: required(number()),
    unit: required(string(100)),
    approximate: required(yesOrNo),
    text: optional(string(200)),
  },
  { noun: 'a quantity' },
);

export const sourceSchema = object(
  {
    who: required(string(300, 1)),
    named: required(yesOrNo),
    verb: required(oneOf(SOURCE_VERBS)),
    outlet: optional(string(300)),
    url: optional(link),
  },
  { noun: 'a source' },
);

/** A character offset into the article text. */
const offset = number({ integer: true, minimum: 0 });

export const excerptSchema = object(
  {
    text: required(string(5000)),
    start: required(offset),
    end: required(offset),
  },
  { noun: 'an excerpt', check: checkOffsetOrder },
);

export const correctionSchema = object(
  {
    at: required(instant),
    fields: required(
      array(oneOf(EVENT_FIELDS), { itemNoun: 'field', maxItems: EVENT_FIELDS.length }),
    ),
    note: required(string(2000, 1)),
  },
  { noun: 'a correction' },
);

export const eventSchema = object(
  {
    id: required(id),
    headline: required(string(1000, 1)),
    summary: optional(string(10_000)),
    when: required(whenSchema),
    planned: optional(yesOrNo),
    places: list(placeSchema, 'place'),
    actors: list(actorSchema, 'actor'),
    quantities: list(quantitySchema, 'quantity'),
    sources: list(sourceSchema, 'source'),
    tags: list(string(100, 1), 'tag'),
    category: optional(string(100)),
    excerpt: optional(excerptSchema),
    url: optional(link),
    media: mediaList,
    updated: optional(instant),
    corrections: optional(array(correctionSchema, { itemNoun: 'correction', maxItems: 100 })),
  },
  { noun: 'an event' },
);

export const eraSchema = object(
  {
    label: required(string(300, 1)),
    when: required(whenSchema),
  },
  { noun: 'an era' },
);

export const articleSchema = object(
  {
    text: required(string(2_000_000)),
    headline: optional(string(1000)),
    outlet: optional(string(300)),
    url: optional(link),
  },
  { noun: 'an article' },
);

/** Fallback for a missing publication time: the latest instant any event reaches. */
function latestEventInstant(read: Readonly<Record<string, unknown>>): string {
  let latest = '1970-01-01T00:00:00Z';
  let latestMs = 0;
  for (const event of (read.events as TimelineEvent[] | undefined) ?? []) {
    for (const iso of [event.when.start, event.when.end]) {
      if (iso === null) continue;
      const ms = parseInstant(iso);
      if (ms > latestMs) {
        latest = iso;
        latestMs = ms;
      }
    }
  }
  return latest;
}

export const timelineSchema = object(
  {
    id: withDefault(id, 'timeline', true),
    title: withDefault(string(1000), '', true),
    summary: optional(string(10_000)),
    media: mediaList,
    language: withDefault(exactText(35, checkLanguage), 'und', true),
    published: withDefault(instant, latestEventInstant, true),
    idDefaulted: optional(yesOrNo),
    publishedDefaulted: optional(yesOrNo),
    timeZone: withDefault(timeZone, 'UTC', true),
    events: required(
      array(eventSchema, {
        itemNoun: 'event',
        maxItems: MAX_TIMELINE_EVENTS,
        uniqueKey: 'id',
        subject: { labelKey: 'headline', idKey: 'id' },
      }),
    ),
    eras: withDefault(
      array(eraSchema, {
        itemNoun: 'era',
        maxItems: MAX_TIMELINE_ERAS,
        subject: { labelKey: 'label' },
      }),
      [],
    ),
    article: optional(articleSchema),
    updated: optional(instant),
  },
  { noun: 'a timeline' },
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
