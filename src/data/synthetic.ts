import type { Precision, Timeline, TimelineEvent } from '../model/types.js';
import { createEvent } from '../model/create-event.js';

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** First instant, ms. Default 1 June 2014 00:00 UTC. */
  start?: number;
  /** Length of the period the events are spread over, in days. Default 30. */
  days?: number;
  /** Share of events that are day-long ranges rather than instants. Default 0.2. */
  rangeShare?: number;
  headlineLength?: number;
}

/** A small, fast, seedable PRNG (mulberry32) so every run builds the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'forces',
  'talks',
  'border',
  'council',
  'report',
  'city',
  'vote',
  'aid',
  'envoy',
  'strike',
  'court',
  'rally',
];
const DAY = 86_400_000;

function headline(random: () => number, n: number, length: number): string {
  let text = `Event ${n}:`;
  while (text.length < length) text += ` ${WORDS[Math.floor(random() * WORDS.length)]}`;
  return text.slice(0, length);
}

/**
 * Synthetic events for stories, tests and the benchmark: `count` events over `days` days, one in
 * five (by default) a range of up to three days, the rest instants; fixed-length headlines.
 */
export function syntheticTimeline(options: SyntheticOptions): Timeline {
  const {
    count,
    seed = 42,
    start = Date.UTC(2014, 5, 1),
    days = 30,
    rangeShare = 0.2,
    headlineLength = 40,
  } = options;
  const random = seededRandom(seed);
  const events: TimelineEvent[] = [];
  for (let n = 0; n < count; n++) {
    const at = start + Math.floor(random() * days * DAY);
    const isRange = random() < rangeShare;
    const end = isRange ? at + Math.ceil(random() * 3 * DAY) : at;
    const precision: Precision = isRange ? 'range' : 'instant';
    events.push(
      createEvent(`e${n}`, headline(random, n, headlineLength), {
        start: new Date(at).toISOString(),
        end: new Date(end).toISOString(),
        precision,
      }),
    );
  }
  return {
    id: `synthetic-${count}-${seed}`,
    // Grouped by hand, not with toLocaleString: the benchmark's pages build their data with this
    // before the timed render, and a first Intl call there would start ICU (20-45 ms in Chromium
    // here) ahead of the render, which pays it in a page that has not used Intl yet.
    title: `${String(count).replace(/\B(?=(\d{3})+$)/g, ',')} synthetic events`,
    language: 'en',
    published: new Date(start + days * DAY).toISOString(),
    timeZone: 'UTC',
    events,
    eras: [],
  };
}
