/**
 * How the events of a chronological run fall into the view's groups (events and clusters) at one
 * zoom level, worked out from the run's first item and cached, so that the groups do not depend
 * on the window being laid out (see `layoutView`).
 */
import type { ChronologicalRun, IndexedEvent } from './event-index.js';

/** What grouping depends on besides the scale (`layoutView`'s settings). */
export interface GroupRules {
  /** 'beside' groups a lane; 'stacked' all lanes, whose labels share one column. */
  beside: boolean;
  /** px under which marks merge ('beside', and 'stacked' without `maxDrift`). */
  threshold: number;
  /** 'stacked': how far (px) a label may be pushed below its mark; 0: not at all. */
  maxDrift: number;
  labelExtent: number;
  labelExtentOf?: ((item: IndexedEvent) => number) | undefined;
}

/**
 * How one chronological run falls into groups at one zoom level. Groups are made by walking the
 * whole run from its first item, so they do not depend on the window being laid out: a pan keeps
 * every group (its members, its key, its drawn item) that stays in view, and a layout during a pan
 * only adds and removes the groups at its edges.
 */
export interface RunGroups {
  /** px per ms the groups were made at; null for a scale that is not linear (not cached). */
  k: number | null;
  /** What else the grouping depends on (see `groupingKey`). */
  key: string;
  labelExtentOf: ((item: IndexedEvent) => number) | undefined;
  /** Index in the run of each group's first item, then the run's length. */
  first: Int32Array;
  /** 'stacked': px from each group's mark down to its label (pushed by the labels before it). */
  drift: Float64Array | null;
  /** Each group's latest end, and whether one of its events is ongoing. */
  t1: number[];
  open: boolean[];
  /**
   * A cluster's members, copied as it is first laid out, so that a layout during a pan costs in
   * proportion to the groups it draws, not to their events.
   */
  members: IndexedEvent[][];
}

/** Zoom levels whose groups are kept per run (a zoom gesture goes back and forth). */
const CACHED_LEVELS = 4;
const groupCache = new WeakMap<ChronologicalRun, RunGroups[]>();

function groupingKey(s: GroupRules): string {
  return `${s.beside}|${s.threshold}|${s.maxDrift}|${s.labelExtent}`;
}

/** The same k within rounding: the scale of a pan step is computed anew from its time range. */
function sameZoom(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.abs(a);
}

export function groupsOf(
  run: ChronologicalRun,
  k: number | null,
  project: (t: number) => number,
  s: GroupRules,
): RunGroups {
  const key = groupingKey(s);
  const cached = groupCache.get(run) ?? [];
  if (k !== null) {
    // Only groups made at a linear scale are cached: their k is a number.
    const hit = cached.find(
      (g) => sameZoom(g.k!, k) && g.key === key && g.labelExtentOf === s.labelExtentOf,
    );
    if (hit) return hit;
  }
  const groups = groupRun(run.items, k, project, s, key);
  if (k !== null) {
    cached.unshift(groups);
    cached.length = Math.min(cached.length, CACHED_LEVELS);
    groupCache.set(run, cached);
  }
  return groups;
}

/**
 * Groups a run from its first item. A group opens at an item and takes every following item
 * whose p0 is closer than the threshold to the group's first p0 ('beside': or that starts
 * before the group's marks end, as in the folded last lane); 'stacked' with `maxDrift`: every
 * item whose label would be pushed further than that below its mark. Only px differences at
 * one scale are used, so the groups are the same wherever the window is.
 */
function groupRun(
  items: readonly IndexedEvent[],
  k: number | null,
  project: (t: number) => number,
  s: GroupRules,
  key: string,
): RunGroups {
  const n = items.length;
  const first = new Int32Array(n + 1);
  const drift = s.beside ? null : new Float64Array(n);
  const t1: number[] = [];
  const open: boolean[] = [];
  let groups = 0;
  let start = 0;
  let end = Number.NEGATIVE_INFINITY;
  let labelDrift = 0;
  let extent = 0;
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const itemEnd = item.open ? Number.POSITIVE_INFINITY : item.end;
    if (i > 0) {
      // Inline, not a closure: this runs cold for every event of a first render.
      const d = k !== null ? (item.start - start) * k : project(item.start) - project(start);
      const joins = s.beside
        ? d < s.threshold || item.start < end
        : s.maxDrift <= 0
          ? d < s.threshold
          : labelDrift + extent - d > s.maxDrift;
      if (joins) {
        if (itemEnd > end) end = itemEnd;
        if (item.end > t1[groups - 1]!) t1[groups - 1] = item.end;
        if (item.open) open[groups - 1] = true;
        continue;
      }
      if (drift) labelDrift = Math.max(0, labelDrift + extent - d);
    }
    first[groups] = i;
    t1.push(item.end);
    open.push(item.open);
    if (drift) {
      drift[groups] = labelDrift;
      extent = labelExtentOf(item, s);
    }
    groups++;
    start = item.start;
    end = itemEnd;
  }
  first[groups] = n;
  return {
    k,
    key,
    labelExtentOf: s.labelExtentOf,
    first: first.subarray(0, groups + 1),
    drift: drift?.subarray(0, groups) ?? null,
    t1,
    open,
    members: [],
  };
}

/** 'stacked': px the label of `item` needs along the axis. */
export function labelExtentOf(item: IndexedEvent, s: GroupRules): number {
  return s.labelExtentOf?.(item) ?? s.labelExtent;
}
