export { NewsTimelineStory } from './news-timeline-story.js';
export type * from './news-timeline-story.events.js';
