/**
 * Side-effect module: defines <news-timeline-editor>, and the reader's elements it previews with
 * (<news-timeline>, <news-event-card>, <news-timeline-legend>). `import 'news-timeline/editor.js'`
 * once. A separate entry point: the reader's page bundle never includes the editor, the extractor
 * or the CSV parser.
 */
import './news-timeline.js';
import './news-event-card.js';
import { NewsTimelineEditor } from './components/news-timeline-editor/news-timeline-editor.js';

if (!customElements.get('news-timeline-editor')) {
  customElements.define('news-timeline-editor', NewsTimelineEditor);
}

export { NewsTimelineEditor };

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-editor': NewsTimelineEditor;
  }
}
