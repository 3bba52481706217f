/**
 * The chronological index the view is laid out from. Built once per data change in O(n log n):
 * spans parsed to milliseconds, sorted, and spread over time lanes; afterwards every frame only
 * does binary searches over typed arrays.
 */
import { compareSpans, spanOf, SpanKeys } from '../model/sort.js';
import type { Precision, TimelineEvent } from '../model/types.js';
import { DatedSpans, reachOf } from './background.js';

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
  /**
   * ms of the shortest span of `dated` that ends (an instant's 0; 0 with none): the axis needs no
   * finer ticks.
   */
  finest: number;
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

/**
 * Parses an event's span into key k of `keys` and `ends` (typed arrays the sort reads instead of
 * objects); false when the span cannot be placed on a time axis.
 */
function readSpan(event: TimelineEvent, k: number, keys: SpanKeys, ends: Float64Array): boolean {
  const when = event?.when;
  if (!when) return false;
  const { start, end, open } = spanOf(when);
  // Validation rejects inverted spans; should one slip through we skip it rather than guess.
  if (!isFinite(start) || !(open || end >= start)) return false;
  keys.set(k, start, end, open);
  ends[k] = end;
  return true;
}

/** The model's chronological order (`sortEvents`: ties in input order), on spans parsed once. */
export function compareIndexed(a: IndexedEvent, b: IndexedEvent): number {
  return compareSpans(a, b) || a.i - b.i;
}

/**
 * Events known to within about a day (instants, hours, "overnight", "on Friday") take the top
 * lanes; wide or open spans ("this week", "no day given", ongoing) go below them, so the precise
 * news is never pushed under a stack of vague bars. 26 h allows for a DST day.
 */
const PRECISE_SPAN_MS = 26 * 3_600_000;

export function isPrecise(item: IndexedEvent): boolean {
  return !item.open && item.end - item.start <= PRECISE_SPAN_MS;
}

/**
 * Interval partitioning: each event takes the lowest-numbered lane whose last event ended
 * strictly before it starts (instants occupy [start, start], so two events at the same instant
 * overlap; an open-ended event keeps its lane for good). The lanes' ends sit in a tournament tree
 * (each node holds the smaller end of its two children), so that lane is one walk down from the
 * root. Unopened lanes end at Infinity, as do lanes held by an open-ended event.
 *
 * Only the lanes below `last` are kept: every lane from `last` on is drawn as `last`, and which of
 * them an event takes changes neither the lanes below nor the count drawn, so an event that finds
 * none of those free takes `last` and the tree stays small however many lanes a story would use.
 */
class Lanes {
  /** Lanes used so far, up to `last + 1`: more than `last` once an event was given `last`. */
  opened: number;
  // Grows by doubling: a walk takes log2(capacity) steps, and most stories need a few lanes.
  #capacity = 2;
  #tree = new Float64Array(2 * this.#capacity).fill(Infinity);

  readonly #last: number;

  constructor(last: number) {
    // Set here, not where declared: see ViewportController's constructor.
    this.opened = 0;
    this.#last = last;
  }

  /** The lane `item` takes, at most `last`. */
  place(item: IndexedEvent): number {
    const tree = this.#tree;
    let lane: number;
    if (tree[1]! < item.start) {
      let node = 1;
      while (node < this.#capacity) node = tree[2 * node]! < item.start ? 2 * node : 2 * node + 1;
      lane = node - this.#capacity;
    } else if (this.opened < this.#last) {
      lane = this.opened++;
      if (lane === this.#capacity) this.#grow();
    } else {
      this.opened = this.#last + 1;
      return this.#last;
    }
    this.#setEnd(lane, item.open ? Infinity : item.end);
    return lane;
  }

  #setEnd(lane: number, end: number): void {
    const tree = this.#tree;
    let node = lane + this.#capacity;
    tree[node] = end;
    for (node >>= 1; node > 0; node >>= 1)
      tree[node] = Math.min(tree[2 * node]!, tree[2 * node + 1]!);
  }

  #grow(): void {
    const leaves = this.#tree.subarray(this.#capacity);
    this.#capacity *= 2;
    this.#tree = new Float64Array(2 * this.#capacity).fill(Infinity);
    leaves.forEach((end, lane) => this.#setEnd(lane, end));
  }
}

/**
 * Precise events are partitioned first, then the wide ones in the lanes below; lanes at or
 * beyond `maxLanes - 1` fold into the last one. One pass places both kinds (each in its own
 * lanes), a second moves the wide ones below the precise. Returns the number of lanes drawn.
 */
function assignLanes(items: readonly IndexedEvent[], maxLanes: number): number {
  const last = maxLanes - 1;
  const precise = new Lanes(last);
  const wideLanes = new Lanes(last);
  const wide: IndexedEvent[] = [];
  // Indexed loops, not for-of: this runs once per data change, mostly before it is compiled, and
  // the interpreter's for-of calls the iterator (and allocates its result) for every item.
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (isPrecise(item)) {
      item.lane = precise.place(item);
    } else {
      item.lane = wideLanes.place(item);
      wide.push(item);
    }
  }
  for (let k = 0; k < wide.length; k++) {
    const item = wide[k]!;
    item.lane = Math.min(item.lane + precise.opened, last);
  }
  return Math.min(precise.opened + wideLanes.opened, maxLanes);
}

/** Whether the shared last lane (its items, chronological) holds two time-overlapping events. */
function overlapsWithin(lane: readonly IndexedEvent[]): boolean {
  let end = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < lane.length; k++) {
    const item = lane[k]!;
    if (item.start <= end) return true;
    end = Math.max(end, reachOf(item));
  }
  return false;
}

/**
 * The events whose span can be placed, as a chronological run, and the input indices of the rest.
 * Each instant is parsed once and the sort compares typed-array keys, not objects; the run's search
 * arrays are `chronologicalRun`'s, a second pass over the items made (linear, small beside the sort).
 */
function chronologicalItems(
  events: readonly TimelineEvent[],
  spans: DatedSpans | null,
): ChronologicalRun & Pick<EventIndex, 'position' | 'skipped'> {
  const keys = new SpanKeys(events.length);
  const ends = new Float64Array(events.length);
  // Keys are numbered in the order the placeable events come: key k is input event inputs[k].
  const inputs = new Int32Array(events.length);
  const skipped: number[] = [];
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    if (readSpan(events[i]!, count, keys, ends)) inputs[count++] = i;
    else skipped.push(i);
  }
  const order = keys.sort(count);
  const items: IndexedEvent[] = [];
  const position = new Int32Array(events.length).fill(-1);
  for (let j = 0; j < count; j++) {
    const k = order[j]!;
    const i = inputs[k]!;
    const event = events[i]!;
    position[i] = j;
    const item: IndexedEvent = {
      i,
      id: event.id,
      start: keys.starts[k]!,
      end: ends[k]!,
      open: keys.widths[k] === Infinity,
      precision: event.when.precision,
      lane: 0,
    };
    items.push(item);
    spans?.add(item);
  }
  return { ...chronologicalRun(items), position, skipped };
}

export function buildEventIndex(
  events: readonly TimelineEvent[],
  options: EventIndexOptions = {},
): EventIndex {
  const maxLanes = Math.max(1, Math.floor(options.maxLanes ?? DEFAULT_MAX_LANES) || 1);
  const spans = options.background ? new DatedSpans() : null;
  const { position, skipped, ...run } = chronologicalItems(events, spans);
  const items = run.items;

  const split = spans?.split(items);
  const dated = split ? split.dated : items;
  for (const item of split?.band ?? []) item.lane = BAND_LANE;
  const laneCount = assignLanes(dated, maxLanes);
  const byLane = runsByLane(dated, laneCount);
  const folded = laneCount === maxLanes && overlapsWithin(byLane[maxLanes - 1]!.items);
  const extent: [number, number] | null =
    items.length > 0 ? [items[0]!.start, run.prefixMaxEnd.at(-1)!] : null;
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
    dated: split?.band.length ? chronologicalRun(dated) : run,
    datedExtent: split ? split.datedExtent : extent,
    // An ongoing event's end is not its own (its start); with no other (none at all, or all
    // ongoing: Infinity % Infinity is NaN), any ticks. A day counts whole when publication cut it
    // short: VOA's "today (Tuesday)" up to noon had a story known to the day drawn with hours.
    finest:
      dated.reduce(
        (min, item) =>
          item.open
            ? min
            : Math.min(min, Math.max(item.end - item.start, item.precision === 'day' ? 864e5 : 0)),
        Infinity,
      ) % Infinity || 0,
    band,
  };
}

/** The items of each lane as a chronological run (items already chronological). */
export function runsByLane(items: readonly IndexedEvent[], laneCount: number): ChronologicalRun[] {
  const laneItems = Array.from({ length: laneCount }, (): IndexedEvent[] => []);
  // Indexed, not for-of: see assignLanes.
  for (let k = 0; k < items.length; k++) laneItems[items[k]!.lane]?.push(items[k]!);
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
    if (item.end > maxEnd) maxEnd = item.end;
    prefixMaxEnd[k] = maxEnd;
  }
  return { items, starts, prefixMaxEnd };
}

/** First k in [0, n) with values[k] > x (values non-decreasing); n when none. */
export function upperBound(values: ArrayLike<number>, x: number): number {
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
