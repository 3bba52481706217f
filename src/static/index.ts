/**
 * `news-timeline/static` (Node or any JavaScript runtime; no DOM): pictures of a timeline for
 * places that run no JavaScript. Not part of the page bundle.
 */
export { renderSVG, staticScene, GEOMETRY } from './render-svg.js';
export type { RenderSvgOptions, Scene } from './render-svg.js';
export { escapeXml } from './xml.js';
