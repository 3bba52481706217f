/**
 * Live validation: the timeline the editor would publish goes through `parseTimeline`, the same
 * check the reader's element makes, and each problem is pinned to the field it is about, in the
 * editor's words ("Headline is empty. This event cannot be published until it is fixed."), so the
 * form can show it next to the field. No DOM.
 */
import { parseTimeline } from '../../model/parse-timeline.js';
import type { Problem } from '../../model/problems.js';
import type { Timeline } from '../../model/types.js';
import { exportTimeline, type Draft } from './draft.js';
import type { EditorWords } from './editor-words.js';

export interface FieldProblem {
  /** The field inside the event ('headline', 'when', 'places[0].name'), or '' for the event. */
  field: string;
  message: string;
  severity: Problem['severity'];
}

export interface Validation {
  /** What `parseTimeline` returned for the exported timeline. */
  timeline: Timeline | null;
  problems: Problem[];
  /** Problems by event id, each pinned to a field. */
  byEvent: Map<string, FieldProblem[]>;
  /** Problems about the timeline as a whole. */
  general: FieldProblem[];
  errors: number;
}

/** 'events[3].places[0].name' -> 'places[0].name'; 'events[3]' -> ''. */
function fieldOf(path: string): string {
  return path.replace(/^events\[\d+\]\.?/, '');
}

/** The validator's sentence without its location prefix, with the editor's consequence. */
export function editorMessage(problem: Problem, label: string, words: EditorWords): string {
  const field = fieldOf(problem.path);
  let text = problem.message.replace(/^events\[\d+\](?: \([^)]*\))?:? ?/, '');
  if (field && text.startsWith(field)) text = text.slice(field.length).trimStart();
  text = text
    .replace(/The event was left out\./, words.eventLeftOut)
    .replace(
      /The (?:place|actor|source|quantity|item) was left out\.|It was left out\./,
      words.itemLeftOut,
    );
  return `${label} ${text}`.trim();
}

/** The label an editor sees on a field: 'places[0].name' -> 'Name'. */
export function labelOf(field: string, words: EditorWords): string {
  if (field.startsWith('when')) return words.whenHeading;
  const key = /^(?:places|actors|quantities|sources)\[\d+\]\.(\w+)/.exec(field)?.[1] ?? field;
  const labels: Record<string, string> = {
    headline: words.headline,
    summary: words.summary,
    category: words.category,
    name: words.placeName,
    admin: words.placeAdmin,
    country: words.placeCountry,
    role: words.actorRole,
    who: words.sourceWho,
    outlet: words.sourceOutlet,
    url: words.sourceUrl,
    unit: words.quantityUnit,
    value: words.quantityValue,
  };
  return labels[key] ?? '';
}

export function validateDraft(draft: Draft, words: EditorWords): Validation {
  const result = parseTimeline(exportTimeline(draft));
  const byEvent = new Map<string, FieldProblem[]>();
  const general: FieldProblem[] = [];
  for (const problem of result.problems) {
    const inEvent = /^events\[\d+\]/.test(problem.path) && problem.eventId !== undefined;
    const field = inEvent ? fieldOf(problem.path) : problem.path;
    const item: FieldProblem = {
      field,
      message: editorMessage(problem, labelOf(field, words), words),
      severity: problem.severity,
    };
    if (inEvent) {
      const list = byEvent.get(problem.eventId!) ?? [];
      list.push(item);
      byEvent.set(problem.eventId!, list);
    } else {
      general.push({ ...item, message: problem.message });
    }
  }
  return {
    timeline: result.timeline,
    problems: result.problems,
    byEvent,
    general,
    errors: result.problems.filter((p) => p.severity === 'error').length,
  };
}
