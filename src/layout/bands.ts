/**
 * Things drawn along the axis that are not events: eras (named spans behind the events), the
 * publication mark, and tick labels kept inside the drawing. Pure px math for one frame.
 */
import { clamp } from './measure.js';

export interface EraInput {
  label: string;
  /** ms; `end` null for an era still running (it runs to the far edge). */
  start: number;
  end: number | null;
}

export interface EraBox {
  /** Index in the input list. */
  i: number;
  /** px of the band, clipped to the axis. */
  p0: number;
  p1: number;
  /** Row of the label (eras that overlap in time get different rows). */
  row: number;
  /** The era began before the axis: its band's first edge is not its start, and has no line. */
  cut: boolean;
  /** Where the label starts and how wide it may be, inside the band and the axis. */
  label: { p: number; size: number } | null;
}

const ERA_LABEL_PADDING = 4;

/**
 * Era bands for the visible range: each clipped to [0, length]; eras overlapping in time take
 * separate label rows (greedy, in input order), so labels never overlap one another. A `vertical`
 * band's name runs across it, not along: its room is not the band's length (the last era of a
 * phone's drawing, 47 px of it, was named "Era …").
 */
export function layoutEras(
  eras: readonly EraInput[],
  project: (t: number) => number,
  length: number,
  labelWidth: (label: string) => number,
  vertical?: boolean,
): { eras: EraBox[]; rows: number } {
  const rowEnds: number[] = [];
  const out: EraBox[] = [];
  const order = eras.map((era, i) => ({ era, i })).sort((a, b) => a.era.start - b.era.start);
  for (const { era, i } of order) {
    const a = project(era.start);
    const b = era.end === null ? Number.POSITIVE_INFINITY : project(era.end);
    const p0 = Math.max(0, Math.min(a, b));
    const p1 = Math.min(length, Math.max(a, b));
    if (!(p1 > p0)) continue;
    let row = rowEnds.findIndex((end) => end <= p0);
    if (row < 0) row = rowEnds.push(Number.NEGATIVE_INFINITY) - 1;
    rowEnds[row] = p1;
    const room = vertical ? Infinity : p1 - p0 - 2 * ERA_LABEL_PADDING;
    const size = Math.min(labelWidth(era.label), room);
    out.push({
      i,
      p0,
      p1,
      row,
      cut: Math.min(a, b) < 0,
      label: size >= 24 && p1 - p0 >= 24 ? { p: p0 + ERA_LABEL_PADDING, size } : null,
    });
  }
  return { eras: out, rows: rowEnds.length };
}

/**
 * Where a label of `width` px anchored at `p` starts so that it stays inside [0, length]: at `p`
 * when it fits, else ending at the far edge. Null when `p` itself is outside the axis.
 */
export function fitLabelAt(p: number, width: number, length: number): number | null {
  if (!(p >= 0 && p <= length)) return null;
  return clamp(p, 0, length - width);
}

/**
 * Tick labels that fit: a label runs from its tick towards the far edge; one that would cross the
 * edge, or run into the next tick's label, is left out (its grid line stays). Returns, per tick,
 * whether its label is shown.
 */
export function tickLabelsThatFit(
  ticks: readonly { p: number }[],
  widths: readonly number[],
  length: number,
  gap = 0,
): boolean[] {
  return ticks.map((tick, k) => {
    const end = tick.p + (widths[k] ?? 0);
    const next = ticks[k + 1];
    return tick.p >= 0 && end <= length && (!next || end + gap <= next.p);
  });
}
