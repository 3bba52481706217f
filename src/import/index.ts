/**
 * Importers: other timeline formats read into a news timeline (TimelineJS3 JSON, and TimelineJS
 * spreadsheets as CSV, which go through the JSON importer row by row). Each importer returns what
 * `parseTimeline` returns, so its output is exactly what the element accepts. No DOM.
 */
export { fromTimelineJS, type TimelineJSOptions } from './timelinejs.js';
export { htmlToText } from './html-to-text.js';
export {
  fromTimelineJSCsv,
  TIMELINEJS_COLUMNS,
  type TimelineJSColumn,
  type TimelineJSCsvResult,
} from './timelinejs-csv.js';
