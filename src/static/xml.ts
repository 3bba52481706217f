/**
 * Writing SVG as text safely: every piece of data goes through `escapeXml`, so a headline with
 * `<script>` or `&` stays text; characters XML 1.0 cannot hold at all are dropped. And the few
 * text measurements a static picture needs, from the same estimate the layout uses.
 */
import { estimateLabelWidth } from '../layout/measure.js';

// Control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE/FFFF.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or an attribute value, escaped for XML. */
export function escapeXml(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `name="value"` pairs, escaped; undefined values are left out. Numbers are rounded to 0.01. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(
      ([name, value]) =>
        ` ${name}="${escapeXml(typeof value === 'number' ? round(value) : value!)}"`,
    )
    .join('');
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Estimated px width of `text` at `fontPx`: the layout's own estimate without its padding, taken
 * at 16/14 of the size as the layout does, to leave room for wide fallback fonts (DejaVu).
 */
export function textWidth(text: string, fontPx: number): number {
  return Math.max(0, estimateLabelWidth(text, (fontPx * 16) / 14, Infinity) - 8);
}

/** `text` cut to `width` px with an ellipsis when it does not fit. */
export function ellipsize(text: string, width: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, fontPx) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Greedy word wrap into at most `lines` lines of `width` px; the last one ends in an ellipsis if cut. */
export function wrapText(text: string, width: number, fontPx: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let k = 0;
  for (; k < words.length; k++) {
    const next = line ? `${line} ${words[k]}` : words[k]!;
    if (!line || textWidth(next, fontPx) <= width) {
      line = next;
      continue;
    }
    if (out.length === lines - 1) break;
    out.push(line);
    line = words[k]!;
  }
  const rest = k < words.length ? `${line} ${words.slice(k).join(' ')}` : line;
  out.push(ellipsize(rest, width, fontPx));
  return out;
}
