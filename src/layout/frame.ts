/**
 * One frame of the drawing: from the indexed events, the zoom and the element's size to the
 * scale, the drawn items in reading order and the ticks that fit. Pure (no DOM) and memoised, so
 * an element can ask for its frame on every update and pay only when an input changed.
 */
import type { EventIndex, IndexedEvent } from './event-index.js';
import { LABEL_FONT_ESTIMATE_PX, estimateLabelWidth, estimateTextWidth } from './measure.js';
import {
  timeTicks,
  unitContext,
  type Tick,
  type TickGranularity,
  type TimeTicks,
  type TimeTicksOptions,
} from './ticks.js';
import { DEFAULT_OVERSCAN, layoutView, type ViewItem } from './view.js';
import { linearTimeScale, seenThrough, type TimeScale } from './time-scale.js';
import { tickLabelsThatFit } from './bands.js';
import { laneLines } from './story-lanes.js';
import { wallDays, wallMonths } from './wall-intervals.js';
import { offsetMs } from '../model/zoned.js';
import {
  LINE_PX,
  MARK_ROW_PX,
  STACKED_DRIFT,
  STACKED_LABEL,
  STACKED_PADDING,
  type StoryLayout,
} from './story.js';

/** A zoom along the time axis: scale `k` and offset `x` in axis px from the axis start. */
export interface AxisTransform {
  k: number;
  x: number;
}

export type Orientation = 'horizontal' | 'vertical';

export const IDENTITY_TRANSFORM: AxisTransform = Object.freeze({ k: 1, x: 0 });

const DEFAULT_TICK_SPACING = 90;
/** The calendar unit a tick of each granularity names (`unitEnd`); hours and weeks name none. */
const UNITS = { year: wallMonths(12), month: wallMonths(1), day: wallDays(1) };
const MAX_LABEL_PX = 440;
const TICK_FONT_PX = 12;
const TICK_GAP = 12;
export { DEFAULT_OVERSCAN } from './view.js';
export { seenThrough } from './time-scale.js';

export interface FrameInput {
  index: EventIndex;
  /** Headlines by input index (`IndexedEvent.i`), for label widths. */
  headlines: readonly string[];
  /** The time range that shows every event, ms. */
  baseDomain: readonly [number, number];
  /** Length of the time axis in px. */
  length: number;
  orientation: Orientation;
  transform: AxisTransform;
  timeZone: string;
  /** Locale of the tick labels. */
  locale: string;
  /**
   * px laid out beyond each end of the view, events and ticks alike, so that a pan by less than
   * this can be shown by moving what is drawn. Default DEFAULT_OVERSCAN.
   */
  overscan?: number;
  /** Lanes and label plans of the story (see `storyLayout`); without it, the index's lanes. */
  story?: StoryLayout;
  /**
   * Instants whose labels hang below their line in a vertical drawing's rows column (the eras'
   * starts), ms: the rows keep clear of them.
   */
  marks?: readonly number[];
  /** The publication, ms: vertically, its label takes a row in time order (`ViewOptions`). */
  published?: number | null;
  /** The rows' short dates name the year (`PreparedStory.years`). */
  years?: boolean;
}

export interface Frame {
  /** Visible range -> [0, length] px. */
  scale: TimeScale;
  /** Drawn events and clusters in chronological order: the drawing is also the accessible list. */
  items: ViewItem[];
  ticks: Tick[];
  /** Per tick, whether its label fits inside the axis (its grid line is drawn either way). */
  tickLabels: boolean[];
  granularity: TickGranularity;
  tickStep: number;
  /**
   * The larger unit the view starts in ("Fri 13 Jun" among hours, "Jun 2014" among days), shown
   * at the axis's start when no tick label in view names one (`axisCaption`).
   */
  caption: string | undefined;
  /** The stretches of the view the axis cut short (`StoryLayout.base`), [from, to] px. */
  cuts: [number, number][];
  /** Vertically, where the publication's label row starts (`ViewLayout.publishedLabel`), px. */
  publishedLabel?: number | undefined;
}

/**
 * The transform that shows [start, end] on an axis of `length` px whose identity shows
 * `baseDomain` (through `base`, when the story's axis has cut stretches: `StoryLayout.base`).
 */
export function transformFor(
  baseDomain: readonly [number, number],
  length: number,
  start: number,
  end: number,
  base = baseScale(baseDomain, length),
): AxisTransform {
  const p0 = base(start);
  const p1 = base(end);
  const k = length / Math.max(1e-9, p1 - p0);
  return { k, x: -k * p0 };
}

/** The visible range under `transform` (through `base`, as for `transformFor`). */
export function visibleScale(
  baseDomain: readonly [number, number],
  length: number,
  transform: AxisTransform,
  base = baseScale(baseDomain, length),
): TimeScale {
  return seenThrough(base, transform, 0, length);
}

function baseScale(baseDomain: readonly [number, number], length: number): TimeScale {
  return linearTimeScale(baseDomain, [0, length]);
}

/**
 * The rows the labels of `marks` take along a vertical axis, in order: `MARK_ROW_PX` below each
 * line (an era's name 2 px down).
 */
function markRows(marks: readonly number[], scale: TimeScale): [number, number][] {
  return marks
    .map((t) => scale(t))
    .sort((a, b) => a - b)
    .map((p) => [p, p + MARK_ROW_PX]);
}

export function computeFrame(input: FrameInput): Frame {
  const { headlines, orientation, timeZone, locale, story } = input;
  const index = story?.index ?? input.index;
  const base = story?.base ?? baseScale(input.baseDomain, input.length);
  const scale = seenThrough(base, input.transform, 0, input.length);
  const vertical = orientation === 'vertical';
  const overscan = input.overscan ?? DEFAULT_OVERSCAN;
  const labels = story?.labels ?? undefined;
  const rows = story?.rows ?? undefined;
  const view = layoutView(index, {
    scale,
    overscan,
    mode: vertical ? 'stacked' : 'beside',
    labelWidth: labels
      ? (item) => labels.get(item.i)?.width ?? MIN_PACKED_LABEL
      : (item) => estimateLabelWidth(headlines[item.i] ?? '', LABEL_FONT_ESTIMATE_PX, MAX_LABEL_PX),
    // Cut short, a label takes the lines its lane has ("…their visit in" had "Chile.").
    labelLines:
      labels &&
      ((item, cut) => (cut ? laneLines(story!, item.lane) : (labels.get(item.i)?.lines ?? 1))),
    // Packed lanes keep labels apart already: only marks closer than a small label merge.
    minLabel: labels && MIN_PACKED_LABEL,
    // Only a story laid out for reading (packed) fits its labels to the view.
    fitLabels: story?.packed,
    // Vertically, an era's name takes the top line of the view (its band starts there).
    fitInset: LINE_PX,
    labelExtent: STACKED_LABEL,
    labelExtentOf: rows,
    maxDrift: STACKED_DRIFT,
    keepClear: vertical && input.marks ? markRows(input.marks, scale) : undefined,
    published: vertical && input.published != null ? [input.published, MARK_ROW_PX] : undefined,
  });
  // 'stacked' is already chronological; 'beside' comes lane by lane, each lane chronological.
  const items = vertical ? view.items : mergeLanes(view.items, index.position);
  // Ticks cover the overscan too, for a pan to bring in with the events.
  const tickScale = seenThrough(base, input.transform, -overscan, input.length + overscan);
  const ticks = ticksThatFit({ scale: tickScale, timeZone, locale, finest: index.finest });
  const knots = base.domain();
  const cuts: [number, number][] = [];
  for (let j = 1; j < knots.length - 2; j += 2) cuts.push([scale(knots[j]!), scale(knots[j + 1]!)]);
  // A tick in a stretch the axis cut short, or just before it, would write on its hatch.
  ticks.ticks = ticks.ticks.filter(({ p }) => !cuts.some(([a, b]) => p > a - LINE_PX && p < b));
  // A tick names its year, month, day or quarter ("Okt." by "7. Okt."): a row begun in it fits.
  // Its end by the calendar: a cut took the ticks up to 1800, "1640" by "1642 Pascal's …".
  const unit = UNITS[ticks.granularity as keyof typeof UNITS];
  const unitEnd = ({ t, p }: Tick) => {
    const wall = t + offsetMs(t, timeZone);
    return unit ? tickScale(t + unit.next(wall) - wall) - 2 : p;
  };
  const across = (p: number, edge: number) => p < edge && p + 2 * LINE_PX > edge;
  // Its lines in a 58 px column, estimated wide (16 px for 12): no hatch strikes one.
  const lines = (t: Tick) => (estimateTextWidth(t.context ?? t.label, 16) > 58 ? 2 : 1);
  const row = view.publishedLabel ?? NaN;
  // A label hangs below its line, on two lines where its words wrap in the narrow column: left
  // out where the drawing's ends or a cut's hatch would cut it ("6 Nov / 2006"), beside the
  // publication's row, whose words run over the time column ("Fri 13Published Wed…"), and beside
  // the row of an event not under way at its time, which it would seem to date ("10 Nov" by "4
  // Nov Polls close", "Jan 2" by "Tue 3 Jan Iowa"; "1942" by "1 May 1942").
  const check = (tick: Tick) => {
    const { p } = tick;
    return (
      !across(p, 0) &&
      !across(p, input.length) &&
      !cuts.some(([a]) => across(p, a) && p + lines(tick) * LINE_PX > a) &&
      !across(p, row) &&
      !across(p, row + LINE_PX) &&
      !items.some(
        ({ p0, p1, label }) =>
          // Begun after it (unless it names the larger unit and no row the year: 2012 on
          // republican-2012's phone), or over by then. A px apart: the overscan's rounding.
          ((p0 > unitEnd(tick) + 1 && !(tick.context && !input.years)) ||
            (p0 < p - 1 && p1 < p + 1)) &&
          label!.p < p + LINE_PX &&
          label!.p + label!.size - STACKED_PADDING > p,
      )
    );
  };
  const tickLabels = vertical
    ? ticks.ticks.map(check)
    : tickLabelsInView(ticks.ticks, input.length, overscan);
  return {
    scale,
    items,
    ticks: ticks.ticks,
    tickLabels,
    granularity: ticks.granularity,
    tickStep: ticks.step,
    caption: axisCaption(ticks, tickLabels, +scale.domain()[0]!, input, check),
    cuts,
    publishedLabel: view.publishedLabel,
  };
}

/**
 * The caption at the start of a horizontal axis: the larger unit the view starts in (among single
 * years, the year: McDade's 2012 stood before "2013"), over the labels it covers (`labels`). None
 * down, where each row starts with its event's date; there the first hour's label says its day,
 * if it still passes `check` on its lines.
 */
function axisCaption(
  { ticks, granularity, step }: TimeTicks,
  labels: boolean[],
  start: number,
  { length, orientation, locale, timeZone }: FrameInput,
  check: (tick: Tick) => boolean,
): string | undefined {
  const years = granularity === 'year';
  // The unit the view starts in ("12:00 18:00 Fri 13 Jun" left the first day unsaid, "2011" at
  // 91 px three events of 2010); no label in view: the day (zoomed into one, "Dec 2015" alone).
  const first = ticks.find((tick, k) => labels[k] && tick.p >= 0 && tick.p < length);
  // Down, the first hour's label says its day ("Thu 12 Jun 12:00") where its lines are clear
  // (`check`): Iraq's phone read "12:00" above "Fri 13 Jun", and only the rows said Thursday.
  if (orientation === 'vertical') {
    if (first && /ho|mi/.test(granularity)) {
      first.context ??= unitContext(first.t, 'hour', locale, timeZone, false) + ' ' + first.label;
      if (!check(first)) delete first.context;
    }
    return undefined;
  }
  // Among years of more than one, the year a view starts in is one of its margin's ("1579 | 1600").
  if (years && step > 1) return undefined;
  const unit = years ? 'month' : first ? granularity : 'hour';
  const caption = unitContext(start, unit, locale, timeZone);
  if (caption === undefined) return undefined;
  const widthOf = (words: string) => estimateLabelWidth(words, TICK_FONT_PX, Infinity) + TICK_GAP;
  let end = widthOf(caption);
  // It would hide the label of the next day (month, year) in view, and the times after it would
  // read as the caption's ("Fri 13 June | 01:00 02:00", Saturday's hours): no caption then, and
  // that label says the caption's year over those it covers (VOA's fires said 2017 nowhere).
  // Among days, the first day's label under it says its day in full if that hides no month's.
  const under = (tick: Tick, k: number) => (years || tick.context) && labels[k] && tick.p >= 0;
  const day = granularity === 'day' && first && !first.context && first.p < end ? first : null;
  const words = day ? unitContext(day.t, 'hour', locale, timeZone)! : '';
  const hides = (t: Tick, k: number) =>
    under(t, k) && t.p > day!.p && t.p < day!.p + widthOf(words);
  const named = day && !ticks.some(hides) ? day : ticks.find((t, k) => under(t, k) && t.p < end);
  if (named) {
    if (years) return undefined;
    named.context = named === day ? words : unitContext(named.t, granularity, locale, timeZone)!;
    end = named.p + widthOf(named.context);
  }
  // All under it, before the view too (a pan brings them in); none before a day's label.
  ticks.forEach((tick, k) => {
    if (tick.p < end && tick.p > (named?.p ?? -Infinity)) labels[k] = false;
  });
  return named ? undefined : caption;
}

/**
 * Which tick labels show. Over the whole laid-out range, a label may not run into the next one or
 * past the overscan's end; at rest (no more than the default overscan) a label the view's edge
 * would cut is left out, as `tickLabelsThatFit` does on the view, while those wholly beyond the
 * view keep theirs for a pan to bring in. A frame laid out for a pan under way keeps them all.
 */
function tickLabelsInView(ticks: readonly Tick[], length: number, overscan: number): boolean[] {
  const widths = ticks.map(
    (tick) => estimateLabelWidth(tick.context ?? tick.label, TICK_FONT_PX, Infinity) + 4,
  );
  const fits = tickLabelsThatFit(
    ticks.map((tick) => ({ p: tick.p + overscan })),
    widths,
    length + 2 * overscan,
  );
  if (overscan > DEFAULT_OVERSCAN) return fits;
  return fits.map((fit, k) => {
    const p = ticks[k]!.p;
    // Its end a quarter wider: bold Arabic ("5 مارس 2012") ran out of the drawing by its estimate.
    const end = p + 1.25 * widths[k]!;
    // Widths are estimates: a label before the view counts as out of it with half its width spare.
    const wellBefore = p + 1.5 * widths[k]! <= 0;
    return fit && (wellBefore || p >= length || (p >= 0 && end <= length));
  });
}

/** The narrowest label of a packed lane (px): marks closer than this in a lane merge. */
const MIN_PACKED_LABEL = 40;

/** The first event of an item in reading order: the event, or a cluster's earliest member. */
export function leadingEvent(item: ViewItem): IndexedEvent {
  return item.kind === 'cluster' ? item.members[0]! : item.item;
}

/**
 * Lane-by-lane output into chronological order. Each lane is already chronological, so this is a
 * merge of a few sorted runs, linear in the items, rather than a comparison sort per frame.
 */
function mergeLanes(items: readonly ViewItem[], position: Int32Array): ViewItem[] {
  const runs: ViewItem[][] = [];
  for (const item of items) (runs[item.lane] ??= []).push(item);
  const heads = runs.map(() => 0);
  const out: ViewItem[] = [];
  for (let n = 0; n < items.length; n++) {
    let best = -1;
    let bestPosition = Infinity;
    for (let lane = 0; lane < runs.length; lane++) {
      const next = runs[lane]?.[heads[lane]!];
      if (!next) continue;
      const p = position[leadingEvent(next).i]!;
      if (p < bestPosition) {
        bestPosition = p;
        best = lane;
      }
    }
    out.push(runs[best]![heads[best]!++]!);
  }
  return out;
}

/**
 * Ticks far enough apart for their own labels: some locales write longer dates ("الجمعة، 13
 * يونيو"), so when the widest label outgrows the default spacing the ticks are chosen again.
 */
function ticksThatFit(options: TimeTicksOptions): TimeTicks {
  const ticks = timeTicks(options);
  const widest = Math.max(
    0,
    ...ticks.ticks.map((tick) =>
      estimateLabelWidth(tick.context ?? tick.label, TICK_FONT_PX, Infinity),
    ),
  );
  return widest + TICK_GAP > DEFAULT_TICK_SPACING
    ? timeTicks({ ...options, minSpacing: widest + TICK_GAP })
    : ticks;
}

/**
 * `computeFrame` that returns the previous frame while no input changed. An element updates for
 * many reasons (an announcement, a hint, the detail card); only some of them move the drawing.
 */
export function memoizedFrame(): (input: FrameInput) => Frame {
  let last: FrameInput | undefined;
  let frame: Frame;
  return (input) => {
    if (!last || !sameInput(last, input)) frame = computeFrame(input);
    last = input;
    return frame;
  };
}

/**
 * The inputs a frame depends on: compared as they are, but the domain's and the transform's
 * numbers. Read by name, not through a list of their names: the page bundle renames these
 * properties (scripts/bundle.mjs).
 */
function sameInput(a: FrameInput, b: FrameInput): boolean {
  return (
    a.index === b.index &&
    a.headlines === b.headlines &&
    a.length === b.length &&
    a.orientation === b.orientation &&
    a.timeZone === b.timeZone &&
    a.locale === b.locale &&
    a.overscan === b.overscan &&
    a.story === b.story &&
    a.baseDomain.every((t, j) => t === b.baseDomain[j]) &&
    a.transform.k === b.transform.k &&
    a.transform.x === b.transform.x
  );
}

/** A drawn item's stable key: the event's id, or its cluster's first member's. */
export function itemKey(item: ViewItem): string {
  return item.kind === 'cluster' ? `cluster:${item.members[0]!.id}` : item.item.id;
}
