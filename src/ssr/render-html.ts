/**
 * `news-timeline/ssr` (Node): `<news-timeline>` rendered on the server to HTML with declarative
 * shadow DOM (`@lit-labs/ssr`, an optional peer dependency), so the drawing and the list show
 * before any JavaScript runs, or where none runs. The fragment carries its data as an inline JSON
 * child, so the element, once its script loads, reads the same story and never refetches.
 * Not part of the page bundle.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../news-timeline.js';
import { parseTimeline } from '../model/parse-timeline.js';
import type { Timeline } from '../model/types.js';
import { fluidAlongAxis } from './fluid.js';
import { styleSources, withNonce } from './csp.js';

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
  /**
   * The page's CSP nonce for this response: written on every `<style>` the fragment holds (the
   * declarative shadow roots' styles), so `style-src 'nonce-…'` allows them. See `renderTimeline`
   * for the `style` attributes.
   */
  nonce?: string;
  /**
   * Lengths along a horizontal axis as a share of the element's width (`cqi`, after their px),
   * so a column narrower or wider than `width` shows the whole drawing scaled (default true).
   */
  fluid?: boolean;
  /**
   * Any other attributes of the element (`layout`, `no-legend`, `id`, `class`…), as the page would
   * write them; the server renders with them and the fragment keeps them. `src` is refused: the
   * fragment carries its data.
   */
  attributes?: Readonly<Record<string, string | boolean>>;
}

/** The fragment and what a Content-Security-Policy must allow for it. */
export interface RenderedTimeline {
  html: string;
  /**
   * Source expressions for `style-src` that allow exactly this fragment's inline styles: the
   * `'nonce-…'` when `nonce` was given, else the `'sha256-…'` of each `<style>`; then, if the
   * fragment has `style` attributes, `'unsafe-hashes'` and the `'sha256-…'` of each distinct one
   * (positions before JavaScript: a `style` attribute cannot carry a nonce).
   * `contentSecurityPolicy()` builds a whole header from them.
   */
  styleSources: string[];
}

/** Attributes the options own (or that the fragment cannot keep). */
const OWN_ATTRIBUTES = new Set(['width', 'theme', 'locale', 'lang', 'dir', 'heading-level', 'src']);
const ATTRIBUTE_NAME = /^[a-z][a-z0-9._-]*$/;

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
  return (await renderTimeline(input, options)).html;
}

/**
 * The element for `input` (a Timeline or its JSON text) as an HTML fragment, with the CSP
 * sources its inline styles need (`styleSources`).
 */
export async function renderTimeline(
  input: Timeline | string,
  options: RenderHtmlOptions = {},
): Promise<RenderedTimeline> {
  const parsed = parseTimeline(input);
  if (!parsed.timeline) {
    const reason = parsed.problems.find((p) => p.severity === 'error')?.message;
    throw new Error(`news-timeline: not a timeline (${reason ?? 'unreadable'})`);
  }
  const timeline = parsed.timeline;
  const locale = options.locale ?? timeline.language;
  const attributes: [string, string | boolean | number | undefined][] = [
    ['width', Math.round(options.width ?? 1200)],
    ['theme', options.theme ?? 'auto'],
    ['locale', locale],
    ['lang', locale],
    ['dir', options.dir],
    ['heading-level', options.headingLevel ?? 2],
  ];
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`news-timeline: bad attribute name "${name}"`);
    if (!OWN_ATTRIBUTES.has(name) && value !== false) attributes.push([name, value]);
  }
  let out = await collectResult(render(hostTemplate(timeline, attributes)));
  if (options.fluid !== false) out = fluidAlongAxis(out);
  if (options.nonce !== undefined) out = withNonce(out, options.nonce);
  const sources = await styleSources(out, options.nonce);
  if (options.inlineData !== false) {
    const script = `<script type="application/json">${scriptSafeJson(input)}</script>`;
    const end = out.lastIndexOf('</news-timeline>');
    out = `${out.slice(0, end)}${script}${out.slice(end)}`;
  }
  return { html: out, styleSources: sources };
}

/**
 * `<news-timeline .timeline=… name=value…></news-timeline>` on one line (the fragment's host tag
 * is what a page's HTML holds, so no stray whitespace). Names are static parts of the template
 * (checked above: letters, digits and dashes only), values are bindings Lit escapes.
 */
function hostTemplate(
  timeline: Timeline,
  attributes: readonly [string, string | boolean | number | undefined][],
) {
  const shown = attributes.filter(([, value]) => value !== undefined);
  const strings = ['<news-timeline .timeline='];
  const values: unknown[] = [timeline];
  for (const [name, value] of shown) {
    strings.push(' ', '=');
    values.push(unsafeStatic(name), value === true ? '' : String(value));
  }
  strings.push('></news-timeline>');
  return html(
    Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
    ...values,
  );
}
