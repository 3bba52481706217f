/**
 * The chronological index the view is laid out from. Built once per data change in O(n log n):
 * spans parsed to milliseconds, sorted, and spread over time lanes; afterwards every frame only
 * does binary searches over typed arrays.
 */
import { compareIds, compareSpans, spanOf, type Span } from '../model/sort.js';
import type { Precision, TimelineEvent } from '../model/types.js';
import { splitBackground } from './background.js';

export interface IndexedEvent {
  /** Index in the input events array. */
  i: number;
  id: string;
  /** Milliseconds. */
  start: number;
  /** Milliseconds; equals `start` for instants and for open (ongoing) ends. */
  end: number;
  /** True when the event is ongoing (`when.end === null`). */
  open: boolean;
  precision: Precision;
  lane: number;
}

/** A chronological run of items with what range queries need; see `visibleSlice`. */
export interface ChronologicalRun {
  /** Chronological: start asc, end asc, open ends last, then input order. */
  items: IndexedEvent[];
  /** `starts[k] === items[k].start`, for binary search without touching objects. */
  starts: Float64Array;
  /** `prefixMaxEnd[k]` = max end of items[0..k]; non-decreasing, so it can be binary searched. */
  prefixMaxEnd: Float64Array;
}

export interface EventIndex extends ChronologicalRun {
  /** Lanes in use, at most `maxLanes`; 0 for an empty index. */
  laneCount: number;
  /** [earliest start, latest end] in ms, or null when no event has a usable span. */
  extent: [number, number] | null;
  /**
   * The same items split by lane, each run chronological, so a lane's visible items (and a
   * cluster's members) are one contiguous slice.
   */
  byLane: ChronologicalRun[];
  /** `position[i]` = where input event i sits in `items`, or -1 when it was skipped. */
  position: Int32Array;
  /** Input indices whose span could not be parsed (or ends before it starts), in input order. */
  skipped: number[];
  /**
   * True when more lanes were needed than `maxLanes`, so the last lane holds events that overlap
   * in time. When false, no lane holds two overlapping events.
   */
  folded: boolean;
  /**
   * The items drawn on the time axis (every item unless `background` was asked for), chronological;
   * 'stacked' layouts walk this run.
   */
  dated: ChronologicalRun;
  /** [earliest start, latest end] of `dated`, or null when it is empty. */
  datedExtent: [number, number] | null;
  /** The background band (see `splitBackground`): empty unless `background` was asked for. */
  band: BackgroundBand;
}

/** Events gathered out of the lanes into one band; their `lane` is -1. */
export interface BackgroundBand extends ChronologicalRun {
  /** How many have no time of their own, and how many are context spans. */
  undated: number;
  context: number;
  /** [earliest start, latest end] in ms, or null for an empty band. */
  span: [number, number] | null;
}

export interface EventIndexOptions {
  /** Lanes beyond `maxLanes - 1` fold into the last lane. Default 6; at least 1. */
  maxLanes?: number;
  /**
   * Gather undated events and wide context spans into `band` instead of lanes. Default false.
   */
  background?: boolean;
}

/** Lane of an item gathered into the background band. */
export const BAND_LANE = -1;

const DEFAULT_MAX_LANES = 6;

/** Milliseconds of an event's span, or null when it cannot be placed on a time axis. */
function parseSpan(event: TimelineEvent): Span | null {
  if (!event?.when) return null;
  const span = spanOf(event.when);
  if (!Number.isFinite(span.start)) return null;
  // Validation rejects inverted spans; should one slip through we skip it rather than guess.
  if (!span.open && !(span.end >= span.start)) return null;
  return span;
}

/** The model's chronological order (`compareEvents`), on spans parsed once. */
export function compareIndexed(a: IndexedEvent, b: IndexedEvent): number {
  return compareSpans(a, b) || compareIds(a.id, b.id);
}

/**
 * Events known to within about a day (instants, hours, "overnight", "on Friday") take the top
 * lanes; wide or open spans ("this week", "no day given", ongoing) go below them, so the precise
 * news is never pushed under a stack of vague bars. 26 h allows for a DST day.
 */
const PRECISE_SPAN_MS = 26 * 3_600_000;

function isPrecise(item: IndexedEvent): boolean {
  return !item.open && item.end - item.start <= PRECISE_SPAN_MS;
}

/** A binary min-heap of integers ordered by a key array; tiny and allocation-free once built. */
class MinHeap {
  private readonly heap: number[] = [];
  constructor(private readonly less: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.heap.length;
  }

  peek(): number | undefined {
    return this.heap[0];
  }

  push(value: number): void {
    const heap = this.heap;
    let k = heap.length;
    heap.push(value);
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const p = heap[parent]!;
      if (!this.less(value, p)) break;
      heap[k] = p;
      k = parent;
    }
    heap[k] = value;
  }

  pop(): number | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    let k = 0;
    const n = heap.length;
    for (;;) {
      const left = 2 * k + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.less(heap[right]!, heap[left]!) ? right : left;
      if (!this.less(heap[child]!, last)) break;
      heap[k] = heap[child]!;
      k = child;
    }
    heap[k] = last;
    return top;
  }
}

/**
 * Interval partitioning: each event takes the lowest-numbered lane whose last event ended
 * strictly before it starts (instants occupy [start, start], so two events at the same instant
 * overlap; an open-ended event keeps its lane for good). Busy lanes sit in a heap by end time,
 * free lanes in a heap by number. Returns the number of lanes used, without any cap.
 */
function partition(items: readonly IndexedEvent[], firstLane: number): number {
  const laneEnd: number[] = [];
  const busy = new MinHeap(
    (a, b) => laneEnd[a]! < laneEnd[b]! || (laneEnd[a] === laneEnd[b] && a < b),
  );
  const free = new MinHeap((a, b) => a < b);
  let opened = 0;
  for (const item of items) {
    while (busy.size > 0 && laneEnd[busy.peek()!]! < item.start) free.push(busy.pop()!);
    const lane = free.size > 0 ? free.pop()! : opened++;
    item.lane = firstLane + lane;
    laneEnd[lane] = item.open ? Number.POSITIVE_INFINITY : item.end;
    busy.push(lane);
  }
  return opened;
}

/**
 * Precise events are partitioned first, then the wide ones in the lanes below; lanes at or
 * beyond `maxLanes - 1` fold into the last one. Returns the number of lanes drawn.
 */
function assignLanes(items: readonly IndexedEvent[], maxLanes: number): number {
  const precise = items.filter(isPrecise);
  const wide = items.filter((item) => !isPrecise(item));
  const preciseLanes = partition(precise, 0);
  const total = preciseLanes + partition(wide, preciseLanes);
  if (total <= maxLanes) return total;
  for (const item of items) if (item.lane >= maxLanes - 1) item.lane = maxLanes - 1;
  return maxLanes;
}

/** Whether the shared last lane ended up with two time-overlapping events. */
function lastLaneOverlaps(items: readonly IndexedEvent[], lastLane: number): boolean {
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (item.lane !== lastLane) continue;
    if (item.start <= end) return true;
    end = Math.max(end, item.open ? Number.POSITIVE_INFINITY : item.end);
  }
  return false;
}

export function buildEventIndex(
  events: readonly TimelineEvent[],
  options: EventIndexOptions = {},
): EventIndex {
  const maxLanes = Math.max(1, Math.floor(options.maxLanes ?? DEFAULT_MAX_LANES) || 1);
  const items: IndexedEvent[] = [];
  const skipped: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const span = parseSpan(event);
    if (!span) {
      skipped.push(i);
      continue;
    }
    items.push({
      i,
      id: event.id,
      start: span.start,
      end: span.end,
      open: span.open,
      precision: event.when.precision,
      lane: 0,
    });
  }
  items.sort(compareIndexed);

  const split = options.background ? splitBackground(items) : null;
  const dated = split ? split.dated : items;
  for (const item of split?.band ?? []) item.lane = BAND_LANE;
  const laneCount = assignLanes(dated, maxLanes);
  const folded = laneCount === maxLanes && lastLaneOverlaps(dated, maxLanes - 1);

  const position = new Int32Array(events.length).fill(-1);
  for (let k = 0; k < items.length; k++) position[items[k]!.i] = k;
  const run = chronologicalRun(items);
  const byLane = runsByLane(dated, laneCount);
  const n = items.length;
  const extent: [number, number] | null =
    n > 0 ? [items[0]!.start, run.prefixMaxEnd[n - 1]!] : null;
  const band: BackgroundBand = {
    ...chronologicalRun(split?.band ?? []),
    undated: split?.undated ?? 0,
    context: split?.context ?? 0,
    span: split?.bandSpan ?? null,
  };
  return {
    ...run,
    laneCount,
    extent,
    byLane,
    position,
    skipped,
    folded,
    dated: split ? chronologicalRun(dated) : run,
    datedExtent: split ? split.datedExtent : extent,
    band,
  };
}

/** The items of each lane as a chronological run (items already chronological). */
export function runsByLane(items: readonly IndexedEvent[], laneCount: number): ChronologicalRun[] {
  const laneItems = Array.from({ length: laneCount }, (): IndexedEvent[] => []);
  for (const item of items) laneItems[item.lane]?.push(item);
  return laneItems.map(chronologicalRun);
}

/** Search arrays for items already in chronological order. */
export function chronologicalRun(items: IndexedEvent[]): ChronologicalRun {
  const n = items.length;
  const starts = new Float64Array(n);
  const prefixMaxEnd = new Float64Array(n);
  let maxEnd = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const item = items[k]!;
    starts[k] = item.start;
    maxEnd = Math.max(maxEnd, item.end);
    prefixMaxEnd[k] = maxEnd;
  }
  return { items, starts, prefixMaxEnd };
}

/** First k in [0, n) with values[k] > x (values non-decreasing); n when none. */
function upperBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First k in [0, n) with values[k] >= x (values non-decreasing); n when none. */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `items[from..to)` holds every item intersecting [t0, t1] (start <= t1 and end >= t0). Items
 * before `from` all end before t0 and items from `to` on all start after t1; items inside may
 * still end before t0 (a short event after a long one), so callers check `end >= t0`.
 * Works on the whole index or on one lane (`index.byLane[lane]`).
 */
export function visibleSlice(
  index: ChronologicalRun,
  t0: number,
  t1: number,
): { from: number; to: number } {
  const to = upperBound(index.starts, t1);
  const from = Math.min(lowerBound(index.prefixMaxEnd, t0), to);
  return { from, to };
}
