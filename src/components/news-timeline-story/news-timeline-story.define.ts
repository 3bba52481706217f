/**
 * Defines <news-timeline-story> (and <news-event-card>, which it shows), once. Imported on demand
 * by `<news-timeline mode="story">`, and by the side-effect module `news-timeline-story.js`.
 */
import { NewsTimelineStory } from './news-timeline-story.js';
import { NewsEventCard } from '../news-event-card/news-event-card.js';

if (!customElements.get('news-event-card')) customElements.define('news-event-card', NewsEventCard);
if (!customElements.get('news-timeline-story')) {
  customElements.define('news-timeline-story', NewsTimelineStory);
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-story': NewsTimelineStory;
  }
}
