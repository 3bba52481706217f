import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { fromTimelineJS } from '../src/import/index.js';
import moscow from '../tests/fixtures/corpus/msk-bomb-hoax.tljs.json';

/** A TimelineJS3 document in the shapes its documentation shows: partial dates, eras, groups, HTML. */
const tljs = {
  title: {
    text: {
      headline: 'Election night <em>2020</em>',
      text: '<p>From the polls closing to the call.</p>',
    },
  },
  eras: [
    {
      start_date: { year: 2020, month: 11, day: 3 },
      end_date: { year: 2020, month: 11, day: 7 },
      text: { headline: 'Counting' },
    },
  ],
  events: [
    {
      unique_id: 'polls-close',
      start_date: { year: 2020, month: 11, day: 3, hour: 19 },
      text: { headline: 'First polls close', text: 'Indiana &amp; Kentucky close at <b>7pm</b>.' },
      group: 'Polls',
      media: { url: 'https://example.com/photo.jpg', credit: 'Associated Press' },
    },
    {
      unique_id: 'count',
      start_date: { year: 2020, month: 11, day: 4 },
      end_date: { year: 2020, month: 11, day: 6 },
      display_date: 'Wednesday to Friday',
      text: { headline: 'Mail-in ballots counted', text: '' },
      group: 'Count',
    },
    {
      unique_id: 'call',
      start_date: { year: 2020, month: 11, day: 7, hour: 11, minute: 24 },
      text: {
        headline: 'Networks call the race',
        text: '<p>The call came on the fourth day of counting.</p><p>Read <a href="https://apnews.com/hub/election-2020">the report</a>.</p>',
      },
      group: 'Count',
    },
  ],
};

const meta: Meta = {
  title: 'Components/news-timeline/From TimelineJS',
  component: 'news-timeline',
};
export default meta;

/**
 * A TimelineJS3 document read by `fromTimelineJS`, in New York time; problems are listed below.
 * The call's link is its source ("reported by apnews.com"), its paragraphs stay apart on its card.
 */
export const FromTimelineJS: StoryObj = {
  render: () => {
    const { timeline, problems } = fromTimelineJS(tljs, {
      timeZone: 'America/New_York',
      language: 'en',
    });
    return html`<news-timeline
        .timeline=${timeline ?? undefined}
        color-by="category"
      ></news-timeline>
      <h3>What could not be carried over</h3>
      <ul>
        ${problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
      </ul>`;
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('news-timeline')!;
    await waitFor(() =>
      expect(element.shadowRoot!.querySelectorAll('[part~="event"]').length).toBe(3),
    );
    element.setAttribute('selected', 'call');
    await waitFor(() => {
      const card = element.shadowRoot!.querySelector('news-event-card')?.shadowRoot;
      expect(
        card?.querySelector('a[href="https://apnews.com/hub/election-2020"]')?.textContent,
      ).toBe('reported by apnews.com');
    });
  },
};

/**
 * A real TimelineJS file (Moscow's bomb-hoax calls of 2017, in Russian) whose title slide and 13
 * of 29 slides have text and no headline: each is headed by its text's first sentence, or its
 * first words and "…" when that runs past 140 characters, and the title by its introduction's.
 */
export const SlidesWithoutHeadlines: StoryObj = {
  render: () => {
    const { timeline } = fromTimelineJS(moscow, { timeZone: 'Europe/Moscow', language: 'ru' });
    return html`<news-timeline .timeline=${timeline ?? undefined} lang="ru"></news-timeline>`;
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('news-timeline')!;
    await waitFor(() =>
      expect(element.shadowRoot!.querySelector('[part~="title"]')?.textContent).toContain(
        'На таймлайне представлены основные дни',
      ),
    );
  },
};
