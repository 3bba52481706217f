import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { iraqTimeline } from '../src/data/iraq-2014.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineStory } from '../src/components/news-timeline-story/news-timeline-story.js';
import { storySteps } from './helpers.js';

interface Args {
  selected?: string;
  theme: 'light' | 'dark';
  locale?: string;
  width?: string;
}

const ORDER = storySteps(iraqTimeline);

/**
 * `<news-timeline mode="story">`: the article read one step at a time, a title card first, with
 * the drawing above as an overview that follows the current event. Previous/Next, arrow keys,
 * Page Up/Page Down, Home/End and swipes move; each step is announced once.
 */
const meta: Meta<Args> = {
  title: 'Components/news-timeline/Story mode',
  component: 'news-timeline',
  args: { theme: 'light' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    selected: { control: 'select', options: [undefined, ...ORDER.map((e) => e.id)] },
  },
  parameters: { actions: { handles: ['news-timeline-select', 'news-timeline-story-step'] } },
  render: (args) =>
    html`<div
      style="max-width: ${args.width ?? 'none'}; padding: 8px; background: ${args.theme === 'dark' ? '#14181d' : '#ffffff'}"
    >
      <news-timeline
        mode="story"
        .timeline=${iraqTimeline}
        .selected=${args.selected}
        theme=${args.theme}
        locale=${args.locale ?? ''}
      ></news-timeline>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

async function storyIn(canvas: HTMLElement): Promise<NewsTimelineStory> {
  const timeline = canvas.querySelector<NewsTimeline>('news-timeline')!;
  let story: NewsTimelineStory | null = null;
  // Story mode loads on demand: its first load in a busy test run can take a few seconds.
  await waitFor(
    () => {
      story = timeline.shadowRoot!.querySelector('news-timeline-story');
      return expect(story?.shadowRoot?.querySelector('[part~="slide"]')).toBeTruthy();
    },
    { timeout: 15_000 },
  );
  return story!;
}

function slideLabel(story: NewsTimelineStory): string | null {
  return story.shadowRoot!.querySelector('[part~="slide"]')!.getAttribute('aria-label');
}

/** The title card: title, summary, the article's opening picture (a placeholder) and its caption. */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    const story = await storyIn(canvasElement);
    await expect(slideLabel(story)).toBe('Introduction');
    await waitFor(() => expect(story.shadowRoot!.querySelector('img')).not.toBeNull());
    const caption = story.shadowRoot!.querySelector('figcaption')!.textContent!;
    await expect(caption).toContain('Tel Abyad');
    await expect(caption).toContain('Credit: Test placeholder');
    await userEvent.click(story.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!);
    await waitFor(() => expect(slideLabel(story)).toBe(`1 of ${ORDER.length}`));
  },
};

/** Halfway through: the drawing above marks the current event. */
export const Middle: Story = {
  args: { selected: ORDER[7]!.id },
  play: async ({ canvasElement }) => {
    const story = await storyIn(canvasElement);
    await waitFor(() => expect(slideLabel(story)).toBe(`8 of ${ORDER.length}`));
  },
};

/** The last event: Next is unavailable, Home goes back to the title card. */
export const End: Story = {
  args: { selected: ORDER.at(-1)!.id },
  play: async ({ canvasElement }) => {
    const story = await storyIn(canvasElement);
    await waitFor(() => expect(slideLabel(story)).toBe(`${ORDER.length} of ${ORDER.length}`));
    const next = story.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!;
    await expect(next.getAttribute('aria-disabled')).toBe('true');
    next.focus();
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(slideLabel(story)).toBe('Introduction'));
  },
};

/** Right to left: the buttons and the arrow keys mirror. */
export const RightToLeft: Story = {
  args: { locale: 'ar', selected: ORDER[3]!.id },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/**
 * At phone width the drawing runs top to bottom, and the story is a sheet at the screen's foot
 * while the drawing is in view, its current event above it. Previous and Next sit at the sheet's
 * foot, where they stay under the thumb whatever each step's height.
 */
export const Phone: Story = {
  args: { width: '360px', selected: ORDER[10]!.id },
  play: async ({ canvasElement }) => {
    const story = await storyIn(canvasElement);
    await waitFor(() => expect(getComputedStyle(story).position).toBe('sticky'));
    const nav = story.shadowRoot!.querySelector('[part~="nav"]')!;
    await expect(
      Math.abs(nav.getBoundingClientRect().bottom - story.getBoundingClientRect().bottom),
    ).toBeLessThan(2);
  },
};

export const Dark: Story = { args: { theme: 'dark', selected: ORDER[12]!.id } };

/** `<news-timeline-story>` on its own, without the drawing, e.g. in an article. */
export const StoryAlone: Story = {
  render: (args) =>
    html`<news-timeline-story
      style="max-width: 40rem"
      .timeline=${iraqTimeline}
      theme=${args.theme}
    ></news-timeline-story>`,
  loaders: [async () => import('../src/news-timeline-story.js')],
};
