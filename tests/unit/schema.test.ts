import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { INSTANT_PATTERN, checkLink, timelineSchema } from '../../src/model/schema.js';
import { boolean, object, required, type Infer } from '../../src/model/schema-builder.js';
import { SCHEMA_DESCRIPTIONS } from '../../src/model/schema-descriptions.js';
import { SCHEMA_ID, toJsonSchema } from '../../src/model/json-schema.js';
import { ACTOR_KINDS, PRECISIONS, SOURCE_VERBS, type Timeline } from '../../src/model/types.js';
import { parseInstant } from '../../src/model/zoned.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';

type Json = Record<string, unknown>;

const committed = JSON.parse(
  readFileSync(new URL('../../news-timeline.schema.json', import.meta.url), 'utf8'),
) as Json;
const generated = toJsonSchema();
const defs = generated.$defs as Record<string, Json>;

/** Keywords of draft 2020-12 this schema may use; anything else is a typo or a wrong draft. */
const KEYWORDS = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'maxItems',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'examples',
  'minimum',
  'maximum',
  'anyOf',
  'default',
]);
const TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

function resolve(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = defs[ref.replace('#/$defs/', '')];
  if (!target) throw new Error(`unresolved ${ref}`);
  return target;
}

/** Every schema object in the document, with where it is. */
function* walk(node: Json, where = '#'): Generator<[string, Json]> {
  yield [where, node];
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    yield* walk(value as Json, `${where}/properties/${key}`);
  }
  if (node.items) yield* walk(node.items as Json, `${where}/items`);
  for (const [i, value] of ((node.anyOf as Json[] | undefined) ?? []).entries()) {
    yield* walk(value, `${where}/anyOf/${i}`);
  }
  if (where === '#') {
    for (const [name, value] of Object.entries(defs)) yield* walk(value, `#/$defs/${name}`);
  }
}

/**
 * Just enough of a draft 2020-12 evaluator for the keywords above, to check that the file says
 * what parseTimeline does on clear-cut documents.
 */
function validates(schema: Json, value: unknown): boolean {
  const node = resolve(schema);
  if (node.anyOf) return (node.anyOf as Json[]).some((option) => validates(option, value));
  const type = node.type as string | undefined;
  const typeOf = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'number' && Number.isInteger(value) && type === 'integer'
        ? 'integer'
        : typeof value;
  if (type && type !== typeOf) return false;
  if (node.enum && !(node.enum as unknown[]).includes(value)) return false;
  if (typeof value === 'string') {
    if (value.length < ((node.minLength as number) ?? 0)) return false;
    if (value.length > ((node.maxLength as number) ?? Infinity)) return false;
    if (node.pattern && !new RegExp(node.pattern as string, 'u').test(value)) return false;
  }
  if (typeof value === 'number') {
    if (value < ((node.minimum as number) ?? -Infinity)) return false;
    if (value > ((node.maximum as number) ?? Infinity)) return false;
  }
  if (Array.isArray(value)) {
    if (value.length > ((node.maxItems as number) ?? Infinity)) return false;
    return value.every((item) => validates(node.items as Json, item));
  }
  if (typeOf === 'object') {
    const record = value as Json;
    const properties = (node.properties ?? {}) as Record<string, Json>;
    if (!((node.required as string[]) ?? []).every((key) => key in record)) return false;
    if (
      node.additionalProperties === false &&
      Object.keys(record).some((k) => !(k in properties))
    ) {
      return false;
    }
    return Object.entries(record).every(([k, v]) => validates(properties[k]!, v));
  }
  return true;
}

describe('news-timeline.schema.json', () => {
  it('is what the schema generates now (run `node scripts/gen-schema.mjs` if not)', () => {
    expect(committed).toEqual(generated);
  });

  it('has the shape of a draft 2020-12 document', () => {
    expect(committed).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: SCHEMA_ID,
      title: expect.any(String),
      description: expect.any(String),
      type: 'object',
      required: ['events'],
      additionalProperties: false,
    });
    expect(Object.keys(committed.properties as Json)).toEqual([
      'id',
      'title',
      'summary',
      'media',
      'language',
      'published',
      'idDefaulted',
      'publishedDefaulted',
      'timeZone',
      'events',
      'eras',
      'article',
      'updated',
    ]);
    expect(Object.keys(defs).sort()).toEqual(
      [
        'Actor',
        'Article',
        'Correction',
        'Era',
        'Event',
        'Excerpt',
        'Media',
        'Place',
        'Quantity',
        'Source',
        'When',
      ].sort(),
    );
  });

  it('uses only known keywords, and describes every object, property and definition', () => {
    for (const [where, node] of walk(generated)) {
      for (const key of Object.keys(node)) expect(KEYWORDS, `${where}: ${key}`).toContain(key);
      if (node.type !== undefined) expect(TYPES, where).toContain(node.type);
      if (node.$ref !== undefined) {
        expect(Object.keys(node), where).toEqual(['$ref']);
        expect(resolve(node).description, where).toEqual(expect.any(String));
      } else if (!where.includes('/anyOf/')) {
        expect(node.description, where).toEqual(expect.any(String));
        expect((node.description as string).length, where).toBeGreaterThan(2);
      }
      if (node.type === 'object') {
        const properties = Object.keys(node.properties as Json);
        for (const key of node.required as string[]) expect(properties, where).toContain(key);
      }
    }
  });

  it('takes its words from schema-descriptions.ts, which has words for no part it lacks', () => {
    const described = new Set<string>();
    const visit = (node: Json, path: string) => {
      if (node.$ref !== undefined) return;
      expect(node.description, path).toBe(SCHEMA_DESCRIPTIONS[path]);
      described.add(path);
      for (const option of (node.anyOf as Json[] | undefined) ?? []) {
        if (option.type !== 'null') visit(option, path);
      }
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        visit(value as Json, `${path}.${key}`);
      }
      if (node.items) visit(node.items as Json, `${path}[]`);
    };
    visit(generated, 'Timeline');
    for (const [name, definition] of Object.entries(defs)) visit(definition, name);
    expect([...described].sort()).toEqual(Object.keys(SCHEMA_DESCRIPTIONS).sort());
    expect(described.size).toBeGreaterThan(80);
  });

  it('refuses to print a part of the format without words', () => {
    const undescribed = object({ flag: required(boolean()) }, { noun: 'x' });
    expect(() => toJsonSchema(undescribed)).toThrow(/no words for root\.flag/);
  });

  it('spells the value lists as types.ts does', () => {
    const when = defs.When!.properties as Record<string, Json>;
    const actor = defs.Actor!.properties as Record<string, Json>;
    const source = defs.Source!.properties as Record<string, Json>;
    expect(when.precision!.enum).toEqual([...PRECISIONS]);
    expect(actor.kind!.enum).toEqual([...ACTOR_KINDS]);
    expect(source.verb!.enum).toEqual([...SOURCE_VERBS]);
  });

  it('matches the same instants as parseInstant', () => {
    const pattern = new RegExp(INSTANT_PATTERN);
    for (const iso of [
      '2014-06-13T00:00:00+03:00',
      '2014-06-13T00:00Z',
      '2014-06-13T00:00:00.123456-05:30',
      '-000044-03-15T12:00:00Z',
    ]) {
      expect(pattern.test(iso), iso).toBe(true);
      expect(Number.isNaN(parseInstant(iso)), iso).toBe(false);
    }
    for (const iso of ['2014-06-13', '2014-06-13T00:00:00', '2014-06-13 00:00:00Z', '13/06/2014']) {
      expect(pattern.test(iso), iso).toBe(false);
      expect(Number.isNaN(parseInstant(iso)), iso).toBe(true);
    }
  });

  it('agrees with parseTimeline on clear-cut documents', () => {
    const event = {
      id: 'a',
      headline: 'Kerbala sermon',
      when: { start: '2014-06-13T00:00:00+03:00', end: null, precision: 'day' },
      sources: [{ who: 'a senior official', named: false, verb: 'told', url: 'https://x.org' }],
    };
    const good = {
      published: '2014-06-14T00:00:00+03:00',
      timeZone: 'Asia/Baghdad',
      events: [event],
    };
    const cases: [unknown, boolean][] = [
      [good, true],
      [{ events: [] }, true],
      [{}, false],
      [{ ...good, extra: 1 }, false],
      [{ ...good, events: [{ ...event, when: { ...event.when, start: '2014-06-13' } }] }, false],
      [{ ...good, events: [{ ...event, when: { ...event.when, precision: 'eon' } }] }, false],
      [{ ...good, events: [{ ...event, headline: '' }] }, false],
      [
        {
          ...good,
          events: [{ ...event, places: [{ name: 'x', coordinates: { lat: 91, lon: 0 } }] }],
        },
        false,
      ],
      [{ ...good, events: [{ ...event, excerpt: { text: 'x', start: 0.5, end: 1 } }] }, false],
    ];
    for (const [document, valid] of cases) {
      expect(validates(generated, document), JSON.stringify(document)).toBe(valid);
      const { timeline, problems } = parseTimeline(document);
      // The JSON Schema forbids unknown fields, which the parser only warns about; the other
      // warnings are for defaults, which the JSON Schema allows by leaving the fields optional.
      const accepted =
        timeline !== null &&
        problems.every((p) => p.severity === 'warning' && !/is not a field/.test(p.message));
      expect(accepted, JSON.stringify(problems)).toBe(valid);
    }
  });
});

describe('the schema and the types', () => {
  it('infers exactly the Timeline type of types.ts', () => {
    // Checked by `tsc`; src/model/schema.ts also holds the same check for every object.
    expectTypeOf<Infer<typeof timelineSchema>>().toEqualTypeOf<Timeline>();
  });

  it('accepts only http, https and mailto links', () => {
    expect(checkLink('https://example.org/a?b#c')).toBeNull();
    expect(checkLink('HTTP://EXAMPLE.ORG')).toBeNull();
    expect(checkLink('mailto:desk@example.org')).toBeNull();
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' https://example.org',
      'https://exa mple.org',
      'java\nscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '//example.org',
      '/relative',
      'example.org',
      'ftp://example.org',
    ]) {
      expect(checkLink(bad), bad).not.toBeNull();
    }
  });
});
