import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { iraqTimeline } from '../src/data/iraq-2014.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import type { Timeline } from '../src/model/types.js';
import { corpus, exide, lax } from '../tests/fixtures/corpus/index.js';
import { parseTimeline } from '../src/model/index.js';
import electionNight from '../tests/fixtures/blind-extract/port-calloway-mayor.expected.json';
import pensionFraud from '../tests/fixtures/blind-extract/harwick-pension-fraud.expected.json';
import shelling from '../tests/fixtures/blind-extract/mutembo-camp-shelling.expected.json';
import floods from '../tests/fixtures/blind-extract/carrabee-floods.expected.json';
import semifinal from '../tests/fixtures/blind-extract/rajgarh-royals-semifinal.expected.json';

const drafts = Object.entries({ electionNight, pensionFraud, shelling, floods, semifinal });

/**
 * The first view of a story: the dated news in the top lanes with every headline whole, the events
 * the story gives no time of their own gathered in a labelled background band, the moment of
 * publication marked, eras behind the events. Each story below shows one part of it; the
 * "Corpus" stories show real timelines nobody on this project wrote.
 */
const meta: Meta = {
  title: 'Components/news-timeline/Story view',
  component: 'news-timeline',
};
export default meta;
type Story = StoryObj;

function view(timeline: Timeline, width = '1200px', extra: Partial<NewsTimeline> = {}) {
  return html`<div style="max-width: ${width}">
    <news-timeline .timeline=${timeline} max-height=${extra.maxHeight ?? ''}></news-timeline>
  </div>`;
}

function root(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector('news-timeline')!.shadowRoot!;
}

async function band(canvas: HTMLElement): Promise<HTMLButtonElement> {
  let toggle: HTMLButtonElement | null = null;
  await waitFor(() => {
    toggle = root(canvas).querySelector<HTMLButtonElement>('[part~="band-toggle"]');
    return expect(toggle).not.toBeNull();
  });
  return toggle!;
}

/** Desktop: the band is open and lists the ten background events' headlines in full. */
export const BackgroundBandOpen: Story = {
  render: () => view(iraqTimeline),
  play: async ({ canvasElement }) => {
    const toggle = await band(canvasElement);
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await expect(toggle.textContent).toContain('10 events');
    await expect(root(canvasElement).querySelectorAll('[part~="band-event"]')).toHaveLength(10);
  },
};

/**
 * Phone: the band is open under the news, as on a desktop (closed, it hid ten of the article's
 * fifteen headlines behind a tap), and the reader closes it in place.
 */
export const BackgroundBandOnAPhone: Story = {
  render: () => view(iraqTimeline, '360px'),
  play: async ({ canvasElement }) => {
    const toggle = await band(canvasElement);
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await expect(root(canvasElement).querySelectorAll('[part~="band-event"]')).toHaveLength(10);
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
  },
};

/** The publication line, "Published Sat 14 June at 12:00 GMT+3", and its row in the list view. */
export const PublicationMark: Story = {
  render: () => view(iraqTimeline),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part~="published"]')?.textContent).toContain(
        'Published',
      ),
    );
  },
};

/** No mark when the data gives no publication time (the parser's default is not the story's). */
export const NoPublicationGiven: Story = {
  render: () => {
    const { published: _published, ...rest } = structuredClone(iraqTimeline);
    return view(rest as Timeline);
  },
  play: async ({ canvasElement }) => {
    await band(canvasElement);
    await expect(root(canvasElement).querySelector('[part~="published"]')).toBeNull();
  },
};

const nightTimeline = () => parseTimeline(electionNight).timeline!;

/**
 * A distant event in the band: "Ray Kowalczyk first elected mayor" (2017) in a story about one
 * election night. On the axis it took nine tenths of the time and left the night a sliver.
 */
export const DistantEventInTheBand: Story = {
  render: () => view(nightTimeline()),
  play: async ({ canvasElement }) => {
    const toggle = await band(canvasElement);
    await expect(toggle.textContent).toContain('background: 1 event');
    const listed = root(canvasElement).querySelector('[part~="band-event"]')!;
    await expect(listed.textContent).toContain('first elected mayor');
  },
};

/**
 * The same night on a phone: short dates name the year (the story runs into 2026), the rows keep
 * clear of the publication line's label, and each of the night's six headlines has a row of its
 * own (the axis takes the length they need, then its quiet weeks are cut short).
 */
export const DistantEventPhone: Story = {
  render: () => view(nightTimeline(), '360px'),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('.label-when')?.textContent).toMatch(/2025/),
    );
    await expect(root(canvasElement).querySelector('.plot.vertical .cluster')).toBeNull();
  },
};

/**
 * The same night on a phone: its rows run on past the publication line, so "Published Wed 5
 * November at 11:26" comes after them, where the line steps down to it, and before the
 * canvassing board's row of a fortnight later.
 */
export const PublicationAfterTheNightPhone: Story = {
  render: () => view(nightTimeline(), '360px'),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('.published-label')).not.toBeNull(),
    );
    const top = (node: Element) => node.getBoundingClientRect().top;
    const label = top(root(canvasElement).querySelector('.published-label')!);
    const rows = [...root(canvasElement).querySelectorAll('.vertical .event')];
    const row = (words: string) => rows.find((node) => node.textContent!.includes(words))!;
    await expect(top(row('concedes'))).toBeLessThan(label);
    await expect(top(row('canvassing'))).toBeGreaterThan(label);
  },
};

/**
 * "Show all events" on that phone: the band's election eight years before the count is not drawn
 * on the axis, and the years between are cut short at the top, as the months after the news are
 * at the bottom, so showing all shows the news at almost the first view's scale.
 */
export const ShowAllEventsPhone: Story = {
  render: () => view(nightTimeline(), '360px'),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<NewsTimeline>('news-timeline')!;
    await waitFor(() => expect(root(canvasElement).querySelector('.plot.vertical')).not.toBeNull());
    element.fitAll();
    await waitFor(() => {
      const plot = root(canvasElement).querySelector('.plot')!.getBoundingClientRect();
      const hatches = [...root(canvasElement).querySelectorAll('.axis .cut')].map((cut) =>
        cut.getBoundingClientRect(),
      );
      // A hatch at each end of the drawing.
      expect(hatches.some((cut) => cut.top - plot.top < 60)).toBe(true);
      return expect(hatches.some((cut) => plot.bottom - cut.bottom < 60)).toBe(true);
    });
  },
};

/**
 * A story of minutes and hours on a phone (Apollo 11, NASA's timeline): the rows of the landing
 * need room between marks minutes apart, and the quiet hours between are cut short, each cut
 * hatched across the drawing, so the first screen holds headlines rather than empty hours.
 */
export const CutAxisPhone: Story = {
  render: () => view(corpus().find((entry) => entry.id === 'apollo-11')!.timeline, '360px'),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelectorAll('.axis .cut').length).toBeGreaterThan(2),
    );
  },
};

/**
 * Years of background before a verdict, on a phone (an extractor's draft of a court report): a
 * stretch where nothing starts is cut even under a bar, so a five-year fraud and a suspension that
 * goes on run across the hatches, and the first screen reaches the verdict.
 */
export const BarsAcrossCutsPhone: Story = {
  render: () => view(parseTimeline(pensionFraud).timeline!, '360px'),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelectorAll('.axis .cut').length).toBeGreaterThan(1),
    );
  },
};

/**
 * A wire draft whose events all say no time, on a phone: there is nothing to draw on an axis, so
 * there is none, and the background band follows the buttons.
 */
export const NothingDatedPhone: Story = {
  render: () => {
    const { timeline } = parseTimeline({
      ...iraqTimeline,
      id: 'nothing-dated',
      eras: [],
      events: iraqTimeline.events.filter((event) => event.when.precision === 'unspecified'),
    });
    return view(timeline!, '360px');
  },
  play: async ({ canvasElement }) => {
    const toggle = await band(canvasElement);
    await expect(toggle.textContent).toMatch(/time not given/);
    // Nothing to draw: no drawing, only the band.
    await expect(root(canvasElement).querySelector('[part~="plot"]')).toBeNull();
  },
};

const erasTimeline = () => corpus().find((entry) => entry.id === 'eras-7th-century')!.timeline;

/** Eras drawn behind the events as labelled bands (TimelineJS3's eras example). */
export const Eras: Story = {
  render: () => view(erasTimeline()),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelectorAll('[part~="era"]').length).toBeGreaterThan(0),
    );
  },
};

/** A cap on the drawing's height: beyond it, the drawing scrolls on its own. */
export const MaxHeight: Story = {
  render: () =>
    view(corpus().find((entry) => entry.id === 'media-types')!.timeline, '1200px', {
      maxHeight: '260',
    }),
  play: async ({ canvasElement }) => {
    await waitFor(() => {
      const plot = root(canvasElement).querySelector<HTMLElement>('[part~="plot"]')!;
      return expect(plot.getBoundingClientRect().height).toBeLessThanOrEqual(262);
    });
  },
};

const fridayMorning = {
  start: new Date('2014-06-13T06:15:00+03:00'),
  end: new Date('2014-06-13T09:45:00+03:00'),
};

function zoomed(width: string) {
  return html`<div style="max-width: ${width}">
    <news-timeline .timeline=${iraqTimeline} .range=${fridayMorning}></news-timeline>
  </div>`;
}

/**
 * Zoomed into Friday morning: the day-long crossings and the week's troop movements began before
 * the view, and their headlines start at its edge, whole. No midnight is in view, so the axis says
 * the day at its start ("Fri 13 Jun"), and the hours among the half hours keep their times.
 */
export const ZoomedIn: Story = {
  render: () => zoomed('1200px'),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part~="axis-caption"]')?.textContent).toMatch(
        /Fri.*13|13.*Fri/,
      ),
    );
    const labels = [...root(canvasElement).querySelectorAll('[part~="label"]')];
    await expect(labels.map((label) => label.textContent)).toContain(
      '1,500 basiji forces cross the border into Khanaqin',
    );
  },
};

/** The same at phone width: the rows of the bars that cross the top of the view start there. */
export const ZoomedInPhone: Story = {
  render: () => zoomed('360px'),
  play: async ({ canvasElement }) => {
    await waitFor(() => {
      const plot = root(canvasElement).querySelector('[part~="plot"]')!.getBoundingClientRect();
      const row = [...root(canvasElement).querySelectorAll('[part~="label"]')].find((label) =>
        label.textContent?.includes('Khanaqin'),
      );
      return expect(row?.getBoundingClientRect().top).toBeGreaterThanOrEqual(plot.top);
    });
  },
};

/**
 * A phone zoomed to end just after Whitney Houston's three marks of 1978: their rows stack up
 * against the view's end, the first above its mark, and its leader runs up from the mark to it.
 */
export const ZoomedEndPhone: Story = {
  render: () => {
    const houston = corpus().find((entry) => entry.id === 'houston')!.timeline;
    const range = {
      start: new Date('1963-08-09T00:00:00Z'),
      end: new Date('1978-06-15T00:00:00Z'),
    };
    return html`<div style="max-width: 360px">
      <news-timeline .timeline=${houston} .range=${range}></news-timeline>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => {
      const leaders = [...root(canvasElement).querySelectorAll('.plot.vertical .item')].map(
        (item) => getComputedStyle(item, '::before').backgroundImage,
      );
      return expect(leaders.some((image) => /to right bottom/.test(image))).toBe(true);
    });
  },
};

/**
 * KPCC's timeline of the shooting at LAX, 51 events over two days, 30 in its first three hours:
 * too many for one view of it all, so it opens closer in, on the shooting's first hours, every
 * headline there whole. "Show all events" shows both days, the densest hours as clusters.
 */
export const DenseHours: Story = {
  render: () =>
    html`<div style="width: 1200px"><news-timeline .timeline=${lax()}></news-timeline></div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        root(canvasElement).querySelectorAll('[part~="event"] [part~="label"]').length,
      ).toBeGreaterThan(35),
    );
    await expect(root(canvasElement).querySelectorAll('[part~="cluster"]')).toHaveLength(0);
  },
};

/**
 * KPCC's Exide timeline shown whole ("Show all events"; it opens on its last year): that year,
 * more events than 24 lanes hold, is one cluster, its badge followed by the span its events
 * cover where the room after it holds the words (a click on either zooms in).
 */
export const DenseYear: Story = {
  render: () =>
    html`<div style="width: 1200px"><news-timeline .timeline=${exide()}></news-timeline></div>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('news-timeline')!;
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part~="event"]')).not.toBeNull(),
    );
    element.fitAll();
    await waitFor(() => {
      const span = root(canvasElement).querySelector('[part~="cluster"] .label');
      return expect(span?.textContent).toMatch(/2013 – \d+ August 2014$/);
    });
  },
};

/**
 * KPCC's Exide timeline, 40 of its 61 events in its last year: more than the first view's 24 lanes
 * hold, so that year clusters there. Zoomed into it, its lanes are packed again at that zoom, and
 * the cluster's headlines stand whole in lanes of their own (the rows stay still while the view
 * pans at that zoom; "Show all events" brings back the first view's rows).
 */
export const DenseYearZoomedIn: Story = {
  render: () => {
    const range = {
      start: new Date('2013-03-01T00:00:00Z'),
      end: new Date('2014-09-01T00:00:00Z'),
    };
    return html`<div style="max-width: 1200px">
      <news-timeline .timeline=${exide()} .range=${range}></news-timeline>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => {
      const labels = root(canvasElement).querySelectorAll('[part~="event"] [part~="label"]');
      return expect(labels.length).toBeGreaterThan(25);
    });
    await expect(root(canvasElement).querySelectorAll('[part~="cluster"]')).toHaveLength(0);
  },
};

/**
 * Extractor drafts of five wire stories at desktop width: breaking news ends at the publication
 * line, whose label stands whole at the drawing's end.
 */
export const ExtractorDrafts: Story = {
  render: () =>
    html`${drafts.map(
      ([id, draft]) =>
        html`<h3>${id}</h3>
          ${view(parseTimeline(draft).timeline!)}`,
    )}`,
  play: async ({ canvasElement }) => {
    for (const element of canvasElement.querySelectorAll('news-timeline')) {
      await waitFor(() => expect(element.shadowRoot!.querySelector('.plot')).not.toBeNull());
      // Not every draft's publication falls in its first view.
      const label = element.shadowRoot!.querySelector('.published-label');
      const right = label?.getBoundingClientRect().right ?? 0;
      await expect(right).toBeLessThanOrEqual(element.getBoundingClientRect().right);
    }
  },
};

/** Every corpus timeline at desktop width, one after the other. */
export const Corpus: Story = {
  render: () =>
    html`${corpus().map(
      (entry) =>
        html`<h3>${entry.id}: ${entry.shape}</h3>
          ${view(entry.timeline)}`,
    )}`,
};

/** The same corpus at phone width. */
export const CorpusPhone: Story = {
  render: () =>
    html`${corpus().map(
      (entry) =>
        html`<h3>${entry.id}</h3>
          ${view(entry.timeline, '360px')}`,
    )}`,
};
