// Media in Chromium: the card's picture with caption and credit, the space it reserves, the
// broken-image state, decorative pictures, video and audio files or links (never frames), unsafe
// URLs, the article's title card, and public TimelineJS timelines imported with their pictures
// (pointed at a local placeholder file: no test fetches from the network).
import { afterEach, describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { fromTimelineJS } from '../../src/import/index.js';
import { sortEvents } from '../../src/model/sort.js';
import type { MediaItem, Timeline, TimelineEvent } from '../../src/model/types.js';
import type { NewsEventCard } from '../../src/components/news-event-card/news-event-card.js';
import type { NewsTimelineStory } from '../../src/components/news-timeline-story/news-timeline-story.js';
import {
  bridgeEvent,
  decorative,
  image,
  mediaTimeline,
  missing,
  videoLink,
} from '../../stories/media-samples.js';
import userInterface from '../fixtures/corpus/user-interface.tljs.json';
import houston from '../fixtures/corpus/whitney-houston.tljs.json';
import { THUMBNAIL_PX } from '../../src/components/event-thumbnail.js';
import { cleanup, mount, shadow, until } from './fixtures.js';

afterEach(cleanup);

async function card(media: MediaItem[], width = 600): Promise<ShadowRoot> {
  const element = document.createElement('news-event-card');
  element.event = bridgeEvent(media);
  element.timeZone = 'Asia/Baghdad';
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.append(element);
  document.body.append(container);
  await element.updateComplete;
  return element.shadowRoot!;
}

const loaded = (img: HTMLImageElement) => img.complete && img.naturalWidth > 0;

describe('a picture on the card', () => {
  it('loads lazily and decodes off the main thread, with alt, caption and credit', async () => {
    const root = await card([image]);
    const img = root.querySelector<HTMLImageElement>('[part~="image"]')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(img.alt).toBe(image.alt);
    expect(img.getAttribute('style')).toBeNull();
    await until(() => loaded(img));
    expect(img.naturalWidth).toBe(320);
    const caption = root.querySelector('[part~="caption"]')!;
    expect(caption.textContent).toContain(image.caption);
    expect(root.querySelector('[part~="credit"]')!.textContent?.trim()).toBe(
      'Credit: Test placeholder',
    );
    // In a <figure>, after the headline and before the summary.
    const order = [...root.querySelectorAll('[part~="headline"], figure, .summary')].map(
      (node) => node.tagName,
    );
    expect(order).toEqual(['DIV', 'FIGURE', 'P']);
  });

  it('reserves its space from width and height before the file arrives (no layout shift)', async () => {
    const root = await card([{ ...image, url: 'data/media/placeholder.png?never-cached' }], 300);
    const img = root.querySelector<HTMLImageElement>('[part~="image"]')!;
    // The browser's aspect ratio from the attributes: height follows width before any byte loads.
    expect(getComputedStyle(img).aspectRatio).toBe('auto 320 / 200');
    const box = img.getBoundingClientRect();
    expect(box.width).toBeCloseTo(300 - 2 * 16 - 2, -1);
    expect(box.height).toBeCloseTo((box.width * 200) / 320, 0);
  });

  it('a file that fails to load leaves a note with its description, the caption, credit and text', async () => {
    const root = await card([missing]);
    const note = await until(() => root.querySelector('[part~="media-failed"]'));
    expect(note.textContent?.trim()).toBe(
      `The image could not be loaded. It shows: ${missing.alt}`,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[part~="caption"]')!.textContent).toContain(missing.caption);
    expect(root.querySelector('[part~="credit"]')).not.toBeNull();
    expect(root.querySelector('[part~="headline"]')!.textContent).toContain('bridge');
    expect(root.querySelector('[part~="facts"]')!.textContent).toContain('county council');
  });

  it('a decorative picture has an empty alt and, missing, leaves no note but keeps its credit', async () => {
    const shown = await card([decorative]);
    expect(shown.querySelector('img')!.getAttribute('alt')).toBe('');
    cleanup();
    const root = await card([{ ...decorative, url: missing.url }]);
    await until(() => !root.querySelector('img'));
    expect(root.querySelector('[part~="media-failed"]')).toBeNull();
    expect(root.querySelector('[part~="credit"]')!.textContent).toContain('Test placeholder');
  });

  it('a description that only repeats the caption is not read twice', async () => {
    const root = await card([{ ...image, alt: image.caption }]);
    expect(root.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(root.querySelector('figcaption')!.textContent).toContain(image.caption);
  });

  it('never loads an address with another scheme: a note instead', async () => {
    const root = await card([
      { ...image, url: 'javascript:alert(1)' },
      { ...image, url: 'data:image/png;base64,iVBORw0KGgo=' },
    ]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('[part~="media-failed"]')).toHaveLength(2);
  });
});

describe('video and audio', () => {
  it('a video site page is a link that opens apart, never a frame', async () => {
    const root = await card([videoLink]);
    const link = root.querySelector<HTMLAnchorElement>('[part~="media-link"]')!;
    expect(link.href).toBe(videoLink.url);
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent?.trim()).toBe('Open the video');
    expect(root.querySelector('iframe, video, embed, object')).toBeNull();
  });

  it('a direct file plays in <video> or <audio> with controls; one that fails becomes a link', async () => {
    const root = await card([
      { kind: 'video', url: 'data/media/clip-missing-on-purpose.mp4', caption: 'A clip' },
      { kind: 'audio', url: 'https://soundcloud.com/someone/track', credit: 'Radio' },
    ]);
    const video = root.querySelector('video')!;
    expect(video.controls).toBe(true);
    expect(video.getAttribute('preload')).toBe('metadata');
    expect(video.getAttribute('aria-label')).toBe('A clip');
    expect(root.querySelector('audio')).toBeNull();
    expect(root.querySelector('[part~="media-link"]')!.textContent?.trim()).toBe('Open the audio');
    // The file is not there: the player gives way to a link to it.
    await until(() => !root.querySelector('video'));
    expect(
      [...root.querySelectorAll('[part~="media-link"]')].map((a) => a.textContent?.trim()),
    ).toEqual(['Open the video', 'Open the audio']);
  });
});

describe("the article's title card", () => {
  it('shows the placeholder file with the article caption and the credit "Test placeholder"', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.mode = 'story';
    });
    const story = await until(() => shadow(element).querySelector('news-timeline-story'));
    const img = await until(() => story.shadowRoot?.querySelector<HTMLImageElement>('img'));
    expect(new URL(img.src).pathname).toBe('/data/media/tel-abyad-placeholder.svg');
    await until(() => loaded(img));
    expect(img.naturalWidth).toBe(1200);
    const caption = story.shadowRoot!.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('parade at Syrian town of Tel Abyad');
    expect(caption).toContain('Credit: Test placeholder');
    expect(story.shadowRoot!.querySelector('.summary')!.textContent).toContain(
      '2,000 advance troops',
    );
  });

  it('a title card picture that fails to load keeps the title, summary and caption', async () => {
    const broken: Timeline = {
      ...iraqTimeline,
      media: [{ ...iraqTimeline.media![0]!, url: 'data/media/missing-on-purpose.svg' }],
    };
    const element = await mount((el) => {
      el.timeline = broken;
      el.mode = 'story';
    });
    const story = await until(() => shadow(element).querySelector('news-timeline-story'));
    await until(() => story.shadowRoot?.querySelector('[part~="media-failed"]'));
    const root = story.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[part~="title"]')!.textContent?.trim()).toBe(iraqTimeline.title);
    expect(root.querySelector('figcaption')!.textContent).toContain('Tel Abyad');
  });
});

/** Every picture's URL pointed at the local placeholder, as the test folder serves it. */
function localPictures(timeline: Timeline): Timeline {
  const local = (media: MediaItem[] | undefined) =>
    media?.map((item) =>
      item.kind === 'image' ? { ...item, url: '/data/media/placeholder.png' } : item,
    );
  return {
    ...timeline,
    media: local(timeline.media),
    events: timeline.events.map((event) => ({ ...event, media: local(event.media) })),
  };
}

describe('public TimelineJS timelines with pictures', () => {
  for (const [name, json] of [
    ['Revolutionary User Interfaces', userInterface],
    ['Whitney Houston', houston],
  ] as const) {
    it(`${name}: every carried picture renders with its caption and credit, step by step`, async () => {
      const { timeline } = fromTimelineJS(json, { language: 'en' });
      const local = localPictures(timeline!);
      const pictured = sortEvents(local.events).filter((e) => e.media?.[0]?.kind === 'image');
      expect(pictured.length).toBeGreaterThan(0);
      const element = await mount((el) => {
        el.timeline = local;
        el.mode = 'story';
      });
      const story = await until(() =>
        shadow(element).querySelector<NewsTimelineStory>('news-timeline-story')?.shadowRoot
          ? shadow(element).querySelector<NewsTimelineStory>('news-timeline-story')
          : null,
      );
      const order = sortEvents(local.events);
      let seen = 0;
      for (const event of pictured) {
        story.goTo(order.indexOf(event) + 1);
        await story.updateComplete;
        const cardElement = await until(() =>
          story.shadowRoot!.querySelector<NewsEventCard>('news-event-card'),
        );
        await until(
          () => cardElement.event?.id === event.id && cardElement.shadowRoot?.querySelector('img'),
        );
        await expectPicture(cardElement.shadowRoot!, event);
        seen++;
      }
      expect(seen).toBe(pictured.length);
    });
  }

  it('the TimelineJS title slide picture is on the title card', async () => {
    const { timeline } = fromTimelineJS(userInterface, { language: 'en' });
    const element = await mount((el) => {
      el.timeline = localPictures(timeline!);
      el.mode = 'story';
    });
    const story = await until(() => shadow(element).querySelector('news-timeline-story'));
    const img = await until(() => story.shadowRoot?.querySelector<HTMLImageElement>('img'));
    await until(() => loaded(img));
    const caption = story.shadowRoot!.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('From punch cards to multi touch.');
    expect(caption).toContain('Credit: Arjuna Soriano');
  });
});

async function expectPicture(root: ShadowRoot, event: TimelineEvent): Promise<void> {
  const media = event.media![0]!;
  const img = root.querySelector<HTMLImageElement>('img')!;
  await until(() => loaded(img));
  expect(img.naturalWidth).toBe(320);
  const caption = root.querySelector('figcaption')?.textContent ?? '';
  if (media.caption) expect(caption).toContain(media.caption);
  if (media.credit) expect(caption).toContain(`Credit: ${media.credit}`);
  expect(media.caption || media.credit).toBeTruthy();
}

const thumbs = (element: Element) => [
  ...shadow(element).querySelectorAll<HTMLImageElement>('[part~="thumbnail"]'),
];

/** `timeline` drawn across 1100 px, with or without thumbnails. */
function mountAcross(timeline: Timeline, thumbnails = true) {
  return mount((el) => {
    el.timeline = timeline;
    el.layout = 'horizontal';
    el.mediaThumbnails = thumbnails;
  }, 1100);
}

describe('thumbnails in the drawing (media-thumbnails)', () => {
  const idOf = (img: Element) => img.closest('[part~="event"]')!.getAttribute('data-id');

  it('start the headlines of events with a picture, without cutting any headline', async () => {
    const element = await mountAcross(mediaTimeline);
    await until(() => thumbs(element).length > 0);
    expect(thumbs(element).map(idOf).sort()).toEqual(['bridge', 'missing', 'road']);
    for (const img of thumbs(element)) {
      expect(img.alt).toBe('');
      expect(img.getAttribute('loading')).toBe('lazy');
      const label = img.closest<HTMLElement>('[part~="label"]')!;
      // The whole headline fits beside its picture.
      expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth + 1);
    }
    // The file that is not there leaves no broken picture.
    const gone = thumbs(element).find((img) => idOf(img) === 'missing')!;
    await until(() => gone.hidden);
    expect(gone.getBoundingClientRect().width).toBe(0);
  });

  it('widen the label they start by their own width, so the headline keeps its room', async () => {
    const labelWidth = async (thumbnails: boolean) => {
      const element = await mountAcross(mediaTimeline, thumbnails);
      const button = await until(() =>
        shadow(element).querySelector<HTMLElement>('[part~="event"][data-id="bridge"]'),
      );
      const width = parseFloat(button.closest('li')!.style.getPropertyValue('--_label'));
      cleanup();
      return width;
    };
    const without = await labelWidth(false);
    expect(await labelWidth(true)).toBe(without + THUMBNAIL_PX);
  });

  it('are off unless asked for, and left out of the narrow vertical drawing', async () => {
    const plain = await mount((el) => {
      el.timeline = mediaTimeline;
      el.layout = 'horizontal';
    }, 1100);
    await until(() => shadow(plain).querySelector('[part~="event"]'));
    expect(thumbs(plain)).toEqual([]);
    cleanup();
    const phone = await mount((el) => {
      el.timeline = mediaTimeline;
      el.mediaThumbnails = true;
    }, 360);
    await until(() => shadow(phone).querySelector('.plot.vertical [part~="event"]'));
    expect(thumbs(phone)).toEqual([]);
  });
});

describe('a thumbnail before a right-to-left headline', () => {
  it('leaves the label the headline’s own direction (isolated only after a date or a marker)', async () => {
    const arabic = structuredClone(mediaTimeline);
    arabic.events[0]!.headline = 'إعادة فتح الجسر بعد الإصلاحات';
    const element = await mountAcross(arabic);
    const img = await until(() =>
      thumbs(element).find((node) => node.closest('[data-id="bridge"]') !== null),
    );
    const label = img.closest<HTMLElement>('[part~="label"]')!;
    expect(label.matches(':dir(rtl)')).toBe(true);
    expect(label.querySelector('bdi')).toBeNull();
  });
});
