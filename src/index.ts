export * from './model/index.js';
export * from './layout/index.js';
export * from './import/index.js';
// The time-phrase resolver (English) lives with extraction; the root keeps exporting it.
export {
  resolveWhen,
  type ResolveResult,
  type ResolveOptions,
} from './extract/time/resolve-when.js';
export * from './components/news-timeline/index.js';
export * from './components/news-event-card/index.js';
export * from './components/news-timeline-legend/index.js';
export * from './components/news-timeline-story/index.js';
export * from './i18n/index.js';
export { LocalizeController, type LocalizeOptions } from './components/localize-controller.js';
