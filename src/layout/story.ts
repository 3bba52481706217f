/**
 * The layout of a story's first view, computed once per data change or resize (not per frame):
 * lanes packed for the headlines (`packLanes`) when the drawing is horizontal, or, when it is
 * vertical, the height of each label row and the axis length that keeps rows beside their marks
 * (`stackedLength`). Large timelines (more than `PACK_LIMIT` events on the axis) keep the index's
 * lanes and fixed rows, so their per-frame work stays bounded by the viewport.
 */
import { linearTimeScale, type TimeScale } from './time-scale.js';
import { LINE_PX } from './lane-sizes.js';
import type { EventIndex, IndexedEvent } from './event-index.js';
import { LABEL_FONT_ESTIMATE_PX, clamp, estimateTextWidth } from './measure.js';
import { PACK_LIMIT, stackedLength, type LabelPlan } from './packing.js';
import {
  claimLanes,
  openingWindow,
  packAt,
  packedLayout,
  readsDown,
  zoomedLayouts,
} from './story-lanes.js';

export { LINE_PX } from './lane-sizes.js';

/**
 * px along a vertical axis the label of a mark's line takes (the publication, an era's start):
 * one line at the marks' smaller size below the line, and a gap before the next row.
 */
export const MARK_ROW_PX = LINE_PX + 4;
/**
 * Vertical rows: at least this tall (a touch target), at most this many lines, where the label's
 * CSS clamps it (`--_lines`). Apollo's first step, a 97-character quote after its time, takes
 * eight at 288 px; a headline the TimelineJS importer cut at 100 characters, up to twelve (Moscow's
 * "Звонки поступали…" in the 124 px column of a 272 px element: at ten, its last line was cut).
 */
export const STACKED_LABEL = 48;
const STACKED_MAX_LINES = 12;
/** px of a vertical row below its words. */
export const STACKED_PADDING = 10;
/** px of a vertical drawing taken before the label column (time column, rail, gaps). */
export const STACKED_LABELS_START = 148;
/** How far a vertical row may sit below its mark before rows merge. */
export const STACKED_DRIFT = 4 * STACKED_LABEL;
const MAX_STACKED_ROWS = 24;
/** An empty stretch of a vertical axis longer than this (px) is cut short. */
const CUT_ABOVE = 3 * STACKED_LABEL;
/** px a cut stretch keeps on each side of its cut, and of the cut itself. */
export const CUT_PX = 24;
const MIN_HORIZONTAL_LENGTH = 120;

export interface StoryInput {
  index: EventIndex;
  /** The text each label shows, by input index (`IndexedEvent.i`). */
  labelText: (i: number) => string;
  /** px a horizontal label takes before its text (a thumbnail), by input index; default none. */
  labelExtra?: (i: number) => number;
  /** The time range of the first view, ms. */
  firstView: readonly [number, number];
  /** The range the unzoomed axis shows, ms. */
  baseDomain: readonly [number, number];
  /** The element's width, px. */
  width: number;
  vertical: boolean;
  /** Minimum length of a vertical axis, px. */
  verticalLength: number;
  /**
   * Instants whose labels hang below their line in a vertical drawing (the eras' starts;
   * `PreparedStory.marks`), ms: no cut takes them out of the first view or hides them.
   */
  marks?: readonly number[];
  /**
   * The publication, ms, as a mark here. The drawing gives its label the row after those of the
   * events before its line (view.ts, `ViewOptions.published`) rather than pushing a row across the
   * line below it as an era's name does: the rows and the label then end no later than the cuts
   * allow for.
   */
  published?: number | null;
  /**
   * Horizontally, the first view is already longer for its last headlines (`storyLayout`): the
   * first view it had, which a story drawn down (`downText`) takes, as the vertical layout would.
   */
  widened?: readonly [number, number];
  /**
   * A horizontal story's label text drawn down (`layout="auto"`): given, a story whose first view
   * would fold a quarter of its events, with no closer opening to show them, is laid out down
   * instead (`readsDown`).
   */
  downText?: (i: number) => string;
}

export interface StoryLayout {
  /** Length of the time axis, px. */
  length: number;
  /**
   * The unzoomed axis: `baseDomain` -> [0, length] px. Vertical stories cut their long empty
   * stretches short, each to `CUT_PX` between a pair of inner knots of its domain; elsewhere it
   * is linear.
   */
  base: TimeScale;
  /** The time range of the first view, ms: the input's, or a vertical axis's trimmed one. */
  firstView: readonly [number, number];
  /** The index to lay frames out from (packed lanes, or the index as it came). */
  index: EventIndex;
  packed: boolean;
  /** Horizontal: each label's plan, by input index. */
  labels: Map<number, LabelPlan> | null;
  /** Horizontal: extra label lines in the lanes above each lane, and in all lanes. */
  linesBefore: number[];
  extraLines: number;
  /**
   * Vertical: px each label row needs along the axis. One function per story: the view keeps its
   * groups per zoom level for as long as what they depend on stays the same object.
   */
  rows: ((item: IndexedEvent) => number) | null;
  /**
   * Horizontal, when the first view folded events into its last lane, where they cluster: the
   * layout to draw a view of scale `k` (`AxisTransform.k`) with, lanes packed again for its zoom
   * level (`zoomedLayouts`), so that a cluster zoomed into shows its headlines in lanes of their
   * own. Without it, every zoom draws with this layout.
   */
  zoomed?: (k: number) => StoryLayout;
  /** Horizontal, when the first view folded events: the closer range shown first (`openingWindow`). */
  opening?: readonly [number, number];
}

export function storyLayout(input: StoryInput): StoryLayout {
  const { index, width, vertical } = input;
  const small = index.dated.items.length <= PACK_LIMIT;
  if (vertical) return verticalLayout(input, small);
  const length = Math.max(MIN_HORIZONTAL_LENGTH, width);
  if (!small) {
    return plain(input, length);
  }
  // Packed at the first view's scale: the scale the reader sees first, where every headline counts.
  const scale = linearTimeScale(input.firstView, [0, length]);
  const packing = packAt(input, length, 1);
  // Longer at its end, so that its last headlines start at their marks and end in it: moved back
  // to end at its edge (`fitLabels`), a camp's shelling, the lead event, stood under the day
  // before its own, and a verdict under the years before it. Once, and at most by half.
  let longer = 1;
  for (const item of index.dated.items) {
    const p = scale(item.start);
    const room = length - packing.labels.get(item.i)!.width;
    if (p < length && p > room && room > 0) longer = Math.max(longer, p / room);
  }
  const [v0, v1] = input.firstView;
  if (longer > 1 && !input.widened)
    return storyLayout({
      ...input,
      firstView: [v0, v0 + (v1 - v0) * Math.min(longer, 1.5)],
      widened: input.firstView,
    });
  const story: StoryLayout = { ...plain(input, length), ...packedLayout(packing) };
  if (packing.index.folded) {
    story.zoomed = zoomedLayouts(input, story);
    story.opening = openingWindow(story);
    if (input.downText && readsDown(story))
      return verticalLayout(
        {
          ...input,
          firstView: input.widened ?? input.firstView,
          vertical: true,
          labelText: input.downText,
        },
        small,
      );
  }
  return story;
}

function plain({ index, baseDomain, firstView }: StoryInput, length: number): StoryLayout {
  return {
    length,
    base: linearTimeScale(baseDomain, [0, length]),
    firstView,
    index,
    packed: false,
    labels: null,
    linesBefore: [],
    extraLines: 0,
    rows: null,
  };
}

function verticalLayout(input: StoryInput, small: boolean): StoryLayout {
  const { index } = input;
  const events = index.dated.items.length;
  const minimum = Math.max(
    input.verticalLength,
    Math.min(events, MAX_STACKED_ROWS) * STACKED_LABEL,
  );
  // Nothing on the axis (all in the background band): a phone's length of empty drawing pushed
  // the band below the first screen, and nothing drawn has nothing to cut. One px, not none: a
  // zoom divides by the length, and a reader may zoom before a newer version brings events.
  if (!events) return plain(input, 1);
  if (!small) return plain(input, minimum);
  // A wide layout packs its lanes into these same items (`packAt`): the rail takes the index's
  // own, as it would had the page never been wide (a first measure, a phone turned and back).
  claimLanes(index);
  const column = Math.max(80, input.width - STACKED_LABELS_START);
  const rows = new Map<number, number>();
  for (const item of index.dated.items)
    rows.set(item.i, rowHeight(input.labelText(item.i), column));
  const rowOf = (item: IndexedEvent) => rows.get(item.i) ?? STACKED_LABEL;
  const total = [...rows.values()].reduce((sum, h) => sum + h, 0);
  // Up to 16 times the rows' length before the cuts take the empty stretches out: at 4 times, an
  // election night's six headlines in 36 hours, four months from its first, merged into clusters.
  const length = stackedLength(
    index.dated.items,
    rowOf,
    input.firstView,
    Math.max(minimum, total),
    Math.max(minimum, total) * 16,
    STACKED_DRIFT,
  );
  return {
    ...plain(input, 0),
    ...cutAxis(input, rowOf, length, minimum),
    packed: true,
    rows: rowOf,
  };
}

/**
 * The vertical axis with its empty stretches cut short. A story of minutes and hours (a moon
 * landing) needs room between its close marks for their rows, and at that scale its quiet hours
 * filled screens on a phone before the next headline. A stretch with neither a row nor a mark
 * longer than `CUT_ABOVE` keeps `CUT_PX` on each side and a cut of `CUT_PX` between, which the
 * drawing hatches; the first view starts `2 * CUT_PX` before the first mark and ends `CUT_PX`
 * after the last row, where the time padding of the first view took a third of a phone's screen.
 * A mark's line (the publication, an era's start) is never cut: the stretches before it and after
 * its label are cut apart, and the first view ends after the label. A bar may cross a cut, as on
 * a chart's broken axis: a stretch under a long range or an ongoing event had filled a phone's
 * first screen with one bar (a fraud's five years of background before its verdict), and nothing
 * new starts there. The first view ends after the last bar. The axis never gets shorter than
 * `minimum`: the stretches first in time are cut first.
 */
function cutAxis(
  { index, firstView: [v0, v1], baseDomain: [b0, b1], marks = [], published }: StoryInput,
  rowOf: (item: IndexedEvent) => number,
  length: number,
  minimum: number,
): Pick<StoryLayout, 'length' | 'base' | 'firstView'> {
  const k = length / (v1 - v0);
  const px = (t: number) => (t - v0) * k;
  const items = index.dated.items;
  // The eras' lines and the publication's after the first view's start (0: none), and all of
  // them in order, each with the row its label takes below it: also those past the fitted length,
  // which rows pushed down may reach.
  const eraLines = marks.map(px).filter((p) => p > 0);
  const publication = published == null ? 0 : px(published);
  const lines = [...eraLines, publication].filter((p) => p > 0).sort((a, b) => a - b);
  // Where the last row ends, and where the last row or bar ends.
  let end = px(items[0]?.start ?? v0);
  let reach = end;
  let budget = length - minimum;
  const trim = (room: number) => {
    const cut = clamp(room, 0, budget);
    budget -= cut;
    return cut;
  };
  const top = trim(end - 2 * CUT_PX);
  const start = v0 + top / k;
  // Showing everything shows the first view and the background band's years before it, which
  // hold nothing drawn, cut short when long: a mayor's first election, eight years before a count.
  const domain = [b0 < v0 ? b0 : start];
  const range = [px(domain[0]!)];
  if (top - range[0]! > CUT_ABOVE) {
    domain.push(b0 + CUT_PX / k, start);
    range[0] = top - 2 * CUT_PX;
    range.push(top - CUT_PX, top);
  }
  let removed = 0;
  // A stretch between rows and marks longer than `CUT_ABOVE` keeps its first and last `CUT_PX`.
  const cutBetween = (from: number, to: number): void => {
    const line = lines.find((p) => p > from && p < to);
    if (line) {
      cutBetween(from, line);
      cutBetween(line + MARK_ROW_PX, to);
    } else if (to - from > CUT_ABOVE && budget) {
      const cut = trim(to - from - 3 * CUT_PX);
      const at = from + CUT_PX;
      domain.push(v0 + at / k, v0 + (at + CUT_PX + cut) / k);
      range.push(at - removed, at - removed + CUT_PX);
      removed += cut;
    }
  };
  // The publication's label, as the drawing places it (stacked-rows.ts, `placePublished`): in the
  // row after those of the events before its line. Room made below it for the last of them, whose
  // row ran past the line, left a 320 px phone 90 px of empty axis after the article.
  let label = 0;
  const placeLabel = (): void => {
    // Pushed off its line by rows, nothing between them and the label is cut; at its line, the
    // stretches before it and after its label are cut apart (`cutBetween`).
    if (publication <= 0 || label) return;
    label = Math.max(publication, end) + MARK_ROW_PX;
    if (end > publication) end = label;
  };
  // Where the row of the drawing's last group ends, as groups.ts walks them: a mark whose row
  // would start more than `STACKED_DRIFT` below it joins the group before, which has one row (a
  // cluster's). Given rows of their own here, KPCC's 61 events ended 490 px of empty axis late.
  let groupEnd = -Infinity;
  items.forEach((item, i) => {
    const p0 = px(item.start);
    if (p0 >= publication) placeLabel();
    if (groupEnd - p0 > STACKED_DRIFT) {
      reach = Math.max(reach, item.open ? 0 : px(item.end));
      return;
    }
    groupEnd = Math.max(p0, groupEnd) + rowOf(item);
    // The rows of the marks before an era's line end before it, lifted as far as they must
    // (stacked-rows.ts): the stretch above the first of them keeps the room they take, off the
    // hatch. A stretch long enough to cut between them and the line leaves it to the next mark.
    const era = Math.min(...eraLines.filter((p) => p > p0));
    let need = Math.max(p0, end);
    let room = 0;
    // Without an era after it, or past a stretch long enough to cut, nothing to walk: no story of
    // hundreds of events walks them all for each.
    for (
      let j = i;
      room < Infinity && era < Infinity && px(items[j]?.start ?? Infinity) < era;
      j++
    ) {
      const gap = px(items[j]!.start) - need;
      if (gap > CUT_ABOVE) room = Infinity;
      need += Math.max(0, gap) + rowOf(items[j]!);
      room += Math.max(0, gap);
    }
    cutBetween(end, p0 - Math.max(0, need - era - room));
    // A row keeps clear of a mark's label, as the drawing places it (view.ts, `keepClear`).
    let p = Math.max(p0, end, label);
    const row = rowOf(item);
    for (const line of eraLines) {
      if (p < line + MARK_ROW_PX && p + row > line) p = p0 < line ? line - row : line + MARK_ROW_PX;
    }
    end = p + row;
    // An ongoing event's bar runs to the drawing's end, wherever that is.
    reach = Math.max(reach, end, item.open ? 0 : px(item.end));
  });
  placeLabel();
  // After the last row, the rest of the last bar: a month "in January" after a night's count.
  cutBetween(end, reach);
  // Rows a mark's label pushed down may end past the length the rows were fitted to: the axis
  // grows to hold them, where the drawing had lifted them back up across the cuts above.
  const drawn = Math.max(reach, length);
  const over =
    Math.max(
      reach,
      publication < drawn ? label : 0,
      ...eraLines.filter((p) => p < drawn).map((p) => p + MARK_ROW_PX),
    ) +
    CUT_PX -
    length;
  const bottom = over > 0 ? -over : trim(-over);
  // And the years after it, as those before.
  const stop = v1 - bottom / k;
  const tail = b1 > v1 ? Math.max(b1, stop) : stop;
  const last = px(stop) - removed;
  const beyond = (tail - stop) * k;
  if (beyond > CUT_ABOVE) {
    domain.push(stop, b1 - CUT_PX / k, b1);
    range.push(last, last + CUT_PX, last + 2 * CUT_PX);
  } else {
    domain.push(tail);
    range.push(last + beyond);
  }
  const axis = length - top - removed - bottom;
  const scale = axis / (range[range.length - 1]! - range[0]!);
  return {
    length: axis,
    base: linearTimeScale(
      domain,
      range.map((p) => (p - range[0]!) * scale),
    ),
    firstView: [v0 + top / k, v1 - bottom / k],
  };
}
/**
 * px a vertical label row needs: its lines at the column's width, at least a touch target. Lines
 * are counted word by word, as the browser breaks them: the length over the column's width missed
 * the room a line leaves at its end, and at 288 px a headline lost its last line ("… advance
 * troops to" without "Iraq").
 */
export function rowHeight(text: string, column: number): number {
  const space = estimateTextWidth(' ', LABEL_FONT_ESTIMATE_PX);
  let lines = 1;
  let line = 0;
  for (const word of text.split(' ')) {
    // The margin of `labelWidth`: a cut headline is worse than a row a little taller.
    const width = estimateTextWidth(word, LABEL_FONT_ESTIMATE_PX) * 1.08;
    if (line && line + space + width > column) {
      lines++;
      line = 0;
    } else if (line) line += space;
    line += width;
    // A word wider than the column wraps within it: Chinese, Japanese and Thai have no spaces
    // between their words, and a headline in them is one such word (a long Latin word, which does
    // not wrap, counts a line or two more than it shows).
    while (line > column) {
      lines++;
      line -= column;
    }
  }
  return Math.max(STACKED_LABEL, Math.min(lines, STACKED_MAX_LINES) * LINE_PX + STACKED_PADDING);
}
