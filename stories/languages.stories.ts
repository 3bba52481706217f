import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { iraqTimeline } from '../src/data/iraq-2014.js';
import { ALL_TRANSLATIONS } from '../src/i18n/translations/all.js';
import { describeConfidence, translationFor } from '../src/i18n/index.js';
import { deriveConfidence } from '../src/model/confidence.js';

interface Args {
  locale: string;
  view: 'timeline' | 'list';
}

const khanaqin = iraqTimeline.events.find((event) => event.id === 'basiji-cross-into-khanaqin')!;

/**
 * The article in each shipped language: the page says its language with `lang` (and `dir`), the
 * timeline, its legend and the open card follow. Dates and numbers come from `Intl`; only the words
 * are translated. The data stays in English, as the article was written.
 */
const meta: Meta<Args> = {
  title: 'Languages',
  args: { locale: 'fr', view: 'timeline' },
  argTypes: {
    locale: {
      control: 'select',
      options: ALL_TRANSLATIONS.map((t) => t.$code),
      labels: Object.fromEntries(ALL_TRANSLATIONS.map((t) => [t.$code, t.$name])),
    },
    view: { control: 'inline-radio', options: ['timeline', 'list'] },
  },
  render: (args) =>
    html`<div lang=${args.locale} dir=${translationFor(args.locale).$dir}>
      <news-timeline
        .timeline=${iraqTimeline}
        selected=${khanaqin.id}
        view=${args.view}
        layout="horizontal"
        theme="light"
      ></news-timeline>
    </div>`,
  play: async ({ canvasElement, args }) => {
    const element = canvasElement.querySelector('news-timeline')!;
    const words = translationFor(args.locale);
    await waitFor(() =>
      expect(
        element.shadowRoot!.querySelector('[part~="toolbar"]')?.getAttribute('aria-label'),
      ).toBe(words.controls),
    );
    const card = element.shadowRoot!.querySelector('news-event-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.querySelector('.confidence')?.textContent?.trim()).toBe(
      describeConfidence(deriveConfidence(khanaqin.sources), args.locale),
    );
  },
};
export default meta;
type Story = StoryObj<Args>;

export const English: Story = { args: { locale: 'en' } };
export const Arabic: Story = { args: { locale: 'ar' } };
export const Hebrew: Story = { args: { locale: 'he' } };
export const French: Story = { args: { locale: 'fr' } };
export const Spanish: Story = { args: { locale: 'es' } };
export const German: Story = { args: { locale: 'de' } };
export const Portuguese: Story = { args: { locale: 'pt' } };
export const Japanese: Story = { args: { locale: 'ja' } };
/** The list view in a right-to-left language. */
export const HebrewList: Story = { args: { locale: 'he', view: 'list' } };
