/** `news-timeline/ssr` (Node): `<news-timeline>` rendered on the server. See render-html.ts. */
export { renderTimeline, renderTimelineHtml, scriptSafeJson } from './render-html.js';
export type { RenderHtmlOptions, RenderedTimeline } from './render-html.js';
export { renderTimelinesInHtml } from './inline-html.js';
export { contentSecurityPolicy, STRICT_POLICY } from './csp.js';
export type { StyleSources } from './csp.js';
