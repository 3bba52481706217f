/**
 * The live-update module: what a story that is refreshed while it is read needs, and nothing else
 * does. A page loads it (live-loader.ts) once it asks for `refresh`, or when new data of the same
 * story arrives: the refresh machinery and the styles that show an update. It imports nothing
 * at run time, so it is one file that shares no chunk with the page bundle.
 */
export { SourceRefresher } from './refresher.js';
export { liveStyles } from './news-timeline.live.styles.js';
