import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEventIndex, fitDomain } from '../../src/layout/index.js';
import {
  IDENTITY_TRANSFORM,
  computeFrame,
  itemKey,
  leadingEvent,
  memoizedFrame,
  transformFor,
  visibleScale,
  type FrameInput,
} from '../../src/layout/frame.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { corpus, sanBernardino } from '../fixtures/corpus/index.js';
import { firstViewAt } from './story-frame.js';
import { extractTimeline } from '../../src/extract/index.js';
import {
  VOA_LEYTE_PUBLISHED,
  VOA_LEYTE_TEXT,
  VOA_LEYTE_ZONE,
} from '../fixtures/corpus/voa-leyte-landslide.js';
import {
  VOA_ETHIOPIA_PUBLISHED,
  VOA_ETHIOPIA_TEXT,
  VOA_ETHIOPIA_ZONE,
} from '../fixtures/corpus/voa-ethiopian-black-boxes.js';
import { createEvent } from '../../src/model/create-event.js';
import type { Timeline } from '../../src/model/types.js';

afterEach(() => vi.restoreAllMocks());

function inputFor(timeline: Timeline, overrides: Partial<FrameInput> = {}): FrameInput {
  const index = buildEventIndex(timeline.events, { maxLanes: 16 });
  return {
    index,
    headlines: timeline.events.map((event) => event.headline),
    baseDomain: fitDomain(index)!,
    length: 1200,
    orientation: 'horizontal',
    transform: IDENTITY_TRANSFORM,
    timeZone: timeline.timeZone ?? 'UTC',
    locale: 'en-GB',
    ...overrides,
  };
}

/** Positions in chronological order of each drawn item's first event. */
function readingOrder(input: FrameInput): number[] {
  return computeFrame(input).items.map((item) => input.index.position[leadingEvent(item).i]!);
}

describe('computeFrame', () => {
  it('gives the drawn items in chronological order, across lanes, in both orientations', () => {
    const article = inputFor(iraqTimeline);
    expect(article.index.laneCount).toBeGreaterThan(1);
    for (const input of [
      article,
      inputFor(iraqTimeline, { orientation: 'vertical', length: 720 }),
      inputFor(syntheticTimeline({ count: 2000, seed: 7 })),
      inputFor(syntheticTimeline({ count: 2000, seed: 7 }), { transform: { k: 12, x: -4000 } }),
    ]) {
      const order = readingOrder(input);
      expect(order.length).toBeGreaterThan(0);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('orders lanes by merging them, with no comparison sort per frame', () => {
    const input = inputFor(syntheticTimeline({ count: 5000, seed: 3 }), {
      transform: { k: 6, x: -2400 },
    });
    const sort = vi.spyOn(Array.prototype, 'sort');
    computeFrame(input);
    expect(sort).not.toHaveBeenCalled();
  });

  it('keeps every drawn item once, under a stable key', () => {
    const frame = computeFrame(inputFor(iraqTimeline));
    const keys = frame.items.map(itemKey);
    expect(new Set(keys).size).toBe(keys.length);
    const counted = frame.items.reduce(
      (n, item) => n + (item.kind === 'cluster' ? item.count : 1),
      0,
    );
    expect(counted).toBe(iraqTimeline.events.length);
  });

  it('ticks follow the visible range', () => {
    const whole = computeFrame(inputFor(iraqTimeline));
    const zoomed = computeFrame(inputFor(iraqTimeline, { transform: { k: 8, x: -4800 } }));
    expect(zoomed.ticks.map((tick) => tick.t)).not.toEqual(whole.ticks.map((tick) => tick.t));
    for (const frame of [whole, zoomed]) {
      for (const tick of frame.ticks) expect(tick.p).toBeCloseTo(frame.scale(tick.t), 6);
    }
  });
});

describe('transforms', () => {
  it('transformFor shows exactly the asked range', () => {
    const input = inputFor(iraqTimeline);
    const start = Date.UTC(2014, 5, 13);
    const end = Date.UTC(2014, 5, 14);
    const transform = transformFor(input.baseDomain, input.length, start, end);
    const [from, to] = visibleScale(input.baseDomain, input.length, transform).domain();
    expect(Math.abs(+from! - start)).toBeLessThan(2);
    expect(Math.abs(+to! - end)).toBeLessThan(2);
  });
});

describe('memoizedFrame', () => {
  it('reuses the frame while no input changed, and lays out again when one did', () => {
    const frameFor = memoizedFrame();
    const input = inputFor(iraqTimeline);
    const first = frameFor(input);
    expect(frameFor({ ...input })).toBe(first);
    expect(frameFor({ ...input, transform: { k: 2, x: -100 } })).not.toBe(first);
    expect(frameFor({ ...input, locale: 'ar' })).not.toBe(first);
  });
});

/** The tick labels a frame shows in view, in the words they show. */
function shownLabels(frame: ReturnType<typeof firstViewAt>): string[] {
  return frame.ticks
    .filter((tick, k) => frame.tickLabels[k] && tick.p >= 0)
    .map((tick) => tick.context ?? tick.label);
}

describe('the axis of a story known to the day', () => {
  it('says days and the month with its year, not hours (KPCC, San Bernardino, at 1280 px)', () => {
    const frame = firstViewAt(sanBernardino(), 1280);
    expect(frame.granularity).toBe('day');
    expect(frame.ticks.map((tick) => tick.label).join(' ')).not.toMatch(/\d\d:\d\d/);
    // The only year in view had been the 2014 background's; then "Dec 2015" stood over the
    // shooting's day, Wednesday, and no word named it: the day's label says it all instead.
    expect(frame.caption).toBeUndefined();
    expect(shownLabels(frame).slice(0, 3)).toEqual(['Wed, Dec 2, 2015', '3 Thu', '4 Fri']);
  });

  it('says the same with an ongoing event among them (its span has no end of its own)', () => {
    const timeline = sanBernardino();
    const ongoing = createEvent('ongoing', 'Investigation continues', {
      start: '2015-12-03T00:00:00-08:00',
      end: null,
      precision: 'day',
    });
    const frame = firstViewAt({ ...timeline, events: [...timeline.events, ongoing] }, 1280);
    expect(frame.granularity).toBe('day');
  });

  it('takes any ticks when every event is ongoing (no span of its own to go by)', () => {
    const ongoing = (id: string, start: string) =>
      createEvent(id, id, { start, end: null, precision: 'minute' });
    const index = buildEventIndex([
      ongoing('a', '2015-12-03T09:00:00-08:00'),
      ongoing('b', '2015-12-03T11:30:00-08:00'),
    ]);
    expect(index.finest).toBe(0);
    expect(buildEventIndex([]).finest).toBe(0);
  });

  it('names the day zoomed into, where no tick of a day is in view', () => {
    const frame = firstViewAt(sanBernardino(), 1280, [
      Date.parse('2015-12-03T04:00:00-08:00'),
      Date.parse('2015-12-03T20:00:00-08:00'),
    ]);
    // "Dec 2015" alone, and no tick: the view was of some day of December.
    expect(frame.caption).toBe('Thu, Dec 3, 2015');
  });

  it('says days, not hours, when publication cut a day short (VOA, Leyte, 21 February 2006)', () => {
    // "today (Tuesday)" up to the noon of publication counted 12 hours, and the axis had hours.
    const { timeline } = extractTimeline(VOA_LEYTE_TEXT, {
      published: VOA_LEYTE_PUBLISHED,
      timeZone: VOA_LEYTE_ZONE,
    });
    const frame = firstViewAt(timeline, 1280);
    expect(frame.granularity).toBe('day');
    expect(frame.ticks.map((tick) => tick.label).join(' ')).not.toMatch(/\d\d:\d\d/);
  });

  it('names the year a view starts in when its first label, a later year, stands clear of it', () => {
    // Holder de ord's proposals: three of November 2010 at 49 px, and "2011" the first label at
    // 91 px: no word of the axis said 2010.
    const { timeline } = corpus().find(({ id }) => id === 'begging-ban')!;
    const frame = firstViewAt(timeline, 1280);
    expect(frame.ticks.find((tick, k) => frame.tickLabels[k] && tick.p >= 0)?.context).toBe('2011');
    expect(frame.caption).toBe('2010');
  });

  it('names the day of a story of one day, whose label it would hide', () => {
    // Holder de ord's three proposals of 23 November 2010: the caption said "Nov 2010" over the
    // day's "Tue 23", and no word of the axis said the day.
    const { timeline } = corpus().find(({ id }) => id === 'begging-ban')!;
    const oneDay = { ...timeline, events: timeline.events.slice(0, 3) };
    const frame = firstViewAt(oneDay, 1280);
    expect(frame.granularity).toBe('day');
    expect(frame.caption).toBeUndefined();
    expect(shownLabels(frame)[0]).toBe('Tue, Nov 23, 2010');
  });

  it('names the first day in full where the month’s caption would stand over its label', () => {
    // VOA's Ethiopian crash at 1280 px: "Mar 2019 | Mon 11", and the crash on Sunday had no day.
    const { timeline } = extractTimeline(VOA_ETHIOPIA_TEXT, {
      published: VOA_ETHIOPIA_PUBLISHED,
      timeZone: VOA_ETHIOPIA_ZONE,
    });
    const frame = firstViewAt(timeline, 1280);
    expect(frame.granularity).toBe('day');
    expect(frame.caption).toBeUndefined();
    expect(shownLabels(frame)).toEqual(['Sun, Mar 10, 2019', '11 Mon']);
  });

  it('names the first day in full only where that hides no next month’s label', () => {
    // Days from New Year's Eve at 700 px: "Fri, Dec 31, 2010 | 2 Sun | 3 Mon" hid "Jan 2011",
    // and no word of the axis said January or 2011.
    const day = (date: string) =>
      createEvent(date, date, { start: `${date}T00:00:00Z`, end: null, precision: 'day' });
    const dates = ['2010-12-31', '2011-01-01', '2011-01-02', '2011-01-03', '2011-01-05'];
    const timeline: Timeline = {
      ...sanBernardino(),
      timeZone: 'UTC',
      published: '2011-03-01T00:00:00Z',
      events: dates.map(day),
      eras: [],
    };
    const frame = firstViewAt(timeline, 700);
    expect(frame.granularity).toBe('day');
    expect([frame.caption, ...shownLabels(frame)].join(' | ')).toMatch(/Jan 2011/);
  });

  it('says the year on the first day of hours, when that day’s label stands where the caption would', () => {
    // VOA's fires at 1280 px: "Sat 14 Oct 06:00 12:00 18:00 Sun 15 Oct", and no word said 2017.
    const { timeline } = corpus().find(({ id }) => id === 'voa-fires-draft')!;
    const frame = firstViewAt(timeline, 1280);
    expect(frame.granularity).toBe('hour');
    expect(frame.caption).toBeUndefined();
    const shown = frame.ticks.filter((tick, k) => frame.tickLabels[k] && tick.p >= 0);
    expect(shown.map((tick) => tick.context ?? tick.label).slice(0, 2)).toEqual([
      'Sat, Oct 14, 2017',
      '06:00',
    ]);
    expect(shown.find((tick) => tick.t > shown[0]!.t && tick.context)?.context).toBe('Sun, Oct 15');
  });
});
