import type { TimelineEvent } from '../../model/types.js';

export interface NewsTimelineStoryStepDetail {
  /** 0 for the title card, then 1 to `total` for the events in chronological order. */
  position: number;
  total: number;
  /** The event shown, or null on the title card. */
  event: TimelineEvent | null;
}

/**
 * Fired when the reader moves to another step of the story (buttons, keys, swipe). Bubbles,
 * composed. `<news-timeline mode="story">` turns it into its own `news-timeline-select`.
 */
export type NewsTimelineStoryStepEvent = CustomEvent<NewsTimelineStoryStepDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-story-step': NewsTimelineStoryStepEvent;
  }
}
