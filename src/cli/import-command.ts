/**
 * `news-timeline import sheet.csv > timeline.json`: a TimelineJS spreadsheet (CSV) or TimelineJS
 * JSON to a news timeline, through the same importer the library exports. Problems go to stderr,
 * one line each, naming sheet rows; the timeline is written even when some rows had problems.
 */
import { fromTimelineJSCsv } from '../import/timelinejs-csv.js';
import { fromTimelineJS, type TimelineJSOptions } from '../import/timelinejs.js';
import {
  UsageError,
  parseArguments,
  problemLines,
  readInput,
  readPublished,
  readTimeZone,
} from './arguments.js';

export const IMPORT_USAGE = `Usage: news-timeline import <sheet.csv|timeline.json|-> [options]

Reads a TimelineJS spreadsheet exported as CSV (or TimelineJS JSON) and writes a news timeline
as JSON to stdout. Problems (rows left out, media not carried over) go to stderr, one per line.

Options:
  --tz <zone>          IANA zone the sheet's dates are wall-clock times in (default: UTC).
  --published <when>   Publication time: a date (noon in --tz) or an ISO instant with offset
                       (default: the latest time of the events, with a warning).
  --language <tag>     BCP 47 language of the content (default: und).
  --format <csv|json>  What the input is (default: from the file name; stdin is CSV).
  --compact            Single-line JSON.

Exit codes: 0 a timeline was written, 1 nothing could be read, 2 bad arguments or missing file.`;

export async function runImport(rest: readonly string[]): Promise<number> {
  const args = parseArguments(rest, {
    values: ['tz', 'published', 'language', 'format'],
    flags: ['compact'],
    noun: 'sheet',
  });
  const timeZone = readTimeZone(args.values.tz, 'UTC');
  const format = args.values.format ?? (/\.json$/i.test(args.file) ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') {
    throw new UsageError(`--format is csv or json, not "${format}"`);
  }
  const options: TimelineJSOptions = { timeZone };
  if (args.values.published !== undefined)
    options.published = readPublished(args.values.published, timeZone);
  if (args.values.language !== undefined) options.language = args.values.language;
  const text = await readInput(args.file, format === 'csv' ? 'sheet' : 'TimelineJS JSON');
  const result =
    format === 'csv' ? fromTimelineJSCsv(text, options) : fromTimelineJS(text, options);
  process.stderr.write(problemLines(result.problems));
  if (!result.timeline) return 1;
  process.stdout.write(
    `${JSON.stringify(result.timeline, null, args.flags.has('compact') ? 0 : 2)}\n`,
  );
  return 0;
}
