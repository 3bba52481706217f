/**
 * The vertical drawing's rows ('stacked' labels) fitted to the view (`ViewOptions.fitLabels`):
 * stacked from the view's near edge, kept clear of an era's name and the publication's, and lifted
 * back into the view at its far edge and before an era's line.
 */
import type { LabelBox, ViewItem } from './view.js';

/** What the rows read and write of the view's walk (`layoutView`). */
export interface RowSettings {
  /** Near edge of the viewport. */
  viewStart: number;
  /** Far edge of the viewport. */
  viewEnd: number;
  fitLabels: boolean;
  fitInset: number;
  /** An era's name rows, px (`ViewOptions.keepClear`). */
  clear: readonly (readonly [number, number])[];
  /** The publication's line and label size, px (`ViewOptions.published`, projected as the marks). */
  published?: readonly [number, number] | undefined;
  publishedLabel?: number | undefined;
  /** Where the last label of the lane being walked ends ('stacked': of the one run, in view). */
  laneLabelEnd: number;
  /** The rows fitted so far in the run being walked, in order. */
  rows: LabelBox[];
  /** Where the publication's label ends once placed: no row after it is lifted above it. */
  floor?: number;
}

/**
 * A 'stacked' label (the vertical drawing's rows) fitted to the view (`fitLabels`): the rows of
 * marks that start before the view but reach into it are stacked from `fitInset` after its near
 * edge, within its first half (a row already partly in view, beyond it too), and the rows after
 * them are pushed on so as not to overlap them. Rows are already apart (`maxDrift`), so the push
 * stops at the first gap wide enough.
 */
export function stackedLabel(
  p0: number,
  p: number,
  p1: number,
  size: number,
  s: RowSettings,
): LabelBox {
  if (!s.fitLabels || Math.max(p1, p + size) <= s.viewStart) return { p, size };
  placePublished(s, p0);
  if (p < s.viewStart) {
    const top = Math.max(s.viewStart + s.fitInset, s.laneLabelEnd);
    // Past the view's first half, a row stays out of sight; one that shows already is moved on.
    if (top + size > (s.viewStart + s.viewEnd) / 2 && p + size <= s.viewStart) return { p, size };
    p = top;
  } else p = Math.max(p, s.laneLabelEnd);
  const row = { p, size };
  s.rows.push(row);
  let floor = s.floor ?? -Infinity;
  for (const [from, to] of s.clear) {
    // A mark before an era's line keeps its row before it too, lifting the rows before it as far
    // as they must: pushed past it, the rows of 698 stood under the name of "700 – 720".
    if (row.p < to && row.p + size > from && !(p0 < from && liftRows(s.rows, from, s, floor)))
      row.p = to;
    // Nor above an earlier era's name: lifted over it, a row stood in the era before its own.
    floor = Math.max(floor, to);
  }
  s.laneLabelEnd = row.p + size;
  return row;
}

/**
 * The publication's label takes the next row once the rows of the events before its line have
 * theirs, which on an election night run on past it: a label kept at its line had pushed them below
 * "Published", as if reported after. Rows after it go after it; it keeps clear of an era's name.
 */
export function placePublished(s: RowSettings, p0 = Infinity): void {
  if (!s.published || s.publishedLabel !== undefined || p0 < s.published[0]) return;
  const [at, size] = s.published;
  let p = Math.max(at, s.laneLabelEnd);
  for (const [from, to] of s.clear) if (p < to && p + size > from) p = to;
  s.publishedLabel = p;
  s.floor = s.laneLabelEnd = p + size;
}

/**
 * 'stacked' rows fitted to the view (`fitLabels`) at its far edge: rows pushed below the view's
 * end by the rows before them, of marks in view, are lifted to end at the edge, each lifting the
 * one before it as far as it must, the publication's label (its line in view) among them in time
 * order. Without it the last headlines of a drawing lay past its end, out of sight (a primaries
 * season's last three weeks), and so did an election night's "Published" when zoomed in.
 */
export function liftRowsIntoView(out: ViewItem[], from: number, s: RowSettings): void {
  placePublished(s); // After the rows of all the events, when no row after it placed it.
  const [at, size] =
    s.publishedLabel !== undefined && s.published![0] < s.viewEnd ? s.published! : [Infinity, 0];
  const mark: LabelBox = { p: s.publishedLabel!, size };
  const rows: LabelBox[] = [];
  for (const { p0, label } of out.slice(from)) {
    if (p0 >= at && !rows.includes(mark)) rows.push(mark);
    if (label && p0 < s.viewEnd) rows.push(label);
  }
  if (at < s.viewEnd && !rows.includes(mark)) rows.push(mark);
  liftRows(rows, s.viewEnd, s);
  if (rows.includes(mark)) s.publishedLabel = mark.p;
}

/**
 * Lifts the last of `rows` to end by `end`, and those before them as far as they must; false,
 * and none lifted, when there is no room for them above (in view, and after `floor`).
 */
function liftRows(rows: LabelBox[], end: number, s: RowSettings, floor = -Infinity): boolean {
  const lifted: [LabelBox, number][] = [];
  const clear = s.clear;
  for (let k = rows.length - 1; k >= 0; k--) {
    const label = rows[k]!;
    if (label.p + label.size <= end) break;
    let p = end - label.size;
    for (let c = clear.length - 1; c >= 0; c--) {
      if (p < clear[c]![1] && p + label.size > clear[c]![0]) p = clear[c]![0] - label.size;
    }
    // No room above: the rows stay where they were, the last past the end, rather than overlap.
    if (p < s.viewStart || p < floor) return false;
    lifted.push([label, p]);
    end = p;
  }
  for (const [label, p] of lifted) label.p = p;
  return true;
}
