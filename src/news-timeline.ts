/**
 * Side-effect module: defines <news-timeline> and <news-timeline-legend> at once, and
 * <news-event-card> in an idle time after a timeline draws (or when a reader first opens an event).
 * `import 'news-timeline/news-timeline.js'` once; the classes themselves never register.
 */
// The elements the timeline draws first: the bundle lays modules out in import order, and this way
// their styles and templates sit beside the timeline's, within reach of gzip's 32 KB window,
// rather than 100 KB after them (page payload 48,514 -> 48,382 B gzip). Every module here is free
// of side effects (package.json): the order they evaluate in changes nothing else.
import { NewsTimelineLegend } from './components/news-timeline-legend/news-timeline-legend.js';
import type { NewsEventCard } from './components/news-event-card/news-event-card.js';
import { NewsTimeline } from './components/news-timeline/news-timeline.js';
import {
  loadCardForCardsAlone,
  whenServerCardReady,
} from './components/news-timeline/card-loading.js';
import { startFormattingWhenIdle } from './components/idle.js';

function define(tag: string, element: CustomElementConstructor): void {
  // Two copies of the library on one page must not throw on the second definition.
  if (!customElements.get(tag)) customElements.define(tag, element);
}

function defineElements(): void {
  define('news-timeline-legend', NewsTimelineLegend);
  define('news-timeline', NewsTimeline);
}

whenServerCardReady(defineElements);

// A page that defines the elements draws timelines: ICU starts in its first idle time, so that the
// ones it draws after that do not wait for it.
startFormattingWhenIdle();
// The detail card's code is not in the first download: each timeline asks for it in an idle time
// after it draws, so a reader who opens an event finds it there; a page that shows a card on its
// own gets it in its first idle time (or imports `news-event-card.js`).
loadCardForCardsAlone();

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
    'news-event-card': NewsEventCard;
    'news-timeline-legend': NewsTimelineLegend;
  }
}
