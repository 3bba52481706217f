/**
 * Importers: other timeline formats read into a news timeline (TimelineJS3 today). Each importer
 * returns what `parseTimeline` returns, so its output is exactly what the element accepts. No DOM.
 */
export { fromTimelineJS, type TimelineJSOptions } from './timelinejs.js';
export { htmlToText } from './html-to-text.js';
