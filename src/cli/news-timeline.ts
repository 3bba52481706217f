/**
 * news-timeline CLI: `news-timeline extract article.txt --published 2014-06-14 --tz Asia/Baghdad`
 * writes a draft timeline as JSON to stdout and the extraction flags to stderr. Bundled by esbuild
 * to dist/cli/news-timeline.js (see docs/extraction.md); bin/news-timeline.mjs imports that file.
 *
 * Errors a user can fix (missing file, unreadable date, unknown zone, bad arguments) are one line on
 * stderr and exit code 2, never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { extractTimeline } from '../extract/index.js';
import { RENDER_USAGE, RenderUsageError, runRender } from './render.js';
import { isRealDate } from '../model/calendar.js';
import { isValidTimeZone, parseInstant, toIsoWithOffset, zonedToInstant } from '../model/zoned.js';

const USAGE = `Usage: news-timeline extract <article.txt|-> --published <date|instant> --tz <IANA zone> [options]

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

Exit codes: 0 success, 2 bad input (missing file, unreadable date, unknown zone, bad arguments).

${RENDER_USAGE}`;

class UsageError extends Error {}

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
    if (argv[0] === 'render') return await runRender(argv.slice(1));
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const args = parseArguments(argv);
    const text = await readArticle(args.file);
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
    if (error instanceof UsageError || error instanceof RenderUsageError) {
      process.stderr.write(`news-timeline: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function parseArguments(argv: string[]): Arguments {
  const [command, ...rest] = argv;
  if (command !== 'extract') throw new UsageError(`unknown command "${command}" (try --help)`);
  let file: string | undefined;
  const options: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s);
      if (name === 'flags' || name === 'compact') {
        options[name] = true;
        continue;
      }
      if (!['published', 'tz', 'language', 'title'].includes(name!)) {
        throw new UsageError(`unknown option --${name} (try --help)`);
      }
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name!] = value;
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  if (file === undefined) throw new UsageError('no article file given (try --help)');
  const timeZone = options.tz;
  if (typeof timeZone !== 'string')
    throw new UsageError('--tz is required, e.g. --tz Asia/Baghdad');
  if (!isValidTimeZone(timeZone)) throw new UsageError(`unknown time zone "${timeZone}" for --tz`);
  if (typeof options.published !== 'string') {
    throw new UsageError('--published is required, e.g. --published 2014-06-14');
  }
  return {
    file,
    published: readPublished(options.published, timeZone),
    timeZone,
    language: typeof options.language === 'string' ? options.language : 'en',
    ...(typeof options.title === 'string' ? { title: options.title } : {}),
    flags: options.flags === true,
    compact: options.compact === true,
  };
}

/** A date is noon on the zone's wall clock (documented); an instant needs an offset or Z. */
export function readPublished(value: string, timeZone: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!isRealDate(year, month, day)) {
      throw new UsageError(`cannot read --published "${value}": no such date`);
    }
    return toIsoWithOffset(zonedToInstant({ year, month, day, hour: 12 }, timeZone), timeZone);
  }
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i.test(
    value,
  )
    ? parseInstant(value.toUpperCase())
    : Number.NaN;
  if (Number.isNaN(instant)) {
    throw new UsageError(
      `cannot read --published "${value}": give a date (2014-06-14) or an ISO instant with offset (2014-06-14T09:30:00+03:00)`,
    );
  }
  return toIsoWithOffset(instant, timeZone);
}

async function readArticle(file: string): Promise<string> {
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? 'unreadable');
    throw new UsageError(`cannot read article "${file}": ${reason}`);
  }
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
