/**
 * Problems of a TimelineJS import, worded per slide: 'events[3] ("Kerbala sermon"): start_date.year
 * is missing.' Each slide knows its path in the input, its label and its event id.
 */
import {
  ProblemList,
  formatPath,
  preview,
  type PathSegment,
  type Problem,
} from '../model/problems.js';
import { own, ownText } from '../model/untrusted.js';
import { htmlToLine } from './html-to-text.js';

/** The slides a timeline's import reads; it says how many it left. */
export const MAX_EVENTS = 5000;

/** The import's problems: up to MAX_PROBLEMS listed, and how many more there were. */
export class Report extends ProblemList {
  note(
    path: PathSegment[],
    where: string,
    text: string,
    severity: Problem['severity'],
    eventId?: string,
  ): void {
    const problem: Problem = { path: formatPath(path), message: `${where} ${text}`, severity };
    if (eventId !== undefined) problem.eventId = eventId;
    this.add(problem);
  }
}

/** Who the problems of one TimelineJS slide are about. */
export interface Slide {
  report: Report;
  path: PathSegment[];
  label: string;
  eventId?: string;
}

export function note(
  slide: Slide,
  rest: PathSegment[],
  text: string,
  severity: Problem['severity'],
) {
  const relative = formatPath(rest);
  const where = relative ? `${slide.label}: ${relative}` : slide.label;
  slide.report.note([...slide.path, ...rest], where, text, severity, slide.eventId);
}

export function reportNotCarried(
  raw: Record<string, unknown>,
  carried: Set<string>,
  slide: Slide,
): void {
  const others = Object.keys(raw).filter((key) => !carried.has(key));
  if (others.length > 0) {
    const keys = others.map((key) => (key.length > 40 ? `${key.slice(0, 39)}…` : key)).join(', ');
    note(slide, [], `has ${keys}, which news-timeline does not use; not carried over.`, 'warning');
  }
}

export function slideFor(
  report: Report,
  path: PathSegment[],
  raw: unknown,
  eventId?: string,
): Slide {
  const headline = ownText(own(raw, 'text'), 'headline');
  const line = headline === undefined ? '' : htmlToLine(headline);
  const slide: Slide = {
    report,
    path,
    label: line ? `${formatPath(path)} (${preview(line)})` : formatPath(path),
  };
  if (eventId !== undefined) slide.eventId = eventId;
  return slide;
}
