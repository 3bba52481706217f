/**
 * `renderSVG(timeline, { width, theme, locale })`: the first view of `<news-timeline>` as one
 * self-contained, accessible SVG string, for print, e-mail, app feeds and social cards. No DOM, no
 * scripts, no external references: text is text (escaped), fonts are named, gradients are inline.
 * It draws the element's layout (`src/layout/`): the same lanes, wrapped labels, clusters, ticks,
 * eras, publication line, background band (as a list under the drawing) and legend. The picture
 * is always horizontal (a picture has no reader who could turn it); see docs/decisions.md.
 */
import { parseTimeline } from '../model/parse-timeline.js';
import type { Timeline } from '../model/types.js';
import {
  eraSpans,
  layoutStoryMarks,
  prepareStory,
  publicationInstant,
  viewSpansYears,
  type MarksLayout,
  type PreparedStory,
} from '../layout/compose.js';
import { computeFrame, transformFor, type Frame } from '../layout/frame.js';
import { storyLayout, type StoryLayout } from '../layout/story.js';
import { LANE_PX } from '../layout/lane-sizes.js';
import { markLook } from '../layout/mark-look.js';
import { inDays } from '../layout/ticks.js';
import { translationFor } from '../i18n/translate.js';
import type { Translation } from '../i18n/translation.js';
import {
  count,
  dateLocale,
  describeTimeRange,
  formatNumber,
} from '../i18n/wording/date-formats.js';
import { describePublication } from '../i18n/wording/publication.js';
import { AccessibleNames } from '../components/news-timeline/accessible-names.js';
import { shortWhenOf } from '../components/news-timeline/short-when.js';
import { FONT_FAMILY, PALETTES, type Palette } from './palette.js';
import { attrs, ellipsize, escapeXml, round, wrapText } from './xml.js';
import { clusterSvg, markDefs, markSvg, MARK_HEIGHT } from './svg-marks.js';
import { renderBandSvg, renderLegendSvg } from './svg-panels.js';

/**
 * The element's geometry at its default 14 px font (news-timeline.styles.ts and
 * news-timeline.lanes.styles.ts; a lane is the layout's own, `LANE_PX`).
 */
export const GEOMETRY = {
  font: 14,
  small: 11.9,
  axis: 32,
  markRow: 22.8,
  lane: LANE_PX,
  line: 18.2,
  space: 8,
  title: 17.5,
} as const;

export interface RenderSvgOptions {
  /** Width of the picture and of the time axis, px (default 1200). */
  width?: number;
  /** Colours of the element's light (default) or dark theme. */
  theme?: 'light' | 'dark';
  /**
   * BCP 47 locale of words and dates; default the data's language. English is built in; register
   * another by importing it (`news-timeline/translations/fr.js`), as a page does.
   */
  locale?: string;
  /** Prefix of the ids inside the picture, for several pictures inlined in one page. */
  idPrefix?: string;
}

/** What the picture is drawn from: shared by the SVG's parts. */
export interface Scene {
  timeline: Timeline;
  prepared: PreparedStory;
  story: StoryLayout;
  frame: Frame;
  marks: MarksLayout;
  words: Translation;
  names: AccessibleNames;
  locale: string;
  timeZone: string;
  /** The events fall in more than one year: short dates name it (`spansYears`). */
  years: boolean;
  width: number;
  rtl: boolean;
  palette: Palette;
  prefix: string;
  /** px from the left of the picture for `p` px along the axis. */
  x: (p: number) => number;
}

/** The layout of the element's first view at `width`, for a timeline (object or JSON text). */
export function staticScene(input: Timeline | string, options: RenderSvgOptions = {}): Scene {
  const parsed = parseTimeline(input);
  if (!parsed.timeline) {
    const reason = parsed.problems.find((p) => p.severity === 'error')?.message;
    throw new Error(`news-timeline: not a timeline (${reason ?? 'unreadable'})`);
  }
  const timeline = parsed.timeline;
  const width = Math.max(320, Math.round(options.width ?? 1200));
  const locale = options.locale ?? timeline.language ?? 'en';
  const words = translationFor(locale);
  const rtl = words.$dir === 'rtl';
  const timeZone = timeline.timeZone;
  const prepared = prepareStory(timeline);
  const { years } = prepared;
  const story = storyLayout({
    index: prepared.index,
    labelText: (i) => timeline.events[i]!.headline,
    firstView: prepared.firstView,
    baseDomain: prepared.baseDomain,
    width,
    vertical: false,
    verticalLength: 560,
  });
  const [from, to] = story.firstView;
  const frame = computeFrame({
    index: prepared.index,
    headlines: prepared.headlines,
    baseDomain: prepared.baseDomain,
    length: story.length,
    orientation: 'horizontal',
    transform: transformFor(prepared.baseDomain, story.length, from, to),
    timeZone,
    locale: dateLocale(locale),
    story,
  });
  const marks = layoutStoryMarks({
    eras: eraSpans(timeline),
    published: publicationInstant(timeline),
    publicationText: () =>
      describePublication(timeline, words, {
        locale,
        timeZone,
        years: years || viewSpansYears(frame.scale, timeZone),
      }),
    project: (t) => frame.scale(t),
    length: story.length,
    vertical: false,
  });
  const names = new AccessibleNames();
  names.use({ locale, timeZone, vertical: false, drawingWords: words });
  return {
    timeline,
    prepared,
    story,
    frame,
    marks,
    words,
    names,
    locale,
    timeZone,
    years,
    width,
    rtl,
    palette: PALETTES[options.theme ?? 'light'],
    prefix: options.idPrefix ?? 'nt',
    x: (p) => (rtl ? width - p : p),
  };
}

/** The timeline's first view as a self-contained, accessible SVG document (a string). */
export function renderSVG(input: Timeline | string, options: RenderSvgOptions = {}): string {
  const scene = staticScene(input, options);
  const { timeline, words, palette, prefix, width, rtl } = scene;
  const title = timeline.title || words.eventsLabel('');
  const g = GEOMETRY;
  let y = g.space;
  const header = timeline.title
    ? `<text${attrs({ class: 'title', x: scene.x(g.space), y: y + g.title, 'font-size': g.title, 'font-weight': 700 })}>${escapeXml(ellipsize(timeline.title, width - 2 * g.space, g.title))}</text>`
    : '';
  if (timeline.title) y += Math.ceil(g.title * 1.4) + g.space;
  // Nothing dated, nothing drawn, as the element shows it: the band is the story.
  const dated = scene.story.index.dated.items.length > 0;
  const plot = dated ? renderPlotSvg(scene, y) : { svg: '', height: -g.space };
  y += plot.height + g.space;
  const band = renderBandSvg(scene, y);
  y += band.height ? band.height + g.space : 0;
  const legend = renderLegendSvg(scene, y);
  y += legend.height + g.space;
  const height = Math.ceil(y);
  const visible = scene.frame.items.reduce(
    (sum, item) => sum + (item.kind === 'cluster' ? item.count : 1),
    0,
  );
  const [from, to] = scene.frame.scale.domain().map(Number) as [number, number];
  const desc = [
    dated &&
      words.rangeShown(
        describeTimeRange(from, to, scene, inDays(scene.frame.granularity)),
        count(visible, scene.locale),
        count(timeline.events.length, scene.locale),
      ),
    band.label,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${prefix}-title ${prefix}-desc`,
      lang: scene.locale,
      'xml:lang': scene.locale,
      direction: rtl ? 'rtl' : undefined,
      'font-family': FONT_FAMILY,
      'font-size': g.font,
      fill: palette.fg,
    })}>` +
    `<title id="${escapeXml(prefix)}-title">${escapeXml(title)}</title>` +
    `<desc id="${escapeXml(prefix)}-desc">${escapeXml(desc)}</desc>` +
    `<defs>${markDefs(prefix, palette, rtl)}</defs>` +
    `<rect${attrs({ width, height, fill: palette.bg })}/>\n` +
    // A line per part, so a picture checked into a repository diffs readably.
    [header, plot.svg, band.svg, legend.svg, '</svg>\n'].join('\n')
  );
}

/** The drawing: eras, ticks, the publication line and the events in their lanes, from `top`. */
function renderPlotSvg(scene: Scene, top: number): { svg: string; height: number } {
  const { frame, story, marks, palette, x, rtl, timeline, words } = scene;
  const g = GEOMETRY;
  const markRows = (marks.published ? 1 : 0) + marks.eraRows;
  const height =
    g.axis +
    markRows * g.markRow +
    16 +
    Math.max(1, story.index.laneCount) * g.lane +
    story.extraLines * g.line;
  const inward = (p: number, d: number) => x(p) + (rtl ? -d : d);
  const out: string[] = [`<g${attrs({ class: 'plot', transform: `translate(0 ${round(top)})` })}>`];
  // Drawn after the grid lines, with a halo of the page's colour, as the element draws them over
  // the axis ("Isis a|dvance, week of 9 J|une").
  const eraLabels: string[] = [];
  for (const era of marks.eras) {
    const x0 = Math.min(x(era.p0), x(era.p1));
    out.push(
      `<rect${attrs({ class: 'era', x: x0, y: 0, width: era.p1 - era.p0, height, fill: palette.eraBg, 'fill-opacity': palette.eraOpacity })}/>` +
        (era.cut
          ? ''
          : `<line${attrs({ x1: x(era.p0), x2: x(era.p0), y1: 0, y2: height, stroke: palette.eraEdge, 'stroke-width': 2 })}/>`),
    );
    if (era.label) {
      const labelTop = g.axis + ((marks.published ? 1 : 0) + era.row) * g.markRow;
      const text = ellipsize(timeline.eras[era.i]!.label, era.label.size, g.small);
      eraLabels.push(
        `<text${attrs({ class: 'era-label', x: x(era.label.p), y: labelTop + 13, 'font-size': g.small, 'font-weight': 600, fill: palette.muted, stroke: palette.bg, 'stroke-width': 3, 'paint-order': 'stroke' })}>${escapeXml(text)}</text>`,
      );
    }
  }
  /** A text of the axis row at `p`: a tick's label, or the caption (bold, as a major tick). */
  const axisText = (className: string, p: number, text: string, bold: boolean) =>
    `<text${attrs({ class: className, x: inward(p, 4), y: 20, 'font-size': g.small, 'font-weight': bold ? 700 : undefined, fill: bold ? palette.fg : palette.muted })}>${escapeXml(text)}</text>`;
  frame.ticks.forEach((tick, k) => {
    out.push(
      `<line${attrs({ x1: x(tick.p), x2: x(tick.p), y1: 0, y2: height, stroke: palette.grid, 'stroke-width': 1 })}/>`,
    );
    if (frame.tickLabels[k] !== false) {
      out.push(axisText('tick', tick.p, tick.context ?? tick.label, tick.major));
    }
  });
  out.push(...eraLabels);
  // The day a view starts in, when its first tick label does not say it (`Frame.caption`); the
  // ticks under it are left out.
  if (frame.caption !== undefined) out.push(axisText('axis-caption', 0, frame.caption, true));
  if (marks.published) {
    const { p, labelAt, text } = marks.published;
    // From under the axis's labels, as the element draws it.
    out.push(
      `<line${attrs({ class: 'published', x1: x(p), x2: x(p), y1: g.axis, y2: height, stroke: palette.fg, 'stroke-width': 2 })}/>`,
    );
    if (labelAt !== null) {
      out.push(
        `<text${attrs({ class: 'published-label', x: inward(labelAt, 2), y: g.axis + 13, 'font-size': g.small, 'font-weight': 700, stroke: palette.bg, 'stroke-width': 3, 'paint-order': 'stroke' })}>${escapeXml(text)}</text>`,
      );
    }
  }
  out.push(`<g${attrs({ class: 'events' })}>`);
  const lanesTop = g.axis + markRows * g.markRow + 8;
  for (const item of frame.items) {
    const itemTop = lanesTop + item.lane * g.lane + (story.linesBefore[item.lane] ?? 0) * g.line;
    const box = { x: x(item.p0), y: itemTop + 2, w: Math.max(0, item.p1 - item.p0) };
    if (item.kind === 'cluster') {
      const headlines = item.members.map((m) => timeline.events[m.i]!.headline);
      out.push(
        `<g${attrs({ class: 'cluster', 'data-x': item.p0 })}><title>${escapeXml(`${scene.names.cluster(item)}: ${headlines.join(words.listSeparator)}`)}</title>` +
          clusterSvg(
            { ...box, y: itemTop + 1 },
            formatNumber(item.count, scene.locale, { useGrouping: false }),
            palette,
            rtl,
          ) +
          `</g>`,
      );
      continue;
    }
    const event = timeline.events[item.item.i]!;
    const look = markLook(event.when);
    let label = '';
    if (item.label) {
      const size = Math.min(item.label.size, story.length - item.label.p);
      const lines = wrapText(event.headline, size, g.font, item.label.lines ?? 1);
      const baseline = itemTop + 2 + MARK_HEIGHT + 2 + 2.1 + g.font * 0.8;
      label =
        `<text${attrs({ class: 'label', x: x(item.label.p), y: baseline })}>` +
        lines
          .map(
            (line, k) =>
              `<tspan${attrs({ x: x(item.label!.p), y: baseline + k * g.line })}>${escapeXml(line)}</tspan>`,
          )
          .join('') +
        `</text>`;
    }
    out.push(
      `<g${attrs({ class: 'event', 'data-id': event.id, 'data-x': item.p0 })}><title>${escapeXml(scene.names.event(item.item.i, event))}</title>` +
        markSvg(look, box, palette, scene.prefix, rtl) +
        label +
        `</g>`,
    );
  }
  out.push(`</g></g>`);
  return { svg: out.join(''), height };
}

/** The short time of an event ("Fri 13 Jun"), as the list and the band show it. */
export function shortWhen(scene: Scene, i: number): string {
  return shortWhenOf({ ...scene, index: scene.prepared.index }, i, scene);
}
