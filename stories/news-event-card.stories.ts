import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { iraqTimeline } from '../src/data/iraq-2014.js';
import type { TimelineEvent } from '../src/model/types.js';
import { ALL_TRANSLATIONS } from '../src/i18n/translations/all.js';

interface Args {
  event: TimelineEvent;
  locale: string;
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
}

const byId = (id: string) => iraqTimeline.events.find((event) => event.id === id)!;

const meta: Meta<Args> = {
  title: 'Components/news-event-card',
  component: 'news-event-card',
  args: {
    event: byId('basiji-cross-into-khanaqin'),
    locale: 'en-GB',
    theme: 'light',
    headingLevel: 3,
  },
  argTypes: {
    event: { control: false },
    locale: { control: 'select', options: ['en-GB', ...ALL_TRANSLATIONS.map((t) => t.$code)] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) =>
    html`<news-event-card
      style="max-width: 40rem"
      .event=${args.event}
      time-zone=${iraqTimeline.timeZone}
      locale=${args.locale}
      theme=${args.theme}
      heading-level=${args.headingLevel}
    ></news-event-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One event told in full, e.g. in an article's sidebar: time in words, sources, confidence, excerpt. */
export const KhanaqinCrossing: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('news-event-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.textContent).toContain('on Friday');
  },
};

export const CorroboratedSources: Story = { args: { event: byId('army-bases-looted-in-kirkuk') } };

export const ApproximateQuantities: Story = {
  args: { event: byId('iran-sends-2000-advance-troops') },
};

export const Arabic: Story = {
  args: { locale: 'ar' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/** The second right-to-left language; the card takes its direction from the Hebrew translation. */
export const Hebrew: Story = {
  args: { locale: 'he' },
  decorators: [(story) => html`<div lang="he">${story()}</div>`],
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#14181d;padding:8px">${story()}</div>`],
};

/** An event that had not happened at publication is marked “Planned” beside its time. */
export const PlannedEvent: Story = {
  args: {
    event: {
      id: 'schools-reopen',
      headline: 'Schools in Baghdad are due to reopen',
      planned: true,
      when: {
        start: '2014-06-16T00:00:00+03:00',
        end: '2014-06-17T00:00:00+03:00',
        precision: 'day',
        text: 'on Monday',
      },
      places: [{ name: 'Baghdad', country: 'Iraq' }],
      actors: [],
      quantities: [],
      sources: [{ who: 'the education ministry', named: false, verb: 'announced' }],
      tags: [],
    },
  },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('news-event-card')!;
    await card.updateComplete;
    const mark = card.shadowRoot!.querySelector('[part~="planned"]');
    await expect(mark?.textContent).toBe('Planned');
  },
};
