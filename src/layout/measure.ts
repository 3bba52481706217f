/**
 * Cheap, deterministic stand-ins for measuring: layout runs in Node and on every frame, where
 * real text measurement is unavailable or too slow.
 */
import type { EventIndex } from './event-index.js';

const MIN_LABEL_WIDTH = 40;
const MAX_LABEL_WIDTH = 260;
/** Room for the label's inline padding, in px. */
const LABEL_PADDING = 8;
const DAY = 86_400_000;

/** Average advance of a character in em for a typical UI sans-serif. */
function charEm(code: number): number {
  if (code === 32) return 0.28; // space
  if (code >= 48 && code <= 57) return 0.56; // digits are tabular in most UI fonts
  if (code >= 65 && code <= 90) return code === 73 ? 0.3 : code === 77 || code === 87 ? 0.85 : 0.66;
  if (code >= 97 && code <= 122) {
    if (code === 105 || code === 106 || code === 108) return 0.24; // i j l
    if (code === 102 || code === 114 || code === 116) return 0.34; // f r t
    if (code === 109 || code === 119) return 0.8; // m w
    return 0.52;
  }
  if (code === 46 || code === 44 || code === 39 || code === 58 || code === 59) return 0.26;
  if (code >= 0x0600 && code <= 0x06ff) return 0.45; // Arabic letters join and run narrow
  // CJK, kana and Hangul are square.
  if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) return 1;
  if (code >= 0xff00 && code <= 0xffef) return 1;
  return 0.55;
}

/**
 * `charEm` of the first 256 code units, looked up: labels are measured before the first paint,
 * while the code still runs cold, and a call per character was most of the story layout's time.
 */
const LATIN_EM = Float64Array.from({ length: 256 }, (_, code) => charEm(code));

/** em of one UTF-16 code unit: a surrogate pair counts 1 em at its first half, 0 at its second. */
function unitEm(code: number): number {
  if (code < 256) return LATIN_EM[code]!;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return code >= 0xd800 && code <= 0xdbff ? 1 : charEm(code);
}

/** Width in px of `em` at `fontPx`, padding included, clamped to `MIN_LABEL_WIDTH..maxWidth`. */
function emToLabelWidth(em: number, fontPx: number, maxWidth: number): number {
  const width = Math.ceil(em * fontPx) + LABEL_PADDING;
  return Math.min(maxWidth, Math.max(MIN_LABEL_WIDTH, width));
}

/**
 * Estimated px width of a one-line label in a `fontPx` sans-serif, padding included, clamped to
 * 40..260. Deterministic, so layouts (and tests) do not depend on installed fonts.
 */
export function estimateLabelWidth(text: string, fontPx = 13, maxWidth = MAX_LABEL_WIDTH): number {
  let em = 0;
  for (let k = 0; k < text.length; k++) em += unitEm(text.charCodeAt(k));
  return emToLabelWidth(em, fontPx, maxWidth);
}

/**
 * The time range that shows every event: the extent padded by `paddingFraction` of its width on
 * each side. A single instant (zero-width extent) widens to the day centred on it. An empty
 * index has no extent and gives null, so the caller picks its own default (`fitDomain(i) ?? d`).
 * `which: 'dated'` frames only the events on the axis (see `EventIndexOptions.background`).
 */
export function fitDomain(
  index: EventIndex,
  paddingFraction = 0.05,
  which: 'all' | 'dated' = 'all',
): [number, number] | null {
  // 'dated': the first view frames the news on the axis, not the background band's spans.
  const extent = which === 'dated' ? (index.datedExtent ?? index.extent) : index.extent;
  if (!extent) return null;
  const [start, end] = extent;
  const width = end - start;
  if (width <= 0) return [start - DAY / 2, start + DAY / 2];
  const pad = width * Math.max(0, paddingFraction);
  return [start - pad, end + pad];
}
