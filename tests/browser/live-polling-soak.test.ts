/**
 * Reliability of a story left open: simulated hours of `refresh="1"` polling (fake timers, a
 * stubbed fetch) hold heap, DOM listeners and timers flat. The server answers 304 most of the time,
 * a new version every ten simulated minutes and an error now and then, so the update, backoff and
 * not-modified paths all run. One simulated hour (3,600 polls) costs about 16 s of real time on
 * this machine, so the suite runs one; the 24 hours would take about 7 minutes here.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { cleanup, eventButtons, mount, until } from './fixtures.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  cleanup();
});

const UPDATE_EVERY = 600;
const SIMULATED_SECONDS = 3600;

async function counters(): Promise<{ heap: number; listeners: number }> {
  const session = cdp();
  const samples: { heap: number; listeners: number }[] = [];
  for (let i = 0; i < 3; i += 1) {
    await session.send('HeapProfiler.collectGarbage');
    const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    const dom = (await session.send('Memory.getDOMCounters')) as { jsEventListeners: number };
    samples.push({ heap: heap.usedSize, listeners: dom.jsEventListeners });
  }
  return {
    heap: Math.min(...samples.map((s) => s.heap)),
    listeners: Math.min(...samples.map((s) => s.listeners)),
  };
}

it('holds heap, listeners and timers flat over a simulated hour of polling every second', async () => {
  let requests = 0;
  let version = 0;
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    requests += 1;
    if (requests % 1000 === 0) return new Response('busy', { status: 503 });
    const etag = `"v${version}"`;
    const asked = new Headers(init.headers).get('if-none-match');
    if (requests % UPDATE_EVERY !== 0 && asked === etag) return new Response(null, { status: 304 });
    if (requests % UPDATE_EVERY === 0) version += 1;
    const timeline = { ...iraqTimeline, title: `Iraq, version ${version}` };
    return new Response(JSON.stringify(timeline), {
      status: 200,
      headers: { etag: `"v${version}"`, 'content-type': 'application/json' },
    });
  });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  const element = await mount((el) => {
    el.refresh = 1;
    el.src = '/live/soak.json';
  });
  await vi.advanceTimersByTimeAsync(1000);
  await until(() => eventButtons(element).length > 0);
  const warmup = 300;
  for (let s = 0; s < warmup; s += 60) await vi.advanceTimersByTimeAsync(60_000);
  const before = await counters();
  const timersBefore = vi.getTimerCount();
  for (let s = warmup; s < SIMULATED_SECONDS; s += 60) await vi.advanceTimersByTimeAsync(60_000);
  const after = await counters();
  // Polling ran all day: about one request a second, less the backoff after each failure.
  expect(requests).toBeGreaterThan(0.9 * SIMULATED_SECONDS);
  expect(element.shadowRoot!.querySelector('[part~="title"]')!.textContent).toContain(
    `version ${version}`,
  );
  expect(version).toBeGreaterThanOrEqual(4);
  // Flat: within 2 MB of heap (one retained version of the story is ~0.3 MB), the same listeners,
  // and no timers piling up (the refresh timer, the highlight and announcement timers at most).
  expect(after.heap - before.heap).toBeLessThan(2 * 1024 * 1024);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners + 2);
  expect(vi.getTimerCount()).toBeLessThanOrEqual(timersBefore + 2);
}, 240_000);
