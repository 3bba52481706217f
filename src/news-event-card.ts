/**
 * Side-effect module: defines <news-event-card> at once, for pages that show the card on its own.
 * `news-timeline.js` defines it too, in an idle time after a timeline draws (its code is not in the page's
 * first download); this module is for a card that must be there from the first paint.
 */
import './components/news-event-card/news-event-card.define.js';
