/**
 * The Iraq 2014 fixture (src/data/iraq-2014.ts) against its article: the text is the seed byte for
 * byte, every excerpt is a whole sentence at the offsets given, every span is pinned to what the
 * article's words allow, and the JSON export has not gone stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IRAQ_ARTICLE_TEXT } from '../../src/data/iraq-article-text.js';
import { iraqTimeline, iraqTimelineNotes } from '../../src/data/iraq-2014.js';
import { deriveConfidence } from '../../src/model/confidence.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { resolveWhen } from '../../src/extract/time/resolve-when.js';
import { endedByPublication } from '../../src/extract/extract-timeline.js';
import { sortEvents } from '../../src/model/sort.js';
import { ACTOR_KINDS, PRECISIONS, SOURCE_VERBS } from '../../src/model/types.js';
import type { Quantity, Source, TimelineEvent } from '../../src/model/types.js';
import { parseInstant } from '../../src/model/zoned.js';

const repoFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** The seed lives beside the repository (/work/shared/seed); in CI only the repo exists. */
const SEED_PATH = repoFile('../shared/seed/iraq-turns-to-iran-for-help.txt');
const SEED_SHA256 = '3edb11c314d46f3fecc87b8bc6ab97901c62edb272380d1f7dd77faa59838bbf';
const COPY_PATH = repoFile('src/data/static/iraq-turns-to-iran-for-help.txt');
const JSON_PATH = repoFile('src/data/static/iraq-2014.json');

const TEXT = IRAQ_ARTICLE_TEXT;
const { events } = iraqTimeline;
const PUBLISHED = '2014-06-14T12:00:00+03:00';
const WEEK_START = '2014-06-09T00:00:00+03:00';

function byId(id: string): TimelineEvent {
  const event = events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

describe('article text', () => {
  it('equals the committed copy of the seed, byte for byte', () => {
    expect(TEXT).toBe(readFileSync(COPY_PATH, 'utf8'));
  });

  it('is the seed file itself: the copy has the SHA-256 of the seed', () => {
    // The seed lives outside the repository (../shared/seed); its digest, taken when the copy was
    // made, lets every checkout prove the copy is byte-identical without the seed at hand.
    const digest = createHash('sha256').update(readFileSync(COPY_PATH)).digest('hex');
    expect(digest).toBe(SEED_SHA256);
    if (existsSync(SEED_PATH)) expect(readFileSync(SEED_PATH, 'utf8')).toBe(TEXT);
  });

  it('keeps the typography of the original', () => {
    expect(TEXT.length).toBe(3713);
    expect(TEXT).toContain('country’s defence');
    expect(TEXT).toContain('“an incentive to the army and to Iraqis to act bravely”');
    expect(TEXT).toContain('insurgent group – which');
    expect(TEXT).toContain('Continue reading…');
    expect(TEXT.match(/\u00a0/g)).toHaveLength(8);
    expect(TEXT.endsWith('Send this to friend')).toBe(true);
  });
});

describe('JSON export', () => {
  it('deep-equals iraqTimeline (run node scripts/export-fixtures.mjs if not)', () => {
    const json: unknown = JSON.parse(readFileSync(JSON_PATH, 'utf8'));
    expect(json).toStrictEqual(iraqTimeline);
  });
});

describe('timeline', () => {
  it('has the documented header', () => {
    expect(iraqTimeline).toMatchObject({
      id: 'iraq-turns-to-iran-2014',
      title: 'Iraq turns to Iran for help',
      language: 'en',
      published: PUBLISHED,
      timeZone: 'Asia/Baghdad',
      article: { text: TEXT, headline: 'Iraq turns to Iran for help', outlet: 'The Guardian' },
    });
    expect(iraqTimelineNotes.some((note) => note.includes('no hour'))).toBe(true);
  });

  it('has one era, the week of 9 June up to publication', () => {
    expect(iraqTimeline.eras).toEqual([
      {
        label: 'Isis advance, week of 9 June',
        when: {
          start: WEEK_START,
          end: PUBLISHED,
          precision: 'week',
          text: 'this week',
          resolvedAgainst: PUBLISHED,
        },
      },
    ]);
  });

  it('has at least 12 events with unique kebab-case ids', () => {
    expect(events.length).toBeGreaterThanOrEqual(12);
    const ids = events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('uses only the model’s value lists and short headlines', () => {
    for (const event of events) {
      expect(event.headline.length, event.id).toBeLessThanOrEqual(80);
      expect(event.headline.trim(), event.id).toBe(event.headline);
      expect(event.summary?.length ?? 0, event.id).toBeGreaterThan(0);
      expect(PRECISIONS, event.id).toContain(event.when.precision);
      for (const actor of event.actors) expect(ACTOR_KINDS, event.id).toContain(actor.kind);
      for (const source of event.sources) expect(SOURCE_VERBS, event.id).toContain(source.verb);
      for (const tag of event.tags) expect(tag, event.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('excerpts', () => {
  /** The photo caption runs into the first sentence with no separator ("Tel AbyadIran has"). */
  const CAPTION_JOIN = TEXT.indexOf('Tel Abyad') + 'Tel Abyad'.length;

  function startsSentence(start: number): boolean {
    if (start === 0 || start === CAPTION_JOIN) return true;
    const before = TEXT.slice(0, start);
    return /\n$/.test(before) || /[.!?][”’]?[ \u00a0]+$/.test(before);
  }

  function endsSentence(excerpt: string, end: number): boolean {
    const after = TEXT.slice(end);
    return /(?:[.!?][”’]?|[”’][.!?])$/.test(excerpt) && (after === '' || /^\s/.test(after));
  }

  it('finds the caption join where the first sentence begins', () => {
    expect(TEXT.slice(CAPTION_JOIN - 9, CAPTION_JOIN + 4)).toBe('Tel AbyadIran');
  });

  it.each(events.map((event) => [event.id, event] as const))(
    '%s: the offsets give the text, and the text is one whole sentence',
    (_id, event) => {
      const excerpt = event.excerpt;
      expect(excerpt).toBeDefined();
      if (!excerpt) return;
      expect(Number.isInteger(excerpt.start) && Number.isInteger(excerpt.end)).toBe(true);
      expect(excerpt.start).toBeGreaterThanOrEqual(0);
      expect(excerpt.end).toBeLessThanOrEqual(TEXT.length);
      expect(TEXT.slice(excerpt.start, excerpt.end)).toBe(excerpt.text);
      expect(startsSentence(excerpt.start)).toBe(true);
      expect(excerpt.text).toMatch(/^[“A-Z]/);
      expect(endsSentence(excerpt.text, excerpt.end)).toBe(true);
      // No sentence boundary inside: exactly one sentence.
      expect(excerpt.text.slice(0, -2)).not.toMatch(/[.!?][”’]?\s+[“A-Z]/);
    },
  );

  it('contain the time words and the quantities as written', () => {
    for (const event of events) {
      const excerpt = event.excerpt?.text ?? '';
      if (event.when.text) expect(excerpt, event.id).toContain(event.when.text);
      for (const quantity of event.quantities) {
        if (quantity.text) expect(excerpt, event.id).toContain(quantity.text);
      }
    }
  });
});

describe('spans', () => {
  it('are instants with the Baghdad offset, and start <= end', () => {
    for (const event of events) {
      const { start, end } = event.when;
      expect(start, event.id).toMatch(/^2014-06-\d{2}T\d{2}:00:00\+03:00$/);
      if (end !== null) {
        expect(end, event.id).toMatch(/^2014-06-\d{2}T\d{2}:00:00\+03:00$/);
        expect(parseInstant(start), event.id).toBeLessThanOrEqual(parseInstant(end));
      }
      if (event.when.resolvedAgainst !== undefined) {
        expect(event.when.resolvedAgainst, event.id).toBe(PUBLISHED);
      }
    }
  });

  it('are read against the publication reference whenever the article gives time words', () => {
    for (const event of events) {
      if (event.when.text) expect(event.when.resolvedAgainst, event.id).toBe(PUBLISHED);
      else expect(event.when.precision, event.id).toBe('unspecified');
    }
  });

  const pinned: [
    id: string,
    start: string,
    end: string | null,
    precision: string,
    text?: string,
  ][] = [
    [
      'iran-sends-2000-advance-troops',
      '2014-06-12T12:00:00+03:00',
      PUBLISHED,
      'range',
      'in the past 48 hours',
    ],
    [
      'basiji-cross-into-khanaqin',
      '2014-06-13T00:00:00+03:00',
      '2014-06-14T00:00:00+03:00',
      'day',
      'on Friday',
    ],
    [
      'basiji-enter-badra-jassan',
      '2014-06-13T18:00:00+03:00',
      '2014-06-14T06:00:00+03:00',
      'part-of-day',
      'overnight',
    ],
    [
      'suleimani-arrives-in-baghdad',
      WEEK_START,
      '2014-06-14T00:00:00+03:00',
      'unspecified',
      'confirmed on Friday',
    ],
    [
      'kerbala-sermon-calls-for-volunteers',
      '2014-06-13T00:00:00+03:00',
      '2014-06-14T00:00:00+03:00',
      'day',
      'on Friday',
    ],
    // Sometime on Saturday, up to the story's publication at noon.
    ['maliki-addresses-the-country', '2014-06-14T00:00:00+03:00', PUBLISHED, 'day', 'on Saturday'],
    ['isis-seizes-mosul-and-tikrit', WEEK_START, PUBLISHED, 'week', 'this week'],
    ['shia-militias-head-to-samarra', WEEK_START, null, 'unspecified', 'continuing to reorganise'],
    ['rouhani-offers-iran-support', WEEK_START, PUBLISHED, 'unspecified'],
    ['rouhani-raises-cooperation-with-washington', WEEK_START, PUBLISHED, 'unspecified'],
    ['volunteers-flock-to-baghdad-centres', WEEK_START, PUBLISHED, 'unspecified'],
    ['sistani-calls-on-iraqis-to-defend-country', WEEK_START, PUBLISHED, 'unspecified'],
    ['kurds-order-iraqi-troops-out-of-kirkuk', WEEK_START, PUBLISHED, 'unspecified'],
    ['army-bases-looted-in-kirkuk', WEEK_START, PUBLISHED, 'unspecified'],
    ['peshmerga-say-they-moved-in-after-retreat', WEEK_START, PUBLISHED, 'unspecified'],
  ];

  it('pins every event', () => {
    expect(pinned.map(([id]) => id).sort()).toEqual(events.map((event) => event.id).sort());
  });

  it.each(pinned)('%s: %s .. %s (%s, "%s")', (id, start, end, precision, text) => {
    const { when } = byId(id);
    expect(when.start).toBe(start);
    expect(when.end).toBe(end);
    expect(when.precision).toBe(precision);
    expect(when.text).toBe(text);
  });

  it('agree with resolveWhen wherever it reads the article’s words, ended by publication', () => {
    const readable = ['in the past 48 hours', 'on Friday', 'overnight', 'on Saturday', 'this week'];
    let checked = 0;
    for (const event of events) {
      const text = event.when.text;
      if (!text || !readable.includes(text)) continue;
      const result = resolveWhen(text, { reference: PUBLISHED, timeZone: 'Asia/Baghdad' });
      expect(result.ok, event.id).toBe(true);
      if (!result.ok) continue;
      // As the extractor reads a reported happening: it had happened by publication.
      expect(endedByPublication(result.when, PUBLISHED), event.id).toEqual(event.when);
      checked++;
    }
    expect(checked).toBe(6);
  });

  it('are in chronological order: start, then the narrower span, then id', () => {
    expect(events.map((event) => event.id)).toEqual(sortEvents(events).map((event) => event.id));
    for (let i = 1; i < events.length; i++) {
      const a = events[i - 1]!.when;
      const b = events[i]!.when;
      const aStart = parseInstant(a.start);
      const bStart = parseInstant(b.start);
      expect(aStart).toBeLessThanOrEqual(bStart);
      if (aStart === bStart && b.end !== null) {
        expect(a.end).not.toBeNull();
        expect(parseInstant(a.end!)).toBeLessThanOrEqual(parseInstant(b.end));
      }
    }
  });
});

describe('quantities', () => {
  const expected: Record<string, Quantity[]> = {
    'iran-sends-2000-advance-troops': [
      { value: 2000, unit: 'advance troops', approximate: false, text: '2,000' },
    ],
    'basiji-cross-into-khanaqin': [
      { value: 1500, unit: 'basiji forces', approximate: false, text: '1,500' },
    ],
    'basiji-enter-badra-jassan': [
      { value: 500, unit: 'basiji forces', approximate: false, text: '500' },
    ],
    'volunteers-flock-to-baghdad-centres': [
      { value: 200, unit: 'young men', approximate: true, text: 'hundreds of' },
    ],
    'shia-militias-head-to-samarra': [
      { value: 2, unit: 'Shia shrines', approximate: false, text: 'two' },
    ],
  };

  it.each(Object.entries(expected))('%s', (id, quantities) => {
    expect(byId(id).quantities).toEqual(quantities);
  });

  it('appear on no other event', () => {
    for (const event of events) {
      if (!(event.id in expected)) expect(event.quantities, event.id).toEqual([]);
    }
  });
});

describe('sources', () => {
  const expected: Record<string, Source[]> = {
    'iran-sends-2000-advance-troops': [
      { who: 'a senior Iraqi official', named: false, verb: 'told', outlet: 'The Guardian' },
    ],
    'basiji-cross-into-khanaqin': [
      { who: 'the Iraqi official', named: false, verb: 'said', outlet: 'The Guardian' },
    ],
    'basiji-enter-badra-jassan': [
      { who: 'the Iraqi official', named: false, verb: 'said', outlet: 'The Guardian' },
    ],
    'suleimani-arrives-in-baghdad': [
      { who: 'The Guardian', named: true, verb: 'confirmed', outlet: 'The Guardian' },
    ],
    'kerbala-sermon-calls-for-volunteers': [
      {
        who: 'Sheik Abdul-Mahdi al-Karbalaie',
        named: true,
        verb: 'said',
        outlet: 'Associated Press',
      },
    ],
    'maliki-addresses-the-country': [{ who: 'Nouri al-Maliki', named: true, verb: 'said' }],
    'rouhani-offers-iran-support': [{ who: 'Hassan Rouhani', named: true, verb: 'said' }],
    'rouhani-raises-cooperation-with-washington': [
      { who: 'Hassan Rouhani', named: true, verb: 'said' },
    ],
    'volunteers-flock-to-baghdad-centres': [{ who: 'unnamed reports', named: false, verb: 'said' }],
    'kurds-order-iraqi-troops-out-of-kirkuk': [
      { who: 'a mid-ranking army officer', named: false, verb: 'said', outlet: 'Associated Press' },
      {
        who: 'an Arab tribal sheik',
        named: false,
        verb: 'corroborated',
        outlet: 'Associated Press',
      },
      { who: 'a photographer', named: false, verb: 'corroborated', outlet: 'Associated Press' },
    ],
    'army-bases-looted-in-kirkuk': [
      { who: 'a photographer', named: false, verb: 'witnessed', outlet: 'Associated Press' },
    ],
    'peshmerga-say-they-moved-in-after-retreat': [
      { who: 'a spokesman for Kurdish forces', named: false, verb: 'said' },
    ],
    // Said in the article's own voice, without attribution.
    'isis-seizes-mosul-and-tikrit': [],
    'sistani-calls-on-iraqis-to-defend-country': [],
    'shia-militias-head-to-samarra': [],
  };

  it('cover every event', () => {
    expect(Object.keys(expected).sort()).toEqual(events.map((event) => event.id).sort());
  });

  it.each(Object.entries(expected))('%s', (id, sources) => {
    expect(byId(id).sources).toEqual(sources);
  });

  it('give the confidence the attributions support', () => {
    const confidence = (id: string) => deriveConfidence(byId(id).sources);
    expect(confidence('suleimani-arrives-in-baghdad')).toBe('confirmed');
    expect(confidence('army-bases-looted-in-kirkuk')).toBe('confirmed');
    expect(confidence('kurds-order-iraqi-troops-out-of-kirkuk')).toBe('corroborated');
    expect(confidence('iran-sends-2000-advance-troops')).toBe('attributed');
    expect(confidence('kerbala-sermon-calls-for-volunteers')).toBe('attributed');
    expect(confidence('isis-seizes-mosul-and-tikrit')).toBe('unsourced');
  });
});

describe('places', () => {
  it('keep the article’s spelling in the excerpt and the usual one in admin', () => {
    const [badra] = byId('basiji-enter-badra-jassan').places;
    expect(badra).toMatchObject({ name: 'Badra Jassan', admin: 'Wasit province', country: 'Iraq' });
    expect(byId('basiji-enter-badra-jassan').excerpt?.text).toContain('Wasat province');
    expect(byId('basiji-cross-into-khanaqin').places[0]).toMatchObject({
      name: 'Khanaqin',
      admin: 'Diyala province',
    });
  });

  it('have coordinates inside Iraq where given', () => {
    for (const event of events) {
      for (const place of event.places) {
        if (!place.coordinates) continue;
        expect(place.country, event.id).toBe('Iraq');
        const { lat, lon } = place.coordinates;
        expect(lat, `${event.id} ${place.name}`).toBeGreaterThan(29);
        expect(lat, `${event.id} ${place.name}`).toBeLessThan(37.5);
        expect(lon, `${event.id} ${place.name}`).toBeGreaterThan(38.5);
        expect(lon, `${event.id} ${place.name}`).toBeLessThan(48.6);
      }
    }
  });
});

describe('parseTimeline', () => {
  it('reads the fixture with no errors and no excerpt warnings', () => {
    const { timeline, problems } = parseTimeline(iraqTimeline);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(problems.filter((problem) => problem.path.includes('excerpt'))).toEqual([]);
    expect(timeline?.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
  });

  it('reads the JSON file with no errors', () => {
    const { timeline, problems } = parseTimeline(readFileSync(JSON_PATH, 'utf8'));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(timeline?.events).toHaveLength(events.length);
  });
});
