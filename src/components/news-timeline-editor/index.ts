export { NewsTimelineEditor } from './news-timeline-editor.js';
export type * from './news-timeline-editor.events.js';
export type { Draft, EditOp, ReviewStatus } from './draft.js';
export type { ExportFormat } from './editor-view.js';
export { EDITOR_WORDS, type EditorWords } from './editor-words.js';
