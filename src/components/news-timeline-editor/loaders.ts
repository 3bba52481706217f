/**
 * What the editor can start from, each turned into a draft with the problems found on the way:
 * an article (drafted by `extractTimeline`), a news-timeline JSON, TimelineJS JSON, or a TimelineJS
 * sheet in CSV. No DOM; files are read by the element and handed over as text.
 */
import { extractTimeline } from '../../extract/index.js';
import { fromTimelineJSCsv } from '../../import/timelinejs-csv.js';
import { parseTimeline } from '../../model/parse-timeline.js';
import type { Problem } from '../../model/problems.js';
import { fromTimelineJS } from '../../import/timelinejs.js';
import type { Timeline } from '../../model/types.js';
import { createDraft, type Draft } from './draft.js';

export interface Loaded {
  draft?: Draft;
  problems: Problem[];
}

export interface ArticleInput {
  text: string;
  /** ISO instant with offset. */
  published: string;
  timeZone: string;
  title?: string;
  language?: string;
}

export function draftFromArticle(input: ArticleInput): Loaded {
  try {
    const { timeline, flags } = extractTimeline(input.text, {
      published: input.published,
      timeZone: input.timeZone,
      ...(input.language ? { language: input.language } : {}),
      ...(input.title ? { title: input.title } : {}),
    });
    return { draft: createDraft(timeline, flags), problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ path: '', message, severity: 'error' }] };
  }
}

/** A news-timeline timeline (object or JSON text), checked by `parseTimeline`. */
export function draftFromTimeline(data: Timeline | string | unknown): Loaded {
  const { timeline, problems } = parseTimeline(data);
  return timeline ? { draft: createDraft(timeline), problems } : { problems };
}

/** Any file the editor opens: a sheet (CSV), TimelineJS JSON or news-timeline JSON. */
export function draftFromFile(name: string, text: string, timeZone: string): Loaded {
  const trimmed = text.trimStart();
  if (/\.csv$/i.test(name) || !/^[{[]/.test(trimmed)) {
    const result = fromTimelineJSCsv(text, { timeZone });
    return result.timeline
      ? { draft: createDraft(result.timeline), problems: result.problems }
      : result;
  }
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return draftFromTimeline(text);
  }
  const first = (data as { events?: unknown[] } | null)?.events?.[0];
  if (typeof first === 'object' && first !== null && 'start_date' in first) {
    const result = fromTimelineJS(data, { timeZone });
    return result.timeline
      ? { draft: createDraft(result.timeline), problems: result.problems }
      : result;
  }
  return draftFromTimeline(data);
}
