/**
 * Cheap, deterministic stand-ins for measuring: layout runs in Node and on every frame, where
 * real text measurement is unavailable or too slow.
 */
import type { EventIndex } from './event-index.js';

/** Labels render at 14 px; estimating at 16 px leaves room for wide fallback fonts (DejaVu). */
export const LABEL_FONT_ESTIMATE_PX = 16;
const MIN_LABEL_WIDTH = 40;
const MAX_LABEL_WIDTH = 260;
/** Room for the label's inline padding, in px. */
const LABEL_PADDING = 8;
const DAY = 86_400_000;

/**
 * Average advance in em, for a typical UI sans-serif, of each of the first 256 code units, looked
 * up: labels are measured before the first paint, while the code still runs cold, and a call per
 * character was most of the story layout's time. Digits are tabular in most UI fonts.
 */
const LATIN_EM = new Float64Array(256)
  .fill(0.55)
  .fill(0.56, 48, 58) // 0-9
  .fill(0.66, 65, 91) // A-Z
  .fill(0.52, 97, 123); // a-z
for (const [chars, em] of [
  [' ', 0.28],
  ['I', 0.3],
  ['MW', 0.85],
  ['ijl', 0.24],
  ['frt', 0.34],
  ['mw', 0.8],
  [".,':;", 0.26],
] as const) {
  for (const char of chars) LATIN_EM[char.charCodeAt(0)] = em;
}

/** Average advance in em of a code unit from 256 on (below, `LATIN_EM`). */
function charEm(code: number): number {
  if (code >= 0x0600 && code <= 0x06ff) return 0.45; // Arabic letters join and run narrow
  // CJK, kana and Hangul are square.
  if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) return 1;
  if (code >= 0xff00 && code <= 0xffef) return 1;
  return 0.55;
}

/** em of one UTF-16 code unit: a surrogate pair counts 1 em at its first half, 0 at its second. */
function unitEm(code: number): number {
  if (code < 256) return LATIN_EM[code]!;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return code >= 0xd800 && code <= 0xdbff ? 1 : charEm(code);
}

/** `value` within [min, max] (`min` when they cross). */
export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/**
 * Estimated px width of a one-line label in a `fontPx` sans-serif, padding included, clamped to
 * 40..260. Deterministic, so layouts (and tests) do not depend on installed fonts.
 */
export function estimateLabelWidth(text: string, fontPx = 13, maxWidth = MAX_LABEL_WIDTH): number {
  const width = Math.ceil(estimateTextWidth(text, fontPx)) + LABEL_PADDING;
  return Math.min(maxWidth, Math.max(MIN_LABEL_WIDTH, width));
}

/** Estimated px width of `text` itself in a `fontPx` sans-serif (a word of a wrapped label). */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (let k = 0; k < text.length; k++) em += unitEm(text.charCodeAt(k));
  return em * fontPx;
}

/**
 * The time range that shows every event: the extent padded by `paddingFraction` of its width on
 * each side (`paddedExtent`). An empty index has no extent and gives null, so the caller picks its
 * own default (`fitDomain(i) ?? d`).
 * `which: 'dated'` frames only the events on the axis (see `EventIndexOptions.background`).
 */
export function fitDomain(
  index: EventIndex,
  paddingFraction = 0.05,
  which: 'all' | 'dated' = 'all',
): [number, number] | null {
  // 'dated': the first view frames the news on the axis, not the background band's spans. Not
  // named in a string here: the page bundle renames the property `dated` (INTERNAL_PROPERTIES).
  return paddedExtent(
    which === 'all' ? index.extent : (index.datedExtent ?? index.extent),
    paddingFraction,
  );
}

/**
 * `extent` padded by `paddingFraction` of its width on each side; a single instant (zero-width
 * extent) widens to the day centred on it; none gives null. The page's story reads the extents
 * itself: a call of `fitDomain` with its choice took more bytes of the page bundle than the
 * choice.
 */
export function paddedExtent(
  extent: readonly [number, number] | null,
  paddingFraction: number,
): [number, number] | null {
  if (!extent) return null;
  const [start, end] = extent;
  const width = end - start;
  if (width <= 0) return [start - DAY / 2, start + DAY / 2];
  const pad = width * Math.max(0, paddingFraction);
  return [start - pad, end + pad];
}
