/**
 * Server rendering of the inline-JSON form a page or a CMS writes without any script:
 *
 * ```html
 * <news-timeline theme="light" layout="horizontal">
 *   <script type="application/json">{ "id": "…", "events": [ … ] }</script>
 * </news-timeline>
 * ```
 *
 * `renderTimelinesInHtml` finds each such element in a page's HTML and puts the server-rendered
 * element in its place: the same attributes, the drawing as declarative shadow DOM, and the same
 * JSON as its inline child, which the client element reads (no request). Elements with a `src`,
 * with other content beside the JSON (an `<ol>` list, slotted content), with an attribute name
 * other than letters, digits, `-`, `.` and `_`, or inside comments are left as written; so is
 * anything else in the page.
 */
import { decodeCharacterReferences } from '../model/html-entities.js';
import {
  ATTRIBUTE_NAME,
  renderTimeline,
  type RenderHtmlOptions,
  type RenderedTimeline,
} from './render-html.js';

/** One `<news-timeline>` whose only content is its inline JSON (whitespace aside). */
const INLINE_ELEMENT =
  /<!--[\s\S]*?-->|<news-timeline(\s[^>]*)?>\s*<script\s+type=(?:"application\/json"|'application\/json'|application\/json)\s*>([\s\S]*?)<\/script\s*>\s*<\/news-timeline\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const THEMES = new Set(['light', 'dark', 'auto']);

/**
 * `pageHtml` with every inline-JSON `<news-timeline>` rendered on the server; `options` are the
 * defaults for what an element's own attributes (`width`, `theme`, `locale` or `lang`, `dir`,
 * `heading-level`) do not say. `styleSources` covers every rendered element.
 */
export async function renderTimelinesInHtml(
  pageHtml: string,
  options: Omit<RenderHtmlOptions, 'attributes' | 'inlineData'> = {},
): Promise<RenderedTimeline> {
  const found = [...pageHtml.matchAll(INLINE_ELEMENT)].filter((match) => match[2] !== undefined);
  const rendered: { at: number; length: number; result: RenderedTimeline }[] = [];
  for (const match of found) {
    const attributes = readAttributes(match[1] ?? '');
    if (
      'src' in attributes ||
      !Object.keys(attributes).every((name) => ATTRIBUTE_NAME.test(name))
    ) {
      continue;
    }
    const json = match[2]!;
    rendered.push({
      at: match.index,
      length: match[0].length,
      result: await renderTimeline(json, { ...options, ...elementOptions(attributes) }),
    });
  }
  let html = '';
  let from = 0;
  for (const { at, length, result } of rendered) {
    html += pageHtml.slice(from, at) + result.html;
    from = at + length;
  }
  html += pageHtml.slice(from);
  const sources = new Set(rendered.flatMap(({ result }) => result.styleSources));
  return { html, styleSources: [...sources] };
}

/** The render options an element's attributes give; the others are kept as attributes. */
function elementOptions(attributes: Record<string, string>): RenderHtmlOptions {
  const { width, theme, locale, lang, dir, 'heading-level': level, ...rest } = attributes;
  const options: RenderHtmlOptions = { attributes: rest };
  if (width !== undefined && Number(width) > 0) options.width = Number(width);
  if (theme !== undefined && THEMES.has(theme)) options.theme = theme as 'light' | 'dark' | 'auto';
  if (locale || lang) options.locale = (locale || lang)!;
  if (dir === 'ltr' || dir === 'rtl') options.dir = dir;
  if (level !== undefined && Number(level) > 0) options.headingLevel = Number(level);
  return options;
}

/** The attributes of a start tag's text, names lower-cased, values with character references read. */
function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    // The first of two equal names counts, as in HTML.
    if (!(key in attributes))
      attributes[key] = decodeCharacterReferences(double ?? single ?? bare ?? '');
  }
  return attributes;
}
