/**
 * An HTML snippet that shows a timeline with no request for data: `<news-timeline>` with the
 * timeline as inline JSON (the element reads a `<script type="application/json">` child), for a
 * CMS that takes HTML. The JSON is escaped so nothing in it can end the script element or open a
 * comment: every "<" is written as \u003c, which JSON reads back as "<".
 */
import type { Timeline } from '../model/types.js';

export interface EmbedOptions {
  /** Where the page loads the one-file bundle from. */
  scriptSrc?: string;
  /** Extra attributes for the element, e.g. `{ layout: 'vertical' }`. Values are escaped. */
  attributes?: Record<string, string>;
}

export const DEFAULT_BUNDLE_SRC = '/node_modules/news-timeline/dist/news-timeline.bundle.js';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON safe inside a script element: no "</script", "<!--" or line separators can appear. */
export function scriptSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function embedSnippet(timeline: Timeline, options: EmbedOptions = {}): string {
  const src = escapeAttribute(options.scriptSrc ?? DEFAULT_BUNDLE_SRC);
  const attributes = Object.entries(options.attributes ?? {})
    .filter(([name]) => /^[a-z][a-z0-9-]*$/.test(name))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return [
    `<script type="module" src="${src}"></script>`,
    `<news-timeline${attributes}>`,
    `  <script type="application/json">`,
    scriptSafeJson(timeline),
    `  </script>`,
    `</news-timeline>`,
    '',
  ].join('\n');
}
