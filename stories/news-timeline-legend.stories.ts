import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { ALL_TRANSLATIONS } from '../src/i18n/translations/all.js';

interface Args {
  locale: string;
  looks: string | undefined;
  categories: string[];
  eras: string[];
  published: boolean;
  cut: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/news-timeline-legend',
  component: 'news-timeline-legend',
  args: { locale: 'en', looks: undefined, categories: [], eras: [], published: false, cut: false },
  argTypes: { locale: { control: 'select', options: ALL_TRANSLATIONS.map((t) => t.$code) } },
  render: (args) =>
    html`<news-timeline-legend
      locale=${args.locale}
      .looks=${args.looks}
      .categories=${args.categories}
      .eras=${args.eras}
      ?published=${args.published}
      ?cut=${args.cut}
      theme="light"
    ></news-timeline-legend>`,
};
export default meta;
type Story = StoryObj<Args>;

/** What each mark means: shape and edge carry the meaning, not colour alone. */
export const Marks: Story = {};

/**
 * Only the marks a drawing shows (`looks`): a timeline passes those of its events, and `cluster`
 * while its view merges some.
 */
export const OnlyTheMarksDrawn: Story = {
  args: { looks: 'band unspecified', published: true },
  play: async ({ canvasElement }) => {
    const legend = canvasElement.querySelector('news-timeline-legend')!;
    await waitFor(() =>
      expect(legend.shadowRoot?.querySelectorAll('.mark[data-look]')).toHaveLength(2),
    );
  },
};

export const WithCategories: Story = { args: { categories: ['military', 'politics', 'religion'] } };

/**
 * Every entry a timeline may add: the publication line, the hatch of a phone's drawing where it
 * cut quiet time short, and the eras.
 */
export const WithPublicationCutAndEras: Story = {
  args: { published: true, cut: true, eras: ['The week Mosul fell'] },
  play: async ({ canvasElement }) => {
    const legend = canvasElement.querySelector('news-timeline-legend')!;
    await waitFor(() => expect(legend.shadowRoot?.textContent).toContain('Quiet time, shortened'));
  },
};

export const Arabic: Story = {
  args: { locale: 'ar' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};
