/**
 * Side-effect module: defines <news-timeline-story> (and <news-event-card>, which it shows), for
 * pages that show story mode on its own. `<news-timeline mode="story">` loads it by itself, on
 * demand, so pages that never read a story never download it.
 */
import './components/news-timeline-story/news-timeline-story.define.js';
