// axe-core on <news-timeline> in every state the stories show, in both themes: zero violations.
// axe reads into open shadow roots by default, so the element's own DOM is checked, not its host.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { ALL_TRANSLATIONS } from '../../src/i18n/translations/all.js';
import {
  day,
  event,
  invalidJson,
  longText,
  timelineOf,
  uncertainSpans,
} from '../../stories/helpers.js';
import {
  bridgeEvent,
  decorative,
  image,
  longCaption,
  missing,
  videoLink,
} from '../../stories/media-samples.js';
import { sortEvents } from '../../src/model/sort.js';
import { exide } from '../fixtures/corpus/index.js';
import { cleanup, eventButtons, mount, shadow, until } from './fixtures.js';

const originalFetch = window.fetch;
afterEach(() => {
  window.fetch = originalFetch;
  cleanup();
});

type Theme = 'light' | 'dark';

interface State {
  name: string;
  width?: number;
  dir?: 'rtl' | 'ltr';
  lang?: string;
  setup: (element: NewsTimeline) => void;
  /** Resolves once the state is drawn. */
  ready: (element: NewsTimeline) => unknown;
  before?: () => void;
}

const drawn = (element: NewsTimeline) =>
  shadow(element).querySelector('[part~="event"], [part~="cluster"]');

const khanaqin = iraqTimeline.events.find((e) => e.id === 'basiji-cross-into-khanaqin')!;

const STATES: State[] = [
  {
    name: 'empty',
    setup: (el) => (el.timeline = timelineOf([])),
    ready: (el) => shadow(el).querySelector('[part~="status"]'),
  },
  {
    name: 'one event',
    setup: (el) =>
      (el.timeline = timelineOf([
        event('address', 'Maliki addresses the country', day('2014-06-14', 'on Saturday')),
      ])),
    ready: drawn,
  },
  {
    name: 'the article',
    setup: (el) => (el.timeline = iraqTimeline),
    ready: drawn,
  },
  {
    name: 'dense (1000 events, clusters)',
    setup: (el) => (el.timeline = syntheticTimeline({ count: 1000 })),
    ready: (el) => shadow(el).querySelector('[part~="cluster"]'),
  },
  {
    // KPCC's Exide opens on its last two years: "38 of 61 events in view" in the toolbar.
    name: 'a part of the story in view',
    setup: (el) => (el.timeline = exide()),
    ready: (el) => drawn(el) && shadow(el).querySelector('[part~="toolbar"] .shown'),
  },
  { name: 'uncertain spans', setup: (el) => (el.timeline = uncertainSpans), ready: drawn },
  { name: 'long text', setup: (el) => (el.timeline = longText), ready: drawn },
  {
    name: 'invalid data with the problems panel',
    setup: (el) => (el.timeline = invalidJson),
    ready: (el) => drawn(el) && shadow(el).querySelector('[part~="problems"]'),
  },
  {
    name: 'loading',
    // A fetch that never answers keeps the element loading for as long as axe needs.
    before: () => (window.fetch = () => new Promise<Response>(() => {})),
    setup: (el) => (el.src = '/slow/iraq.json'),
    ready: (el) => shadow(el).querySelector('[part~="status"][role="status"]'),
  },
  {
    name: 'load error',
    before: () =>
      (window.fetch = async () =>
        new Response('missing', { status: 404, statusText: 'Not Found' })),
    setup: (el) => (el.src = '/missing.json'),
    ready: (el) => shadow(el).querySelector('[role="alert"]'),
  },
  {
    name: 'list view',
    setup: (el) => {
      el.timeline = iraqTimeline;
      el.view = 'list';
    },
    ready: (el) => shadow(el).querySelector('[part~="list"] button'),
  },
  {
    name: 'detail open',
    setup: (el) => {
      el.timeline = iraqTimeline;
      el.selected = khanaqin.id;
    },
    ready: (el) => {
      const card = shadow(el).querySelector('news-event-card');
      return card?.shadowRoot?.querySelector('[part~="headline"]') && drawn(el);
    },
  },
  {
    name: 'list view with detail open',
    setup: (el) => {
      el.timeline = iraqTimeline;
      el.view = 'list';
      el.selected = khanaqin.id;
    },
    ready: (el) =>
      shadow(el).querySelector('news-event-card')?.shadowRoot?.querySelector('[part~="headline"]'),
  },
  {
    name: 'vertical at phone width',
    width: 360,
    setup: (el) => (el.timeline = iraqTimeline),
    ready: (el) => shadow(el).querySelector('.plot.vertical') && drawn(el),
  },
  {
    name: 'right-to-left Arabic',
    dir: 'rtl',
    lang: 'ar',
    setup: (el) => {
      el.timeline = iraqTimeline;
      el.locale = 'ar';
    },
    ready: drawn,
  },
  {
    name: 'colour by category',
    setup: (el) => {
      el.timeline = iraqTimeline;
      el.colorBy = 'category';
    },
    ready: drawn,
  },
];

async function mountState(state: State, theme: Theme): Promise<NewsTimeline> {
  state.before?.();
  const element = await mount((el) => {
    el.theme = theme;
    state.setup(el);
  }, state.width ?? 1000);
  const container = element.parentElement!;
  if (state.dir) container.dir = state.dir;
  if (state.lang) container.lang = state.lang;
  // The page behind a dark timeline is dark too, as it would be on a site with a dark theme.
  document.body.style.background = theme === 'dark' ? '#14181d' : '#ffffff';
  element.requestUpdate();
  await until(() => state.ready(element));
  await element.updateComplete;
  const card = shadow(element).querySelector('news-event-card');
  await card?.updateComplete;
  return element;
}

function summarise(results: axe.AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

/** The step the story shows has its card (or title card) drawn. */
const storyStep = (el: NewsTimeline) => {
  const story = shadow(el).querySelector('news-timeline-story');
  const root = story?.shadowRoot;
  const card = root?.querySelector('news-event-card');
  return (
    (card
      ? card.shadowRoot?.querySelector('[part~="headline"]')
      : root?.querySelector('[part~="title"]')) && drawn(el)
  );
};
const ORDER = sortEvents(iraqTimeline.events);

/** Story mode at its start, middle and end, right to left and on a phone (the Storybook stories). */
const STORY_MODE: State[] = [
  { name: 'story mode: the title card with its picture', selected: undefined },
  { name: 'story mode: the middle', selected: ORDER[7]!.id },
  { name: 'story mode: the last event', selected: ORDER.at(-1)!.id },
  { name: 'story mode: right to left, Arabic', selected: ORDER[3]!.id, rtl: true },
  { name: 'story mode: phone width', selected: ORDER[10]!.id, width: 360 },
].map(({ name, selected, rtl, width }) => ({
  name,
  ...(width ? { width } : {}),
  ...(rtl ? { dir: 'rtl' as const, lang: 'ar' } : {}),
  setup: (el) => {
    el.timeline = iraqTimeline;
    el.mode = 'story';
    el.selected = selected;
  },
  ready: (el) =>
    storyStep(el) &&
    (selected !== undefined ||
      shadow(el).querySelector('news-timeline-story')!.shadowRoot!.querySelector('img')),
}));

/** A card with each kind of media (the Storybook media stories), open under the drawing. */
const MEDIA: State[] = [
  { name: 'a picture with caption and credit', media: [image] },
  { name: 'a picture that could not be loaded', media: [missing], failed: true },
  { name: 'a long caption', media: [longCaption] },
  { name: 'a decorative picture', media: [decorative] },
  { name: 'a video on a video site, as a link', media: [videoLink] },
].map(({ name, media, failed }) => ({
  name: `media: ${name}`,
  setup: (el) => {
    el.timeline = timelineOf([bridgeEvent(media)]);
    el.selected = 'bridge';
  },
  ready: (el) => {
    const root = shadow(el).querySelector('news-event-card')?.shadowRoot;
    return root?.querySelector(failed ? '[part~="media-failed"]' : '[part~="media"]') && drawn(el);
  },
}));

/** The article with its detail card open, in every shipped language and its direction. */
const LANGUAGES: State[] = ALL_TRANSLATIONS.map(({ $code, $name, $dir }) => ({
  name: `the article with the card open in ${$name} (${$code})`,
  dir: $dir,
  lang: $code,
  setup: (el) => {
    el.timeline = iraqTimeline;
    el.selected = khanaqin.id;
  },
  ready: (el) => {
    const card = shadow(el).querySelector('news-event-card');
    const base = card?.shadowRoot?.querySelector('[part~="base"]');
    return base?.getAttribute('lang') === $code && drawn(el);
  },
}));

describe('axe-core finds no violations', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      for (const state of [...STATES, ...STORY_MODE, ...MEDIA, ...LANGUAGES]) {
        it(state.name, async () => {
          const element = await mountState(state, theme);
          const results = await axe.run(element.parentElement!, {
            resultTypes: ['violations'],
            rules: {
              // The timeline is a fragment of a page; page-level rules belong to the host page.
              region: { enabled: false },
            },
          });
          expect(summarise(results)).toEqual([]);
          if (state.name === 'the article') expect(eventButtons(element).length).toBeGreaterThan(0);
        });
      }
    });
  }
});
