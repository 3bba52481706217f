/**
 * How the story view is composed from the layout pieces, shared by the element and the static
 * renderers (`news-timeline/static`), so both draw the same picture: the index with its background
 * band, the unzoomed and first-view ranges, the orientation for a width, and where eras and the
 * publication line go in a frame. Pure: text comes in through callbacks, nothing reads the DOM.
 */
import { buildEventIndex, type EventIndex } from './event-index.js';
import { estimateLabelWidth, paddedExtent } from './measure.js';
import { fitLabelAt, layoutEras, type EraBox, type EraInput } from './bands.js';
import type { Orientation } from './frame.js';
import type { TimeScale } from './time-scale.js';
import type { Timeline } from '../model/types.js';
import { parseInstant, zonedParts } from '../model/zoned.js';

/** Below this width (px) `layout="auto"` draws time top to bottom. */
export const VERTICAL_BELOW = 600;
/** More lanes than this fold into the last one. */
const MAX_LANES = 16;
/** Era and publication labels render at 13 px; estimated at 15 px for wide fallback fonts. */
const MARK_FONT_PX = 13;

/** What the drawing derives from a timeline once per data change. */
export interface PreparedStory {
  index: EventIndex;
  /** The time range that shows every event, ms. */
  baseDomain: [number, number];
  /** The time range of the first view: the events on the axis, not the background band's spans. */
  firstView: [number, number];
  /** Headlines by input index, for label widths. */
  headlines: string[];
  /** The events fall in more than one year: short dates name it (`spansYears`). */
  years: boolean;
  /** Where the eras' names stand: their starts, ms. */
  marks: number[];
  /** The publication instant the drawing marks (`publicationInstant`), ms. */
  published: number | null;
}

/** The index (undated events and context spans gathered in the background band) and its ranges. */
export function prepareStory(timeline: Timeline, previousBase?: [number, number]): PreparedStory {
  const { events } = timeline;
  const index = buildEventIndex(events, { maxLanes: MAX_LANES, background: true });
  const published = publicationInstant(timeline);
  const baseDomain = toPublication(
    paddedExtent(index.extent, 0.05) ?? previousBase ?? [0, 1],
    published,
  );
  return {
    index,
    baseDomain,
    firstView: toPublication(
      paddedExtent(index.datedExtent ?? index.extent, 0.05) ?? baseDomain,
      published,
      index.dated.items.length,
    ),
    headlines: events.map((event) => event.headline),
    years: spansYears(index.extent, timeline.timeZone),
    marks: timeline.eras.map((era) => parseInstant(era.when.start)),
    published,
  };
}

/**
 * A range of the drawing widened to the publication when it comes soon after, so its line is in
 * view: it says what is news and what is still to come, and a camp's shelling published hours after
 * the last event had no line to read it by. "Soon" is a quarter of the range's length, or more for
 * a view of few events (`count`), which has width to spare: up to three times the range over the
 * count, so one event keeps a quarter of the width (VOA's Peru quake, the evening before its story).
 */
function toPublication(
  range: [number, number],
  published: number | null,
  count = 0,
): [number, number] {
  // No count (the whole drawing, or no dated event): a quarter, as for twelve events or more.
  const [start, end] = range;
  const reach = published === null ? end : published + (end - start) / 20;
  const soon = (end - start) * Math.max(1 / 4, 3 / (count || 12));
  return reach > end && reach - end < soon ? [start, reach] : range;
}

/**
 * Whether events between `extent` fall in more than one year in `timeZone`: their short dates
 * ("Mon 9 Dec") then name it, since a row or list entry away from the axis has no year beside it.
 */
export function spansYears(extent: readonly [number, number] | null, timeZone: string): boolean {
  if (!extent) return false;
  const [start, end] = extent;
  // A span's end is exclusive (a day ends at the next midnight); a lone instant ends where it starts.
  const last = Math.max(start, end - 1);
  return zonedParts(start, timeZone).year !== zonedParts(last, timeZone).year;
}

/**
 * Whether the view of `scale` (its first to its last instant) reaches into a second year: the
 * publication's label then names its year, as the axis beside it names two (1968 in Brazil ended
 * at "Published Tue 31 December", by the axis's "1969").
 */
export function viewSpansYears(scale: TimeScale, timeZone: string): boolean {
  const domain = scale.domain();
  return spansYears([+domain[0]!, +domain.at(-1)!], timeZone);
}

/** The orientation drawn at `width` px: `auto` turns vertical below `VERTICAL_BELOW`. */
export function orientationFor(layout: 'auto' | Orientation, width: number): Orientation {
  return layout === 'auto' ? (width < VERTICAL_BELOW ? 'vertical' : 'horizontal') : layout;
}

/** The publication instant the drawing marks, or null when the data did not give one. */
export function publicationInstant(timeline: Timeline): number | null {
  if (timeline.publishedDefaulted) return null;
  const t = parseInstant(timeline.published);
  return isFinite(t) ? t : null;
}

/** The eras as instants (an era still running has `end` null). */
export function eraSpans(timeline: Timeline): EraInput[] {
  return timeline.eras.map((era) => ({
    label: era.label,
    start: parseInstant(era.when.start),
    end: era.when.end === null ? null : parseInstant(era.when.end),
  }));
}

/** The eras' names, earliest first, as a legend lists them. */
export function eraNames(timeline: Timeline): string[] {
  return eraSpans(timeline)
    .sort((a, b) => a.start - b.start)
    .map((era) => era.label);
}

export interface MarksLayout {
  eras: EraBox[];
  eraRows: number;
  /** The publication line at `p`, its label starting at `labelAt` (null: no room for it). */
  published: { p: number; labelAt: number | null; text: string } | null;
}

export interface MarksInput {
  eras: readonly { label: string; start: number; end: number | null }[];
  /** The publication instant, ms, or null when the data gave none. */
  published: number | null;
  /** The publication label's text, asked for only when the line is in view. */
  publicationText: () => string;
  project: (t: number) => number;
  length: number;
  vertical: boolean;
  /** Vertically, the row the publication's label takes (`Frame.publishedLabel`); else its line. */
  publishedLabel?: number | undefined;
}

/** Where eras and the publication line go in this frame. */
export function layoutStoryMarks(input: MarksInput): MarksLayout {
  const { project, length } = input;
  const eras = layoutEras(
    input.eras,
    project,
    length,
    (label) => estimateLabelWidth(label, MARK_FONT_PX + 2, 320),
    input.vertical,
  );
  let published: MarksLayout['published'] = null;
  if (input.published !== null) {
    const p = project(input.published);
    // Vertically, the label's row may be in view while its line, above it, is not, or the line
    // while the label, that rows could not all be lifted before, is not.
    const label = input.vertical ? (input.publishedLabel ?? p) : p;
    if (Math.max(p, label) >= 0 && Math.min(p, label) <= length) {
      const text = input.publicationText();
      // Bold: a px wider than the eras' estimate, which left "18:26" cut at the drawing's end.
      const width = estimateLabelWidth(text, MARK_FONT_PX + 3, Infinity);
      published = {
        p,
        // Centred on its line, pushed inside the axis near either end (the line is in view).
        labelAt: input.vertical
          ? (input.publishedLabel ?? p)
          : fitLabelAt(Math.max(0, p - width / 2), width, length),
        text,
      };
    }
  }
  return { eras: eras.eras, eraRows: eras.rows, published };
}
