import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_INPUT_CHARACTERS,
  parseTimeline,
  type ParseResult,
} from '../../src/model/parse-timeline.js';
import { MAX_PROBLEMS } from '../../src/model/problems.js';
import { MAX_TIMELINE_EVENTS } from '../../src/model/schema.js';
import {
  ACTOR_KINDS,
  PRECISIONS,
  SOURCE_VERBS,
  type Timeline,
  type TimelineEvent,
} from '../../src/model/types.js';
import { toIsoWithOffset } from '../../src/model/zoned.js';

// ---- fixtures ----

function goodEvent(id: string, headline = `Event ${id}`): TimelineEvent {
  return {
    id,
    headline,
    when: {
      start: '2014-06-13T00:00:00+03:00',
      end: '2014-06-14T00:00:00+03:00',
      precision: 'day',
    },
    places: [],
    actors: [],
    quantities: [],
    sources: [],
    tags: [],
  };
}

const ARTICLE_TEXT =
  'Grand Ayatollah Ali al-Sistani called on Iraqis to take up arms. Thousands volunteered.';

function validTimeline(): Timeline {
  return {
    id: 'iraq-2014',
    title: 'The fall of Mosul',
    language: 'en',
    published: '2014-06-14T18:00:00+03:00',
    timeZone: 'Asia/Baghdad',
    events: [
      {
        id: 'sermon',
        headline: 'Kerbala sermon',
        summary: 'Sistani calls on Iraqis to take up arms.',
        when: {
          start: '2014-06-13T00:00:00+03:00',
          end: '2014-06-14T00:00:00+03:00',
          precision: 'day',
          text: 'on Friday',
          resolvedAgainst: '2014-06-14T18:00:00+03:00',
          timeZone: 'Asia/Baghdad',
        },
        places: [
          {
            name: 'Kerbala',
            admin: 'Kerbala province',
            country: 'Iraq',
            coordinates: { lat: 32.6, lon: 44.02 },
          },
        ],
        actors: [{ name: 'Ali al-Sistani', kind: 'religious', role: 'Grand Ayatollah' }],
        quantities: [{ value: 1000, unit: 'volunteers', approximate: true, text: 'thousands' }],
        sources: [
          {
            who: 'Sheikh Abdul-Mahdi al-Karbalai',
            named: true,
            verb: 'said',
            outlet: 'the Guardian',
            url: 'https://www.theguardian.com/world/2014/jun/13/iraq',
          },
          {
            who: 'a senior Iraqi official',
            named: false,
            verb: 'told',
            url: 'mailto:desk@example.org',
          },
        ],
        tags: ['religion', 'mobilisation'],
        category: 'politics',
        excerpt: { text: 'Thousands volunteered.', start: 65, end: 87 },
        url: 'https://example.org/sermon',
      },
      {
        id: 'ongoing',
        headline: 'Fighting continues',
        when: { start: '2014-06-10T00:00:00Z', end: null, precision: 'unspecified' },
        places: [],
        actors: [],
        quantities: [],
        sources: [],
        tags: [],
      },
      goodEvent('instant'),
    ],
    eras: [
      {
        label: 'Fall of Mosul',
        when: {
          start: '2014-06-04T00:00:00+03:00',
          end: '2014-06-10T00:00:00+03:00',
          precision: 'range',
        },
      },
    ],
    article: {
      text: ARTICLE_TEXT,
      headline: 'Sistani calls to arms',
      outlet: 'the Guardian',
      url: 'https://example.org/article',
    },
  };
}

/** A timeline whose second event is `bad`, between two good ones. */
function withBadEvent(bad: unknown): Record<string, unknown> {
  return { ...validTimeline(), events: [goodEvent('good-1'), bad, goodEvent('good-2')] };
}

function errors(result: ParseResult) {
  return result.problems.filter((problem) => problem.severity === 'error');
}

function ids(result: ParseResult): string[] {
  return result.timeline?.events.map((event) => event.id) ?? [];
}

function expectWellFormedProblems(result: ParseResult): void {
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeLessThan(600);
    expect(['error', 'warning']).toContain(problem.severity);
  }
}

/** Builds `depth` nested arrays without recursion. */
function deeplyNested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

// ---- valid input ----

describe('parseTimeline on valid data', () => {
  it('returns the timeline unchanged, with no problems', () => {
    const result = parseTimeline(validTimeline());
    expect(result.problems).toEqual([]);
    expect(result.timeline).toEqual(validTimeline());
  });

  it('reads JSON text the same as the object', () => {
    expect(parseTimeline(JSON.stringify(validTimeline()))).toEqual(parseTimeline(validTimeline()));
  });

  it('fills list defaults silently and keeps input order', () => {
    const events = ['c', 'a', 'b'].map((id) => {
      const {
        places: _p,
        actors: _a,
        quantities: _q,
        sources: _s,
        tags: _t,
        ...rest
      } = goodEvent(id);
      return rest;
    });
    const result = parseTimeline({ ...validTimeline(), events, eras: undefined });
    expect(result.problems).toEqual([]);
    expect(ids(result)).toEqual(['c', 'a', 'b']);
    expect(result.timeline?.events[0]).toEqual(goodEvent('c'));
    expect(result.timeline?.eras).toEqual([]);
  });

  it('fills missing timeline fields with defaults and warns', () => {
    const result = parseTimeline({ events: [goodEvent('a')] });
    expect(result.timeline).toMatchObject({
      id: 'timeline',
      title: '',
      language: 'und',
      timeZone: 'UTC',
      // The latest instant any event reaches stands in for the publication time.
      published: '2014-06-14T00:00:00+03:00',
      eras: [],
    });
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['id', 'warning'],
      ['title', 'warning'],
      ['language', 'warning'],
      ['published', 'warning'],
      ['timeZone', 'warning'],
    ]);
    expect(result.problems.find((p) => p.path === 'timeZone')?.message).toBe(
      'timeZone is missing; using "UTC".',
    );
  });

  it('replaces an invalid time zone by UTC, as an error', () => {
    const result = parseTimeline({ ...validTimeline(), timeZone: 'Mars/Olympus_Mons' });
    expect(result.timeline?.timeZone).toBe('UTC');
    expect(result.problems).toEqual([
      {
        path: 'timeZone',
        message:
          'timeZone is not an IANA time zone name such as Asia/Baghdad or UTC (found "Mars/Olympus_Mons"). Using "UTC" instead.',
        severity: 'error',
      },
    ]);
  });

  it('keeps strings as plain strings, markup and all', () => {
    const headline = '<img src=x onerror=alert(1)> &amp; <b>bold</b>';
    const result = parseTimeline(withBadEvent({ ...goodEvent('html'), headline }));
    expect(result.timeline?.events[1]?.headline).toBe(headline);
  });
});

// ---- bad input ----

interface BadCase {
  name: string;
  event: unknown;
  /** Path of the problem that must be reported. */
  path: string;
  /** Whether the bad event itself survives (a bad optional field is dropped, not the event). */
  kept?: boolean;
  severity?: 'error' | 'warning';
}

const when = goodEvent('x').when;
const BAD_EVENTS: BadCase[] = [
  { name: 'event is null', event: null, path: 'events[1]' },
  { name: 'event is a number', event: 42, path: 'events[1]' },
  { name: 'event is text', event: 'an event', path: 'events[1]' },
  { name: 'event is a list', event: [goodEvent('bad')], path: 'events[1]' },
  { name: 'id missing', event: { ...goodEvent('bad'), id: undefined }, path: 'events[1].id' },
  { name: 'id empty', event: { ...goodEvent('bad'), id: '' }, path: 'events[1].id' },
  { name: 'id a number', event: { ...goodEvent('bad'), id: 7 }, path: 'events[1].id' },
  {
    name: 'headline missing',
    event: { ...goodEvent('bad'), headline: undefined },
    path: 'events[1].headline',
  },
  {
    name: 'headline an object',
    event: { ...goodEvent('bad'), headline: { en: 'x' } },
    path: 'events[1].headline',
  },
  { name: 'when missing', event: { ...goodEvent('bad'), when: undefined }, path: 'events[1].when' },
  {
    name: 'when a string',
    event: { ...goodEvent('bad'), when: '2014-06-13' },
    path: 'events[1].when',
  },
  {
    name: 'date without offset',
    event: { ...goodEvent('bad'), when: { ...when, start: '2014-06-13T00:00:00' } },
    path: 'events[1].when.start',
  },
  {
    name: 'impossible date',
    event: { ...goodEvent('bad'), when: { ...when, start: '2014-06-31T00:00:00Z' } },
    path: 'events[1].when.start',
  },
  {
    name: 'date as a number',
    event: { ...goodEvent('bad'), when: { ...when, start: 1402617600000 } },
    path: 'events[1].when.start',
  },
  {
    name: 'end missing (null is required for ongoing)',
    event: { ...goodEvent('bad'), when: { start: when.start, precision: 'day' } },
    path: 'events[1].when.end',
  },
  {
    name: 'end before start',
    event: { ...goodEvent('bad'), when: { ...when, end: '2014-06-12T00:00:00+03:00' } },
    path: 'events[1].when',
  },
  {
    name: 'unknown precision',
    event: { ...goodEvent('bad'), when: { ...when, precision: 'fortnight' } },
    path: 'events[1].when.precision',
  },
  {
    name: 'invalid event time zone (optional field dropped)',
    event: { ...goodEvent('bad'), when: { ...when, timeZone: 'Baghdad' } },
    path: 'events[1].when.timeZone',
    kept: true,
  },
  {
    name: 'javascript: url',
    event: { ...goodEvent('bad'), url: 'javascript:alert(1)' },
    path: 'events[1].url',
    kept: true,
  },
  {
    name: 'relative url',
    event: { ...goodEvent('bad'), url: '/relative/path' },
    path: 'events[1].url',
    kept: true,
  },
  {
    name: 'data: url in a source',
    event: {
      ...goodEvent('bad'),
      sources: [{ who: 'x', named: true, verb: 'said', url: 'data:text/html,<script>' }],
    },
    path: 'events[1].sources[0].url',
    kept: true,
  },
  {
    name: 'places not a list (replaced by an empty list)',
    event: { ...goodEvent('bad'), places: 'Mosul' },
    path: 'events[1].places',
    kept: true,
  },
  {
    name: 'actor of unknown kind (actor dropped)',
    event: { ...goodEvent('bad'), actors: [{ name: 'ISIS', kind: 'warlord' }] },
    path: 'events[1].actors[0].kind',
    kept: true,
  },
  {
    name: 'quantity NaN',
    event: { ...goodEvent('bad'), quantities: [{ value: NaN, unit: 'x', approximate: false }] },
    path: 'events[1].quantities[0].value',
    kept: true,
  },
  {
    name: 'latitude Infinity',
    event: { ...goodEvent('bad'), places: [{ name: 'x', coordinates: { lat: Infinity, lon: 0 } }] },
    path: 'events[1].places[0].coordinates.lat',
    kept: true,
  },
  {
    name: 'longitude out of range',
    event: { ...goodEvent('bad'), places: [{ name: 'x', coordinates: { lat: 0, lon: 200 } }] },
    path: 'events[1].places[0].coordinates.lon',
    kept: true,
  },
  {
    name: 'source verb unknown',
    event: { ...goodEvent('bad'), sources: [{ who: 'x', named: true, verb: 'whispered' }] },
    path: 'events[1].sources[0].verb',
    kept: true,
  },
  {
    name: 'named as a string',
    event: { ...goodEvent('bad'), sources: [{ who: 'x', named: 'yes', verb: 'said' }] },
    path: 'events[1].sources[0].named',
    kept: true,
  },
  {
    name: 'tag not a string',
    event: { ...goodEvent('bad'), tags: ['ok', 3] },
    path: 'events[1].tags[1]',
    kept: true,
  },
  {
    name: 'excerpt offsets reversed (optional field dropped)',
    event: { ...goodEvent('bad'), excerpt: { text: 'x', start: 10, end: 2 } },
    path: 'events[1].excerpt',
    kept: true,
  },
  {
    name: 'excerpt offset fractional',
    event: { ...goodEvent('bad'), excerpt: { text: 'x', start: 1.5, end: 2 } },
    path: 'events[1].excerpt.start',
    kept: true,
  },
  {
    name: 'unknown field (warning, dropped)',
    event: { ...goodEvent('bad'), colour: 'red' },
    path: 'events[1].colour',
    kept: true,
    severity: 'warning',
  },
  {
    name: 'deeply nested junk as the event',
    event: deeplyNested(100_000),
    path: 'events[1]',
  },
  {
    name: 'deeply nested junk as a field',
    event: { ...goodEvent('bad'), headline: deeplyNested(100_000) },
    path: 'events[1].headline',
  },
  {
    name: 'deeply nested junk in an unknown field',
    event: { ...goodEvent('bad'), extra: deeplyNested(100_000) },
    path: 'events[1].extra',
    kept: true,
    severity: 'warning',
  },
];

describe('parseTimeline on bad events', () => {
  it.each(BAD_EVENTS)('$name', ({ event, path, kept = false, severity = 'error' }) => {
    const result = parseTimeline(withBadEvent(event));
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems, null, 1)).toBeDefined();
    expect(problem?.severity).toBe(severity);
    expect(problem?.message).toMatch(/^events\[1\]/);
    const hasId =
      typeof event === 'object' &&
      event !== null &&
      typeof (event as { id?: unknown }).id === 'string';
    if (hasId && (event as { id: string }).id !== '') {
      expect(problem?.eventId).toBe((event as { id: string }).id);
      expect(problem?.message).toMatch(/^events\[1\] \(/);
    }
    expect(ids(result)).toEqual(kept ? ['good-1', 'bad', 'good-2'] : ['good-1', 'good-2']);
    expectWellFormedProblems(result);
  });

  it('words a problem for the editor, naming the event by its headline', () => {
    const bad = {
      ...goodEvent('sermon', 'Kerbala sermon'),
      when: { ...when, start: '2014-06-13' },
    };
    const result = parseTimeline({ ...validTimeline(), events: [0, 1, 2, bad] });
    expect(result.problems).toContainEqual({
      path: 'events[3].when.start',
      eventId: 'sermon',
      severity: 'error',
      message:
        'events[3] ("Kerbala sermon"): when.start is not a date with a time zone offset, e.g. 2014-06-13T00:00:00+03:00 (found "2014-06-13"). The event was left out.',
    });
  });

  it('names an event without a headline by its id', () => {
    const result = parseTimeline(withBadEvent({ ...goodEvent('no-headline'), headline: '' }));
    expect(result.problems[0]?.message).toBe(
      'events[1] (id "no-headline"): headline is empty. The event was left out.',
    );
  });

  it('reports a duplicate id on the second event and keeps the first', () => {
    const first = goodEvent('same', 'First');
    const second = goodEvent('same', 'Second');
    const result = parseTimeline({ ...validTimeline(), events: [first, second] });
    expect(result.timeline?.events).toEqual([first]);
    expect(result.problems).toEqual([
      {
        path: 'events[1].id',
        eventId: 'same',
        severity: 'error',
        message:
          'events[1] ("Second"): id "same" is already used by events[0]. The event was left out.',
      },
    ]);
  });

  it('names the first holder of every duplicate id, before and after the first duplicate', () => {
    const ids = ['a', 'b', 'a', 'c', 'c', 'b', 'd', 'c'];
    const events: unknown[] = ids.map((id, n) => goodEvent(id, `Event ${n}`));
    events.splice(7, 0, { id: 'e', headline: 5 }); // a bad event takes no id
    events.push(goodEvent('e', 'Event 9'));
    const result = parseTimeline({ ...validTimeline(), events });
    expect(result.timeline?.events.map((e) => `${e.id}${e.headline.slice(6)}`)).toEqual([
      'a0',
      'b1',
      'c3',
      'd6',
      'e9',
    ]);
    expect(result.problems.filter((p) => p.path.endsWith('.id')).map((p) => p.message)).toEqual([
      'events[2] ("Event 2"): id "a" is already used by events[0]. The event was left out.',
      'events[4] ("Event 4"): id "c" is already used by events[3]. The event was left out.',
      'events[5] ("Event 5"): id "b" is already used by events[1]. The event was left out.',
      'events[8] ("Event 7"): id "c" is already used by events[3]. The event was left out.',
    ]);
  });

  it('keeps the first event of every id and names it for each later one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^[ab]{1,3}$/), fc.string({ minLength: 1 })), {
          maxLength: 60,
        }),
        (ids) => {
          const events = ids.map((id, n) => goodEvent(id, `Event ${n}`));
          const result = parseTimeline({ ...validTimeline(), events });
          const first = new Map<string, number>();
          ids.forEach((id, n) => {
            if (!first.has(id)) first.set(id, n);
          });
          expect(result.timeline?.events.map((e) => e.id)).toEqual([...first.keys()]);
          const duplicates = result.problems.filter((p) => p.path.endsWith('.id'));
          expect(duplicates.map((p) => p.message)).toEqual(
            ids.flatMap((id, n) =>
              first.get(id) === n
                ? []
                : [expect.stringContaining(`is already used by events[${first.get(id)}]`)],
            ),
          );
        },
      ),
    );
  });

  it('reports every problem of one event, not only the first', () => {
    const result = parseTimeline(withBadEvent({ id: 'bad', headline: 5 }));
    expect(result.problems.map((p) => p.path)).toEqual(['events[1].headline', 'events[1].when']);
  });

  it('drops a bad era and keeps the others', () => {
    const timeline = validTimeline();
    const era = timeline.eras[0]!;
    const result = parseTimeline({ ...timeline, eras: [{ label: 'bad', when: {} }, era] });
    expect(result.timeline?.eras).toEqual([era]);
    expect(result.problems[0]?.path).toBe('eras[0].when.start');
    expect(result.problems[0]?.message).toMatch(/^eras\[0\] \("bad"\): when.start is missing/);
    expect(result.problems[0]?.eventId).toBeUndefined();
  });
});

describe('parseTimeline on unusable input', () => {
  const FATAL: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', NaN],
    ['true', true],
    ['a list', [goodEvent('a')]],
    ['a function', () => validTimeline()],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['non-JSON text', 'not json at all'],
    ['truncated JSON', JSON.stringify(validTimeline()).slice(0, 100)],
    ['JSON text of a string', '"a timeline"'],
    ['JSON null', 'null'],
    ['empty text', ''],
    ['an object without events', { title: 'x' }],
    ['events that is not a list', { events: { 0: goodEvent('a') } }],
    ['deeply nested JSON text', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ];

  it.each(FATAL)('%s gives timeline null and an error', (_name, input) => {
    const result = parseTimeline(input);
    expect(result.timeline).toBeNull();
    expect(errors(result).length).toBeGreaterThan(0);
    expectWellFormedProblems(result);
  });

  it('keeps an empty timeline when events is an empty list', () => {
    const result = parseTimeline({ ...validTimeline(), events: [] });
    expect(result.timeline?.events).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('does not run getters or let a hostile Proxy make it throw', () => {
    const withGetter = { ...goodEvent('getter') };
    Object.defineProperty(withGetter, 'headline', {
      enumerable: true,
      get() {
        throw new Error('getter ran');
      },
    });
    const result = parseTimeline(withBadEvent(withGetter));
    expect(ids(result)).toEqual(['good-1', 'good-2']);

    const setterOnly = { ...goodEvent('setter') };
    let setterRuns = 0;
    Object.defineProperty(setterOnly, 'headline', {
      enumerable: true,
      set() {
        setterRuns += 1;
      },
    });
    const setterResult = parseTimeline(withBadEvent(setterOnly));
    expect(ids(setterResult)).toEqual(['good-1', 'good-2']);
    expect(setterResult.problems.map((p) => p.path)).toEqual(['events[1].headline']);
    expect(setterRuns).toBe(0);

    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    expect(parseTimeline(hostile)).toEqual({
      timeline: null,
      problems: [{ path: '', message: 'The data could not be read.', severity: 'error' }],
    });
  });
});

describe('parseTimeline caps its work', () => {
  const TEN_MB = 10 * 1024 * 1024;
  const huge = 'x'.repeat(TEN_MB);

  it('cuts a 10 MB headline to 1,000 characters with a warning', () => {
    const result = parseTimeline(withBadEvent({ ...goodEvent('long'), headline: huge }));
    expect(ids(result)).toEqual(['good-1', 'long', 'good-2']);
    expect(result.timeline?.events[1]?.headline).toHaveLength(1000);
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'events[1].headline', eventId: 'long', severity: 'warning' }),
    ]);
    expect(result.problems[0]?.message.length).toBeLessThan(300);
  });

  it('refuses JSON text over 32 MB without parsing it', () => {
    const result = parseTimeline(`"${'x'.repeat(MAX_INPUT_CHARACTERS)}"`);
    expect(result.timeline).toBeNull();
    expect(result.problems[0]?.message).toMatch(/^The data is 33,554,434 characters long/);
  });

  it('reads 10 MB of JSON text', () => {
    const result = parseTimeline(
      JSON.stringify(withBadEvent({ ...goodEvent('long'), summary: huge })),
    );
    expect(ids(result)).toEqual(['good-1', 'long', 'good-2']);
    expect(result.problems.map((p) => p.path)).toEqual(['events[1].summary']);
  });

  it('does not cut a surrogate pair in half', () => {
    const headline = `${'x'.repeat(999)}😀😀`;
    const result = parseTimeline(withBadEvent({ ...goodEvent('emoji'), headline }));
    expect(result.timeline?.events[1]?.headline).toBe('x'.repeat(999));
  });

  it('refuses 10 MB ids, dates, zones and links without pattern matching them', () => {
    const cases = [
      { ...goodEvent('a'), id: huge },
      { ...goodEvent('b'), when: { ...when, start: `2014-06-13T00:00:00${huge}Z` } },
      { ...goodEvent('c'), when: { ...when, timeZone: huge } },
      { ...goodEvent('d'), url: `https://${huge}` },
      { ...goodEvent('e'), [huge]: 1 },
    ];
    const result = parseTimeline({ ...validTimeline(), timeZone: huge, events: cases });
    expect(ids(result)).toEqual(['c', 'd', 'e']);
    expect(result.timeline?.timeZone).toBe('UTC');
    // Defaults are filled after the fields are read, so timeZone comes last.
    expect(result.problems.map((p) => p.path)).toEqual([
      'events[0].id',
      'events[1].when.start',
      'events[2].when.timeZone',
      'events[3].url',
      `events[4].${'x'.repeat(59)}…`,
      'timeZone',
    ]);
    expectWellFormedProblems(result);
  });

  it('cuts a long article and warns about excerpts now outside it', () => {
    const timeline = validTimeline();
    const text = 'y'.repeat(3_000_000);
    const sermon = {
      ...timeline.events[0]!,
      excerpt: { text: 'y', start: 2_500_000, end: 2_500_001 },
    };
    const result = parseTimeline({ ...timeline, article: { text }, events: [sermon] });
    expect(result.timeline?.article?.text).toHaveLength(2_000_000);
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['article.text', 'warning'],
      ['events[0].excerpt', 'warning'],
    ]);
  });

  it('lists at most MAX_PROBLEMS problems and counts the rest', () => {
    const events = Array.from({ length: 4000 }, (_, i) => ({ id: `e${i}` }));
    const result = parseTimeline({ ...validTimeline(), events });
    expect(result.timeline?.events).toEqual([]);
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)?.message).toBe(
      `${(8000 - MAX_PROBLEMS).toLocaleString('en')} more problems were found but not listed.`,
    );
  });

  it(`reads at most ${MAX_TIMELINE_EVENTS.toLocaleString('en')} events`, () => {
    const events = Array.from({ length: MAX_TIMELINE_EVENTS + 1 }, (_, i) => goodEvent(`e${i}`));
    const result = parseTimeline({ ...validTimeline(), events });
    expect(result.timeline?.events).toHaveLength(MAX_TIMELINE_EVENTS);
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'events', severity: 'error' }),
    ]);
    // A quarter of a million events take a few seconds to build and check on a busy machine.
  }, 60_000);
});

describe('parseTimeline and prototype pollution', () => {
  const POLLUTING_JSON = JSON.stringify({
    ...validTimeline(),
    events: [
      { ...goodEvent('a'), __proto__: { polluted: 'event' } },
      {
        ...goodEvent('b'),
        constructor: { prototype: { polluted: 'ctor' } },
        prototype: { polluted: 1 },
      },
      {
        ...goodEvent('c'),
        when: { ...when, __proto__: { polluted: 'when' } },
        places: [{ name: 'x', __proto__: { polluted: 'place' } }],
      },
    ],
  })
    // JSON.stringify of a literal drops __proto__ as a key, so spell it in the text.
    .replace('"id":"a"', '"__proto__":{"polluted":"event"},"id":"a"')
    .replace(
      '"id":"iraq-2014"',
      '"__proto__":{"polluted":"root"},"constructor":{"prototype":{"polluted":"root"}},"id":"iraq-2014"',
    );

  it('reports __proto__, constructor and prototype keys as unknown fields and copies nothing', () => {
    const result = parseTimeline(POLLUTING_JSON);
    expect(ids(result)).toEqual(['a', 'b', 'c']);
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['events[0].__proto__', 'warning'],
      ['events[1].constructor', 'warning'],
      ['events[1].prototype', 'warning'],
      ['__proto__', 'warning'],
      ['constructor', 'warning'],
    ]);
    for (const value of [result.timeline, ...(result.timeline?.events ?? [])]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.hasOwn(value!, '__proto__')).toBe(false);
      expect((value as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads an own field that is not enumerable, and an own field over an inherited getter', () => {
    const hidden = { ...goodEvent('hidden') } as Record<string, unknown>;
    Object.defineProperty(hidden, 'summary', { value: 'Not enumerable', enumerable: false });
    const getterBelow = {
      get headline(): string {
        throw new Error('inherited getter ran');
      },
    };
    const shadowing = Object.create(
      getterBelow,
      Object.getOwnPropertyDescriptors(goodEvent('shadowing')),
    ) as object;
    const result = parseTimeline({ ...validTimeline(), events: [hidden, shadowing] });
    expect(ids(result)).toEqual(['hidden', 'shadowing']);
    expect(result.timeline?.events[0]?.summary).toBe('Not enumerable');
    expect(result.timeline?.events[1]?.headline).toBe(goodEvent('shadowing').headline);
    expect(result.problems).toEqual([]);
  });

  it('copies into plain objects, as an object literal would make them', () => {
    const event = { ...goodEvent('plain'), places: [{ name: 'Mosul' }] };
    const result = parseTimeline({ ...validTimeline(), events: [event] });
    const copy = result.timeline!.events[0]!;
    for (const value of [result.timeline, copy, copy.when, copy.places[0]]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect((value as object).constructor).toBe(Object);
    }
    expect(Object.keys(copy.when)).toEqual(['start', 'end', 'precision']);
    expect(JSON.parse(JSON.stringify(copy))).toEqual(copy);
  });

  it('neither reads nor reports the enumerable keys an event inherits', () => {
    const event = Object.assign(
      Object.create({ summary: 'Inherited', polluted: 'inherited' }) as object,
      goodEvent('child'),
    );
    const result = parseTimeline({ ...validTimeline(), events: [event] });
    expect(ids(result)).toEqual(['child']);
    expect(result.timeline?.events[0]).not.toHaveProperty('summary');
    expect(result.timeline?.events[0]).not.toHaveProperty('polluted');
    expect(result.problems).toEqual([]);
  });

  it('ignores inherited fields: only own data counts', () => {
    const inherited = Object.create(goodEvent('inherited')) as object;
    const result = parseTimeline(withBadEvent(inherited));
    expect(ids(result)).toEqual(['good-1', 'good-2']);
    expect(result.problems[0]?.path).toBe('events[1].id');
  });
});

describe('parseTimeline excerpts', () => {
  it('warns when the excerpt text does not match the article at its offsets, and keeps it', () => {
    const timeline = validTimeline();
    const sermon = {
      ...timeline.events[0]!,
      excerpt: { text: 'Thousands fled.', start: 65, end: 80 },
    };
    const result = parseTimeline({ ...timeline, events: [goodEvent('x'), sermon] });
    expect(result.timeline?.events[1]?.excerpt).toEqual(sermon.excerpt);
    expect(result.problems).toEqual([
      {
        path: 'events[1].excerpt.text',
        eventId: 'sermon',
        severity: 'warning',
        message:
          'events[1] ("Kerbala sermon"): excerpt.text does not match the article text at characters 65–80 ("Thousands volun").',
      },
    ]);
  });
});

// ---- property tests ----

const text = (maxLength: number, minLength = 0) =>
  fc.string({ unit: 'grapheme', minLength, maxLength });
const ZONES = ['UTC', 'Asia/Baghdad', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const SECOND_MS = 1000;
const instantMs = fc.integer({ min: -2e9, max: 4e9 }).map((s) => s * SECOND_MS);
const instant = fc
  .tuple(instantMs, fc.constantFrom(...ZONES))
  .map(([ms, zone]) => toIsoWithOffset(ms, zone));

const whenArb = fc
  .record(
    {
      start: instantMs,
      length: fc.option(fc.integer({ min: 0, max: 1e7 }).map((s) => s * SECOND_MS)),
      zone: fc.constantFrom(...ZONES),
      precision: fc.constantFrom(...PRECISIONS),
      text: text(30),
      resolvedAgainst: instant,
      timeZone: fc.constantFrom(...ZONES),
    },
    { requiredKeys: ['start', 'length', 'zone', 'precision'] },
  )
  .map(({ start, length, zone, ...rest }) => ({
    ...rest,
    start: toIsoWithOffset(start, zone),
    end: length === null ? null : toIsoWithOffset(start + length, zone),
  }));

const link = fc.oneof(fc.webUrl(), fc.constant('mailto:desk@example.org'));

const eventArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      headline: text(40, 1),
      summary: text(80),
      when: whenArb,
      places: fc.array(
        fc.record(
          {
            name: text(20, 1),
            admin: text(20),
            country: text(20),
            coordinates: fc.record({
              lat: fc.double({ min: -90, max: 90, noNaN: true }).map((n) => n + 0),
              lon: fc.double({ min: -180, max: 180, noNaN: true }).map((n) => n + 0),
            }),
          },
          { requiredKeys: ['name'] },
        ),
        { maxLength: 2 },
      ),
      actors: fc.array(
        fc.record(
          { name: text(20, 1), kind: fc.constantFrom(...ACTOR_KINDS), role: text(20) },
          { requiredKeys: ['name', 'kind'] },
        ),
        { maxLength: 2 },
      ),
      quantities: fc.array(
        fc.record(
          {
            value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0),
            unit: text(10),
            approximate: fc.boolean(),
            text: text(10),
          },
          { requiredKeys: ['value', 'unit', 'approximate'] },
        ),
        { maxLength: 2 },
      ),
      sources: fc.array(
        fc.record(
          {
            who: text(20, 1),
            named: fc.boolean(),
            verb: fc.constantFrom(...SOURCE_VERBS),
            outlet: text(20),
            url: link,
          },
          { requiredKeys: ['who', 'named', 'verb'] },
        ),
        { maxLength: 2 },
      ),
      tags: fc.array(text(10, 1), { maxLength: 3 }),
      category: text(10),
      excerpt: fc
        .tuple(text(20), fc.nat(500), fc.nat(50))
        .map(([t, start, length]) => ({ text: t, start, end: start + length })),
      url: link,
    },
    {
      requiredKeys: ['id', 'headline', 'when', 'places', 'actors', 'quantities', 'sources', 'tags'],
    },
  );

const eventsArb = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => eventArb(`e${i}`))));

const timelineArb: fc.Arbitrary<Timeline> = fc.record(
  {
    id: text(20, 1),
    title: text(40),
    language: fc.constantFrom('en', 'ar', 'en-GB', 'und'),
    published: instant,
    timeZone: fc.constantFrom(...ZONES),
    events: eventsArb,
    eras: fc.array(fc.record({ label: text(20, 1), when: whenArb }), { maxLength: 2 }),
    article: fc.record(
      { text: text(200), headline: text(40), outlet: text(20), url: link },
      { requiredKeys: ['text'] },
    ),
  },
  { requiredKeys: ['id', 'title', 'language', 'published', 'timeZone', 'events', 'eras'] },
) as fc.Arbitrary<Timeline>;

describe('parseTimeline properties', () => {
  it('never throws on arbitrary JSON values or JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const input of [
          value,
          JSON.stringify(value),
          { events: [value] },
          withBadEvent(value),
        ]) {
          expectWellFormedProblems(parseTimeline(input));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JS values, and junk beside good events leaves them intact', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withMap: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (value) => {
          expectWellFormedProblems(parseTimeline(value));
          const result = parseTimeline(withBadEvent(value));
          expect(ids(result)).toEqual(['good-1', 'good-2']);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips valid timelines: parse(JSON.stringify(t)) equals t, without errors', () => {
    fc.assert(
      fc.property(timelineArb, (timeline) => {
        const result = parseTimeline(JSON.stringify(timeline));
        expect(errors(result)).toEqual([]);
        // Only excerpt mismatches may warn: generated excerpts do not point into the article.
        expect(result.problems.every((p) => /\.excerpt/.test(p.path))).toBe(true);
        expect(result.timeline).toEqual(timeline);
      }),
      { numRuns: 200 },
    );
  });

  const CORRUPTIONS: [string, (event: Record<string, unknown>) => void][] = [
    ['drops the id', (e) => delete e.id],
    ['drops the when', (e) => delete e.when],
    ['makes the headline a number', (e) => (e.headline = 12)],
    [
      'makes the start offset-less',
      (e) => ((e.when as Record<string, unknown>).start = '2014-06-13T00:00'),
    ],
    ['makes the precision unknown', (e) => ((e.when as Record<string, unknown>).precision = 'eon')],
    ['makes the end a number', (e) => ((e.when as Record<string, unknown>).end = 5)],
    ['empties the headline', (e) => (e.headline = '')],
  ];

  it('a corrupted event is reported and left out; the others come through unchanged', () => {
    const withEvents = timelineArb.filter((t) => t.events.length > 0);
    fc.assert(
      fc.property(
        withEvents,
        fc.nat(),
        fc.constantFrom(...CORRUPTIONS),
        (timeline, pick, [, corrupt]) => {
          const index = pick % timeline.events.length;
          const input = JSON.parse(JSON.stringify(timeline)) as {
            events: Record<string, unknown>[];
          };
          corrupt(input.events[index]!);
          const result = parseTimeline(input);
          const expected = timeline.events.filter((_, i) => i !== index);
          expect(result.timeline?.events).toEqual(expected);
          const problem = errors(result).find((p) => p.path.startsWith(`events[${index}]`));
          expect(problem).toBeDefined();
          if (typeof input.events[index]!.id === 'string') {
            expect(problem?.eventId).toBe(timeline.events[index]!.id);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('idDefaulted', () => {
  const events = [{ id: 'a', headline: 'A', when: { text: 'June 13, 2014', at: '2014-06-13' } }];

  it('marks an id filled in because the data gave none, or an unusable one', () => {
    expect(parseTimeline({ events }).timeline!.idDefaulted).toBe(true);
    expect(parseTimeline({ id: '', events }).timeline!.idDefaulted).toBe(true);
    expect(parseTimeline({ id: 42, events }).timeline!.idDefaulted).toBe(true);
  });

  it('leaves a given id unmarked', () => {
    const { timeline } = parseTimeline({ id: 'iraq-2014', events });
    expect(timeline!.id).toBe('iraq-2014');
    expect(timeline!.idDefaulted).toBeUndefined();
  });
});
