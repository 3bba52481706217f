import type { Timeline, TimelineEvent, When } from '../src/model/types.js';
import { createEvent } from '../src/model/create-event.js';
import { sortEvents } from '../src/model/sort.js';
import { buildEventIndex } from '../src/layout/event-index.js';

/** A tiny event builder for stories and tests: only what the story is about needs saying. */
export const event = createEvent;

/**
 * Story mode's steps after its title card, as the drawing reads: the dated news in time order,
 * then the events its background band gathers.
 */
export function storySteps(timeline: Timeline): TimelineEvent[] {
  const band = buildEventIndex(timeline.events, { background: true }).band.items;
  const inBand = new Set(band.map((item) => item.id));
  const sorted = sortEvents(timeline.events);
  return [...sorted.filter((e) => !inBand.has(e.id)), ...sorted.filter((e) => inBand.has(e.id))];
}

export function timelineOf(events: TimelineEvent[], extra: Partial<Timeline> = {}): Timeline {
  return {
    id: 'story',
    title: 'A story',
    language: 'en',
    published: '2014-06-14T12:00:00+03:00',
    timeZone: 'Asia/Baghdad',
    events,
    eras: [],
    ...extra,
  };
}

export const day = (date: string, text?: string): When => ({
  start: `${date}T00:00:00+03:00`,
  end: `${nextDay(date)}T00:00:00+03:00`,
  precision: 'day',
  ...(text ? { text } : {}),
});

export const instant = (iso: string, text?: string): When => ({
  start: iso,
  end: iso,
  precision: 'instant',
  ...(text ? { text } : {}),
});

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Makes `fetch` of URLs containing `?slow` wait, so the loading state can be seen. */
export function slowFetch(ms: number): () => void {
  const original = window.fetch;
  window.fetch = async (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes('?slow')) {
      await new Promise((done) => setTimeout(done, ms));
    }
    return original(input, init);
  };
  return () => {
    window.fetch = original;
  };
}

/** Only uncertain times: a week, a night, a day, 48 hours, an ongoing event. */
export const uncertainSpans = timelineOf([
  event('week', 'Isis seizes Mosul and Tikrit', {
    start: '2014-06-09T00:00:00+03:00',
    end: '2014-06-14T12:00:00+03:00',
    precision: 'week',
    text: 'this week',
  }),
  event('night', '500 enter Badra Jassan', {
    start: '2014-06-13T18:00:00+03:00',
    end: '2014-06-14T06:00:00+03:00',
    precision: 'part-of-day',
    text: 'overnight',
  }),
  event('friday', 'Sermon at Kerbala', day('2014-06-13', 'on Friday')),
  event('48h', '2,000 advance troops sent', {
    start: '2014-06-12T12:00:00+03:00',
    end: '2014-06-14T12:00:00+03:00',
    precision: 'range',
    text: 'in the past 48 hours',
  }),
  event('open', 'Militias reorganise', {
    start: '2014-06-12T00:00:00+03:00',
    end: null,
    precision: 'unspecified',
    text: 'continuing',
  }),
]);

/** A headline and a name far longer than any label. */
export const longText = timelineOf([
  event(
    'long',
    'A very long headline that goes on and on about the many things that happened in a single afternoon in a provincial capital, far longer than any label',
    day('2014-06-13'),
    {
      summary: 'Long summary. '.repeat(40),
      actors: [
        {
          name: 'Sheik Abdul-Mahdi al-Karbalaie, representative of Grand Ayatollah Ali al-Sistani in Kerbala',
          kind: 'religious',
        },
      ],
    },
  ),
  event('short', 'Short', day('2014-06-14')),
]);

/** JSON with one valid event and two invalid ones: the problems panel and the survivors. */
export const invalidJson = JSON.stringify({
  ...timelineOf([event('ok', 'A valid event', day('2014-06-13'))]),
  events: [
    event('ok', 'A valid event', day('2014-06-13')),
    {
      id: 'bad-date',
      headline: 'No real date',
      when: { start: 'last Friday-ish', end: null, precision: 'day' },
    },
    {
      id: 'backwards',
      headline: 'Ends before it starts',
      when: {
        start: '2014-06-14T00:00:00+03:00',
        end: '2014-06-13T00:00:00+03:00',
        precision: 'range',
      },
    },
  ],
});
