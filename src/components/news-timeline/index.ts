export { NewsTimeline, VERTICAL_BELOW } from './news-timeline.js';
export type * from './news-timeline.events.js';
