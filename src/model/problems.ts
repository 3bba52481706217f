/**
 * Problems found while reading timeline data, worded for the editor who wrote it. Severity rule:
 * 'error' when something the author wrote is not shown (an event, a list item or a field was left
 * out, or the whole timeline could not be read); 'warning' when the data is shown but changed or
 * doubtful (a default filled in, an unknown field ignored, text cut short, an excerpt that does not
 * match the article).
 */
import type { Timeline } from './types.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Where, as written in the data: 'events[3].when.start'; '' for the input as a whole. */
  path: string;
  /** The id of the event the problem is in, when it has one. */
  eventId?: string;
  /** Words an editor understands, naming the event and the field. */
  message: string;
  severity: Severity;
}

export interface ParseResult {
  /** null only when nothing could be read: not JSON, not an object, or no `events` list. */
  timeline: Timeline | null;
  problems: Problem[];
}

/** Past this many, problems are counted but not listed, so junk input cannot flood the report. */
export const MAX_PROBLEMS = 200;

export type PathSegment = string | number;

/** 'events[3].when.start' */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    path += typeof segment === 'number' ? `[${segment}]` : path === '' ? segment : `.${segment}`;
  }
  return path;
}

/** The most characters of text a message shows. */
const PREVIEW_LENGTH = 40;

/** A value as a message shows it: short, one line, never the whole of a big structure. */
export function preview(value: unknown): string {
  if (typeof value === 'string') {
    // Only the start is flattened: a 10 MB string costs what a short one does.
    const flat = value.slice(0, PREVIEW_LENGTH * 2).replace(/\s+/g, ' ');
    return JSON.stringify(
      flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat,
    );
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeType(value);
}

/** The kind of a value in editor's words: 'text', 'a number', 'a list'. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return isFinite(value) ? 'a number' : String(value);
    case 'boolean':
      return 'true/false';
    case 'undefined':
      return 'missing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A count as messages write it: 33,554,434. */
export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** Somewhere problems go. */
export interface ProblemSink {
  add(problem: Problem): void;
}

/** Collects problems up to MAX_PROBLEMS and says how many more there were. */
export class ProblemList implements ProblemSink {
  readonly #listed: Problem[] = [];
  #unlisted = 0;
  #unlistedErrors = 0;

  add(problem: Problem): void {
    if (this.#listed.length < MAX_PROBLEMS) {
      this.#listed.push(problem);
    } else {
      this.#unlisted += 1;
      if (problem.severity === 'error') this.#unlistedErrors += 1;
    }
  }

  toArray(): Problem[] {
    if (this.#unlisted === 0) return [...this.#listed];
    return [
      ...this.#listed,
      {
        path: '',
        message: `${formatCount(this.#unlisted)} more problems were found but not listed.`,
        severity: this.#unlistedErrors > 0 ? 'error' : 'warning',
      },
    ];
  }
}
