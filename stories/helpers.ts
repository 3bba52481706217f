import type { Timeline, TimelineEvent, When } from '../src/model/types.js';

/** A tiny event builder for stories and tests: only what the story is about needs saying. */
export function event(
  id: string,
  headline: string,
  when: When,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id,
    headline,
    when,
    places: [],
    actors: [],
    quantities: [],
    sources: [],
    tags: [],
    ...extra,
  };
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
