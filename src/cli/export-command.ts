/**
 * `news-timeline export timeline.json --csv > sheet.csv`: a news timeline written for other tools,
 * after `parseTimeline` has checked it (its problems go to stderr). `--csv` writes the TimelineJS
 * spreadsheet, `--embed` the HTML snippet with the timeline inline.
 */
import { embedSnippet } from '../export/embed.js';
import { toTimelineJSCsv } from '../export/timelinejs-csv.js';
import { parseTimeline } from '../model/parse-timeline.js';
import { UsageError, parseArguments, problemLines, readInput } from './arguments.js';

export const EXPORT_USAGE = `Usage: news-timeline export <timeline.json|-> (--csv | --embed) [options]

Checks a news timeline with parseTimeline and writes it for other tools to stdout.

Options:
  --csv                 A TimelineJS spreadsheet (CSV, the template's columns). What a sheet
                        cannot hold (places, people, numbers, excerpts...) is listed on stderr.
  --embed               HTML: <news-timeline> with the timeline as inline JSON.
  --script-src <url>    With --embed: where the page loads news-timeline.bundle.js from.

Exit codes: 0 written, 1 the timeline could not be read, 2 bad arguments or missing file.`;

export async function runExport(rest: readonly string[]): Promise<number> {
  const args = parseArguments(rest, {
    values: ['script-src'],
    flags: ['csv', 'embed'],
    noun: 'timeline',
  });
  const csv = args.flags.has('csv');
  if (csv === args.flags.has('embed')) throw new UsageError('give one of --csv or --embed');
  const { timeline, problems } = parseTimeline(await readInput(args.file, 'timeline'));
  process.stderr.write(problemLines(problems));
  if (!timeline) return 1;
  if (csv) {
    const sheet = toTimelineJSCsv(timeline);
    process.stderr.write(sheet.notCarried.map((line) => `note: ${line}\n`).join(''));
    process.stdout.write(sheet.csv);
  } else {
    const scriptSrc = args.values['script-src'];
    process.stdout.write(embedSnippet(timeline, scriptSrc === undefined ? {} : { scriptSrc }));
  }
  return 0;
}
