/**
 * The background band: events the story gives no time of their own (precision 'unspecified') and
 * context spans wider than half the extent of the dated events ("Isis seizes Mosul and Tikrit this
 * week" in a story about one Friday night) are not news of the moment. Drawn as full-width bars
 * among the news they take most of the drawing and push the dated events into a corner; gathered
 * in one band, they keep their honest spans (in the detail) and leave the axis to the news.
 *
 * Distant events are background too: the few events on the far side of a gap that takes nearly all
 * of the axis ("Kowalczyk was first elected in 2017" in a story about one election night) would
 * leave the news a sliver at the drawing's edge; in the band they keep their dates.
 *
 * Decisions:
 * - Context spans move to the band only when at least two dated events, and at least as many as
 *   move, stay on the axis, and those events span at most half the time: a timeline made of long
 *   spans (reigns, careers) keeps them all. A span of a day or less is never context.
 * - Distant events move only when no span does, across the widest gap between the dated events,
 *   from its side with fewer events, when the other side keeps at least two and spans at most a
 *   tenth of the time (`DISTANT_SHARE`). A history with one early founder (Ada Lovelace, 1815-1852,
 *   then 1943 to 1986: a quarter of the time) keeps her. Of two sides alike in number only the
 *   earlier may move: the later are the news (Holder de ord's begging-ban proposals, three of one
 *   day in 2010 and three of 2012-2013, had the later three, the bans, in the band).
 * - Else a lead-in moves: the first events, at most an eighth of them (`LEAD_IN_SHARE`), when the
 *   gap after them is at least as long as the time from its end to the last event, and that is at
 *   most a quarter of all. KPCC's Lee Baca: his career, 1964-1998, then 2010-2017, the jail scandal
 *   and his trial (a phone showed five career rows, no news, on its first screen); KPCC's Dorner
 *   manhunt: sixteen events of 1979-2010 before its 2013.
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

/** How far an event reaches: an ongoing one, for good. */
export function reachOf(item: IndexedEvent): number {
  return item.open ? Number.POSITIVE_INFINITY : item.end;
}

/** [earliest start, latest end] of the items `add`ed, counted as they come: no array to keep. */
class Extent {
  count: number;
  #start = Number.POSITIVE_INFINITY;
  #end = Number.NEGATIVE_INFINITY;

  constructor() {
    // Set here, not where declared: see ViewportController's constructor.
    this.count = 0;
  }

  add(item: IndexedEvent): void {
    if (item.start < this.#start) this.#start = item.start;
    if (item.end > this.#end) this.#end = item.end;
    this.count++;
  }

  /** null when nothing was added. */
  range(): [number, number] | null {
    return this.count > 0 ? [this.#start, Math.max(this.#start, this.#end)] : null;
  }
}

/**
 * A span no longer than a day (25 hours, a clock change's) is never context: a day is how news
 * tells its time ("on Saturday"). VOA's California fires, published at Sunday noon: Saturday's
 * death toll, 24 of the dated events' 36 hours, went to the band, and the view showed Sunday's
 * morning press conference alone.
 */
const LONGEST_DAY = 25 * 3_600_000;
/** Distant events move when the rest of the dated events spans at most this share of the time. */
const DISTANT_SHARE = 0.1;
/** A lead-in is at most one in this many of the dated events. */
const LEAD_IN_SHARE = 8;

/**
 * What the split first learns of the items, one item at a time, so the index can gather it while
 * it makes them instead of in a pass of its own: the extent of the dated items, their widest
 * closed span and the earliest start of an open one. Then `split` splits the items it was given.
 * Its state is private: only its own steps read it.
 */
export class DatedSpans {
  readonly #all = new Extent();
  #widestClosed = 0;
  #firstOpen = Number.POSITIVE_INFINITY;
  /**
   * The widest gap between the dated events (chronological): ms, where it ends, events before it.
   * Where it ends is where the distant side ends, or a lead-in's (`#distantSide`).
   */
  #gap = 0;
  #gapEnd = 0;
  #beforeGap = 0;
  #reach = Number.NEGATIVE_INFINITY;

  add(item: IndexedEvent): void {
    if (isUndated(item)) return;
    const all = this.#all;
    if (all.count > 0 && item.start - this.#reach > this.#gap) {
      this.#gap = item.start - this.#reach;
      this.#gapEnd = item.start;
      this.#beforeGap = all.count;
    }
    all.add(item);
    this.#reach = Math.max(this.#reach, reachOf(item));
    if (item.open) this.#firstOpen = Math.min(this.#firstOpen, item.start);
    else this.#widestClosed = Math.max(this.#widestClosed, item.end - item.start);
  }

  /**
   * Which side of the widest gap is distant (see the decisions above): -1 the events before it, 1
   * those after it, 0 neither. When neither, a lead-in is (-1), and its end is the gap's.
   */
  #distantSide(items: readonly IndexedEvent[]): -1 | 0 | 1 {
    const all = this.#all;
    const extent = all.range();
    if (!extent || this.#gap <= 0) return 0;
    const before = this.#beforeGap;
    const after = all.count - before;
    const limit = (extent[1] - extent[0]) * DISTANT_SHARE;
    if (before <= after && after >= 2 && extent[1] - this.#gapEnd <= limit) return -1;
    if (after < before && before >= 2 && this.#gapEnd - this.#gap - extent[0] <= limit) return 1;
    // Else a lead-in: where the story after it starts, NaN when none does.
    let reach = Number.NEGATIVE_INFINITY;
    let lead = 0;
    this.#gapEnd = NaN;
    for (const item of items) {
      if (isUndated(item) || lead * LEAD_IN_SHARE > all.count) continue;
      const story = extent[1] - item.start;
      if (lead++ && item.start - reach >= story && story * 4 <= extent[1] - extent[0])
        this.#gapEnd = item.start;
      reach = Math.max(reach, reachOf(item));
    }
    return this.#gapEnd === this.#gapEnd ? -1 : 0;
  }

  /**
   * Which items (1 at their position) are context spans that go to the band, or null when none do.
   * A pass over the items only when some span is wide enough to be context.
   */
  #contextSpans(items: readonly IndexedEvent[]): Uint8Array | null {
    const extent = this.#all.range();
    if (!extent || !(extent[1] > extent[0])) return null;
    const half = (extent[1] - extent[0]) / 2;
    // An ongoing event counts as running to the end of the dated events.
    if (!(this.#widestClosed > half || extent[1] - this.#firstOpen > half)) return null;
    const wide = new Uint8Array(items.length);
    const staying = new Extent();
    let count = 0;
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (isUndated(item)) continue;
      const end = item.open ? extent[1] : item.end;
      if (end - item.start > Math.max(half, LONGEST_DAY)) {
        wide[k] = 1;
        count++;
      } else {
        staying.add(item);
      }
    }
    const rest = staying.range();
    // Only spans that frame the story from outside are background: without them the axis must
    // show at most half as much time. A list of reigns or careers keeps its spans.
    const reframes = rest !== null && rest[1] - rest[0] <= half;
    return staying.count < 2 || staying.count < count || !reframes ? null : wide;
  }

  /** `splitBackground` of the items whose spans this gathered. */
  split(items: readonly IndexedEvent[]): BackgroundSplit {
    const all = this.#all;
    const wide = this.#contextSpans(items);
    const distant = wide === null ? this.#distantSide(items) : 0;
    // The common case, nothing undated and no context, needs no second pass.
    const allDated = wide === null && distant === 0 && all.count === items.length;
    const dated = allDated ? items.slice() : [];
    const band: IndexedEvent[] = [];
    const datedExtent = allDated ? all : new Extent();
    const bandExtent = new Extent();
    let context = 0;
    for (let k = 0; k < items.length && !allDated; k++) {
      const item = items[k]!;
      const isContext =
        wide?.[k] === 1 ||
        (distant !== 0 && !isUndated(item) && item.start < this.#gapEnd === distant < 0);
      if (isContext) context++;
      if (isContext || isUndated(item)) {
        band.push(item);
        bandExtent.add(item);
      } else {
        dated.push(item);
        datedExtent.add(item);
      }
    }
    return {
      dated,
      band,
      undated: band.length - context,
      context,
      bandSpan: bandExtent.range(),
      datedExtent: datedExtent.range(),
    };
  }
}

/** Splits chronological items into the axis and the band; both keep the input order. */
export function splitBackground(items: readonly IndexedEvent[]): BackgroundSplit {
  const spans = new DatedSpans();
  for (const item of items) spans.add(item);
  return spans.split(items);
}
