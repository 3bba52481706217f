/**
 * Defines <news-event-card>, once. `<news-timeline>` imports it on demand: in an idle time after a
 * timeline draws, or at once when a reader opens an event before that (`loadCard`); so do the
 * story element's module and the side-effect module `news-event-card.js`, for pages that show the
 * card on its own.
 */
import { NewsEventCard } from './news-event-card.js';

if (!customElements.get('news-event-card')) customElements.define('news-event-card', NewsEventCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-event-card': NewsEventCard;
  }
}
