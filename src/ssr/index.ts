/** `news-timeline/ssr` (Node): `<news-timeline>` rendered on the server. See render-html.ts. */
export { renderTimelineHtml, scriptSafeJson } from './render-html.js';
export type { RenderHtmlOptions } from './render-html.js';
