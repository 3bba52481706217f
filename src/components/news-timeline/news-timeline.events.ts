import type { Timeline, TimelineEvent } from '../../model/types.js';
import type { Problem } from '../../model/problems.js';
import type { TickGranularity } from '../../layout/index.js';

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

/** Fired when the reader selects an event or closes its detail. Bubbles, composed. */
export type NewsTimelineSelectEvent = CustomEvent<NewsTimelineSelectDetail>;
/** Fired when the reader has zoomed or panned and the visible range settles. Bubbles, composed. */
export type NewsTimelineRangeChangeEvent = CustomEvent<NewsTimelineRangeChangeDetail>;
/** Fired when data was read and validated (even with problems). Bubbles, composed. */
export type NewsTimelineLoadEvent = CustomEvent<NewsTimelineLoadDetail>;
/** Fired when data could not be loaded or some of it was invalid. Bubbles, composed. */
export type NewsTimelineErrorEvent = CustomEvent<NewsTimelineErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-select': NewsTimelineSelectEvent;
    'news-timeline-range-change': NewsTimelineRangeChangeEvent;
    'news-timeline-load': NewsTimelineLoadEvent;
    'news-timeline-error': NewsTimelineErrorEvent;
  }
}
