/**
 * Defines <news-timeline-story> (and <news-event-card>, which it shows), once. Imported on demand
 * by `<news-timeline mode="story">`, and by the side-effect module `news-timeline-story.js`.
 */
import { NewsTimelineStory } from './news-timeline-story.js';
import '../news-event-card/news-event-card.define.js';

if (!customElements.get('news-timeline-story')) {
  customElements.define('news-timeline-story', NewsTimelineStory);
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-story': NewsTimelineStory;
  }
}
