import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEventIndex, fitDomain, visibleSlice } from '../../src/layout/index.js';
import type { EventIndex, IndexedEvent } from '../../src/layout/index.js';
import type { Precision, TimelineEvent } from '../../src/model/types.js';
import { sortEvents } from '../../src/model/sort.js';
import { spanEvent } from './builders.js';

const BASE = Date.UTC(2014, 5, 1);
const MIN = 60_000;

const event = (id: string, start: string, end: string | null, precision: Precision = 'minute') =>
  spanEvent(id, start, end, precision);

const iso = (ms: number) => new Date(ms).toISOString();

/** A span in minutes from BASE: duration null = open end, 0 = instant. */
interface SpanSpec {
  at: number;
  duration: number | null;
}

function eventsFrom(specs: readonly SpanSpec[]): TimelineEvent[] {
  return specs.map((s, k) =>
    event(
      `e${k}`,
      iso(BASE + s.at * MIN),
      s.duration === null ? null : iso(BASE + (s.at + s.duration) * MIN),
    ),
  );
}

const spanSpec = fc.record({
  at: fc.integer({ min: 0, max: 2000 }),
  duration: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 })), {
    nil: null,
    freq: 8,
  }),
});

/** An ongoing event occupies its lane from its start on, for good. */
const laneEnd = (item: IndexedEvent) => (item.open ? Infinity : item.end);
const overlaps = (a: IndexedEvent, b: IndexedEvent) =>
  a.start <= laneEnd(b) && b.start <= laneEnd(a);
/** Known to within about a day, so laid in the top lanes (mirrors the index's rule). */
const isPrecise = (item: IndexedEvent) => !item.open && item.end - item.start <= 26 * 3_600_000;

/** Largest number of events covering one instant: the fewest lanes any assignment can use. */
function depth(items: readonly IndexedEvent[]): number {
  let best = 0;
  for (const a of items) {
    let covering = 0;
    for (const b of items) if (b.start <= a.start && a.start <= laneEnd(b)) covering++;
    best = Math.max(best, covering);
  }
  return best;
}

function laneHasOverlap(index: EventIndex, lane: number): boolean {
  const inLane = index.items.filter((item) => item.lane === lane);
  for (let a = 0; a < inLane.length; a++)
    for (let b = a + 1; b < inLane.length; b++) if (overlaps(inLane[a]!, inLane[b]!)) return true;
  return false;
}

describe('buildEventIndex', () => {
  it('parses spans, sorts them as the model does (compareEvents), and records positions', () => {
    const events = [
      event('late', '2014-06-13T15:00:00+03:00', '2014-06-13T15:00:00+03:00'),
      event('open', '2014-06-13T00:00:00+03:00', null, 'day'),
      event('wide', '2014-06-13T00:00:00+03:00', '2014-06-14T00:00:00+03:00', 'day'),
      event('narrow', '2014-06-13T00:00:00+03:00', '2014-06-13T06:00:00+03:00', 'part-of-day'),
      event('same-as-narrow', '2014-06-13T00:00:00+03:00', '2014-06-13T06:00:00+03:00'),
      event('instant', '2014-06-12T21:00:00Z', '2014-06-12T21:00:00Z'),
    ];
    const index = buildEventIndex(events);
    expect(index.items.map((item) => item.id)).toEqual(sortEvents(events).map((e) => e.id));
    expect(index.items.map((item) => item.id)).toEqual([
      'instant',
      'narrow',
      'same-as-narrow',
      'wide',
      'open',
      'late',
    ]);
    const open = index.items[4]!;
    expect(open).toMatchObject({ open: true, precision: 'day' });
    expect(open.end).toBe(open.start);
    expect(index.extent).toEqual([
      Date.parse('2014-06-12T21:00:00Z'),
      Date.parse('2014-06-13T21:00:00Z'),
    ]);
    for (const [k, item] of index.items.entries()) expect(index.position[item.i]).toBe(k);
  });

  it('skips events it cannot place instead of crashing', () => {
    const events = [
      event('ok', '2014-06-13T00:00:00+03:00', null),
      event('no-offset', '2014-06-13T00:00:00', null),
      event('garbage', 'Friday', 'Saturday'),
      event('inverted', '2014-06-14T00:00:00Z', '2014-06-13T00:00:00Z'),
      { id: 'no-when' } as unknown as TimelineEvent,
    ];
    const index = buildEventIndex(events);
    expect(index.items.map((item) => item.id)).toEqual(['ok']);
    expect(index.skipped).toEqual([1, 2, 3, 4]);
    expect(Array.from(index.position)).toEqual([0, -1, -1, -1, -1]);
  });

  it('is empty for no events', () => {
    const index = buildEventIndex([]);
    expect(index).toMatchObject({ items: [], laneCount: 0, extent: null, folded: false });
    expect(visibleSlice(index, 0, 1)).toEqual({ from: 0, to: 0 });
  });

  it('puts two events at the same instant in different lanes, and touching-free ones together', () => {
    const t = '2014-06-13T12:00:00Z';
    const index = buildEventIndex([
      event('a', t, t),
      event('b', t, t),
      event('c', '2014-06-13T12:00:01Z', '2014-06-13T13:00:00Z'),
    ]);
    expect(index.items.map((item) => [item.id, item.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(index.laneCount).toBe(2);
  });

  it('folds lanes beyond maxLanes - 1 into the last lane', () => {
    const t = '2014-06-13T12:00:00Z';
    const events = Array.from({ length: 5 }, (_, k) => event(`e${k}`, t, t));
    const index = buildEventIndex(events, { maxLanes: 3 });
    expect(index.items.map((item) => item.lane)).toEqual([0, 1, 2, 2, 2]);
    expect(index.laneCount).toBe(3);
    expect(index.folded).toBe(true);
    expect(buildEventIndex(events, { maxLanes: 1 }).items.every((item) => item.lane === 0)).toBe(
      true,
    );
  });

  it('property: lanes hold no overlapping events (except a folded last lane); precise events take the top lanes, each group the fewest lanes', () => {
    fc.assert(
      fc.property(
        fc.array(spanSpec, { maxLength: 80 }),
        fc.integer({ min: 1, max: 8 }),
        (specs, maxLanes) => {
          const index = buildEventIndex(eventsFrom(specs), { maxLanes });
          const unbounded = buildEventIndex(eventsFrom(specs), { maxLanes: 1e9 });
          // Greedy interval partitioning is optimal within each group: as many lanes as its deepest overlap.
          const precise = unbounded.items.filter(isPrecise);
          const wide = unbounded.items.filter((item) => !isPrecise(item));
          expect(unbounded.laneCount).toBe(depth(precise) + depth(wide));
          const topWide = Math.min(...wide.map((item) => item.lane));
          for (const item of precise) expect(item.lane).toBeLessThan(topWide);
          expect(unbounded.folded).toBe(false);
          expect(index.laneCount).toBe(Math.min(maxLanes, unbounded.laneCount));
          for (let lane = 0; lane < index.laneCount; lane++) {
            const mayOverlap = index.folded && lane === index.laneCount - 1;
            if (!mayOverlap) expect(laneHasOverlap(index, lane)).toBe(false);
          }
          // Folded means the shared last lane really holds overlapping events.
          const last = index.laneCount - 1;
          expect(index.folded).toBe(unbounded.laneCount > maxLanes && laneHasOverlap(index, last));
          // Folding only clamps: lanes below the last agree with the unbounded assignment.
          for (const [k, item] of index.items.entries())
            expect(item.lane).toBe(Math.min(unbounded.items[k]!.lane, maxLanes - 1));
        },
      ),
    );
  });

  it('property: each event takes the lowest-numbered lane of its group free at its start', () => {
    fc.assert(
      fc.property(fc.array(spanSpec, { maxLength: 120 }), (specs) => {
        const index = buildEventIndex(eventsFrom(specs), { maxLanes: 1e9 });
        const preciseLanes = Math.max(0, ...index.items.filter(isPrecise).map((it) => it.lane + 1));
        // The straightforward rule, one linear scan of the lanes per event.
        const lastEnds = new Map<boolean, number[]>([
          [true, []],
          [false, []],
        ]);
        for (const item of index.items) {
          const ends = lastEnds.get(isPrecise(item))!;
          let lane = ends.findIndex((end) => end < item.start);
          if (lane < 0) lane = ends.length;
          ends[lane] = laneEnd(item);
          expect(item.lane).toBe(isPrecise(item) ? lane : preciseLanes + lane);
        }
      }),
    );
  });

  it('property: items are chronological and prefixMaxEnd is the running max', () => {
    fc.assert(
      fc.property(fc.array(spanSpec, { maxLength: 80 }), (specs) => {
        const index = buildEventIndex(eventsFrom(specs));
        let maxEnd = -Infinity;
        for (let k = 0; k < index.items.length; k++) {
          const item = index.items[k]!;
          const prev = index.items[k - 1];
          if (prev) {
            expect(prev.start <= item.start).toBe(true);
            if (prev.start === item.start) {
              // Closed spans before ongoing ones; among closed spans the narrower first.
              expect(Number(prev.open) <= Number(item.open)).toBe(true);
              if (!prev.open && !item.open) expect(prev.end <= item.end).toBe(true);
            }
          }
          maxEnd = Math.max(maxEnd, item.end);
          expect(index.prefixMaxEnd[k]).toBe(maxEnd);
          expect(index.starts[k]).toBe(item.start);
        }
      }),
    );
  });

  it('property: visibleSlice holds exactly the intersecting items, tightly bounded', () => {
    fc.assert(
      fc.property(
        fc.array(spanSpec, { maxLength: 80 }),
        fc.integer({ min: -100, max: 2400 }),
        fc.integer({ min: 0, max: 800 }),
        (specs, a, width) => {
          const index = buildEventIndex(eventsFrom(specs));
          const t0 = BASE + a * MIN;
          const t1 = t0 + width * MIN;
          const { from, to } = visibleSlice(index, t0, t1);
          index.items.forEach((item, k) => {
            const hits = item.start <= t1 && item.end >= t0;
            if (hits) expect(k >= from && k < to).toBe(true);
          });
          // Tight: the item at `from` (if any) could still reach t0, the one before cannot;
          // everything from `to` on starts after t1.
          if (from > 0) expect(index.prefixMaxEnd[from - 1]! < t0).toBe(true);
          if (to < index.items.length) expect(index.items[to]!.start > t1).toBe(true);
          if (to > 0 && to <= index.items.length)
            expect(index.items[to - 1]!.start <= t1).toBe(true);
        },
      ),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(spanSpec, { maxLength: 60 }), (specs) => {
        expect(buildEventIndex(eventsFrom(specs))).toEqual(buildEventIndex(eventsFrom(specs)));
      }),
    );
  });
});

describe('fitDomain', () => {
  const DAY = 86_400_000;
  it('pads the extent by a fraction of its width', () => {
    const index = buildEventIndex([
      event('a', iso(BASE), iso(BASE)),
      event('b', iso(BASE + 10 * DAY), iso(BASE + 10 * DAY)),
    ]);
    expect(fitDomain(index)).toEqual([BASE - DAY / 2, BASE + 10.5 * DAY]);
    expect(fitDomain(index, 0)).toEqual([BASE, BASE + 10 * DAY]);
  });

  it('widens a single instant to the day around it and gives an empty index null', () => {
    const index = buildEventIndex([event('a', iso(BASE), iso(BASE))]);
    expect(fitDomain(index)).toEqual([BASE - DAY / 2, BASE + DAY / 2]);
    expect(fitDomain(buildEventIndex([]))).toBeNull();
  });
});
