import type { Timeline, TimelineEvent } from '../../model/types.js';
import type { Problem } from '../../model/problems.js';
import type { TickGranularity } from '../../layout/index.js';
import type { TimelineDiff } from '../../model/diff.js';

/** Where the element's data came from. */
export type DataOrigin = 'property' | 'src' | 'inline-json' | 'list';

export interface NewsTimelineSelectDetail {
  /** The selected event, or null when the detail view was closed. */
  event: TimelineEvent | null;
}
export interface NewsTimelineRangeChangeDetail {
  start: Date;
  end: Date;
  granularity: TickGranularity;
}
export interface NewsTimelineLoadDetail {
  timeline: Timeline;
  problems: Problem[];
  origin: DataOrigin;
}
export interface NewsTimelineErrorDetail {
  /** What went wrong, for a person: "HTTP 404 Not Found", "2 events could not be read". */
  message: string;
  /** Problems found in the data, each with its path and event id. */
  problems: Problem[];
  /** True when nothing could be shown; false when some events were left out. */
  fatal: boolean;
  origin: DataOrigin;
}
export interface NewsTimelineUpdateDetail {
  /** The new version of the story, now shown. */
  timeline: Timeline;
  /** What changed since the version shown before, by event id. */
  diff: TimelineDiff;
  origin: DataOrigin;
}

/** Fired when the reader selects an event or closes its detail. Bubbles, composed. */
export type NewsTimelineSelectEvent = CustomEvent<NewsTimelineSelectDetail>;
/** Fired when the reader has zoomed or panned and the visible range settles. Bubbles, composed. */
export type NewsTimelineRangeChangeEvent = CustomEvent<NewsTimelineRangeChangeDetail>;
/** Fired when data was read and validated (even with problems). Bubbles, composed. */
export type NewsTimelineLoadEvent = CustomEvent<NewsTimelineLoadDetail>;
/** Fired when data could not be loaded or some of it was invalid. Bubbles, composed. */
export type NewsTimelineErrorEvent = CustomEvent<NewsTimelineErrorDetail>;
/**
 * Fired when a newer version of the same story (same explicit `id`) replaced the one shown, from
 * a `refresh` of `src` or a new `timeline` value. The reader keeps their place. Bubbles, composed.
 */
export type NewsTimelineUpdateEvent = CustomEvent<NewsTimelineUpdateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-select': NewsTimelineSelectEvent;
    'news-timeline-range-change': NewsTimelineRangeChangeEvent;
    'news-timeline-load': NewsTimelineLoadEvent;
    'news-timeline-error': NewsTimelineErrorEvent;
    'news-timeline-update': NewsTimelineUpdateEvent;
  }
}
