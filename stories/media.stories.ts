import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { MediaItem } from '../src/model/types.js';
import {
  bridgeEvent,
  decorative,
  image,
  longCaption,
  mediaTimeline,
  missing,
  videoLink,
} from './media-samples.js';

interface Args {
  media: MediaItem[];
  theme: 'light' | 'dark';
  locale: string;
}

/** Pictures, video and audio on `<news-event-card>`: caption, credit, reserved space, failures. */
const meta: Meta<Args> = {
  title: 'Components/news-event-card/Media',
  component: 'news-event-card',
  args: { media: [image], theme: 'light', locale: 'en' },
  argTypes: {
    media: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) =>
    html`<div
      style="max-width: 40rem; padding: 8px; background: ${args.theme === 'dark' ? '#14181d' : '#ffffff'}"
    >
      <news-event-card
        .event=${bridgeEvent(args.media)}
        time-zone="Asia/Baghdad"
        locale=${args.locale}
        theme=${args.theme}
      ></news-event-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

function cardRoot(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector('news-event-card')!.shadowRoot!;
}

/** A picture with its caption and credit, lazy-loaded, its space reserved from width and height. */
export const Image: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardRoot(canvasElement).querySelector('img')).not.toBeNull());
    const img = cardRoot(canvasElement).querySelector('img')!;
    await expect(img.getAttribute('loading')).toBe('lazy');
    await expect(img.getAttribute('decoding')).toBe('async');
    await expect(cardRoot(canvasElement).querySelector('figcaption')!.textContent).toContain(
      'Credit: Test placeholder',
    );
  },
};

/** The file is not there: a note with the picture's description takes its place; the words stay. */
export const MissingImage: Story = {
  args: { media: [missing] },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(cardRoot(canvasElement).querySelector('[part~="media-failed"]')).not.toBeNull(),
    );
    const root = cardRoot(canvasElement);
    await expect(root.querySelector('img')).toBeNull();
    await expect(root.querySelector('[part~="headline"]')!.textContent).toContain('bridge');
    await expect(root.querySelector('figcaption')!.textContent).toContain('Test placeholder');
  },
};

export const LongCaption: Story = { args: { media: [longCaption] } };

/** A picture that adds nothing to the words: empty alt on purpose, the credit still shown. */
export const Decorative: Story = {
  args: { media: [decorative] },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardRoot(canvasElement).querySelector('img')).not.toBeNull());
    await expect(cardRoot(canvasElement).querySelector('img')!.getAttribute('alt')).toBe('');
  },
};

/** A page on a video site is a link, never an embedded frame. */
export const VideoLink: Story = {
  args: { media: [videoLink] },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardRoot(canvasElement).querySelector('a')).not.toBeNull());
    await expect(cardRoot(canvasElement).querySelector('iframe')).toBeNull();
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

export const MissingImageDark: Story = { args: { media: [missing], theme: 'dark' } };

export const ArabicMissingImage: Story = {
  args: { media: [missing], locale: 'ar' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/**
 * `<news-timeline media-thumbnails>`: a small picture starts the headline of events that have one,
 * where the drawing has room (lanes are packed with it counted, so no headline is cut for it).
 */
export const ThumbnailsInTheDrawing: StoryObj<Args> = {
  render: (args) =>
    html`<div style="padding: 8px; background: ${args.theme === 'dark' ? '#14181d' : '#ffffff'}">
      <news-timeline
        media-thumbnails
        layout="horizontal"
        .timeline=${mediaTimeline}
        theme=${args.theme}
      ></news-timeline>
    </div>`,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('news-timeline')!.shadowRoot!;
    await waitFor(() => expect(root.querySelectorAll('[part~="thumbnail"]').length).toBe(3));
  },
};
