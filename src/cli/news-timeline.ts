/**
 * news-timeline CLI. `news-timeline extract article.txt --published 2014-06-14 --tz Asia/Baghdad`
 * writes a draft timeline as JSON to stdout and the extraction flags to stderr; `import` reads a
 * TimelineJS spreadsheet (CSV) or JSON, `export` writes a timeline as a spreadsheet or an embed
 * snippet. Bundled by esbuild to dist/cli/news-timeline.js (see docs/extraction.md);
 * bin/news-timeline.mjs imports that file.
 *
 * Errors a user can fix (missing file, unreadable date, unknown zone, bad arguments) are one line on
 * stderr and exit code 2, never a stack trace.
 */
import { extractTimeline } from '../extract/index.js';
import { UsageError, parseArguments, readInput, readPublished, readTimeZone } from './arguments.js';
import { EXPORT_USAGE, runExport } from './export-command.js';
import { IMPORT_USAGE, runImport } from './import-command.js';
import { RENDER_USAGE, runRender } from './render.js';

const EXTRACT_USAGE = `Usage: news-timeline extract <article.txt|-> --published <date|instant> --tz <IANA zone> [options]

Reads a news article (plain text; "-" for stdin) and writes a draft timeline as JSON to stdout.

Options:
  --published <when>  Publication time. A date (2014-06-14) means noon on that day in --tz, a
                      documented convention for articles that give no hour; an ISO instant with
                      an offset (2014-06-14T09:30:00+03:00 or ...Z) is used as given.
  --tz <zone>         IANA time zone the story's times are read in (Asia/Baghdad). Required.
  --language <tag>    BCP 47 language of the text (default: en; only English has rules).
  --title <text>      Title of the timeline (default: the article's first line).
  --flags             Print the extraction flags (guesses to check) to stderr as JSON lines.
  --compact           Single-line JSON.
  -h, --help          This help.

Exit codes: 0 success, 2 bad input (missing file, unreadable date, unknown zone, bad arguments).`;

const USAGE = [EXTRACT_USAGE, IMPORT_USAGE, EXPORT_USAGE, RENDER_USAGE].join('\n\n');

interface Arguments {
  file: string;
  published: string;
  timeZone: string;
  language: string;
  title?: string;
  flags: boolean;
  compact: boolean;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [command = '', ...rest] = argv;
    const help = {
      extract: EXTRACT_USAGE,
      import: IMPORT_USAGE,
      export: EXPORT_USAGE,
      render: RENDER_USAGE,
    }[command];
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
      process.stdout.write(`${help ?? USAGE}\n`);
      return 0;
    }
    if (command === 'import') return await runImport(rest);
    if (command === 'export') return await runExport(rest);
    if (command === 'render') return await runRender(rest);
    if (command !== 'extract') throw new UsageError(`unknown command "${command}" (try --help)`);
    const args = readExtractArguments(rest);
    const text = await readInput(args.file, 'article');
    const progress = startProgress(text.length);
    const { timeline, flags } = extractTimeline(text, {
      published: args.published,
      timeZone: args.timeZone,
      language: args.language,
      ...(args.title !== undefined ? { title: args.title } : {}),
    });
    progress.stop(timeline.events.length, flags.length);
    process.stdout.write(`${JSON.stringify(timeline, null, args.compact ? 0 : 2)}\n`);
    if (args.flags) for (const flag of flags) process.stderr.write(`${JSON.stringify(flag)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`news-timeline: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function readExtractArguments(rest: readonly string[]): Arguments {
  const { file, values, flags } = parseArguments(rest, {
    values: ['published', 'tz', 'language', 'title'],
    flags: ['flags', 'compact'],
    noun: 'article',
  });
  const timeZone = readTimeZone(values.tz);
  if (values.published === undefined) {
    throw new UsageError('--published is required, e.g. --published 2014-06-14');
  }
  return {
    file,
    published: readPublished(values.published, timeZone),
    timeZone,
    language: values.language ?? 'en',
    ...(values.title !== undefined ? { title: values.title } : {}),
    flags: flags.has('flags'),
    compact: flags.has('compact'),
  };
}

/**
 * A progress line on stderr, only where someone may be waiting: an interactive terminal, or an
 * input over 20,000 characters. Extraction is synchronous, so this marks start and end.
 */
function startProgress(characters: number): { stop: (events: number, flags: number) => void } {
  const show = process.stderr.isTTY === true || characters > 20_000;
  if (!show) return { stop: () => {} };
  const started = performance.now();
  process.stderr.write(
    `news-timeline: extracting from ${characters.toLocaleString('en')} characters…\n`,
  );
  return {
    stop: (events, flags) => {
      const ms = Math.round(performance.now() - started);
      process.stderr.write(`news-timeline: ${events} events, ${flags} flags in ${ms} ms\n`);
    },
  };
}
