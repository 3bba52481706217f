/**
 * `news-timeline/ssr` (Node): `<news-timeline>` rendered on the server to HTML with declarative
 * shadow DOM (`@lit-labs/ssr`, an optional peer dependency), so the drawing and the list show
 * before any JavaScript runs, or where none runs. The fragment carries its data as an inline JSON
 * child, so the element, once its script loads, reads the same story and never refetches.
 * Not part of the page bundle.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../news-timeline.js';
import { parseTimeline } from '../model/parse-timeline.js';
import type { Timeline } from '../model/types.js';

export interface RenderHtmlOptions {
  /** Width in px the page gives the element (its container's width or maximum width). */
  width?: number;
  theme?: 'light' | 'dark' | 'auto';
  /**
   * BCP 47 locale; default the data's language. The server sees no `lang` above the element.
   * English is built in; import another language first (`news-timeline/translations/fr.js`).
   */
  locale?: string;
  /** Direction; default the locale's. */
  dir?: 'ltr' | 'rtl';
  /** The title's heading level (1 to 5), as the element's `heading-level`. */
  headingLevel?: number;
  /** Write the data as an inline JSON child for the client (default true). */
  inlineData?: boolean;
}

/** JSON that cannot end its `<script>` element or open a comment in it. */
export function scriptSafeJson(value: unknown): string {
  // JSON text stays as written: outside its strings it has no `<`, inside them `\u003c` is `<`.
  return (typeof value === 'string' ? value : JSON.stringify(value))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The element for `input` (a Timeline or its JSON text) as an HTML fragment. */
export async function renderTimelineHtml(
  input: Timeline | string,
  options: RenderHtmlOptions = {},
): Promise<string> {
  const parsed = parseTimeline(input);
  if (!parsed.timeline) {
    const reason = parsed.problems.find((p) => p.severity === 'error')?.message;
    throw new Error(`news-timeline: not a timeline (${reason ?? 'unreadable'})`);
  }
  const timeline = parsed.timeline;
  const width = Math.round(options.width ?? 1200);
  const locale = options.locale ?? timeline.language;
  const result = render(
    // One line: the fragment's host tag is what a page's HTML holds, so no stray whitespace.
    // prettier-ignore
    html`<news-timeline .timeline=${timeline} width=${width} theme=${options.theme ?? 'auto'} locale=${locale} lang=${locale} dir=${ifDefined(options.dir)} heading-level=${options.headingLevel ?? 2}></news-timeline>`,
  );
  let out = await collectResult(result);
  if (options.inlineData !== false) {
    const script = `<script type="application/json">${scriptSafeJson(input)}</script>`;
    const end = out.lastIndexOf('</news-timeline>');
    out = `${out.slice(0, end)}${script}${out.slice(end)}`;
  }
  return out;
}
