/**
 * The background band: events the story gives no time of their own (precision 'unspecified') and
 * context spans wider than half the extent of the dated events ("Isis seizes Mosul and Tikrit this
 * week" in a story about one Friday night) are not news of the moment. Drawn as full-width bars
 * among the news they take most of the drawing and push the dated events into a corner; gathered
 * in one band, they keep their honest spans (in the detail) and leave the axis to the news.
 *
 * Decisions:
 * - Context spans move to the band only when at least two dated events, and at least as many as
 *   move, stay on the axis, and those events span at most half the time: a timeline made of long
 *   spans (reigns, careers) keeps them all.
 * - An ongoing event counts as running to the end of the dated events.
 * - All of it is O(n) over the sorted items, once per data change.
 */
import type { IndexedEvent } from './event-index.js';

export interface BackgroundSplit {
  /** Items that stay on the time axis, chronological. */
  dated: IndexedEvent[];
  /** Items of the band, chronological. */
  band: IndexedEvent[];
  /** How many of the band's items have no time of their own, and how many are wide context. */
  undated: number;
  context: number;
  /** [earliest start, latest end] of the band's items in ms, or null for an empty band. */
  bandSpan: [number, number] | null;
  /** [earliest start, latest end] of the dated items in ms, or null when there are none. */
  datedExtent: [number, number] | null;
}

function isUndated(item: IndexedEvent): boolean {
  return item.precision === 'unspecified';
}

function extentOf(items: readonly IndexedEvent[]): [number, number] | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (item.start < start) start = item.start;
    if (item.end > end) end = item.end;
  }
  return items.length > 0 ? [start, Math.max(start, end)] : null;
}

/** Splits chronological items into the axis and the band; both keep the input order. */
export function splitBackground(items: readonly IndexedEvent[]): BackgroundSplit {
  const candidates = items.filter((item) => !isUndated(item));
  const extent = extentOf(candidates);
  let wide = new Set<IndexedEvent>();
  if (extent && extent[1] > extent[0]) {
    const half = (extent[1] - extent[0]) / 2;
    for (const item of candidates) {
      const end = item.open ? extent[1] : item.end;
      if (end - item.start > half) wide.add(item);
    }
    const staying = candidates.filter((item) => !wide.has(item));
    const rest = extentOf(staying);
    // Only spans that frame the story from outside are background: without them the axis must
    // show at most half as much time. A list of reigns or careers keeps its spans.
    const reframes = rest !== null && rest[1] - rest[0] <= half;
    if (staying.length < 2 || staying.length < wide.size || !reframes) wide = new Set();
  }
  const dated: IndexedEvent[] = [];
  const band: IndexedEvent[] = [];
  for (const item of items) {
    if (isUndated(item) || wide.has(item)) band.push(item);
    else dated.push(item);
  }
  return {
    dated,
    band,
    undated: band.length - wide.size,
    context: wide.size,
    bandSpan: extentOf(band),
    datedExtent: extentOf(dated),
  };
}
