/**
 * Lanes that make room for the headlines, not only for the marks. The index's lanes
 * (`buildEventIndex`) only keep marks apart, so at the first view of a short story labels run into
 * the next mark of their lane and are cut, or merge into clusters, while the page has room to spare.
 * Here each event's footprint along the axis is its mark and its label together, at the scale of
 * the first view, and lanes are packed so that no footprint overlaps another in its lane:
 *
 * 1. a label takes one line if some lane has room for it (lowest lane first, but below the events
 *    whose marks stand in the same column, `SAME_COLUMN_PX`, so a column reads in time order);
 * 2. else it wraps to two lines, half as wide, if that fits in a lane already open;
 * 3. else it opens a lane, up to `maxLanes`;
 * 4. only then does it fold into the last lane, where the view clusters what still collides.
 *
 * Labels longer than `maxLine` always wrap; a label that two lines cannot hold is cut (the last
 * resort; its full text is in the event's name and detail). A label near the far edge is moved
 * back so it ends at the edge, never past it.
 *
 * Zooming in only spreads marks apart while labels keep their size, so a packing free of overlaps
 * at the first view stays free of them at every closer zoom: it is computed once per data change
 * or resize, for stories up to `PACK_LIMIT` events. Larger timelines keep the index's lanes, and
 * the per-frame work stays bounded by the viewport as before.
 *
 * Precise events (known to within about a day, or ended and drawn no longer than their label)
 * are placed first, so vague spans never push the news of the moment down. The vague then also
 * take room before a lane's first footprint (the precise come in time order, so none of them fits
 * there): in first fit, every lane's end was far on by then, and Exide's events known only to
 * their year (1984, 1999) went to its last lane, under the 2014 rows and out of time order, and
 * zoomed in stood 770 px below the rest.
 */
import { clamp } from './measure.js';
import type { ChronologicalRun, EventIndex, IndexedEvent } from './event-index.js';
import { BAND_LANE, isPrecise, runsByLane } from './event-index.js';
import { fitLabelAt } from './bands.js';
import { HEADLINE_GAP_PX } from './lane-sizes.js';

/** Above this many events on the axis, lanes stay as the index made them. */
export const PACK_LIMIT = 600;

/**
 * Marks closer than this (px, a mark's touch target) read as one column, top to bottom: a later
 * event takes no lane above theirs. First fit alone put the later events of Apollo's moonwalk, a
 * few px apart, in the lanes the landing's had freed: the column read seismometer, plaque, flag,
 * then "EVA started" and the first step.
 */
const SAME_COLUMN_PX = 24;
/**
 * A column ends this far (px) from its first mark. Marks each within `SAME_COLUMN_PX` of the one
 * before make a chain, not a column, once it runs on: the media-types timeline (a year apart, 22 px
 * at 736 px) became a diagonal of 24 lanes, 539 px taller, and Apollo at 1280 px 126 px taller.
 * Four touch targets hold Apollo's moonwalk (nine marks in 80 px at 1248 px).
 */
const COLUMN_SPAN_PX = 4 * SAME_COLUMN_PX;

export interface PackOptions {
  /** px of each item's start and end at the first view (unclamped), and the axis length. */
  project: (t: number) => number;
  length: number;
  /** px one line of the item's label needs. */
  labelWidth: (item: IndexedEvent) => number;
  /**
   * px of the label wrapped in two lines, or null when it cannot wrap (one word). Default: about
   * half the one-line width.
   */
  wrapWidth?: (item: IndexedEvent, oneLine: number) => number | null;
  /** Widest line in px; longer labels wrap. Default: the whole axis. */
  maxLine?: number;
  /** Lanes at most; items beyond fold into the last one. */
  maxLanes: number;
  /** px kept free after a footprint in its lane, more than 0. Default `HEADLINE_GAP_PX`. */
  gap?: number;
  /** Height of a lane with a one-line label, and of each further line, in px. */
  laneHeight: number;
  lineHeight: number;
}

export interface LabelPlan {
  /** Lines the label takes: 1 or 2. */
  lines: number;
  /** px width of the label box (the longest line). */
  width: number;
  /** True when even two lines cannot hold the text: the label is cut. */
  cut: boolean;
}

export interface LanePacking {
  /** The index with the new lanes (items are shared: their `lane` is rewritten in place). */
  index: EventIndex;
  /** Plan of each item's label, by input index `item.i`. */
  labels: Map<number, LabelPlan>;
  /** px from the top of the lanes to each lane, and the height of all lanes. */
  laneTop: number[];
  height: number;
}

const TWO_LINE_SLACK = 1.2;

/** Width of a label wrapped in two lines: half, with room for an uneven break between words. */
function twoLineWidth(oneLine: number): number {
  return Math.ceil(Math.round(oneLine * TWO_LINE_SLACK * 500) / 1000);
}

/** Lines and width of a label at most `maxLine` wide per line. */
export function planLabel(oneLine: number, maxLine: number): LabelPlan {
  if (oneLine <= maxLine) return { lines: 1, width: oneLine, cut: false };
  const half = twoLineWidth(oneLine);
  return half <= maxLine
    ? { lines: 2, width: half, cut: false }
    : { lines: 2, width: maxLine, cut: true };
}

/** [from, to] px an item takes in its lane with a label of `width`. */
function footprint(p0: number, p1: number, width: number, length: number): Spot {
  // Inside the axis a label never runs past the far edge: it ends there instead.
  const labelAt = fitLabelAt(p0, width, length) ?? p0;
  return { from: Math.min(p0, labelAt), to: Math.max(p1, labelAt + width) };
}

interface Spot {
  from: number;
  to: number;
}

/**
 * An item with its label on one line and, when the label can wrap, on two; their footprints. Made
 * once per item, so a lane's last label is not wrapped and measured again for every later item
 * that tries the lane.
 */
interface Candidate {
  item: IndexedEvent;
  /** px of its start at the first view. */
  p0: number;
  one: LabelPlan;
  oneSpot: Spot;
  two: LabelPlan | null;
  twoSpot: Spot;
}

interface LaneState {
  /** Where the lane's footprints end, px, and where they ended before its last label. */
  end: number;
  floor: number;
  /** Most lines of a label in the lane. */
  lines: number;
  /** The lane's last label while it is on one line and can wrap to make room for the next one. */
  wrappable: Candidate | null;
  /** Where the lane's first footprint starts, px: a vague event may end before it. */
  first: number;
}

export function packLanes(index: EventIndex, options: PackOptions): LanePacking {
  const { project, length, maxLanes } = options;
  const gap = options.gap ?? HEADLINE_GAP_PX;
  const maxLine = clamp(options.maxLine ?? length, 24, length);
  const items = index.dated.items;
  const lanes: LaneState[] = [];
  const labels = new Map<number, LabelPlan>();
  let folded = false;

  const candidate = (item: IndexedEvent): Candidate => {
    const p0 = project(item.start);
    const p1 = item.open ? Number.POSITIVE_INFINITY : Math.max(p0, project(item.end));
    const one = planLabel(options.labelWidth(item), maxLine);
    const oneSpot = footprint(p0, p1, one.width, length);
    const wrap = options.wrapWidth;
    const width = one.lines > 1 ? null : wrap ? wrap(item, one.width) : twoLineWidth(one.width);
    const two = width === null || width >= one.width ? null : { lines: 2, width, cut: false };
    const twoSpot = two ? footprint(p0, p1, two.width, length) : oneSpot;
    return { item, p0, one, oneSpot, two, twoSpot };
  };
  const place = (c: Candidate, lane: number, plan: LabelPlan): void => {
    c.item.lane = lane;
    const spot = plan === c.one ? c.oneSpot : c.twoSpot;
    const state = (lanes[lane] ??= {
      end: Number.NEGATIVE_INFINITY,
      floor: 0,
      lines: 1,
      wrappable: null,
      first: spot.from,
    });
    // Before the lane's first footprint (`laneWithRoom`), its end and last label stay.
    if (spot.to < state.first) state.first = spot.from;
    else {
      state.floor = state.end;
      state.end = Math.max(state.end, spot.to);
      state.wrappable = plan === c.one && c.two ? c : null;
    }
    state.lines = Math.max(state.lines, plan.lines);
    labels.set(c.item.i, plan);
  };
  // Plain loops over the lanes, not `findIndex` with closures made per item: a packed story tries
  // every lane (24) for most of its items, thousands of cold calls (100 events in Chromium, cold:
  // the story layout 9.9 -> 4.0 ms).
  const laneWithRoom = ({ from, to }: Spot, floor: number): number => {
    for (let k = floor; k < lanes.length; k++) {
      const { end, first } = lanes[k]!;
      if (end + gap <= from || to + gap <= first) return k;
    }
    return -1;
  };
  /**
   * The lowest lane from `floor` whose last label, wrapped to two lines, makes room from `from` on:
   * wraps it.
   */
  const rewrapped = (from: number, floor: number): number => {
    for (let k = floor; k < lanes.length; k++) {
      const state = lanes[k]!;
      const last = state.wrappable;
      if (!last || last.twoSpot.to + gap > from) continue;
      state.end = Math.max(state.floor, last.twoSpot.to);
      state.lines = 2;
      state.wrappable = null;
      labels.set(last.item.i, last.two!);
      return k;
    }
    return -1;
  };
  // 1. one line in a lane with room; 2. two lines (this label, or the one before it in a lane);
  // 3. a new lane; false when only 4., a fold, is left. All from lane `floor` on.
  const fit = (c: Candidate, floor: number): boolean => {
    let lane = laneWithRoom(c.oneSpot, floor);
    if (lane < 0 && c.two) {
      lane = laneWithRoom(c.twoSpot, floor);
      if (lane >= 0) {
        place(c, lane, c.two);
        return true;
      }
    }
    if (lane < 0) lane = rewrapped(c.oneSpot.from, floor);
    if (lane < 0 && lanes.length < maxLanes) lane = lanes.length;
    if (lane < 0) return false;
    place(c, lane, c.one);
    return true;
  };
  const candidates = items.map(candidate);
  /** San Onofre's months of 2005-2012, drawn as marks, went under its 2014 rows as vague. */
  const pointLike = (c: Candidate) =>
    isPrecise(c.item) || (!c.item.open && project(c.item.end) - c.p0 <= (c.two ?? c.one).width);
  /** Packs the precise events, or the others, in time order. */
  const packPass = (precise: boolean): void => {
    const placed: Candidate[] = [];
    // The first of `placed` within a column's width before the item, and its column's first.
    let first = 0;
    let column = 0;
    for (const c of candidates) {
      if (pointLike(c) !== precise) continue;
      while (first < placed.length && placed[first]!.p0 < c.p0 - SAME_COLUMN_PX) first++;
      // No mark close before it, or the column runs too far: it starts a column of its own.
      if (first === placed.length || c.p0 - placed[column]!.p0 > COLUMN_SPAN_PX)
        column = placed.length;
      let floor = 0;
      for (let k = Math.max(first, column); k < placed.length; k++)
        floor = Math.max(floor, placed[k]!.item.lane + 1);
      // A column taller than the lanes: the lanes above it, as they have room.
      if (floor >= maxLanes) floor = 0;
      // No lane below the column's has room or can open: one above it, before a fold clusters it.
      if (!fit(c, floor) && !(floor > 0 && fit(c, 0))) {
        folded = true;
        place(c, maxLanes - 1, c.two ?? c.one);
      }
      placed.push(c);
    }
  };
  packPass(true);
  packPass(false);

  const laneCount = lanes.length;
  const laneTop: number[] = [];
  let height = 0;
  // The lanes are dense: each new one is opened at `lanes.length`.
  for (const { lines } of lanes) {
    laneTop.push(height);
    height += options.laneHeight + (lines - 1) * options.lineHeight;
  }
  const byLane: ChronologicalRun[] = runsByLane(items, laneCount);
  for (const item of index.band.items) item.lane = BAND_LANE;
  return { index: { ...index, laneCount, byLane, folded }, labels, laneTop, height };
}

/**
 * 'stacked' (vertical) layouts: the shortest axis, from `minLength` up to `maxLength`, at which
 * every label (of its own height, `extentOf`) can sit at its mark or at most `maxDrift` below it,
 * each label after the one before, and the last ends within the axis. Short stories get the length
 * their headlines need instead of clusters; the search tries lengths 1.25x apart, each an O(n)
 * walk.
 */
export function stackedLength(
  items: readonly IndexedEvent[],
  extentOf: (item: IndexedEvent) => number,
  domain: readonly [number, number],
  minLength: number,
  maxLength: number,
  maxDrift: number,
): number {
  const span = domain[1] - domain[0];
  if (!(span > 0) || items.length === 0) return minLength;
  let length = minLength;
  for (;;) {
    const k = length / span;
    let labelEnd = Number.NEGATIVE_INFINITY;
    let fits = true;
    for (const item of items) {
      const p0 = (item.start - domain[0]) * k;
      const at = Math.max(p0, labelEnd);
      if (at - p0 > maxDrift) {
        fits = false;
        break;
      }
      labelEnd = at + extentOf(item);
    }
    if ((fits && labelEnd <= length) || length >= maxLength) return Math.min(length, maxLength);
    length = Math.min(maxLength, length * 1.25);
  }
}
