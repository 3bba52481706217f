/**
 * What every CLI command shares: arguments, reading a file or stdin, and user errors - one line on
 * stderr and exit code 2, never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { isRealDate } from '../model/calendar.js';
import { isValidTimeZone, parseInstant, toIsoWithOffset, zonedToInstant } from '../model/zoned.js';

export class UsageError extends Error {}

export interface ParsedArguments {
  file: string;
  /** Options with a value, by name without the dashes. */
  values: Record<string, string>;
  /** Flags given, by name without the dashes. */
  flags: Set<string>;
}

/** `<file> --name value --name=value --flag`, checked against the names a command knows. */
export function parseArguments(
  rest: readonly string[],
  known: { values: readonly string[]; flags: readonly string[]; noun: string },
): ParsedArguments {
  let file: string | undefined;
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
      if (known.flags.includes(name)) {
        flags.add(name);
        continue;
      }
      if (!known.values.includes(name))
        throw new UsageError(`unknown option --${name} (try --help)`);
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      values[name] = value;
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  if (file === undefined) throw new UsageError(`no ${known.noun} file given (try --help)`);
  return { file, values, flags };
}

/** `--tz`, checked; `fallback` when it is optional. */
export function readTimeZone(value: string | undefined, fallback?: string): string {
  const timeZone = value ?? fallback;
  if (timeZone === undefined) throw new UsageError('--tz is required, e.g. --tz Asia/Baghdad');
  if (!isValidTimeZone(timeZone)) throw new UsageError(`unknown time zone "${timeZone}" for --tz`);
  return timeZone;
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

/** A file's text, or stdin's for "-"; `what` names it in the error ("article", "sheet"). */
export async function readInput(file: string, what: string): Promise<string> {
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
    throw new UsageError(`cannot read ${what} "${file}": ${reason}`);
  }
}

/** Problems as the CLI prints them on stderr: one line each. */
export function problemLines(problems: readonly { severity: string; message: string }[]): string {
  return problems.map((p) => `${p.severity}: ${p.message.replace(/\s*\n\s*/g, ' ')}\n`).join('');
}
