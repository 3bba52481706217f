/**
 * Performance sanity print, not an assertion: the element lays out on every animation frame while
 * panning, so these numbers should stay in the low milliseconds at 100,000 events.
 */
import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import {
  buildEventIndex,
  estimateLabelWidth,
  fitDomain,
  layoutView,
  timeTicks,
} from '../../src/layout/index.js';
import type { IndexedEvent } from '../../src/layout/index.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { seededRandom } from '../../src/data/synthetic.js';

const COUNT = 100_000;
const BASE = Date.UTC(2014, 0, 1);
const YEAR = 365 * 86_400_000;

const seeded = seededRandom;

function manyEvents(): TimelineEvent[] {
  const random = seeded(2014);
  return Array.from({ length: COUNT }, (_, k) => {
    const start = BASE + Math.floor(random() * 2 * YEAR);
    const end = random() < 0.7 ? start : start + Math.floor(random() * 5 * 86_400_000);
    return {
      id: `e${k}`,
      headline: `Event number ${k}`,
      when: {
        start: new Date(start).toISOString(),
        end: random() < 0.05 ? null : new Date(end).toISOString(),
        precision: 'minute',
      },
      places: [],
      actors: [],
      quantities: [],
      sources: [],
      tags: [],
    };
  });
}

/** Median of `runs` timings in ms. */
function time(runs: number, run: () => void): number {
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(runs / 2)]! * 100) / 100;
}

describe('layout performance at 100,000 events (printed, not asserted)', () => {
  it('builds once and lays out per frame', () => {
    const events = manyEvents();
    const started = performance.now();
    const index = buildEventIndex(events);
    const build = Math.round((performance.now() - started) * 100) / 100;
    const widths = new Map<number, number>();
    const labelWidth = (item: IndexedEvent) => {
      let w = widths.get(item.i);
      if (w === undefined) {
        w = estimateLabelWidth(events[item.i]!.headline);
        widths.set(item.i, w);
      }
      return w;
    };
    const fit = scaleUtc()
      .domain(fitDomain(index)!.map((t) => new Date(t)))
      .range([0, 1280]);
    const zoomed = scaleUtc()
      .domain([new Date(BASE + YEAR / 2), new Date(BASE + YEAR / 2 + 3 * 86_400_000)])
      .range([0, 1280]);
    const report: Record<string, number | string> = { 'buildEventIndex ms': build };
    for (const mode of ['beside', 'stacked'] as const) {
      for (const [name, scale] of [
        ['fit-all', fit],
        ['zoomed 3 days', zoomed],
      ] as const) {
        const layout = layoutView(index, { scale, mode, labelWidth });
        report[`layoutView ${mode} ${name} ms`] = time(20, () =>
          layoutView(index, { scale, mode, labelWidth }),
        );
        report[`  items / candidates (${mode} ${name})`] =
          `${layout.items.length} / ${layout.candidates}`;
      }
    }
    for (const [name, scale] of [
      ['fit-all', fit],
      ['zoomed 3 days', zoomed],
    ] as const) {
      report[`timeTicks ${name} ms`] = time(20, () =>
        timeTicks({ scale, timeZone: 'America/New_York', locale: 'en' }),
      );
    }
    console.log(report);
    expect(index.items.length).toBe(COUNT);
  }, 60_000);
});
