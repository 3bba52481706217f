/**
 * `mode="story"`: the detail card becomes the main view, `<news-timeline-story>`, below the drawing,
 * which follows the current event. The story element is its own module, loaded the first time a
 * timeline enters story mode, so pages that never read a story never download it.
 */
import { html, type TemplateResult } from 'lit';
import { loadOnce } from '../load-once.js';
import type { EventIndex } from '../../layout/index.js';
import type { LoadedTimeline } from './data-controller.js';
import type { NewsTimelineStoryStepEvent } from '../news-timeline-story/news-timeline-story.events.js';

/** Defines `<news-timeline-story>` once; later calls share the first load. */
export const loadStory = loadOnce(
  () => import('../news-timeline-story/news-timeline-story.define.js'),
);

const backgrounds = new WeakMap<EventIndex, ReadonlySet<string>>();

/** Ids of the events the drawing gathers in its background band, once per data change. */
function backgroundIds(index: EventIndex): ReadonlySet<string> {
  let ids = backgrounds.get(index);
  if (!ids) backgrounds.set(index, (ids = new Set(index.band.items.map((item) => item.id))));
  return ids;
}

export interface StoryContext {
  loadedTimeline: LoadedTimeline;
  selected: string | undefined;
  locale: string;
  timeZone: string;
  headingLevel: number;
  theme: string;
  step: (event: NewsTimelineStoryStepEvent) => void;
}

export function renderStory(context: StoryContext): TemplateResult {
  // id="detail": the drawn events' aria-controls point at the story while it shows their event.
  return html`<news-timeline-story
    id="detail"
    part="story"
    exportparts="nav:story-nav,position:story-position,slide:story-slide"
    .timeline=${context.loadedTimeline.timeline}
    .selected=${context.selected}
    .background=${backgroundIds(context.loadedTimeline.index)}
    locale=${context.locale}
    time-zone=${context.timeZone}
    heading-level=${context.headingLevel}
    theme=${context.theme}
    @news-timeline-story-step=${context.step}
  ></news-timeline-story>`;
}
