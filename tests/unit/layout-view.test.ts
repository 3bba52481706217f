import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { buildEventIndex, fitDomain, layoutView } from '../../src/layout/index.js';
import { itemKey } from '../../src/layout/frame.js';
import type {
  EventIndex,
  IndexedEvent,
  ViewItem,
  ViewLayout,
  ViewOptions,
} from '../../src/layout/index.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { createEvent } from '../../src/model/create-event.js';
import { seededRandom } from '../../src/data/synthetic.js';

const BASE = Date.UTC(2014, 5, 1);
const MIN = 60_000;
const WIDTHS = [320, 768, 1280, 1920];
const EPS = 1e-6;

const seeded = seededRandom;

function event(k: number, start: number, end: number | null): TimelineEvent {
  return createEvent(`e${k}`, `Event ${k}`, {
    start: new Date(start).toISOString(),
    end: end === null ? null : new Date(end).toISOString(),
    precision: end === start ? 'minute' : 'range',
  });
}

/** Bursty news: most events bunch around a few moments, some spans, a few ongoing. */
function syntheticEvents(count: number, seed: number, spanDays = 60): TimelineEvent[] {
  const random = seeded(seed);
  const bursts = Array.from({ length: 12 }, () => BASE + random() * spanDays * 86_400_000);
  return Array.from({ length: count }, (_, k) => {
    const near = bursts[Math.floor(random() * bursts.length)]!;
    const start = Math.round(
      random() < 0.6
        ? near + (random() - 0.5) * 6 * 3_600_000
        : BASE + random() * spanDays * 86_400_000,
    );
    const kind = random();
    if (kind < 0.65) return event(k, start, start);
    if (kind < 0.92) return event(k, start, start + Math.round(random() * 3 * 86_400_000));
    return event(k, start, null);
  });
}

function scaleFor(domain: [number, number], width: number) {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, width]);
}

const labelWidth = (item: IndexedEvent) => 40 + ((item.i * 37) % 200);

function membersOf(item: ViewItem): IndexedEvent[] {
  return item.kind === 'event' ? [item.item] : item.members;
}

function countOf(item: ViewItem): number {
  return item.kind === 'event' ? 1 : item.count;
}

/** Checks every invariant of one layout against a brute-force reading of the index. */
function checkLayout(index: EventIndex, options: ViewOptions, layout: ViewLayout): void {
  const overscan = options.overscan ?? 200;
  const [r0, r1] = options.scale.range() as [number, number];
  const [tMin, tMax] = layout.range;
  expect(Math.abs(tMin - +options.scale.invert(r0 - overscan))).toBeLessThanOrEqual(1);
  expect(Math.abs(tMax - +options.scale.invert(r1 + overscan))).toBeLessThanOrEqual(1);

  // Every intersecting event appears exactly once, as an event or inside a cluster; the only
  // others are members of a cluster at the edge, which is drawn whole.
  const intersects = (item: IndexedEvent) => item.start <= tMax && item.end >= tMin;
  const expected = index.items.filter(intersects).map((item) => item.i);
  const seen = layout.items.flatMap(membersOf).map((item) => item.i);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.filter((i) => expected.includes(i)).length).toBe(expected.length);
  for (const item of layout.items) expect(membersOf(item).some(intersects)).toBe(true);
  expect(layout.items.reduce((sum, item) => sum + countOf(item), 0)).toBe(seen.length);
  expect(layout.candidates).toBe(seen.length);

  const project = (t: number) => options.scale(t);
  // Ongoing events run on to the far edge of the laid-out range.
  const endPx = (m: IndexedEvent) =>
    m.open ? Math.max(project(m.start), r1 + overscan) : project(m.end);
  for (const item of layout.items) {
    expect(item.p1 + EPS).toBeGreaterThanOrEqual(item.p0);
    if (item.kind === 'event') {
      expect(item.lane).toBe(item.item.lane);
      expect(item.p0).toBeCloseTo(project(item.item.start), 6);
      expect(item.p1).toBeCloseTo(endPx(item.item), 6);
    } else {
      expect(item.members.length).toBe(item.count);
      expect(item.count).toBeGreaterThan(1);
      expect(item.t0).toBe(Math.min(...item.members.map((m) => m.start)));
      expect(item.t1).toBe(Math.max(...item.members.map((m) => m.end)));
      expect(item.p0).toBeCloseTo(project(item.t0), 6);
      expect(item.p1).toBeCloseTo(Math.max(...item.members.map(endPx)), 6);
    }
  }

  if (options.mode === 'beside') checkBeside(options, layout);
  else checkStacked(options, layout);
}

function byLane(layout: ViewLayout): Map<number, ViewItem[]> {
  const lanes = new Map<number, ViewItem[]>();
  for (const item of layout.items) {
    const lane = lanes.get(item.lane) ?? [];
    lane.push(item);
    lanes.set(item.lane, lane);
  }
  return lanes;
}

function checkBeside(options: ViewOptions, layout: ViewLayout): void {
  const minLabel = options.minLabel ?? 56;
  const gap = options.labelGap ?? 4;
  const limit = (options.scale.range()[1] ?? 0) + (options.overscan ?? 200);
  for (const [lane, items] of byLane(layout)) {
    expect(lane).toBeLessThan(layout.lanes);
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      const next = items[k + 1];
      if (item.kind === 'cluster') for (const m of item.members) expect(m.lane).toBe(lane);
      if (next) {
        // Sorted by p0 within the lane, and groups start a full minLabel apart.
        expect(next.p0 - item.p0 + EPS).toBeGreaterThanOrEqual(minLabel);
      }
      if (item.kind === 'event' && item.label) {
        const { p, size } = item.label;
        expect(size).toBeGreaterThan(0);
        expect(p).toBeGreaterThanOrEqual(item.p0);
        if (!options.fitLabels) expect(p).toBe(item.p0);
        expect(size).toBeLessThanOrEqual((options.labelWidth ?? (() => 160))(item.item) + EPS);
        expect(p + size).toBeLessThanOrEqual(limit + EPS);
        // The label ends before the next mark of its lane, so labels in a lane never overlap.
        if (next) expect(p + size).toBeLessThanOrEqual(next.p0 - gap + EPS);
      }
    }
    const labels = items.flatMap((item) =>
      item.kind === 'event' && item.label ? [item.label] : [],
    );
    for (let k = 1; k < labels.length; k++)
      expect(labels[k - 1]!.p + labels[k - 1]!.size).toBeLessThanOrEqual(labels[k]!.p + EPS);
  }
}

function checkStacked(options: ViewOptions, layout: ViewLayout): void {
  const extent = options.labelExtent ?? 44;
  for (let k = 1; k < layout.items.length; k++) {
    expect(layout.items[k]!.p0 - layout.items[k - 1]!.p0 + EPS).toBeGreaterThanOrEqual(extent);
  }
  const labels: { p: number; size: number }[] = [];
  for (const item of layout.items) {
    if (item.kind === 'event') {
      expect(item.label).toEqual({ p: item.p0, size: extent });
      labels.push(item.label!);
    } else {
      expect(item.lane).toBe(item.members[0]!.lane);
    }
  }
  for (let k = 1; k < labels.length; k++)
    expect(labels[k - 1]!.p + labels[k - 1]!.size).toBeLessThanOrEqual(labels[k]!.p + EPS);
}

describe('layoutView', () => {
  const events = syntheticEvents(3000, 7);
  const index = buildEventIndex(events);
  const random = seeded(99);
  const zoomStart = BASE + random() * 50 * 86_400_000;
  const zooms: [string, [number, number]][] = [
    ['fit-all', fitDomain(index)!],
    ['random zoom', [zoomStart, zoomStart + (0.05 + random()) * 86_400_000]],
    ['one hour', [zoomStart, zoomStart + 3_600_000]],
  ];

  for (const mode of ['beside', 'stacked'] as const) {
    for (const [name, domain] of zooms) {
      for (const width of WIDTHS) {
        it(`${mode}, ${name}, ${width}px: labels apart, counts add up, sorted, deterministic`, () => {
          const options: ViewOptions = { scale: scaleFor(domain, width), mode, labelWidth };
          const layout = layoutView(index, options);
          checkLayout(index, options, layout);
          expect(layoutView(index, options)).toEqual(layout);
        });
      }
    }
  }

  it('clusters dense stretches at fit-all and resolves them into events when zoomed in', () => {
    const fit = layoutView(index, { scale: scaleFor(fitDomain(index)!, 1280), mode: 'beside' });
    expect(fit.items.some((item) => item.kind === 'cluster')).toBe(true);
    expect(fit.candidates).toBe(index.items.length);
    const t = index.items[100]!.start;
    const zoomed = layoutView(index, { scale: scaleFor([t, t + 60_000], 1280), mode: 'beside' });
    expect(zoomed.items.some((item) => item.kind === 'event')).toBe(true);
  });

  it('gives a lone event its desired label width, capped by the next mark and the far edge', () => {
    const events = [event(0, BASE, BASE), event(1, BASE + 100 * MIN, BASE + 100 * MIN)];
    const index = buildEventIndex(events);
    const scale = scaleFor([BASE, BASE + 200 * MIN], 200); // 1 px per minute
    const layout = layoutView(index, { scale, mode: 'beside', labelWidth: () => 160, overscan: 0 });
    const labels = layout.items.map((item) => (item.kind === 'event' ? item.label : undefined));
    expect(labels).toEqual([
      { p: 0, size: 88 },
      { p: 100, size: 100 },
    ]);
    const narrow = layoutView(index, { scale, mode: 'beside', labelWidth: () => 30, overscan: 0 });
    expect(narrow.items.map((item) => (item.kind === 'event' ? item.label?.size : 0))).toEqual([
      30, 30,
    ]);
  });

  it('ignores clamping and handles polylinear scales by calling the scale', () => {
    const domain = fitDomain(index)!;
    const scale = scaleFor(domain, 1280);
    const plain = layoutView(index, { scale, mode: 'beside', labelWidth });
    expect(
      layoutView(index, { scale: scale.copy().clamp(true), mode: 'beside', labelWidth }),
    ).toEqual(plain);
    const mid = (domain[0] + domain[1]) / 2;
    const poly = scaleUtc()
      .domain([new Date(domain[0]), new Date(mid), new Date(domain[1])])
      .range([0, 640, 1280]);
    const options: ViewOptions = { scale: poly, mode: 'beside', labelWidth };
    const layout = layoutView(index, options);
    expect(layout.candidates).toBe(plain.candidates);
    expect(layout.items.length).toBe(plain.items.length);
  });

  it('returns nothing for an empty index or a degenerate scale', () => {
    const empty = buildEventIndex([]);
    const scale = scaleFor([BASE, BASE + 86_400_000], 800);
    expect(layoutView(empty, { scale, mode: 'beside' }).items).toEqual([]);
    const flat = scaleFor([BASE, BASE], 800);
    const layout = layoutView(index, { scale: flat, mode: 'stacked' });
    expect(layout.items.reduce((sum, item) => sum + countOf(item), 0)).toBe(layout.candidates);
  });

  it('property: invariants hold for random events, zooms, widths and thresholds', () => {
    const spec = fc.record({
      at: fc.integer({ min: 0, max: 5000 }),
      duration: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 150 }),
        fc.integer({ min: -500, max: 5000 }),
        fc.integer({ min: 1, max: 6000 }),
        fc.constantFrom(...WIDTHS, 1),
        fc.constantFrom('beside' as const, 'stacked' as const),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 400 }),
        (specs, from, span, width, mode, maxLanes, threshold, overscan) => {
          const events = specs.map((s, k) =>
            event(
              k,
              BASE + s.at * MIN,
              s.duration === null ? null : BASE + (s.at + s.duration) * MIN,
            ),
          );
          const index = buildEventIndex(events, { maxLanes });
          const options: ViewOptions = {
            scale: scaleFor([BASE + from * MIN, BASE + (from + span) * MIN], width),
            mode,
            labelWidth,
            minLabel: threshold,
            labelExtent: threshold,
            overscan,
          };
          const layout = layoutView(index, options);
          checkLayout(index, options, layout);
          expect(layoutView(index, options)).toEqual(layout);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('layoutView while panning', () => {
  const index = buildEventIndex(syntheticEvents(3000, 5), { maxLanes: 4 });
  const random = seeded(17);
  const ids = (item: ViewItem) => membersOf(item).map((m) => m.id);

  for (const mode of ['beside', 'stacked'] as const) {
    it(`${mode}: a pan by part of a screen keeps the key and members of every item that stays`, () => {
      const width = 1200;
      for (let run = 0; run < 20; run++) {
        const start = BASE + random() * 55 * 86_400_000;
        const span = (0.1 + random() * 3) * 86_400_000;
        const shift = (random() - 0.5) * span;
        const options = (from: number): ViewOptions => ({
          scale: scaleFor([from, from + span], width),
          mode,
          labelWidth,
          maxDrift: mode === 'stacked' ? 132 : 0,
        });
        const before = layoutView(index, options(start));
        const after = layoutView(index, options(start + shift));
        const [tMin, tMax] = after.range;
        const afterByKey = new Map(after.items.map((item) => [itemKey(item), item]));
        let kept = 0;
        for (const item of before.items) {
          if (!membersOf(item).some((m) => m.start <= tMax && m.end >= tMin)) continue;
          const same = afterByKey.get(itemKey(item));
          expect(same && ids(same)).toEqual(ids(item));
          // The label (stacked: pushed below the mark by the labels before it) moves with the pan.
          if (mode === 'stacked')
            expect(same!.label!.p - same!.p0).toBeCloseTo(item.label!.p - item.p0, 3);
          kept++;
        }
        expect(kept).toBeGreaterThan(0);
      }
    });
  }
});

describe('layoutView stacked with maxDrift', () => {
  const events = syntheticEvents(2000, 11);
  const index = buildEventIndex(events);
  for (const width of WIDTHS) {
    it(`${width}px: labels pushed at most maxDrift, never overlapping, counts add up`, () => {
      const maxDrift = 132;
      const extent = 44;
      const options: ViewOptions = {
        scale: scaleFor(fitDomain(index)!, width),
        mode: 'stacked',
        labelExtent: extent,
        maxDrift,
      };
      const layout = layoutView(index, options);
      let end = -Infinity;
      for (const item of layout.items) {
        const label = item.label!;
        expect(label.size).toBe(extent);
        expect(label.p).toBeGreaterThanOrEqual(item.p0 - EPS);
        expect(label.p - item.p0).toBeLessThanOrEqual(maxDrift + EPS);
        expect(label.p + EPS).toBeGreaterThanOrEqual(end);
        end = label.p + label.size;
      }
      expect(layout.items.reduce((sum, item) => sum + countOf(item), 0)).toBe(layout.candidates);
    });
  }

  it('gives every event of a small same-instant burst its own pushed-down label', () => {
    const burst = syntheticEvents(5, 3).map((event) => ({
      ...event,
      when: { ...event.when, start: '2014-06-09T00:00:00Z', end: '2014-06-09T00:00:00Z' },
    }));
    const small = buildEventIndex(burst);
    const scale = scaleFor([Date.UTC(2014, 5, 8), Date.UTC(2014, 5, 10)], 600);
    const layout = layoutView(small, { scale, mode: 'stacked', labelExtent: 40, maxDrift: 400 });
    expect(layout.items.map((item) => item.kind)).toEqual([
      'event',
      'event',
      'event',
      'event',
      'event',
    ]);
    expect(layout.items.map((item) => item.label!.p - item.p0)).toEqual([0, 40, 80, 120, 160]);
  });
});
