/**
 * Measures how a rendered <news-timeline> reads: which headlines are whole in the first view, and
 * whether any tick or event label runs outside the element. Shared by the readability and fit
 * tests; the numbers go into docs/design.md.
 */
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';

type Box = { left: number; right: number; top: number; bottom: number };

const EPS = 1;

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - EPS &&
    inner.right <= outer.right + EPS &&
    inner.top >= outer.top - EPS &&
    inner.bottom <= outer.bottom + EPS
  );
}

function overlaps(a: Box, b: Box): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > EPS &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > EPS
  );
}

/** A label's text is whole: nothing scrolled away sideways or clamped away below. */
function uncut(label: HTMLElement): boolean {
  return (
    label.scrollWidth <= label.clientWidth + EPS && label.scrollHeight <= label.clientHeight + EPS
  );
}

export interface Readability {
  total: number;
  readable: number;
  /** Ids of events whose headline is not whole in the first view, with why. */
  unreadable: { id: string; why: string }[];
}

/**
 * Every event counts: a headline is readable when its label is drawn (not in a cluster, not in a
 * closed band), whole (not cut), inside the element and the drawing's visible box, and overlapping
 * no other label.
 */
export function measureReadability(
  element: NewsTimeline,
  eventIds: readonly string[],
): Readability {
  const root = element.shadowRoot!;
  const host = element.getBoundingClientRect();
  const plot = root.querySelector<HTMLElement>('[part~="plot"]');
  const plotBox = plot?.getBoundingClientRect();
  const labels = new Map<string, { label: HTMLElement; clip: Box }>();
  for (const button of root.querySelectorAll<HTMLElement>('[part~="event"][data-id]')) {
    const label = button.querySelector<HTMLElement>('[part~="label"]');
    // A vertical row clips its label to the row's height; a horizontal button does not clip.
    const clip =
      getComputedStyle(button).overflow === 'hidden' ? button.getBoundingClientRect() : host;
    if (label && plotBox) labels.set(button.dataset.id!, { label, clip });
  }
  for (const button of root.querySelectorAll<HTMLElement>('[part~="band-event"][data-id]')) {
    const label = button.querySelector<HTMLElement>('[part~="label"]');
    if (label && label.getClientRects().length > 0)
      labels.set(button.dataset.id!, { label, clip: host });
  }
  const boxes = [...labels.entries()].map(([id, { label }]) => ({
    id,
    box: label.getBoundingClientRect(),
  }));
  const unreadable: { id: string; why: string }[] = [];
  for (const id of eventIds) {
    const found = labels.get(id);
    if (!found) {
      unreadable.push({ id, why: 'not drawn with a label (cluster, closed band or dropped)' });
      continue;
    }
    const box = found.label.getBoundingClientRect();
    const inBand = found.label.closest('[part~="band"]') !== null;
    const why = !uncut(found.label)
      ? 'cut'
      : !inside(box, host)
        ? 'outside the element'
        : !inBand && plotBox && !inside(box, plotBox)
          ? 'outside the visible drawing'
          : !inside(box, found.clip)
            ? 'clipped by its row'
            : boxes.some((other) => other.id !== id && overlaps(box, other.box))
              ? 'overlaps another label'
              : '';
    if (why) unreadable.push({ id, why });
  }
  return { total: eventIds.length, readable: eventIds.length - unreadable.length, unreadable };
}

/** Tick and event labels that run outside the element (only those the drawing does not clip). */
export function labelsOutside(element: NewsTimeline): string[] {
  const root = element.shadowRoot!;
  const host = element.getBoundingClientRect();
  const plot = root.querySelector<HTMLElement>('[part~="plot"]')?.getBoundingClientRect();
  const out: string[] = [];
  const nodes = root.querySelectorAll<HTMLElement>(
    '[part~="tick"], [part~="label"], [part~="era-label"], .published-label',
  );
  for (const node of nodes) {
    const text = node.textContent?.trim();
    if (!text) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    // Items laid out past the view's edges (overscan) are wholly clipped by the drawing.
    if (plot && (box.right <= plot.left || box.left >= plot.right)) continue;
    // Horizontal extent only: a drawing taller than its max-height scrolls, which is not a cut.
    if (box.left < host.left - EPS || box.right > host.right + EPS)
      out.push(
        `${text.slice(0, 30)} [${Math.round(box.left - host.left)}..${Math.round(box.right - host.left)} of ${Math.round(host.width)}]`,
      );
  }
  return out;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The stretch, in screen px, a wide label's background takes out of the publication line (the
 * strip at `--_line`). Right to left it is placed from the label's right edge: "calc(100% - 5px)".
 */
export function gapOf(label: Element): [number, number] {
  const box = label.getBoundingClientRect();
  const x = getComputedStyle(label).backgroundPositionX;
  const right = /calc\(100% ([+-]) ([\d.]+)px\)/.exec(x);
  const from = right ? box.width - 6 + Number(`${right[1]}${right[2]}`) : parseFloat(x);
  return [box.left + from, box.left + from + 6];
}
