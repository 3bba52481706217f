import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { iraqTimeline } from '../src/data/iraq-2014.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import type { Timeline } from '../src/model/types.js';

/**
 * A story that changes while it is read. Each step is a new version of the same timeline (same
 * `id`), set on the `timeline` property as a page would after a poll; `src` with `refresh` does the
 * same from a URL. The reader keeps their range, selection and focus; one polite announcement per
 * step; changed events are marked "Updated", added ones outlined for a moment, corrections listed
 * on the card, and the publication mark gives the revision time.
 */
const meta: Meta = {
  title: 'Components/news-timeline/Live story',
  component: 'news-timeline',
};
export default meta;

const DATED = iraqTimeline.events.find((event) => event.when.precision === 'day')!.id;
const NIGHT = 'basiji-enter-badra-jassan';

function step(edit: (timeline: Timeline) => void): Timeline {
  const next = structuredClone(iraqTimeline);
  edit(next);
  return next;
}

/** The replayed revisions, each built on the one before. */
const STEPS: { label: string; apply: (timeline: Timeline) => void }[] = [
  {
    label: 'An event is added',
    apply: (t) => {
      t.updated = '2014-06-14T14:05:00+03:00';
      t.events.push({
        ...structuredClone(t.events.find((e) => e.id === DATED)!),
        id: 'advisers-seen-at-samarra',
        headline: 'Iranian advisers reported at the Samarra shrine',
        corrections: undefined,
      });
    },
  },
  {
    label: 'A time is narrowed',
    apply: (t) => {
      t.updated = '2014-06-14T15:20:00+03:00';
      const night = t.events.find((e) => e.id === NIGHT)!;
      night.when = {
        ...night.when,
        start: '2014-06-14T02:30:00+03:00',
        end: '2014-06-14T02:30:00+03:00',
        precision: 'minute',
        text: 'at 02:30',
      };
    },
  },
  {
    label: 'A number is corrected',
    apply: (t) => {
      t.updated = '2014-06-14T16:05:00+03:00';
      const event = t.events.find((e) => e.id === DATED)!;
      event.corrections = [
        {
          at: '2014-06-14T16:05:00+03:00',
          fields: ['quantities'],
          note: 'An earlier version gave the number as 2,000.',
        },
      ];
    },
  },
  {
    label: 'An event is removed',
    apply: (t) => {
      t.updated = '2014-06-14T17:40:00+03:00';
      t.events = t.events.filter((e) => e.id !== 'army-bases-looted-in-kirkuk');
    },
  },
];

function versionAt(count: number): Timeline {
  return step((timeline) => STEPS.slice(0, count).forEach(({ apply }) => apply(timeline)));
}

function render() {
  let shown = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const go = (host: HTMLElement, to: number) => {
    shown = Math.max(0, Math.min(STEPS.length, to));
    host.querySelector<NewsTimeline>('news-timeline')!.timeline = versionAt(shown);
    host.querySelector('output')!.textContent =
      shown === 0 ? 'As published' : `Step ${shown} of ${STEPS.length}: ${STEPS[shown - 1]!.label}`;
  };
  const root = (event: Event) => (event.target as HTMLElement).closest<HTMLElement>('.live')!;
  const play = (host: HTMLElement) => {
    clearInterval(timer);
    go(host, 0);
    timer = setInterval(
      () => (shown < STEPS.length ? go(host, shown + 1) : clearInterval(timer)),
      3000,
    );
  };
  return html`<div class="live">
    <p>
      <button type="button" @click=${(e: Event) => go(root(e), shown + 1)}>Next update</button>
      <button type="button" @click=${(e: Event) => go(root(e), 0)}>Back to as published</button>
      <button type="button" @click=${(e: Event) => play(root(e))}>Replay every 3 s</button>
      <output>As published</output>
    </p>
    <news-timeline .timeline=${versionAt(0)}></news-timeline>
  </div>`;
}

export const Replay: StoryObj = {
  render: () => render(),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<NewsTimeline>('news-timeline')!;
    const next = [...canvasElement.querySelectorAll('button')].find(
      (b) => b.textContent === 'Next update',
    )!;
    const updates: string[][] = [];
    element.addEventListener('news-timeline-update', (event) =>
      updates.push(event.detail.diff.added),
    );
    await waitFor(() =>
      expect(element.shadowRoot!.querySelector('[part~="event"]')).not.toBeNull(),
    );
    next.click();
    await waitFor(() => expect(updates).toEqual([['advisers-seen-at-samarra']]));
  },
};
