/**
 * Side-effect module: defines <news-timeline>, <news-event-card> and <news-timeline-legend>.
 * `import 'news-timeline/news-timeline.js'` once; the classes themselves never register.
 */
import { NewsTimeline } from './components/news-timeline/news-timeline.js';
import { NewsEventCard } from './components/news-event-card/news-event-card.js';
import { NewsTimelineLegend } from './components/news-timeline-legend/news-timeline-legend.js';

function define(tag: string, element: CustomElementConstructor): void {
  // Two copies of the library on one page must not throw on the second definition.
  if (!customElements.get(tag)) customElements.define(tag, element);
}

define('news-event-card', NewsEventCard);
define('news-timeline-legend', NewsTimelineLegend);
define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
    'news-event-card': NewsEventCard;
    'news-timeline-legend': NewsTimelineLegend;
  }
}
