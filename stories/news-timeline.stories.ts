import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { iraqTimeline } from '../src/data/iraq-2014.js';
import { syntheticTimeline } from '../src/data/synthetic.js';
import { corpus } from '../tests/fixtures/corpus/index.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import {
  day,
  event,
  instant,
  invalidJson,
  longText,
  slowFetch,
  timelineOf,
  uncertainSpans,
} from './helpers.js';

interface Args {
  timeline?: NewsTimeline['timeline'];
  src?: string;
  layout: NewsTimeline['layout'];
  theme: NewsTimeline['theme'];
  locale?: string;
  view: NewsTimeline['view'];
  colorBy: NewsTimeline['colorBy'];
  noLegend: boolean;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Components/news-timeline',
  component: 'news-timeline',
  args: {
    timeline: iraqTimeline,
    layout: 'auto',
    theme: 'light',
    view: 'timeline',
    colorBy: 'none',
    noLegend: false,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    view: { control: 'inline-radio', options: ['timeline', 'list'] },
    colorBy: { control: 'inline-radio', options: ['none', 'category'] },
    timeline: { control: false },
  },
  parameters: {
    actions: {
      handles: [
        'news-timeline-select',
        'news-timeline-range-change',
        'news-timeline-load',
        'news-timeline-error',
      ],
    },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width ?? 'none'}">
      <news-timeline
        .timeline=${args.timeline}
        src=${args.src ?? ''}
        layout=${args.layout}
        theme=${args.theme}
        locale=${args.locale ?? ''}
        view=${args.view}
        color-by=${args.colorBy}
        ?no-legend=${args.noLegend}
      ></news-timeline>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

function timelineIn(canvas: HTMLElement): NewsTimeline {
  return canvas.querySelector('news-timeline')!;
}
function shadow(canvas: HTMLElement): ShadowRoot {
  return timelineIn(canvas).shadowRoot!;
}
async function drawn(canvas: HTMLElement): Promise<ShadowRoot> {
  await waitFor(() =>
    expect(shadow(canvas).querySelector('[part~="event"], [part~="cluster"]')).not.toBeNull(),
  );
  return shadow(canvas);
}

/** The June 2014 Guardian article "Iraq turns to Iran for help", as a typed, validated fixture. */
export const IraqArticle: Story = {
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const labels = [...root.querySelectorAll('[part~="event"]')].map((b) =>
      b.getAttribute('aria-label'),
    );
    await expect(labels.some((label) => label?.includes('Khanaqin'))).toBe(true);
  },
};

/** Selecting an event opens its detail with sources and excerpt; Escape closes it and returns focus. */
export const SelectAndClose: Story = {
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const first = root.querySelector<HTMLButtonElement>('[part~="event"]')!;
    await userEvent.click(first);
    await waitFor(() => expect(root.querySelector('news-event-card')).not.toBeNull());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(root.querySelector('news-event-card')).toBeNull());
  },
};

/** Tab into the timeline, move with the arrow keys, zoom with + and -. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const start = root.querySelector<HTMLElement>('[part~="events"] [tabindex="0"]')!;
    start.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.activeElement).not.toBe(start));
    await userEvent.keyboard('+');
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(root.activeElement?.getAttribute('tabindex')).toBe('0'));
  },
};

export const Empty: Story = { args: { timeline: timelineOf([]) } };

export const OneEvent: Story = {
  args: {
    timeline: timelineOf([
      event('address', 'Maliki addresses the country', day('2014-06-14', 'on Saturday')),
    ]),
  },
};

export const TwoEventsAtTheSameTime: Story = {
  args: {
    timeline: timelineOf([
      event('a', 'Statement from the ministry', instant('2014-06-13T15:00:00+03:00', 'at 3pm')),
      event('b', 'Statement from the governor', instant('2014-06-13T15:00:00+03:00', 'at 3pm')),
    ]),
  },
};

/** A thousand events over a month: dense regions gather into clusters that show their count. */
export const Dense: Story = { args: { timeline: syntheticTimeline({ count: 1000 }) } };

export const VeryLongRange: Story = {
  args: {
    timeline: syntheticTimeline({
      count: 60,
      days: 365 * 12,
      start: Date.UTC(2003, 2, 20),
      seed: 7,
    }),
  },
};

export const VeryShortRange: Story = {
  args: { timeline: syntheticTimeline({ count: 12, days: 0.25, seed: 3, rangeShare: 0 }) },
};

export const UncertainSpansOnly: Story = {
  args: {
    timeline: uncertainSpans,
  },
};

export const LongText: Story = {
  args: {
    timeline: longText,
  },
};

export const MissingOptionalFields: Story = {
  args: { timeline: timelineOf([event('bare', 'Only a headline and a time', day('2014-06-13'))]) },
};

/** Invalid events are reported in a dismissible panel; the valid ones still render. */
export const InvalidData: Story = {
  args: {
    timeline: invalidJson,
  },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="problems"]')).not.toBeNull());
    await expect(root.querySelectorAll('[part~="event"]').length).toBe(1);
  },
};

export const FromSrc: Story = { args: { timeline: undefined, src: 'data/iraq-2014.json' } };

export const LoadingSlowly: Story = {
  args: { timeline: undefined, src: 'data/iraq-2014.json?slow' },
  beforeEach: () => slowFetch(60_000),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part~="status"]')?.textContent).toMatch(
        /Loading/,
      ),
    );
  },
};

export const LoadingFails: Story = {
  args: { timeline: undefined, src: 'data/does-not-exist.json' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[role="alert"]')).not.toBeNull(),
    );
  },
};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#14181d;padding:8px">${story()}</div>`],
};

export const CustomTheme: Story = {
  render: (args) =>
    html`<news-timeline
      .timeline=${args.timeline}
      style="--news-timeline-accent:#8a3ffc;--news-timeline-background:#fffaf0;--news-timeline-surface:#fff3df;--news-timeline-font-family:Georgia,serif;--news-timeline-radius:0"
    ></news-timeline>`,
};

export const RightToLeftArabic: Story = {
  args: { locale: 'ar' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

export const PhoneWidth: Story = { args: { width: '360px' } };

/**
 * The story's introduction shows three lines at most; where they cut it, "Read more" under it
 * opens it and "Show less" closes it.
 */
export const IntroductionOpened: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const more = await waitFor(() => {
      const found = shadow(canvasElement).querySelector<HTMLButtonElement>('.more');
      expect(found).not.toBeNull();
      return found!;
    });
    await userEvent.click(more);
    await waitFor(() => expect(more.getAttribute('aria-expanded')).toBe('true'));
    const summary = shadow(canvasElement).querySelector<HTMLElement>('[part~="summary"]')!;
    expect(summary.scrollHeight).toBeLessThanOrEqual(summary.clientHeight);
  },
};

/**
 * On a phone an opened event's card is a sheet at the foot of the screen while the drawing is in
 * view, the event above it; past the drawing it rests in its place. (Best seen in a phone-sized
 * viewport.)
 */
export const PhoneCardSheet: Story = {
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const event = await waitFor(() => {
      const found = shadow(canvasElement).querySelector<HTMLElement>('[part~="event"]');
      expect(found).not.toBeNull();
      return found!;
    });
    await userEvent.click(event);
    await waitFor(() => expect(shadow(canvasElement).querySelector('#detail')).not.toBeNull());
    expect(getComputedStyle(shadow(canvasElement).querySelector('#detail')!).position).toBe(
      'sticky',
    );
  },
};

/**
 * A wide drawing taller than 60% of the window (Apollo 11's 23 lanes): an opened event's card is
 * the phone's sheet at the screen's foot, the event above it, so the card is not opened below the
 * fold. A drawing that fits keeps its card in its place under it. (Best seen in a window less than
 * about 1,000 px tall.)
 */
export const TallDrawingCardSheet: Story = {
  render: () =>
    html`<div style="max-width: 1200px">
      <news-timeline
        layout="horizontal"
        .timeline=${corpus().find((entry) => entry.id === 'apollo-11')!.timeline}
      ></news-timeline>
    </div>`,
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    const event = await waitFor(() => {
      const found = root.querySelector<HTMLElement>('[part~="event"]');
      expect(found).not.toBeNull();
      return found!;
    });
    const tall =
      root.querySelector('[part~="plot"]')!.getBoundingClientRect().height > innerHeight * 0.6;
    await userEvent.click(event);
    await waitFor(() => expect(root.querySelector('#detail')).not.toBeNull());
    expect(getComputedStyle(root.querySelector('#detail')!).position === 'sticky').toBe(tall);
  },
};

/**
 * The axis's words stay in view: a wide drawing taller than its box (here Apollo 11's 23 lanes
 * under `max-height="300"`; without one, taller than the window) scrolls under the strip of tick
 * words, which stays at the top, so every headline has its dates above it.
 */
export const TallDrawingAxisInView: Story = {
  render: () =>
    html`<div style="max-width: 1200px">
      <news-timeline
        layout="horizontal"
        max-height="300"
        .timeline=${corpus().find((entry) => entry.id === 'apollo-11')!.timeline}
      ></news-timeline>
    </div>`,
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    const plot = await waitFor(() => {
      const found = root.querySelector<HTMLElement>('[part~="plot"]');
      expect(found?.querySelector('[part~="event"]')).toBeTruthy();
      return found!;
    });
    plot.scrollTop = 200;
    const words = root.querySelector<HTMLElement>('[part~="axis"] [part~="tick"]:not(:empty)')!;
    await waitFor(() =>
      expect(
        Math.abs(words.getBoundingClientRect().top - plot.getBoundingClientRect().top),
      ).toBeLessThan(4),
    );
  },
};

export const ListView: Story = { args: { view: 'list' } };

export const ColourByCategory: Story = { args: { colorBy: 'category' } };

export const SeveralTimelines: Story = {
  render: () => html`
    <news-timeline .timeline=${iraqTimeline}></news-timeline>
    <news-timeline
      .timeline=${syntheticTimeline({ count: 40, seed: 9 })}
      theme="dark"
    ></news-timeline>
  `,
};

/** A CMS page that cannot run scripts of its own puts the JSON in a script child. */
export const InlineJson: Story = {
  render: () => {
    const element = document.createElement('news-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(
      timelineOf([event('inline', 'Read from inline JSON', day('2014-06-13', 'on Friday'))]),
    );
    element.append(script);
    return element;
  },
};

export const ProgressiveEnhancementList: Story = {
  render: () =>
    html`<news-timeline time-zone="Asia/Baghdad">
      <ol aria-label="Iraq, June 2014">
        <li id="khanaqin">
          <time datetime="2014-06-13">Friday</time>
          <strong>1,500 basiji cross into Khanaqin</strong>
        </li>
        <li id="address">
          <time datetime="2014-06-14">Saturday</time> <strong>Maliki addresses the country</strong>
        </li>
      </ol>
    </news-timeline>`,
};
