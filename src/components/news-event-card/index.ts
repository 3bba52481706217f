export { NewsEventCard } from './news-event-card.js';
