/**
 * Exporters: a timeline written out for other tools - a TimelineJS spreadsheet (CSV) and an HTML
 * embed snippet. No DOM; used by the editor and the CLI.
 */
export { toTimelineJSCsv, sheetDates, type TimelineJSCsvExport } from './timelinejs-csv.js';
export { embedSnippet, scriptSafeJson, DEFAULT_BUNDLE_SRC, type EmbedOptions } from './embed.js';
