export { NewsTimelineLegend } from './news-timeline-legend.js';
