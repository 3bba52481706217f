/**
 * The page bundle for server-rendered pages (`dist/news-timeline.hydrate.bundle.js`): Lit's
 * hydration support first, then the elements, so the elements adopt the server's shadow DOM
 * (`news-timeline/ssr`) instead of drawing it again. Pages without server rendering keep the plain
 * bundle, which does not carry this.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../news-timeline.js';
// The card at once, to adopt a server-rendered card's shadow DOM with the rest.
import '../news-event-card.js';
