export * from './model/index.js';
export * from './layout/index.js';
export * from './components/news-timeline/index.js';
export * from './components/news-event-card/index.js';
export * from './components/news-timeline-legend/index.js';
export * from './i18n/index.js';
export { LocalizeController, type LocalizeOptions } from './components/localize-controller.js';
