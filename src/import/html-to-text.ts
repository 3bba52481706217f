/**
 * Plain text from an HTML fragment, without a DOM: tags are removed (script and style with their
 * content), <br> and block tags become line breaks, entities are decoded once. Nothing returned is
 * HTML; a decoded "&lt;b&gt;" is the text "<b>", shown as text.
 */
import { decodeCharacterReferences } from '../model/html-entities.js';
import { MAX_LINK_LENGTH } from '../model/schema.js';

/** Text from TimelineJS HTML is capped before any work is done on it. */
const MAX_HTML_CHARACTERS = 100_000;

const BLOCK_TAGS = new Set(
  'p div li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer hr pre figure figcaption dd dt'.split(
    ' ',
  ),
);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'template', 'iframe', 'noscript']);

/** Index of the '>' closing a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i += 1) {
    const char = html[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i;
    }
  }
  return -1;
}

/**
 * Text pieces with line breaks held back until the next words, so "</li> <li>" is one break and
 * breaks never pile up at the end; pieces are joined once, keeping the work linear.
 */
class TextBuilder {
  private readonly pieces: string[] = [];
  private pendingBreaks = 0;
  // A list item's marker, held back to its first words: the block that opens an item (a word
  // processor's "<li><p>") had put the marker alone on a line above them.
  private marker = '';

  words(text: string): void {
    if (text === '') return;
    if (this.pendingBreaks > 0 || this.marker) {
      if (text.trim() === '') return;
      this.pieces.push('\n'.repeat(this.pendingBreaks) + this.marker);
      this.pendingBreaks = 0;
      this.marker = '';
    }
    this.pieces.push(text);
  }

  /** <br>: one more break. */
  lineBreak(): void {
    this.pendingBreaks += 1;
  }

  /** Block tags: at least `count` breaks (2 for paragraphs). */
  breakAtLeast(count: number): void {
    if (!this.marker) this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** A list item's marker, before its first words. */
  item(marker: string): void {
    this.marker = marker;
  }

  toString(): string {
    return this.pieces.join('');
  }
}

/**
 * The `href` of an opening tag's source (`<a href="…">`), decoded; null without one. Attributes are
 * read one by one, so an "href=" inside another's value (`title="see href=…"`) is not taken.
 */
function hrefOf(tag: string): string | null {
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  // After the tag's name.
  attribute.lastIndex = 2;
  for (let m; (m = attribute.exec(tag));) {
    if (m[1]!.toLowerCase() === 'href') {
      return decodeCharacterReferences((m[2] ?? m[3] ?? m[4] ?? '').trim()) || null;
    }
  }
  return null;
}

/**
 * Plain text of an HTML fragment, without a DOM. Linear in the input: every scan moves forward,
 * and a tag or comment that never closes ends the text rather than being rescanned. The `href`
 * of each link goes into `links`, when given, in order.
 */
export function htmlToText(html: string, links?: string[]): string {
  const source = html.length > MAX_HTML_CHARACTERS ? html.slice(0, MAX_HTML_CHARACTERS) : html;
  const lower = source.toLowerCase();
  const text = new TextBuilder();
  let i = 0;
  let tail: number | undefined;
  // Where the next "</a" is; 2^32 - 1 past the last.
  let nextClose = 0;
  // The lists open around the text, innermost last: an ordered list's items counted so far, or -1.
  const lists: number[] = [];
  while (i < source.length) {
    const open = source.indexOf('<', i);
    const chunk = source.slice(i, open === -1 ? source.length : open);
    // Line breaks in HTML source are only spaces; <br> and blocks make the real ones below.
    text.words(chunk.replace(/[ \t\n\r\f]+/g, ' '));
    if (open === -1) break;
    if (!/[a-zA-Z/!?]/.test(source[open + 1] ?? '')) {
      text.words('<'); // "a < b" is text, not a tag
      i = open + 1;
      continue;
    }
    if (source.startsWith('<!--', open)) {
      const close = source.indexOf('-->', open + 4);
      i = close === -1 ? source.length : close + 3;
      continue;
    }
    const close = tagEnd(source, open + 1);
    if (close === -1) break;
    const name = /^\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(
      source.slice(open + 1, Math.min(close, open + 40)),
    );
    const tag = name?.[1]?.toLowerCase() ?? '';
    const closing = source[open + 1] === '/';
    i = close + 1;
    if (tag === 'a' && !closing && links) {
      const href = hrefOf(source.slice(open, close));
      if (href) {
        links.push(href);
        // A link that ends the text and reads as its own address is cited, not written: KPCC's
        // rows end with one, and a phone's list showed "…residents. http://framework.latimes.com/…"
        // under each. Within a sentence ("Visit kpcc.org for updates") it is the sentence's word.
        // Each search and slice stays short, so the scan stays linear with many links.
        if (nextClose < i) nextClose = lower.indexOf('</a', i) >>> 0;
        const end = nextClose;
        const words = end - i > MAX_LINK_LENGTH ? '<' : source.slice(i, end);
        if (
          !words.includes('<') &&
          bareAddress(decodeCharacterReferences(words)) === bareAddress(href) &&
          source.indexOf('>', end) + 1 >= (tail ??= trailingStart(source))
        )
          i = end;
      }
    }
    if (tag === 'br') text.lineBreak();
    else if (BLOCK_TAGS.has(tag)) {
      // An item that ended with no words leaves no marker for the words after it.
      if (closing && /^(?:li|ul|ol)$/.test(tag)) text.item('');
      text.breakAtLeast(tag === 'p' ? 2 : 1);
      if (tag === 'ul' || tag === 'ol') {
        if (closing) lists.pop();
        else lists.push(tag === 'ol' ? 0 : -1);
      } else if (tag === 'li' && !closing) text.item(listMarker(lists));
    } else if (RAW_TEXT_TAGS.has(tag) && !closing) {
      const end = lower.indexOf(`</${tag}`, i);
      const endClose = end === -1 ? -1 : source.indexOf('>', end);
      i = endClose === -1 ? source.length : endClose + 1;
    }
  }
  return decodeCharacterReferences(text.toString())
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * An item's marker: its number in an ordered list, a bullet otherwise. Without them Luca's
 * incidents listed what was missing ("DSFA … / Angaben zum Key Management") as bare lines that
 * read as one paragraph.
 */
function listMarker(lists: number[]): string {
  const counted = lists.at(-1) ?? -1;
  if (counted < 0) return '• ';
  lists[lists.length - 1] = counted + 1;
  return `${counted + 1}. `;
}

/** Where the spaces and closing tags that end `source` begin (one pass, from its end). */
function trailingStart(source: string): number {
  let k = source.length;
  for (;;) {
    if (/\s/.test(source[k - 1] ?? '')) k--;
    else if (source[k - 1] !== '>') return k;
    else {
      const open = source.lastIndexOf('<', k - 1);
      if (source[open + 1] !== '/') return k;
      k = open;
    }
  }
}

/** An address without its scheme, "www." or closing slash, as a reader would write it. */
function bareAddress(address: string): string {
  return address
    .trim()
    .replace(/^([a-z]+:\/\/)?(www\.)?/i, '')
    .replace(/\/$/, '');
}

/** One line of plain text, for headlines and labels. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s*\n\s*/g, ' ');
}
