/**
 * What the static picture draws under the drawing, as the element does: the background band
 * (events with no time of their own and context spans) as a list with its label, and the legend.
 */
import { count } from '../i18n/wording/date-formats.js';
import { eventLooks, markLook, LEGEND_LOOKS } from '../layout/mark-look.js';
import { eraNames, publicationInstant } from '../layout/compose.js';
import { GEOMETRY, shortWhen, type Scene } from './render-svg.js';
import { clusterSvg, markSvg } from './svg-marks.js';
import { attrs, ellipsize, escapeXml, round, textWidth, wrapText } from './xml.js';

const BAND_LINES = 3;
const WHEN_COLUMN = 120;

/** The background band as a dashed box with its label and every headline in full (up to 3 lines). */
export function renderBandSvg(
  scene: Scene,
  top: number,
): { svg: string; height: number; label?: string } {
  const { prepared, timeline, words, palette, width, rtl } = scene;
  const band = prepared.index.band;
  if (band.items.length === 0 || !band.span) return { svg: '', height: 0 };
  const g = GEOMETRY;
  const kind = band.context === 0 ? 'undated' : band.undated === 0 ? 'context' : 'mixed';
  const label = words.backgroundBand(
    count(band.items.length, scene.locale),
    scene.names.range(band.span[0], band.span[1], true),
    kind,
  );
  const left = g.space;
  const inner = width - 2 * g.space;
  // Positions inside the box, from its start edge (mirrored in a right-to-left picture).
  const at = (d: number) => (rtl ? width - left - d : left + d);
  const out: string[] = [];
  let y = g.space / 2;
  const labelLines = wrapText(label, inner - 2 * g.space, g.font, 2);
  for (const line of labelLines) {
    out.push(
      `<text${attrs({ class: 'band-label', x: at(g.space), y: y + g.font, 'font-weight': 600 })}>${escapeXml(line)}</text>`,
    );
    y += g.line;
  }
  y += 4;
  const headlineStart = g.space + 20 + WHEN_COLUMN;
  const headlineWidth = inner - headlineStart - g.space;
  for (const item of band.items) {
    const event = timeline.events[item.i]!;
    const look = markLook(event.when);
    const lines = wrapText(event.headline, headlineWidth, g.font, BAND_LINES);
    const when = ellipsize(shortWhen(scene, item.i), WHEN_COLUMN - 8, g.small);
    out.push(
      `<g${attrs({ class: 'band-event', 'data-id': event.id })}><title>${escapeXml(`${shortWhen(scene, item.i)} ${event.headline}`)}</title>` +
        markSvg(look, { x: at(g.space), y: y + 4, w: 14 }, palette, scene.prefix, rtl) +
        `<text${attrs({ x: at(g.space + 20), y: y + g.font - 1, 'font-size': g.small, fill: palette.muted })}>${escapeXml(when)}</text>` +
        lines
          .map(
            (line, k) =>
              `<text${attrs({ class: 'label', x: at(headlineStart), y: y + g.font - 1 + k * g.line })}>${escapeXml(line)}</text>`,
          )
          .join('') +
        `</g>`,
    );
    y += lines.length * g.line + 4;
  }
  const height = y + g.space / 2;
  return {
    svg:
      `<g${attrs({ class: 'band', transform: `translate(0 ${round(top)})` })}>` +
      `<rect${attrs({ x: left + 0.5, y: 0.5, width: inner - 1, height: height - 1, rx: 6, fill: palette.bandBg, stroke: palette.border, 'stroke-dasharray': '4 3' })}/>` +
      out.join('') +
      `</g>`,
    height,
    label,
  };
}

/** The legend: each look with its words, the publication line and the eras, in rows that wrap. */
export function renderLegendSvg(scene: Scene, top: number): { svg: string; height: number } {
  const { words, palette, width, rtl, timeline } = scene;
  const g = GEOMETRY;
  const entries: { swatch: (x: number, y: number) => string; text: string; size: number }[] = [];
  // The marks drawn, as the element's legend lists them: its events' and clusters when merged.
  const drawn = eventLooks(timeline.events);
  if (scene.frame.items.some((item) => item.kind === 'cluster')) drawn.add('cluster');
  for (const [look, key] of LEGEND_LOOKS.filter(([look]) => drawn.has(look))) {
    entries.push({
      text: words[key],
      size: look === 'cluster' ? 24 : 28,
      swatch: (x, y) =>
        look === 'cluster'
          ? clusterSvg({ x, y: y - 2, w: 24 }, '3', palette, rtl)
          : markSvg(look, { x, y, w: look === 'point' ? 0 : 28 }, palette, scene.prefix, rtl),
    });
  }
  // No axis (nothing dated), no publication line to explain.
  if (publicationInstant(timeline) !== null && scene.story.index.dated.items.length) {
    entries.push({
      text: words.legendPublished,
      size: 28,
      swatch: (x, y) => {
        const lx = x + (rtl ? -14 : 14);
        return `<line${attrs({ x1: lx, x2: lx, y1: y - 3, y2: y + 13, stroke: palette.fg, 'stroke-width': 2 })}/>`;
      },
    });
  }
  for (const name of eraNames(timeline)) {
    entries.push({
      text: words.era(name, ''),
      size: 28,
      swatch: (x, y) =>
        `<rect${attrs({ x: rtl ? x - 28 : x, y: y - 3, width: 28, height: 16, fill: palette.eraBg, 'fill-opacity': Math.max(palette.eraOpacity, 0.2) })}/>` +
        `<line${attrs({ x1: x + (rtl ? -1 : 1), x2: x + (rtl ? -1 : 1), y1: y - 3, y2: y + 13, stroke: palette.eraEdge, 'stroke-width': 2 })}/>`,
    });
  }
  const rowHeight = 24;
  const out: string[] = [
    `<text${attrs({ class: 'legend-title', x: rtl ? width - g.space : g.space, y: g.font, 'font-weight': 600 })}>${escapeXml(words.legend)}</text>`,
  ];
  let x = g.space;
  let y = g.line + 6;
  for (const entry of entries) {
    const text = ellipsize(entry.text, width - 2 * g.space - entry.size - 6, g.font);
    const size = entry.size + 6 + textWidth(text, g.font) + 20;
    if (x > g.space && x + size > width - g.space) {
      x = g.space;
      y += rowHeight;
    }
    const at = (d: number) => (rtl ? width - d : d);
    out.push(
      `<g class="legend-item">${entry.swatch(at(x), y)}<text${attrs({ x: at(x + entry.size + 6), y: y + 10 })}>${escapeXml(text)}</text></g>`,
    );
    x += size;
  }
  const height = y + rowHeight - 6;
  return {
    svg: `<g${attrs({ class: 'legend', transform: `translate(0 ${round(top)})` })}>${out.join('')}</g>`,
    height,
  };
}
