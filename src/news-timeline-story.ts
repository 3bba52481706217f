/**
 * Side-effect module: defines <news-timeline-story> (and <news-event-card>, which it shows).
 * `<news-timeline mode="story">` imports it on demand, so pages that never read a story never load it.
 */
import { NewsTimelineStory } from './components/news-timeline-story/news-timeline-story.js';
import { NewsEventCard } from './components/news-event-card/news-event-card.js';

if (!customElements.get('news-event-card')) customElements.define('news-event-card', NewsEventCard);
if (!customElements.get('news-timeline-story')) {
  customElements.define('news-timeline-story', NewsTimelineStory);
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-story': NewsTimelineStory;
  }
}
