/**
 * Per-frame layout: which marks and labels to draw for the visible time range, with dense
 * stretches merged into clusters. Called on every animation frame while panning, so it walks
 * only the visible slice, projects with two multiplications instead of calling the scale, and
 * never sorts; how the events fall into clusters is worked out once per zoom level.
 */
import { clamp } from './measure.js';
import type { TimeScale } from './time-scale.js';
import { upperBound, visibleSlice } from './event-index.js';
import type { ChronologicalRun, EventIndex, IndexedEvent } from './event-index.js';
import { groupsOf, labelExtentOf } from './groups.js';
import { HEADLINE_GAP_PX } from './lane-sizes.js';
import {
  liftRowsIntoView,
  placePublished,
  stackedLabel,
  type RowSettings,
} from './stacked-rows.js';

/** A label box along the time axis, in px: it covers [p, p + size]. */
export interface LabelBox {
  p: number;
  size: number;
  /** Lines of text the label takes (from `labelLines`); 1 when not given. */
  lines?: number;
}

export interface ViewEvent {
  kind: 'event';
  item: IndexedEvent;
  lane: number;
  /** px along the time axis; p1 >= p0. */
  p0: number;
  p1: number;
  /** The label box, or null when there is no room for one. */
  label: LabelBox | null;
}

export interface ViewCluster {
  kind: 'cluster';
  lane: number;
  p0: number;
  p1: number;
  count: number;
  /** Chronological. */
  members: IndexedEvent[];
  /** Earliest start and latest end of the members, in ms. */
  t0: number;
  t1: number;
  /** 'stacked': the row the cluster's badge takes in the label column; 'beside': the room after it. */
  label?: LabelBox;
}

export type ViewItem = ViewEvent | ViewCluster;

export interface ViewOptions {
  /** d3 scaleUtc or linearTimeScale: domain = visible time range, range = [0, length px]. */
  scale: TimeScale;
  mode: 'beside' | 'stacked';
  /** 'beside': desired label width in px. Default 160. */
  labelWidth?: (item: IndexedEvent) => number;
  /** 'beside': items in one lane whose starts are closer than this merge. Default 56. */
  minLabel?: number;
  /** 'stacked': px each label needs along the axis; closer items (any lane) merge. Default 44. */
  labelExtent?: number;
  /** px beyond [0, length] still laid out. Default 200. */
  overscan?: number;
  /**
   * 'beside': px kept free between a label and the next item's mark in its lane, and from the
   * view's near edge. Default `HEADLINE_GAP_PX`.
   */
  labelGap?: number;
  /**
   * 'beside': labels narrower than this are dropped (label: null). Default 12. Only matters at
   * the far edge of the overscan, since clustering already leaves `minLabel - labelGap`.
   */
  minLabelRoom?: number;
  /**
   * 'stacked': how far (px) a label may be pushed along the axis, below its mark, to make room
   * for the labels before it; items that would be pushed further join the group before them.
   * Default 0: no pushing, items closer than `labelExtent` merge.
   */
  maxDrift?: number;
  /**
   * Lines each label takes (see `packLanes`), or may take when `cut` short (by the next mark, or
   * the view's end, past which it is not seen); copied into `LabelBox.lines`.
   */
  labelLines?: (item: IndexedEvent, cut: boolean) => number;
  /** 'stacked': px the label of this item needs along the axis; default `labelExtent`. */
  labelExtentOf?: (item: IndexedEvent) => number;
  /**
   * 'beside': labels are fitted to the view. One whose mark is in view but whose text would run
   * past the far edge is moved back to end at the edge (never over the label before it in its
   * lane); one whose mark starts before the view while the mark or the text reaches into it is
   * moved on to start at the near edge (never over the next mark of its lane). 'stacked': rows of
   * marks that start before the view but reach into it are stacked from the near edge. Default
   * false.
   */
  fitLabels?: boolean;
  /**
   * 'stacked' with `fitLabels`: px after the near edge where the rows moved on to it start, room
   * for what the drawing shows there (the name of an era the view is in). Default 0.
   */
  fitInset?: number;
  /**
   * 'stacked' with `fitLabels`: stretches of the axis, [from, to] px in ascending order, that no
   * row may cover (the labels of the eras that start in view).
   */
  keepClear?: readonly (readonly [number, number])[];
  /**
   * 'stacked' with `fitLabels`: the publication, [instant ms, size px], whose label takes a row of
   * `size` after the rows of the events before it, before the others (`ViewLayout.publishedLabel`).
   */
  published?: readonly [number, number];
}

export interface ViewLayout {
  items: ViewItem[];
  lanes: number;
  /**
   * Number of events drawn: the sum over items of counts. Every event intersecting the laid-out
   * range is among them, and so are the other members of a cluster at its edge.
   */
  candidates: number;
  /** The laid-out time range in ms: the domain widened by the overscan. */
  range: [number, number];
  /** 'stacked' with `fitLabels` and `published`: where the publication's label row starts, px. */
  publishedLabel?: number | undefined;
}

const DEFAULT_LABEL_WIDTH = 160;
const DEFAULT_MIN_LABEL = 56;
const DEFAULT_LABEL_EXTENT = 44;
/** px laid out beyond each end of the view when the caller does not ask for more. */
export const DEFAULT_OVERSCAN = 200;
const DEFAULT_MIN_LABEL_ROOM = 12;

/**
 * Maps ms to px and back. A two-point time scale is linear in ms, so its coefficients are read
 * once per frame and `project` multiplies instead of calling the scale. The projection is
 * deliberately unclamped: marks beyond the edges need their true positions.
 */
interface Axis {
  /** px per ms when the scale is linear (groups are cached by it); otherwise null. */
  k: number | null;
  project: (t: number) => number;
  invert: (p: number) => number;
  /** Range ends, ascending. */
  r0: number;
  r1: number;
}

function axisOf(scale: TimeScale): Axis {
  const domain = scale.domain();
  const range = scale.range();
  const r0 = Math.min(range[0] ?? 0, range.at(-1) ?? 0);
  const r1 = Math.max(range[0] ?? 0, range.at(-1) ?? 0);
  if (domain.length === 2 && range.length === 2 && !scale.bent) {
    const d0 = +domain[0]!;
    const span = +domain[1]! - d0;
    const a0 = range[0]!;
    if (span !== 0 && isFinite(span)) {
      const k = (range[1]! - a0) / span;
      return {
        k,
        project: (t) => a0 + (t - d0) * k,
        invert: (p) => d0 + (p - a0) / k,
        r0,
        r1,
      };
    }
  }
  // Polylinear, bent or degenerate scales: call the scale itself.
  const unclamped = scale.copy().clamp(false);
  return {
    k: null,
    project: unclamped,
    invert: (p) => +unclamped.invert(p),
    r0,
    r1,
  };
}

interface Settings extends RowSettings {
  beside: boolean;
  threshold: number;
  labelWidth?: ((item: IndexedEvent) => number) | undefined;
  labelExtent: number;
  labelGap: number;
  minLabelRoom: number;
  /** Far end of the laid-out px range: labels may not run past it. */
  limit: number;
  maxDrift: number;
  labelLines?: ((item: IndexedEvent, cut: boolean) => number) | undefined;
  labelExtentOf?: ((item: IndexedEvent) => number) | undefined;
}

function besideLabel(
  item: IndexedEvent,
  p0: number,
  p1: number,
  nextP0: number,
  s: Settings,
): LabelBox | null {
  const desired = s.labelWidth?.(item) ?? DEFAULT_LABEL_WIDTH;
  const p = s.fitLabels ? fittedLabelStart(p0, p1, desired, nextP0, s) : p0;
  const size = Math.min(desired, nextP0 - s.labelGap - p, s.limit - p);
  // NaN (no label, `fittedLabelStart`) fails this too. A packed lane's label cut to less than
  // `MIN_EDGE_LABEL_PX` by the next mark has none: between the badges of a folded lane, US news
  // read "Tru… / Say…" and "As / Tru…".
  if (!(size >= (s.fitLabels ? Math.min(desired, MIN_EDGE_LABEL_PX) : s.minLabelRoom))) return null;
  s.laneLabelEnd = p + size;
  const lines = s.labelLines?.(item, size < desired || (p < s.viewEnd && p + size > s.viewEnd));
  return lines && lines > 1 ? { p, size, lines } : { p, size };
}

/**
 * The least of a label a view's far edge may leave (`fittedLabelStart`): Exide zoomed in at 800 px
 * ended its lanes in "E", "R… t.", "Air re…", held back by the labels before them.
 */
const MIN_EDGE_LABEL_PX = 64;

/**
 * Where a label fitted to the view starts (`fitLabels`). A label whose mark is in view but whose
 * text would run past the far edge ends at the edge, never over the label before it in its lane;
 * held back by that label to less than `MIN_EDGE_LABEL_PX` before the edge, it has none (NaN).
 * A label whose mark starts before the view and reaches into it starts at the near edge, never over
 * the next mark of its lane: after a zoom into a span, or a pan past the start of one, the bar
 * across the view keeps its headline in sight and whole. A mark that ends before the view has no
 * label (NaN) if its text reaches into the view: moved on, the headlines of instants before the
 * view stood whole at its start with no mark, at a time they were not (KPCC's Exide saga zoomed
 * into its last year: four 2013 headlines in a column at August), and left in place they were
 * fragments cut by the edge ("ls for hearing"). One wholly before the view keeps its place, to be
 * panned into view.
 */
function fittedLabelStart(
  p0: number,
  p1: number,
  desired: number,
  nextP0: number,
  s: Settings,
): number {
  if (p0 >= s.viewStart) {
    if (p0 >= s.viewEnd || p0 + desired <= s.viewEnd) return p0;
    const p = Math.max(s.viewStart, s.laneLabelEnd + s.labelGap, s.viewEnd - desired);
    return s.viewEnd - p < Math.min(desired, MIN_EDGE_LABEL_PX) ? NaN : p;
  }
  if (p1 < s.viewStart) return p0 + desired > s.viewStart ? NaN : p0;
  // A gap from the edge, as from the next mark: text flush with the view's edge reads as cut.
  return clamp(nextP0 - s.labelGap - desired, p0, s.viewStart + s.labelGap);
}

/**
 * 'beside': the room after a cluster in view, to the next item of its lane or the view's end, for
 * the span its events cover in words (the element's, when it fits): under a 29-event badge at the
 * end of a saga the reader saw a number, not that it held the story's last year. A label moved
 * back from the far edge takes what it needs of that room first (`layoutRun`).
 */
function clusterRoom(p0: number, nextP0: number, s: Settings): LabelBox | undefined {
  const size = Math.min(nextP0 - s.labelGap, s.viewEnd) - p0;
  return p0 < s.viewStart || !(size > 0) ? undefined : { p: p0, size };
}

/**
 * Emits the groups of one run that hold an item intersecting [tMin, tMax], each whole (a group
 * at the edge keeps its members beyond the window); returns the number of events emitted.
 */
function layoutRun(
  run: ChronologicalRun,
  tMin: number,
  tMax: number,
  axis: Axis,
  s: Settings,
  out: ViewItem[],
): number {
  const { from, to } = visibleSlice(run, tMin, tMax);
  if (from >= to) return 0;
  const items = run.items;
  const px = axis.project;
  const groups = groupsOf(run, axis.k, px, s);
  const { first, drift } = groups;
  const last = first.length - 1;
  s.laneLabelEnd = Number.NEGATIVE_INFINITY;
  s.rows = [];
  const firstOut = out.length;
  let emitted = 0;
  let room: LabelBox | undefined;
  // From the group holding `from`, the last to start at or before it (`from` < the run's length).
  for (let g = upperBound(first, from) - 1; g < last && first[g]! < to; g++) {
    const a = first[g]!;
    const b = first[g + 1]!;
    const lead = items[a]!;
    const t1 = groups.t1[g]!;
    const p0 = px(lead.start);
    // An ongoing event runs on past the far edge of what is laid out: it has not ended.
    const p1 = groups.open[g] ? Math.max(px(t1), s.limit) : px(t1);
    // In a folded lane a group between two that are laid out may have ended before the window.
    if (t1 < tMin) continue;
    emitted += b - a;
    const stacked = drift
      ? stackedLabel(p0, p0 + drift[g]!, p1, labelExtentOf(lead, s), s)
      : undefined;
    const nextP0 = b < items.length ? px(items[b]!.start) : Number.POSITIVE_INFINITY;
    if (b - a === 1) {
      const label = stacked ?? besideLabel(lead, p0, p1, nextP0, s);
      if (room && label) room.size = Math.min(room.size, label.p - s.labelGap - room.p);
      out.push({ kind: 'event', item: lead, lane: lead.lane, p0, p1, label });
      continue;
    }
    room = clusterRoom(p0, nextP0, s);
    out.push({
      kind: 'cluster',
      lane: lead.lane,
      p0,
      p1,
      count: b - a,
      // One slice copy per cluster and zoom level: most of the work at fit-all.
      members: (groups.members[g] ??= items.slice(a, b)),
      t0: lead.start,
      t1,
      label: stacked ?? room,
    });
  }
  if (drift && s.fitLabels) liftRowsIntoView(out, firstOut, s);
  return emitted;
}

/**
 * Lays out the visible slice. 'beside': each lane is walked in time order and an item's label
 * runs from its mark to just before the next item of its lane. 'stacked': all labels share one
 * column, so grouping runs over all lanes at once. A group opens at an item and takes every
 * following item whose p0 is closer than the threshold to the group's first p0; groups of one
 * are events, larger ones clusters. Consecutive groups in a lane ('beside') or overall
 * ('stacked') therefore start at least one threshold apart, which is what keeps labels apart.
 * Groups are made from the start of each run and cached per zoom level (`groupsOf`), so a pan
 * keeps the groups that stay in view.
 *
 * Output order: 'beside' lane by lane (lane 0 first), each lane by p0; 'stacked' by p0.
 */
export function layoutView(index: EventIndex, options: ViewOptions): ViewLayout {
  const axis = axisOf(options.scale);
  const overscan = Math.max(0, options.overscan ?? DEFAULT_OVERSCAN);
  const beside = options.mode !== 'stacked';
  const labelExtent = options.labelExtent ?? DEFAULT_LABEL_EXTENT;
  const settings: Settings = {
    // The options the walk reads as given (labelWidth, labelLines, labelExtentOf); the rest below.
    ...options,
    beside,
    threshold: beside ? (options.minLabel ?? DEFAULT_MIN_LABEL) : labelExtent,
    labelExtent,
    labelGap: options.labelGap ?? HEADLINE_GAP_PX,
    minLabelRoom: options.minLabelRoom ?? DEFAULT_MIN_LABEL_ROOM,
    limit: axis.r1 + overscan,
    viewStart: axis.r0,
    maxDrift: beside ? 0 : Math.max(0, options.maxDrift ?? 0),
    fitLabels: options.fitLabels ?? false,
    fitInset: options.fitInset ?? 0,
    clear: options.keepClear ?? [],
    published: options.published && [axis.project(options.published[0]), options.published[1]],
    viewEnd: axis.r1,
    laneLabelEnd: Number.NEGATIVE_INFINITY,
    rows: [],
  };
  const tA = axis.invert(axis.r0 - overscan);
  const tB = axis.invert(axis.r1 + overscan);
  const tMin = Math.min(tA, tB);
  const tMax = Math.max(tA, tB);
  const out: ViewItem[] = [];
  let candidates = 0; // Nothing to lay out with a range a degenerate scale cannot give (NaN).
  if (tMax >= tMin && index.items.length > 0) {
    if (beside) {
      for (const run of index.byLane) candidates += layoutRun(run, tMin, tMax, axis, settings, out);
    } else {
      candidates = layoutRun(index.dated, tMin, tMax, axis, settings, out);
    }
  }
  placePublished(settings); // No event laid out near it: at its line, clear of an era's name.
  return {
    items: out,
    lanes: index.laneCount,
    candidates,
    range: [tMin, tMax],
    publishedLabel: settings.publishedLabel,
  };
}

/** Whether [p0, p1] px meets a view of [0, length] px; false for NaN (none). */
export function meetsView(length: number, p0 = NaN, p1 = p0): boolean {
  return p1 >= 0 && p0 <= length;
}

/**
 * Events shown, and all those placed: the ones in [0, length] px (a cluster's members each; not
 * those laid out beyond the view to pan into) and the background band's, which is always drawn.
 */
export function shownOf(
  items: readonly ViewItem[],
  length: number,
  index: EventIndex,
): [number, number] {
  let shown = index.band.items.length;
  for (const item of items)
    if (meetsView(length, item.p0, item.p1)) shown += item.kind === 'cluster' ? item.count : 1;
  return [shown, index.items.length];
}
