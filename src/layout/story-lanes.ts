/**
 * The lanes of a horizontal story: its headlines packed (`packLanes`) at the scale of its first
 * view and, when that view folded events into clusters, again at closer zoom levels.
 */
import { linearTimeScale } from './time-scale.js';
import { LANE_PX, LINE_PX, STORY_MAX_LANES } from './lane-sizes.js';
import type { EventIndex } from './event-index.js';
import { LABEL_FONT_ESTIMATE_PX, clamp, estimateLabelWidth } from './measure.js';
import { packLanes, type LanePacking } from './packing.js';
import type { StoryInput, StoryLayout } from './story.js';

/** The widest line of a horizontal label; longer headlines wrap to two lines. */
const MAX_LINE_PX = 420;

/** Lanes packed for the labels at `zoom` times the first view's scale, on an axis of `length` px. */
export function packAt(input: StoryInput, length: number, zoom: number): LanePacking {
  const before = input.labelExtra ?? (() => 0);
  const scale = linearTimeScale(input.firstView, [0, length * zoom]);
  return packLanes(input.index, {
    project: scale,
    length: length * zoom,
    labelWidth: (item) => labelWidth(input.labelText(item.i)) + before(item.i),
    // Never under six tenths of the one line, the slack that lanes were packed with before the
    // best break was known (narrower, Exide's zoomed lanes lost a label at the view's edge).
    wrapWidth: (item, oneLine) => {
      const two = middleBreakWidth(input.labelText(item.i));
      return two < Infinity ? Math.max(two + before(item.i), Math.ceil(oneLine * 0.6)) : null;
    },
    maxLine: Math.min(MAX_LINE_PX, length),
    maxLanes: STORY_MAX_LANES,
    laneHeight: LANE_PX,
    lineHeight: LINE_PX,
  });
}

/** The lanes, label plans and line counts of a story laid out with `packing`. */
export function packedLayout(packing: LanePacking): Pick<StoryLayout, LaneFields> {
  // The extra lines of the lanes before a px offset: what it holds beyond one line per lane.
  const linesAbove = (top: number, lanes: number) => Math.round((top - lanes * LANE_PX) / LINE_PX);
  return {
    index: packing.index,
    packed: true,
    labels: packing.labels,
    linesBefore: packing.laneTop.map(linesAbove),
    extraLines: linesAbove(packing.height, packing.laneTop.length),
  };
}

type LaneFields = 'index' | 'packed' | 'labels' | 'linesBefore' | 'extraLines';

/**
 * Lines of text a lane of `story` holds (1 or 2), to which a label cut short may wrap. At most 2:
 * a zoom level's last lane also has the lines it was given to keep the drawing as tall as before.
 */
export function laneLines({ linesBefore, extraLines }: StoryLayout, lane: number): number {
  return Math.min(2, 1 + (linesBefore[lane + 1] ?? extraLines) - linesBefore[lane]!);
}

/** Zoom levels at most (256x the first view's scale): events at one instant never part. */
const MAX_LEVEL = 8;

/**
 * `StoryLayout.zoomed` of a first view that folded events into its last lane. Each zoom level, 2x
 * closer than the one before, packs every event again at its own scale, from which closer zooms
 * only spread marks apart; its lanes then stay still while the reader pans at that level. Levels
 * are packed in turn up to the first that folds nothing, which every closer zoom keeps.
 */
export function zoomedLayouts(input: StoryInput, first: StoryLayout): (k: number) => StoryLayout {
  const levels = [first];
  const firstK = firstViewScale(first);
  let drawn = first;
  return (k) => {
    // A hair under a level's scale is that level: a transform rebuilt after a resize rounds.
    const level = Math.min(MAX_LEVEL, Math.floor(Math.log2(k / firstK) + 1e-9)) || 0;
    while (levels.length <= level && levels.at(-1)!.index.folded)
      levels.push(zoomedLevel(input, first, 2 ** levels.length));
    const story = levels[clamp(level, 0, levels.length - 1)]!;
    // Each packing writes its lanes into the shared items: the one drawn takes them back.
    if (story !== drawn) claimLanes(story.index);
    drawn = story;
    return story;
  };
}

/** The transform scale (`AxisTransform.k`) of the first view: zoom levels count from it. */
function firstViewScale(story: StoryLayout): number {
  const [v0, v1] = story.firstView;
  return story.length / (story.base(v1) - story.base(v0));
}

/** The closest zoom level a folded story's first view may open at: 32x (Exide's densest year). */
const MAX_OPENING_LEVEL = 5;
/** px at the view's end for the labels of its last marks (at 85%, Calderon's ended in "…"). */
const OPENING_LABEL_PX = 240;
/** The closest a view may zoom: ten minutes. */
export const MIN_VISIBLE_SPAN_MS = 10 * 60_000;

/**
 * `StoryLayout.opening`: where a story whose fit-all view folds events opens. At the first zoom
 * level that folds nothing, the window of its width where the most events start, when it holds
 * more of them than the fit-all view leaves out of its last lane (the lanes that fold): LAX's
 * first view folded 17 of the shooting's first six hours into badges; it opens on them at 4x.
 * "Show all events" shows the whole story (`firstView`).
 */
export function openingWindow(story: StoryLayout): [number, number] | undefined {
  const [v0, v1] = story.firstView;
  const firstK = firstViewScale(story);
  const { items } = story.index.dated;
  const whole = wholeHeadlines(story);
  let opening: [number, number] | undefined;
  for (let level = 1; level <= MAX_OPENING_LEVEL && !opening; level++) {
    const span = (v1 - v0) / 2 ** level;
    // Closer than the closest zoom, the reader could never come back to it.
    if (span < MIN_VISIBLE_SPAN_MS) break;
    // The window's last OPENING_LABEL_PX are left for the labels of the marks in it.
    const marks = span * Math.max(0.5, 0.95 - OPENING_LABEL_PX / story.length);
    let most = 0;
    let from = v0;
    for (let first = 0, last = 0; last < items.length; last++) {
      while (items[last]!.start - items[first]!.start > marks) first++;
      // The later of two windows that hold as many: the news is the latest.
      if (last - first + 1 >= most) {
        most = last - first + 1;
        from = items[first]!.start;
      }
    }
    // Closer in, a window holds no more: no level is packed for a story that opens on it all.
    if (most <= whole) break;
    if (story.zoomed!(firstK * 2 ** level).index.folded) continue;
    const start = clamp(from - span * 0.05, v0, v1 - span);
    opening = [start, start + span];
  }
  // Each level packed wrote its lanes into the items the packings share: the first view's lanes
  // go back, for a drawing of it all (the static picture's).
  story.zoomed!(firstK);
  return opening;
}

/** How many events the first view draws outside its last lane, where the folded ones cluster. */
function wholeHeadlines(story: StoryLayout): number {
  return story.index.dated.items.filter((item) => item.lane < STORY_MAX_LANES - 1).length;
}

/**
 * Whether a story whose first view folds events reads better drawn down, a row each: when no
 * closer opening shows them, and its last lane holds a quarter of them. A day-by-day story of long
 * headlines packs into a staircase of one headline a lane that ends in badges (a year of one US
 * headline a day at 800 px: 22 of 55 in its last lane; Black Lives Matter's June 2020 at 1280 px,
 * 31 of 78), where drawn down it shows each headline in time order with its day, whole where its
 * rows fit beside their marks (US news: all 55; BLM: 61 of 78, a busy day's last rows merged).
 */
export function readsDown(story: StoryLayout): boolean {
  const { items } = story.index.dated;
  return !story.opening && (items.length - wholeHeadlines(story)) * 4 >= items.length;
}

/**
 * The layout of a zoom level. Its drawing is never shorter than the first view's: shorter, the
 * page under it moved up, taking the events zoomed into off the screen (and the pointer off the
 * drawing, where the next Ctrl+wheel zoomed the page).
 */
function zoomedLevel(input: StoryInput, first: StoryLayout, zoom: number): StoryLayout {
  const packed = packedLayout(packAt(input, first.length, zoom));
  const lanesPx = (story: Pick<StoryLayout, 'index'>) => story.index.laneCount * LANE_PX;
  const firstPx = lanesPx(first) + first.extraLines * LINE_PX;
  const extraLines = Math.max(packed.extraLines, Math.ceil((firstPx - lanesPx(packed)) / LINE_PX));
  return { ...first, ...packed, extraLines };
}

/** Writes each lane of `index` into its items' `lane` (packings share the items). */
export function claimLanes(index: EventIndex): void {
  index.byLane.forEach((run, lane) => {
    for (const item of run.items) item.lane = lane;
  });
}

/**
 * px a one-line label needs: the estimate with a margin, since a cut headline is worse than a lane
 * a little wider than it had to be.
 */
function labelWidth(text: string): number {
  return Math.ceil(estimateLabelWidth(text, LABEL_FONT_ESTIMATE_PX, Infinity) * 1.08) + 6;
}

/**
 * px of a label on two lines broken at a space next to its middle, the wider line's; Infinity for
 * one word, which does not wrap. Boxed at the width of any break, the browser's own (as many words
 * as fit on the first line) also leaves two lines. Six tenths of the one line alone was short of
 * the break of a long middle word: "Geneva Conventions adopted" ran to three lines, cut at two.
 */
function middleBreakWidth(text: string): number {
  const line = text.trim().replace(/\s+/g, ' ');
  const half = line.length / 2;
  // The two spaces either side of the middle, one pass each: every break measured was quadratic
  // (11 ms for 600 headlines of 20 words).
  const breaks = [line.lastIndexOf(' ', half), line.indexOf(' ', half)].filter((i) => i > 0);
  return Math.min(
    ...breaks.map((i) => Math.max(labelWidth(line.slice(0, i)), labelWidth(line.slice(i + 1)))),
  );
}
