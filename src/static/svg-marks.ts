/**
 * The marks of a static picture, drawn as the element's CSS draws them (src/components/marks.ts):
 * a point is a dot, a bounded uncertain time a solid band, a wide or fuzzy span a faint band with
 * soft ends and dotted edges, a time never given a dashed outline, an ongoing event a band fading
 * out at its open end, a cluster a rounded badge with its count.
 */
import type { MarkLook } from '../layout/mark-look.js';
import type { Palette } from './palette.js';
import { attrs, escapeXml } from './xml.js';

export const MARK_HEIGHT = 10;
const POINT = 12;
export const CLUSTER_HEIGHT = 18;
const CLUSTER_MIN = 24;

/** Gradients the soft and ongoing looks fill with; ids start with `prefix`. */
export function markDefs(prefix: string, palette: Palette, rtl: boolean): string {
  const [x1, x2] = rtl ? ['1', '0'] : ['0', '1'];
  const stop = (offset: string, opacity: number) =>
    `<stop${attrs({ offset, 'stop-color': palette.accent, 'stop-opacity': opacity })}/>`;
  return (
    `<linearGradient${attrs({ id: `${prefix}-soft`, x1, x2, y1: '0', y2: '0' })}>` +
    `${stop('0', 0)}${stop('0.2', 0.35)}${stop('0.8', 0.35)}${stop('1', 0)}</linearGradient>` +
    `<linearGradient${attrs({ id: `${prefix}-ongoing`, x1, x2, y1: '0', y2: '0' })}>` +
    `${stop('0', 0.55)}${stop('0.7', 0.55)}${stop('1', 0)}</linearGradient>`
  );
}

export interface MarkBox {
  /** Left edge and top, px; `w` the drawn span (p1 - p0). */
  x: number;
  y: number;
  w: number;
}

/** One mark; `data-look` and `data-x` (the item's p0) say what it is for tests and tools. */
export function markSvg(
  look: MarkLook,
  box: MarkBox,
  palette: Palette,
  prefix: string,
  rtl: boolean,
  height = MARK_HEIGHT,
): string {
  const c = palette.accent;
  const width = Math.max(box.w, look === 'point' ? 0 : POINT);
  // In a right-to-left picture x is the mark's right edge (the axis runs from the right).
  const left = rtl ? box.x - (look === 'point' ? POINT : width) : box.x;
  const y = box.y;
  const base = { class: 'mark', 'data-look': look };
  switch (look) {
    case 'point':
      return `<ellipse${attrs({ ...base, cx: left + POINT / 2, cy: y + height / 2, rx: POINT / 2 - 1, ry: height / 2 - 1, fill: c, stroke: palette.bg, 'stroke-width': 2 })}/><ellipse${attrs({ cx: left + POINT / 2, cy: y + height / 2, rx: POINT / 2, ry: height / 2, fill: 'none', stroke: c, 'stroke-width': 1 })}/>`;
    case 'band':
      return `<rect${attrs({ ...base, x: left + 1, y: y + 1, width: width - 2, height: height - 2, rx: 2, fill: c, 'fill-opacity': 0.55, stroke: c, 'stroke-width': 2 })}/>`;
    case 'unspecified':
      return `<rect${attrs({ ...base, x: left + 1, y: y + 1, width: width - 2, height: height - 2, rx: 2, fill: 'none', stroke: c, 'stroke-width': 2, 'stroke-dasharray': '4 3' })}/>`;
    case 'soft':
      return (
        `<rect${attrs({ ...base, x: left, y, width, height, fill: `url(#${prefix}-soft)` })}/>` +
        edge(left, y + 1, width, c, '2 2') +
        edge(left, y + height - 1, width, c, '2 2')
      );
    case 'ongoing': {
      const start = rtl ? left + width - 1 : left + 1;
      return (
        `<rect${attrs({ ...base, x: left, y, width, height, fill: `url(#${prefix}-ongoing)` })}/>` +
        edge(left, y + 1, width, c) +
        edge(left, y + height - 1, width, c) +
        `<line${attrs({ x1: start, x2: start, y1: y, y2: y + height, stroke: c, 'stroke-width': 2 })}/>`
      );
    }
  }
}

function edge(x: number, y: number, width: number, color: string, dash?: string): string {
  return `<line${attrs({ x1: x, x2: x + width, y1: y, y2: y, stroke: color, 'stroke-width': 2, 'stroke-dasharray': dash })}/>`;
}

/** A cluster's badge: its count, in the locale's digits, on a rounded dark pill. */
export function clusterSvg(box: MarkBox, text: string, palette: Palette, rtl: boolean): string {
  const width = Math.max(box.w, CLUSTER_MIN);
  const left = rtl ? box.x - width : box.x;
  return (
    `<rect${attrs({ class: 'mark', 'data-look': 'cluster', x: left, y: box.y, width, height: CLUSTER_HEIGHT, rx: CLUSTER_HEIGHT / 2, fill: palette.fg })}/>` +
    `<text${attrs({ x: left + width / 2, y: box.y + 13, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: palette.bg })}>${escapeXml(text)}</text>`
  );
}
