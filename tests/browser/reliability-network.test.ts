// `src` over a network that fails, stalls, lies and races: the element always settles on the latest
// request, says what went wrong, and leaves no promise rejected unhandled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineErrorDetail } from '../../src/components/news-timeline/news-timeline.events.js';
import {
  MAX_SOURCE_BYTES,
  SOURCE_TIMEOUT_MS,
} from '../../src/components/news-timeline/source-controller.js';
import type { Timeline } from '../../src/model/types.js';
import { cleanup, eventButtons, mount, shadow, until } from './fixtures.js';

const canary = globalThis as unknown as Record<string, unknown>;
const realFetch = window.fetch;
beforeEach(() => {
  delete canary.__xss;
});

afterEach(async () => {
  window.fetch = realFetch;
  vi.useRealTimers();
  cleanup();
  // A rejection surfaces a task or two after it happens.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(canary.__xss).toBeUndefined();
});

function story(id: string, count = 2): Timeline {
  return {
    id,
    title: `Story ${id}`,
    language: 'en',
    published: '2014-06-30T00:00:00Z',
    timeZone: 'UTC',
    eras: [],
    events: Array.from({ length: count }, (_, i) => ({
      id: `${id}-${i}`,
      headline: `${id} event ${i}`,
      when: {
        start: `2014-06-${String(10 + i).padStart(2, '0')}T12:00:00Z`,
        end: null,
        precision: 'day',
      },
      places: [],
      actors: [],
      quantities: [],
      sources: [],
      tags: [],
    })),
  };
}

function jsonUrl(data: unknown, type = 'application/json'): string {
  return URL.createObjectURL(
    new Blob([typeof data === 'string' ? data : JSON.stringify(data)], { type }),
  );
}

interface Call {
  url: string;
  signal: AbortSignal;
}

/** A fetch that never answers until its signal aborts (as a real fetch behaves on a dead server). */
function hangingFetch(signal: AbortSignal): Promise<Response> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * Replaces window.fetch: URLs in `routes` get the route's answer, others go to the network.
 * Returns the calls made, with their signals.
 */
function stubFetch(routes: Record<string, (signal: AbortSignal) => Promise<Response>>): Call[] {
  const calls: Call[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const signal = init?.signal ?? new AbortController().signal;
    calls.push({ url, signal });
    const route = routes[url];
    return route ? route(signal) : realFetch(input, init);
  };
  return calls;
}

function errorsOf(element: NewsTimeline): NewsTimelineErrorDetail[] {
  const details: NewsTimelineErrorDetail[] = [];
  element.addEventListener('news-timeline-error', (e) => details.push(e.detail));
  return details;
}

function alertText(element: NewsTimeline): string | undefined {
  return shadow(element).querySelector('[role="alert"]')?.textContent ?? undefined;
}

function loadingShown(element: NewsTimeline): boolean {
  return shadow(element).querySelector('[part~="status"][role="status"]') !== null;
}

function drawnIds(element: NewsTimeline): string[] {
  return eventButtons(element).map((b) => b.dataset.id!);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('failures', () => {
  it('404: an alert naming the status, and a fatal src error', async () => {
    let errors: NewsTimelineErrorDetail[] = [];
    const element = await mount((el) => {
      errors = errorsOf(el);
      el.src = '/no/such/timeline.json';
    });
    await until(() => alertText(element));
    expect(alertText(element)).toMatch(/404/);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ fatal: true, origin: 'src' });
  });

  it('HTTP 500 and a network error are reported, not thrown', async () => {
    stubFetch({
      'https://example.test/500': async () =>
        new Response('oops', { status: 500, statusText: 'Server Error' }),
      'https://example.test/down': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const a = await mount((el) => (el.src = 'https://example.test/500'));
    const b = await mount((el) => (el.src = 'https://example.test/down'));
    await until(() => alertText(a) && alertText(b));
    expect(alertText(a)).toMatch(/500/);
    expect(alertText(b)).toMatch(/Failed to fetch/);
  });

  it('a server that never answers: the timeout fails the load with a message', async () => {
    const calls = stubFetch({ 'https://example.test/hang': hangingFetch });
    // SOURCE_TIMEOUT_MS is 20 s of (fake) time: not a moment before, then the load fails.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let errors: NewsTimelineErrorDetail[] = [];
    const element = await mount((el) => {
      errors = errorsOf(el);
      el.src = 'https://example.test/hang';
    });
    expect(loadingShown(element)).toBe(true);
    await vi.advanceTimersByTimeAsync(SOURCE_TIMEOUT_MS - 1);
    await element.updateComplete;
    expect(calls[0]!.signal.aborted).toBe(false);
    expect(loadingShown(element)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => alertText(element), 3000);
    expect(alertText(element)).toMatch(/did not answer in time/);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(errors).toHaveLength(1);
  });

  it('an answer clears its timeout: no timer is left behind a finished request', async () => {
    stubFetch({ 'https://example.test/fast': async () => Response.json(story('fast')) });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const element = await mount((el) => (el.src = 'https://example.test/fast'));
    await until(() => eventButtons(element).length > 0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('HTML instead of JSON: a fatal error, and the HTML is never run', async () => {
    const url = jsonUrl(
      '<!doctype html><title>x</title><script>parent.__xss=1</script><img src=x onerror=parent.__xss=1>',
      'text/html',
    );
    let errors: NewsTimelineErrorDetail[] = [];
    const element = await mount((el) => {
      errors = errorsOf(el);
      el.src = url;
    });
    await until(() => alertText(element));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.fatal).toBe(true);
    expect(shadow(element).querySelector('img, script, iframe')).toBeNull();
  });

  it('a Content-Length over the cap is refused before the body is read', async () => {
    let cancelled = false;
    stubFetch({
      'https://example.test/huge': async () =>
        new Response(
          new ReadableStream({
            pull: (controller) => controller.enqueue(new Uint8Array(1024)),
            cancel: () => void (cancelled = true),
          }),
          {
            headers: {
              'content-length': String(MAX_SOURCE_BYTES + 1),
              'content-type': 'application/json',
            },
          },
        ),
    });
    const element = await mount((el) => (el.src = 'https://example.test/huge'));
    await until(() => alertText(element));
    expect(alertText(element)).toMatch(/larger than 25 MB/);
    await until(() => cancelled);
  });

  it('an endless body without Content-Length is cut off at the cap, not buffered forever', async () => {
    let sent = 0;
    let cancelled = false;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    stubFetch({
      'https://example.test/endless': async () =>
        new Response(
          new ReadableStream({
            pull: (controller) => {
              sent += chunk.byteLength;
              controller.enqueue(chunk);
            },
            cancel: () => void (cancelled = true),
          }),
        ),
    });
    const element = await mount((el) => (el.src = 'https://example.test/endless'));
    await until(() => alertText(element), 10_000);
    expect(alertText(element)).toMatch(/larger than 25 MB/);
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(MAX_SOURCE_BYTES + 4 * chunk.byteLength);
  });

  it('a body under the cap in many small chunks, with multi-byte characters split across them, loads', async () => {
    const data = story('utf8');
    data.events[0]!.headline = 'Baghdad بغداد — 13 June 🙂';
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    stubFetch({
      'https://example.test/chunked': async () =>
        new Response(
          new ReadableStream({
            start: (controller) => {
              for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
              controller.close();
            },
          }),
        ),
    });
    const element = await mount((el) => (el.src = 'https://example.test/chunked'));
    await until(() => drawnIds(element).length === 2);
    element.view = 'list';
    await element.updateComplete;
    expect(shadow(element).querySelector('.list-headline')!.textContent).toBe(
      'Baghdad بغداد — 13 June 🙂',
    );
  });

  it('a javascript: src is not run', async () => {
    const element = await mount((el) => (el.src = 'javascript:parent.__xss=1'));
    await until(() => alertText(element));
    expect(canary.__xss).toBeUndefined();
  });
});

describe('races', () => {
  it('changing src while loading aborts the old request; only the latest lands', async () => {
    const calls = stubFetch({ 'https://example.test/slow': hangingFetch });
    const fresh = jsonUrl(story('fresh'));
    const element = await mount((el) => (el.src = 'https://example.test/slow'));
    expect(loadingShown(element)).toBe(true);
    element.src = fresh;
    await until(() => drawnIds(element).length === 2);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(drawnIds(element)).toEqual(['fresh-0', 'fresh-1']);
    expect(alertText(element)).toBeUndefined();
  });

  it('a stale answer that ignores the abort never overwrites newer data', async () => {
    let answerStale!: () => void;
    stubFetch({
      // A fetch that does not honour its signal (a polyfill, a service worker) answers late anyway.
      'https://example.test/stale': () =>
        new Promise((resolve) => (answerStale = () => resolve(Response.json(story('stale'))))),
      'https://example.test/fresh': async () => {
        await delay(20);
        return Response.json(story('fresh'));
      },
    });
    const loads: string[] = [];
    const element = await mount((el) => {
      el.addEventListener('news-timeline-load', (e) => loads.push(e.detail.timeline.id));
      el.src = 'https://example.test/stale';
    });
    element.src = 'https://example.test/fresh';
    await until(() => drawnIds(element).length === 2);
    answerStale();
    await delay(50);
    await element.updateComplete;
    expect(drawnIds(element)).toEqual(['fresh-0', 'fresh-1']);
    expect(loads).toEqual(['fresh']);
  });

  it('many src changes in a burst: the last one wins', async () => {
    const urls = Array.from({ length: 20 }, (_, i) => jsonUrl(story(`s${i}`)));
    const loads: string[] = [];
    const element = await mount((el) =>
      el.addEventListener('news-timeline-load', (e) => loads.push(e.detail.timeline.id)),
    );
    for (const url of urls) {
      element.src = url;
      await element.updateComplete;
    }
    await until(() => loads.includes('s19'));
    await delay(50);
    expect(loads.at(-1)).toBe('s19');
    expect(drawnIds(element)).toEqual(['s19-0', 's19-1']);
  });

  it('setting timeline while src is loading: the property wins and the late fetch is dropped', async () => {
    let answer!: () => void;
    const calls = stubFetch({
      'https://example.test/late': () =>
        new Promise((resolve) => (answer = () => resolve(Response.json(story('late'))))),
    });
    const loads: string[] = [];
    const element = await mount((el) => {
      el.addEventListener('news-timeline-load', (e) => loads.push(e.detail.timeline.id));
      el.src = 'https://example.test/late';
    });
    expect(loadingShown(element)).toBe(true);
    element.timeline = story('property');
    await until(() => drawnIds(element).length === 2);
    expect(calls[0]!.signal.aborted).toBe(true);
    answer();
    await delay(50);
    await element.updateComplete;
    expect(drawnIds(element)).toEqual(['property-0', 'property-1']);
    expect(loads).toEqual(['property']);
    // A later src change does not override the property either.
    element.src = jsonUrl(story('ignored'));
    await element.updateComplete;
    await delay(50);
    expect(drawnIds(element)).toEqual(['property-0', 'property-1']);
  });
});

describe('removal', () => {
  it('removing the element while loading aborts the fetch', async () => {
    const calls = stubFetch({ 'https://example.test/slow': hangingFetch });
    const element = await mount((el) => (el.src = 'https://example.test/slow'));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signal.aborted).toBe(false);
    element.remove();
    expect(calls[0]!.signal.aborted).toBe(true);
  });

  it('moving the element while loading resumes the load in its new place', async () => {
    let answer!: () => void;
    const calls = stubFetch({
      'https://example.test/moved': (signal) =>
        calls.length === 1
          ? hangingFetch(signal)
          : new Promise((resolve) => (answer = () => resolve(Response.json(story('moved'))))),
    });
    const element = await mount((el) => (el.src = 'https://example.test/moved'));
    const elsewhere = document.createElement('div');
    elsewhere.style.width = '900px';
    document.body.append(elsewhere);
    elsewhere.append(element);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls).toHaveLength(2);
    answer();
    await until(() => drawnIds(element).length === 2);
  });

  it('removed while loading, then re-added later: the load starts again', async () => {
    const url = jsonUrl(story('again'));
    const calls = stubFetch({});
    const element = await mount((el) => (el.src = url));
    const parent = element.parentElement!;
    element.remove();
    await delay(30);
    expect(drawnIds(element)).toEqual([]);
    parent.append(element);
    await until(() => drawnIds(element).length === 2);
    expect(calls.length).toBe(2);
  });
});
