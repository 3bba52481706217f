// Property tests: random timelines and random JSON, through one element. Whatever parseTimeline
// keeps is drawn (alone or in clusters); whatever it cannot keep shows as problems, empty or error.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { ACTOR_KINDS, PRECISIONS, SOURCE_VERBS, type Timeline } from '../../src/model/types.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { cleanup, drawnEventCount, mount, shadow, until } from './fixtures.js';

const NUM_RUNS = 40;
const ZONES = ['UTC', 'Asia/Baghdad', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kathmandu'];

const text = (max: number) =>
  fc.oneof(fc.string({ minLength: 1, maxLength: max }), fc.constantFrom(...XSS_PAYLOADS));

const instant = fc
  .date({
    min: new Date('1000-01-01T00:00:00Z'),
    max: new Date('3000-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.getTime());

const when = fc
  .record({
    start: instant,
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 * 86_400_000 })),
    ongoing: fc.boolean(),
    precision: fc.constantFrom(...PRECISIONS),
    text: fc.option(text(40), { nil: undefined }),
  })
  .map(({ start, length, ongoing, precision, text }) => ({
    start: new Date(start).toISOString(),
    end: ongoing ? null : new Date(start + length).toISOString(),
    precision,
    ...(text === undefined ? {} : { text }),
  }));

const eventBody = fc.record(
  {
    headline: text(120),
    summary: text(200),
    when,
    places: fc.array(fc.record({ name: text(30) }), { maxLength: 2 }),
    actors: fc.array(fc.record({ name: text(30), kind: fc.constantFrom(...ACTOR_KINDS) }), {
      maxLength: 2,
    }),
    quantities: fc.array(
      fc.record({
        value: fc.double({ noNaN: true, noDefaultInfinity: true }),
        unit: text(20),
        approximate: fc.boolean(),
      }),
      { maxLength: 2 },
    ),
    sources: fc.array(
      fc.record({
        who: text(30),
        named: fc.boolean(),
        verb: fc.constantFrom(...SOURCE_VERBS),
        url: fc.oneof(fc.webUrl(), fc.constantFrom(...XSS_PAYLOADS)),
      }),
      { maxLength: 2 },
    ),
    tags: fc.array(text(20), { maxLength: 3 }),
    category: fc.constantFrom('a', 'b', 'c'),
  },
  { requiredKeys: ['headline', 'when'] },
);

/** Valid timelines: unique ids, valid dates, known enums. */
const validTimeline = fc
  .record({
    title: fc.string({ maxLength: 60 }),
    timeZone: fc.constantFrom(...ZONES),
    events: fc.array(eventBody, { maxLength: 60 }),
  })
  .map(({ title, timeZone, events }) => ({
    id: 'fuzz',
    title,
    language: 'en',
    published: '2014-06-30T00:00:00Z',
    timeZone,
    events: events.map((event, i) => ({ id: `e${i}`, ...event })),
  }));

/** Valid timelines with some events replaced by arbitrary JSON. */
const damagedTimeline = fc
  .tuple(validTimeline, fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { maxLength: 5 }))
  .map(([timeline, damage]) => {
    const events: unknown[] = [...timeline.events];
    for (const [at, junk] of damage) if (events.length > 0) events[at % events.length] = junk;
    return { ...timeline, events };
  });

let element: NewsTimeline;
beforeAll(async () => {
  element = await mount((el) => el.setAttribute('no-legend', ''));
});

afterAll(() => {
  cleanup();
});

/** How many runs ended in each state, so a property that only ever saw empty input fails. */
const outcomes = { fatal: 0, empty: 0, drawn: 0, drawnEvents: 0 };

/** Sets the input and checks the element shows what parseTimeline made of it. */
async function showsWhatParseKept(input: unknown): Promise<void> {
  const { timeline, problems } = parseTimeline(input);
  const errors = problems.filter((p) => p.severity === 'error');
  element.timeline = input as Timeline;
  await element.updateComplete;
  const root = shadow(element);
  const problemsPanel = root.querySelector('[part~="problems"]');
  if (!timeline) {
    expect(root.querySelector('[role="alert"]'), 'fatal input shows an alert').not.toBeNull();
    expect(drawnEventCount(element)).toBe(0);
    outcomes.fatal += 1;
    return;
  }
  expect(root.querySelector('[role="alert"]')).toBeNull();
  expect(Boolean(problemsPanel), 'problems panel iff errors').toBe(errors.length > 0);
  if (timeline.events.length === 0) {
    expect(root.querySelector('[part~="status"] slot[name="empty"]')).not.toBeNull();
    outcomes.empty += 1;
    return;
  }
  element.fitAll();
  const kept = timeline.events.length;
  await until(() => drawnEventCount(element) === kept, 3000).catch(() => {
    throw new Error(`drew ${drawnEventCount(element)} of ${kept} kept events`);
  });
  outcomes.drawn += 1;
  outcomes.drawnEvents += kept;
}

describe('property: random input through <news-timeline>', () => {
  it('valid random timelines: every event is drawn, alone or in a cluster', async () => {
    const drawnBefore = outcomes.drawn;
    await fc.assert(
      fc.asyncProperty(validTimeline, async (input) => {
        expect(parseTimeline(input).timeline!.events.length).toBe(input.events.length);
        await showsWhatParseKept(input);
      }),
      { numRuns: NUM_RUNS, seed: 20140613 },
    );
    expect(outcomes.drawn - drawnBefore).toBeGreaterThan(NUM_RUNS / 2);
  });

  it('damaged timelines: the valid events are drawn and the rest reported', async () => {
    await fc.assert(
      fc.asyncProperty(damagedTimeline, async (input) => {
        await showsWhatParseKept(input);
      }),
      { numRuns: NUM_RUNS, seed: 42 },
    );
  });

  it('arbitrary JSON values and their text: an alert, an empty state or a drawing, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (value, asText) => {
        await showsWhatParseKept(asText ? JSON.stringify(value) : value);
      }),
      { numRuns: NUM_RUNS, seed: 7 },
    );
  });

  it('arbitrary strings as JSON text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom(...XSS_PAYLOADS)), async (value) => {
        await showsWhatParseKept(value);
      }),
      { numRuns: NUM_RUNS, seed: 11 },
    );
    console.log(`fuzz outcomes: ${JSON.stringify(outcomes)}`);
    expect(outcomes.fatal).toBeGreaterThan(0);
    expect(outcomes.empty).toBeGreaterThan(0);
  });
});
