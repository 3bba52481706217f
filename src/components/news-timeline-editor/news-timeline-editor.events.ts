import type { Problem } from '../../model/problems.js';
import type { Timeline } from '../../model/types.js';
import type { ExportFormat } from './editor-view.js';

export interface NewsTimelineEditorChangeDetail {
  /** The timeline as it would be published: validated, rejected events left out. */
  timeline: Timeline | null;
  /** What `parseTimeline` found in it. */
  problems: Problem[];
}

export interface NewsTimelineEditorExportDetail {
  format: ExportFormat;
  action: 'copy' | 'download';
  /** Exactly what was copied or saved. */
  text: string;
}

/** Fired after every change the editor makes (not when data is set by a property). Bubbles, composed. */
export type NewsTimelineEditorChangeEvent = CustomEvent<NewsTimelineEditorChangeDetail>;
/** Fired when the editor copies or downloads an export. Bubbles, composed. */
export type NewsTimelineEditorExportEvent = CustomEvent<NewsTimelineEditorExportDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-editor-change': NewsTimelineEditorChangeEvent;
    'news-timeline-editor-export': NewsTimelineEditorExportEvent;
  }
}
