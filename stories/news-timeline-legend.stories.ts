import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ALL_TRANSLATIONS } from '../src/i18n/translations/all.js';

interface Args {
  locale: string;
  categories: string[];
}

const meta: Meta<Args> = {
  title: 'Components/news-timeline-legend',
  component: 'news-timeline-legend',
  args: { locale: 'en', categories: [] },
  argTypes: { locale: { control: 'select', options: ALL_TRANSLATIONS.map((t) => t.$code) } },
  render: (args) =>
    html`<news-timeline-legend
      locale=${args.locale}
      .categories=${args.categories}
      theme="light"
    ></news-timeline-legend>`,
};
export default meta;
type Story = StoryObj<Args>;

/** What each mark means: shape and edge carry the meaning, not colour alone. */
export const Marks: Story = {};

export const WithCategories: Story = { args: { categories: ['military', 'politics', 'religion'] } };

export const Arabic: Story = {
  args: { locale: 'ar' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};
