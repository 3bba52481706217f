/**
 * Media for stories and tests. Every file is a placeholder made for this repository
 * (src/data/static/media/, served at data/media/ beside the page): no picture from the web, and no
 * caption that pretends a placeholder shows a real scene.
 */
import type { MediaItem, TimelineEvent } from '../src/model/types.js';
import { day, event, timelineOf } from './helpers.js';

export const PLACEHOLDER_URL = 'data/media/placeholder.png';
/** Not on the server on purpose: the broken-image state. */
export const MISSING_URL = 'data/media/missing-on-purpose.png';

export const image: MediaItem = {
  kind: 'image',
  url: PLACEHOLDER_URL,
  alt: 'A grey placeholder picture with a dashed frame',
  caption: 'Where a photograph of the reopened bridge would go',
  credit: 'Test placeholder',
  width: 320,
  height: 200,
};

export const missing: MediaItem = { ...image, url: MISSING_URL };

export const longCaption: MediaItem = {
  ...image,
  caption:
    'Where a photograph of the reopened bridge would go: engineers, the first lorries across, the crowd on the far bank waving at the convoy as it crossed at walking pace under a sky that had not cleared all week, with the old toll house, the temporary footbridge and the river running high and brown behind them. '.repeat(
      2,
    ),
  credit:
    'Test placeholder, for a news agency photographer working on assignment for a regional newspaper group',
};

export const decorative: MediaItem = {
  kind: 'image',
  url: PLACEHOLDER_URL,
  decorative: true,
  credit: 'Test placeholder',
  width: 320,
  height: 200,
};

/** A page on a video site: linked, never embedded. */
export const videoLink: MediaItem = {
  kind: 'video',
  url: 'https://www.youtube.com/watch?v=placeholder',
  caption: 'The reopening ceremony (a link, not an embed)',
  credit: 'Test placeholder',
};

/** An event to hang media on: made up for the stories, so no caption describes a real scene. */
export function bridgeEvent(media: MediaItem[]): TimelineEvent {
  return event('bridge', 'The river bridge reopens after repairs', day('2014-06-13', 'on Friday'), {
    summary: 'The bridge was closed for three weeks after the spring floods.',
    places: [{ name: 'Riverside', country: 'Nowhere' }],
    sources: [{ who: 'the county council', named: true, verb: 'announced' }],
    media,
  });
}

/** A short made-up story whose events carry each kind of media, for the drawing's thumbnails. */
export const mediaTimeline = timelineOf(
  [
    bridgeEvent([image]),
    event('road', 'Road closures lifted', day('2014-06-14', 'on Saturday'), {
      media: [{ ...image, caption: 'Where a photograph of the open road would go' }],
    }),
    event('council', 'Council meets on flood defences', day('2014-06-12', 'on Thursday')),
    event('missing', 'Footbridge inspected', day('2014-06-11', 'on Wednesday'), {
      media: [missing],
    }),
  ],
  { title: 'The bridge reopens' },
);
