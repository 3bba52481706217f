/**
 * `news-timeline/ssr` (Node): `<news-timeline>` rendered on the server to HTML with declarative
 * shadow DOM (`@lit-labs/ssr`, an optional peer dependency), so the drawing and the list show
 * before any JavaScript runs, or where none runs. The fragment carries its data as an inline JSON
 * child, so the element, once its script loads, reads the same story and never refetches.
 * Not part of the page bundle.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import '../news-timeline.js';
// The card at once: a server renders an open event's card with the rest.
import '../news-event-card.js';
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

/** Attributes the options own, or that the fragment cannot keep (`src`: it carries its data). */
const OWN_ATTRIBUTES = new Set(['width', 'theme', 'locale', 'lang', 'dir', 'heading-level', 'src']);
/**
 * The element's other attributes, which change what it draws: the server renders with them (the
 * template below binds each; a unit test holds this list to the element's observed attributes).
 */
export const RENDERED_ATTRIBUTES = [
  'layout',
  'view',
  'color-by',
  'selected',
  'mode',
  'link-selection',
  'media-thumbnails',
  'refresh',
  'no-legend',
  'vertical-length',
  'max-height',
] as const;
type Rendered = (typeof RENDERED_ATTRIBUTES)[number];
const BOOLEAN_ATTRIBUTES = new Set<string>(['link-selection', 'media-thumbnails', 'no-legend']);
/** An attribute name the fragment can carry: lower-case letters, digits, `-`, `.` and `_`. */
export const ATTRIBUTE_NAME = /^[a-z][a-z0-9._-]*$/;

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
  const rendered: Partial<Record<Rendered, string | boolean>> = {};
  let others = '';
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`news-timeline: bad attribute name "${name}"`);
    if (OWN_ATTRIBUTES.has(name) || value === false) continue;
    if ((RENDERED_ATTRIBUTES as readonly string[]).includes(name)) {
      rendered[name as Rendered] = BOOLEAN_ATTRIBUTES.has(name) ? true : String(value);
    } else {
      // Not read by the element (`id`, `class`, `data-*`, `aria-*`…): kept on the host as written.
      others += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
    }
  }
  const template = hostTemplate(timeline, {
    width: Math.round(options.width ?? 1200),
    theme: options.theme ?? 'auto',
    locale: options.locale ?? timeline.language,
    dir: options.dir,
    headingLevel: options.headingLevel ?? 2,
    ...rendered,
  });
  let out = await collectResult(render(template));
  // The host's start tag is the first in Lit's output (after its part markers).
  if (others) out = out.replace('<news-timeline', () => `<news-timeline${others}`);
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

interface HostAttributes extends Partial<Record<Rendered, string | boolean>> {
  width: number;
  theme: string;
  locale: string;
  dir: string | undefined;
  headingLevel: number;
}

/** The host element with its data and attributes (attribute bindings Lit escapes). */
function hostTemplate(timeline: Timeline, a: HostAttributes) {
  const text = (value: string | boolean | undefined) =>
    typeof value === 'string' ? value : nothing;
  // One line: the fragment's host tag is what a page's HTML holds, so no stray whitespace.
  // prettier-ignore
  return html`<news-timeline .timeline=${timeline} width=${a.width} theme=${a.theme} locale=${a.locale} lang=${a.locale} dir=${a.dir ?? nothing} heading-level=${a.headingLevel} layout=${text(a.layout)} view=${text(a.view)} color-by=${text(a['color-by'])} selected=${text(a.selected)} mode=${text(a.mode)} ?link-selection=${a['link-selection'] === true} ?media-thumbnails=${a['media-thumbnails'] === true} refresh=${text(a.refresh)} ?no-legend=${a['no-legend'] === true} vertical-length=${text(a['vertical-length'])} max-height=${text(a['max-height'])}></news-timeline>`;
}

/** An attribute value in double quotes. */
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
