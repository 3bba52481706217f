import { describe, expect, it } from 'vitest';
import type { StoryLayout } from '../../src/layout/story.js';
import { horizontalStory } from './story-frame.js';
import { computeFrame, transformFor } from '../../src/layout/frame.js';
import type { ViewCluster, ViewEvent } from '../../src/layout/index.js';
import { blm, calderon, corpus, exide, laTimes, lax } from '../fixtures/corpus/index.js';
import { laneLines } from '../../src/layout/story-lanes.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { createEvent } from '../../src/model/create-event.js';

const instantEvent = (headline: string, at: string) =>
  createEvent(headline.replace(/\W+/g, '-'), headline, { start: at, end: at, precision: 'minute' });
import type { Timeline } from '../../src/model/types.js';
import kpccRows from '../fixtures/corpus/kpcc-exide.timeline-data.json';

function storyOf(timeline: Timeline, width: number) {
  const { prepared, story } = horizontalStory(timeline, width);
  /** The frame showing [start, end], drawn with `drawn` (the story's lanes, or a zoom level's). */
  const frame = ([start, end]: readonly [number, number], drawn: StoryLayout) => {
    const transform = transformFor(prepared.baseDomain, story.length, start, end, story.base);
    return {
      k: transform.k,
      frame: computeFrame({
        index: prepared.index,
        headlines: prepared.headlines,
        baseDomain: prepared.baseDomain,
        length: story.length,
        orientation: 'horizontal',
        transform,
        timeZone: timeline.timeZone,
        locale: 'en',
        story: drawn,
      }),
    };
  };
  return { story, frame };
}

const clusters = (items: readonly (ViewEvent | ViewCluster)[]) =>
  items.filter((item): item is ViewCluster => item.kind === 'cluster');

/** The range a click on `cluster` zooms to (`NavigationController.openCluster`). */
const clusterRange = ({ t0, t1 }: ViewCluster): [number, number] => {
  const pad = Math.max((t1 - t0) * 0.15, 10 * 60_000);
  return [t0 - pad, t1 + pad];
};

describe('lanes packed again for a zoomed view of a story whose first view clusters', () => {
  // KPCC's Exide timeline: 40 of its 61 events in its last year, more than 24 lanes hold.
  const timeline = exide();

  it.each([1280, 800])(
    'zooming into the largest cluster at %i px shows its headlines whole',
    (width) => {
      const { story, frame } = storyOf(timeline, width);
      expect(story.index.folded).toBe(true);
      const first = frame(story.firstView, story).frame;
      const largest = clusters(first.items).sort((a, b) => b.count - a.count)[0]!;
      expect(largest.count).toBeGreaterThan(10);
      const range = clusterRange(largest);
      const { k, frame: sameLanes } = frame(range, story);
      // With the first view's lanes, the cluster's events fold into its last lane and cluster again.
      expect(clusters(sameLanes.items).length).toBeGreaterThan(0);

      const zoomed = story.zoomed!(k);
      expect(zoomed).not.toBe(story);
      const { frame: repacked } = frame(range, zoomed);
      const inView = (item: ViewEvent | ViewCluster) => item.p1 >= 0 && item.p0 <= story.length;
      expect(clusters(repacked.items).filter(inView)).toEqual([]);
      const drawn = new Map(
        repacked.items.flatMap((item) => (item.kind === 'event' ? [[item.item.i, item]] : [])),
      );
      for (const member of largest.members) {
        const event = drawn.get(member.i);
        expect(event, timeline.events[member.i]!.headline).toBeDefined();
        expect(event!.label).not.toBeNull();
        // Whole where the view has room for it: the box its plan asked for, not squeezed by the
        // next mark of its lane. (One whose mark is near the view's end is moved back to end there.)
        const planned = zoomed.labels!.get(member.i)!.width;
        if (event!.p0 + planned <= story.length) expect(event!.label!.size).toBe(planned);
      }
    },
  );

  it('keeps the room after a cluster in view, to the next item of its lane or the view’s end', () => {
    const { story, frame } = storyOf(timeline, 1280);
    const items = frame(story.firstView, story).frame.items;
    const largest = clusters(items).sort((a, b) => b.count - a.count)[0]!;
    const next = items.find((item) => item.lane === largest.lane && item.p0 > largest.p0);
    expect(largest.label!.p).toBe(largest.p0);
    const end = Math.min(next ? next.p0 - 4 : Infinity, story.length);
    expect(largest.label!.p + largest.label!.size).toBeCloseTo(end, 6);
    expect(largest.label!.size).toBeGreaterThan(200);
    // Panned so that the cluster starts before the view: no room is kept for it.
    const [v0, v1] = story.firstView;
    const shift = largest.t0 - v0 + 1;
    const panned = frame([v0 + shift, v1 + shift], story).frame.items;
    const before = clusters(panned).find((cluster) => cluster.t0 === largest.t0);
    expect(before).toBeDefined();
    expect(before!.label).toBeUndefined();
  });

  it('keeps a zoom level’s lanes while the reader pans or zooms within it, and gives the items back their first-view lanes when zoomed out', () => {
    const { story, frame } = storyOf(timeline, 1280);
    const [v0, v1] = story.firstView;
    const firstK = frame(story.firstView, story).k;
    expect(story.zoomed!(firstK)).toBe(story);
    expect(story.zoomed!(firstK * 1.9)).toBe(story);
    const level1 = story.zoomed!(firstK * 2.5);
    expect(level1).not.toBe(story);
    expect(story.zoomed!(firstK * 3.9)).toBe(level1);
    // A pan at that zoom: the same layout, every row where it was.
    const span = (v1 - v0) / 3;
    const panned = frame([v0 + span / 2, v0 + span * 1.5], level1);
    expect(story.zoomed!(panned.k)).toBe(level1);

    const laneOf = (layout: StoryLayout) =>
      new Map(layout.index.byLane.flatMap((run, lane) => run.items.map((item) => [item.i, lane])));
    const itemLanes = () => new Map(story.index.dated.items.map((item) => [item.i, item.lane]));
    expect(itemLanes()).toEqual(laneOf(level1));
    expect(laneOf(level1)).not.toEqual(laneOf(story));
    story.zoomed!(firstK);
    expect(itemLanes()).toEqual(laneOf(story));
  });

  it('stops at the first level that folds nothing, and never draws shorter than the first view', () => {
    const { story, frame } = storyOf(timeline, 1280);
    const firstK = frame(story.firstView, story).k;
    const height = (layout: StoryLayout) => layout.index.laneCount * 36 + layout.extraLines * 19;
    const seen: StoryLayout[] = [];
    for (let level = 0; level <= 12; level++) {
      const layout = story.zoomed!(firstK * 2 ** level * 1.0000001);
      if (seen.at(-1) !== layout) seen.push(layout);
      expect(height(layout), `level ${level}`).toBeGreaterThanOrEqual(height(story));
    }
    // Each level packed folds, but the last; closer zooms keep the last.
    expect(seen.slice(0, -1).every((layout) => layout.index.folded)).toBe(true);
    expect(seen.at(-1)!.index.folded).toBe(false);
    expect(seen.length).toBeLessThan(10);
    expect(story.zoomed!(firstK * 2 ** 20)).toBe(seen.at(-1));
    // A scale a hair under a level's (a transform rebuilt after a resize) is that level.
    expect(story.zoomed!(firstK * 2 * (1 - 1e-12))).toBe(seen[1]);
    expect(story.zoomed!(Number.NaN)).toBe(story);
  });

  it('leaves the lanes of stories whose first view holds every headline as they are', () => {
    for (const { id, timeline: other } of corpus()) {
      for (const width of [800, 1280]) {
        expect(storyOf(other, width).story.zoomed, `${id} at ${width}`).toBeUndefined();
      }
    }
  });
});

describe("Exide's events known only to their year (KPCC's display date: '1984')", () => {
  /** `exide()` with the three events KPCC dates by a bare year known to that year alone. */
  function exideWithYears(): Timeline {
    const timeline = exide();
    const years = new Set(
      (kpccRows as { displaydate: string; title: string }[])
        .filter((row) => /^\d{4}$/.test(row.displaydate.trim()))
        .map((row) => row.title),
    );
    for (const event of timeline.events) {
      if (!years.has(event.headline)) continue;
      const year = Number(event.when.start.slice(0, 4));
      event.when = {
        start: `${year}-01-01T00:00:00-08:00`,
        end: `${year + 1}-01-01T00:00:00-08:00`,
        precision: 'year',
      };
    }
    return timeline;
  }

  // Packed after the precise events, when every lane's end was far on: first fit put all three in
  // the last lane, under the rows of 2014, in the first view and at every zoom level.
  it.each([1280, 1024, 800])(
    'take room before a lane’s first headline at %i px, near the top once zoomed in',
    (width) => {
      const timeline = exideWithYears();
      const { story } = horizontalStory(timeline, width);
      const yearLanes = (layout: StoryLayout) =>
        layout.index.dated.items
          .filter((item) => timeline.events[item.i]!.when.precision === 'year')
          .map((item) => item.lane);
      const first = yearLanes(story);
      expect(first).toHaveLength(3);
      // The 1984 rename, the earliest, above the first view's last lane.
      expect(first[0]).toBeLessThan(story.index.laneCount - 1);
      // Two + steps in (4x): the zoomed rows are packed again; the three stand in the first five.
      const [v0, v1] = story.firstView;
      const zoomed = story.zoomed!((4 * story.length) / (story.base(v1) - story.base(v0)));
      expect(Math.max(...yearLanes(zoomed))).toBeLessThan(5);
    },
  );
});

describe('where a story whose fit-all view folds events opens', () => {
  /** Headlines drawn at their planned width: not cut at the view's edge. */
  const whole = (items: readonly (ViewEvent | ViewCluster)[], drawn: StoryLayout) =>
    items.filter(
      (item) =>
        item.kind === 'event' &&
        item.label &&
        item.label.size >= drawn.labels!.get(item.item.i)!.width - 1e-6,
    ).length;

  it.each([
    ['LAX', 1280, lax],
    ['LAX', 800, lax],
    ['Calderon', 1280, calderon],
    ['Exide', 1280, exide],
  ] as const)(
    '%s at %i px opens closer in, on more whole headlines than the whole story shows',
    (_, width, timeline) => {
      // LAX's fit-all view folded 17 of the shooting's first six hours into badges.
      const { story, frame } = storyOf(timeline(), width);
      const all = frame(story.firstView, story).frame;
      expect(clusters(all.items).length).toBeGreaterThan(0);
      const opening = story.opening!;
      expect(opening[1] - opening[0]).toBeLessThan((story.firstView[1] - story.firstView[0]) / 2);
      const { k } = frame(opening, story);
      const drawn = story.zoomed!(k);
      const first = frame(opening, drawn).frame;
      expect(clusters(first.items)).toEqual([]);
      expect(whole(first.items, drawn)).toBeGreaterThan(whole(all.items, story) + 5);
    },
  );

  it('opens on the whole story when that shows more: LA Times at 1280 px', () => {
    // 4 of its 32 events fold, into the 2012-14 sale; 4x closer would show 1980 on, without 1873-1980.
    const { story } = horizontalStory(laTimes(), 1280);
    expect(story.index.folded).toBe(true);
    expect(story.opening).toBeUndefined();
  });

  it('leaves the first view’s lanes in the items, for a drawing of it all (the static picture)', () => {
    // Each zoom level tried wrote its lanes into the items the packings share.
    const { story } = horizontalStory(lax(), 1280);
    expect(story.opening).toBeDefined();
    const moved = story.index.byLane.flatMap((run, lane) =>
      run.items.filter((item) => item.lane !== lane).map((item) => item.id),
    );
    expect(moved).toEqual([]);
  });

  it('wraps a one-line label the opening’s end cuts to the second line its lane has', () => {
    // KPCC's Calderon at 800 px (784 px of axis) opens on June 2012 - December 2013; its lane
    // of two-line labels ended "Local elected leaders call on Calder…" at the view's end.
    const { story, frame } = storyOf(calderon(), 784);
    const drawn = story.zoomed!(frame(story.opening!, story).k);
    const opened = frame(story.opening!, drawn).frame;
    // A lane holds two lines where the packing wrapped a label of it to two.
    const twoLineLanes = new Set(
      drawn.index.dated.items
        .filter((item) => drawn.labels!.get(item.i)!.lines === 2)
        .map((item) => item.lane),
    );
    const wrapped: string[] = [];
    for (const item of opened.items) {
      if (item.kind !== 'event' || !item.label || item.p0 >= story.length) continue;
      const { p, size, lines = 1 } = item.label;
      const plan = drawn.labels!.get(item.item.i)!;
      const cut = size < plan.width || (p < story.length && p + size > story.length);
      expect(lines).toBe(cut && twoLineLanes.has(item.lane) ? 2 : plan.lines);
      if (lines > plan.lines) wrapped.push(calderon().events[item.item.i]!.headline);
    }
    expect(wrapped).toContain('Local elected leaders call on Calderon to resign');
  });

  it('gives a label cut short at most the two lines a lane holds, at every zoom level', () => {
    // BLM's last lane at 784 px: a zoom level keeps the first view's height with extra lines
    // there, which read as eleven lines a lane.
    const { story } = storyOf(blm(), 784);
    const firstK = story.length / (story.base(story.firstView[1]) - story.base(story.firstView[0]));
    let lanes = 0;
    for (let level = 0; level <= 5; level++) {
      const drawn = story.zoomed!(firstK * 2 ** level);
      for (let lane = 0; lane < drawn.index.laneCount; lane++, lanes++)
        expect([1, 2]).toContain(laneLines(drawn, lane));
    }
    expect(lanes).toBeGreaterThan(24);
  });

  it('opens no closer than the closest zoom', () => {
    // Sixty headlines in a minute and a quarter, then one every 12 minutes to 36: it opened 16x
    // closer, on 2.6 minutes, closer than the ten a reader can zoom to, and never came back to it.
    const at = (k: number) => new Date(Date.UTC(2014, 5, 13, 9, 0, 0, k * 1250)).toISOString();
    const burst = Array.from({ length: 60 }, (_, k) =>
      instantEvent(`News item number ${k}`, at(k)),
    );
    const later = [12, 24, 36].map((minute) =>
      instantEvent(
        `${minute} minutes on`,
        new Date(Date.UTC(2014, 5, 13, 9, minute)).toISOString(),
      ),
    );
    const { story } = horizontalStory({ ...iraqTimeline, events: [...burst, ...later] }, 1280);
    expect(story.index.folded).toBe(true);
    const [start, end] = story.opening ?? story.firstView;
    expect(end - start).toBeGreaterThanOrEqual(10 * 60_000);
  });
});
