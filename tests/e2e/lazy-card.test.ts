// The detail card's code arrives after the page's first download (src/news-timeline.ts): a reader
// who opens an event before it is there must still find the card, in view, once it arrives. The
// production bundle, its card part held back by the network, in a real Chromium driven from Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { bundleElement } from '../../scripts/bundle.mjs';
import { renderTimelineHtml } from '../../src/ssr/index.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { openSite } from './browser-page.js';

const PAGES = 'test-results/lazy-card';

describe('the detail card opened before its code arrives', () => {
  let site: Awaited<ReturnType<typeof openSite>>;

  beforeAll(async () => {
    await bundleElement();
    // A server-rendered page with an open event, upgraded by the plain bundle.
    const fragment = await renderTimelineHtml(iraqTimeline, {
      width: 1200,
      attributes: { selected: iraqTimeline.events[0]!.id },
    });
    await mkdir(PAGES, { recursive: true });
    await writeFile(
      `${PAGES}/ssr-open.html`,
      `<!doctype html><html lang="en"><body style="margin:0;max-width:1200px">${fragment}` +
        `<p id="after">The article goes on.</p>` +
        `<script type="module" src="/dist/news-timeline.bundle.js"></script></body></html>`,
    );
    site = await openSite();
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  /** Opens the first event on a phone, the card's part delayed by `delay` ms. */
  async function openOnPhone(delay: number, waitForCard: boolean) {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/news-event-card.define-*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await page.goto(`${site.url}/tests/fixtures/csp/index.html`);
    const seen = await page.evaluate(async (waitForCard) => {
      const element = document.querySelector('news-timeline')!;
      const until = async <T>(get: () => T | null | undefined | false): Promise<T> => {
        for (;;) {
          const value = get();
          if (value) return value;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      };
      const button = await until(() =>
        element.shadowRoot?.querySelector<HTMLElement>('[part~="event"]'),
      );
      if (waitForCard) await customElements.whenDefined('news-event-card');
      const definedAtOpen = customElements.get('news-event-card') !== undefined;
      button.click();
      const card = await until(() => element.shadowRoot!.querySelector('news-event-card'));
      const headline = await until(() => card.shadowRoot?.querySelector('[part~="headline"]'));
      // The detail's scroll (selection-controller) has had its time, and the card its definition.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const box = headline.getBoundingClientRect();
      return {
        definedAtOpen,
        text: headline.textContent?.trim() ?? '',
        top: box.top,
        bottom: box.bottom,
        viewport: innerHeight,
      };
    }, waitForCard);
    await page.close();
    return { ...seen, errors };
  }

  it('on a phone, scrolls the card into view once it is defined, as it does when it was there', async () => {
    // The control: the card's code arrives at once, as the page's first idle time fetched it.
    const quick = await openOnPhone(0, true);
    expect(quick.definedAtOpen).toBe(true);
    expect(quick.text.length).toBeGreaterThan(0);
    expect(quick.top).toBeGreaterThanOrEqual(0);
    expect(quick.bottom).toBeLessThanOrEqual(quick.viewport);
    // A slow network: the reader opens an event before the card's part has arrived.
    const slow = await openOnPhone(2000, false);
    expect(slow.definedAtOpen).toBe(false);
    expect(slow.text).toBe(quick.text);
    expect(slow.errors).toEqual([]);
    expect(slow.top).toBeGreaterThanOrEqual(0);
    expect(slow.bottom).toBeLessThanOrEqual(slow.viewport);
  });

  // Upgraded at once, the timeline's first client render held an empty card until its code came,
  // 20 px of detail where the server drew 307, and the article under it jumped up and back (layout
  // shift 0.0084 at 1280 px). A page open on a server-rendered card now defines its timelines once
  // the card's code is there (`whenServerCardReady`), the server's drawing shown until then.
  it('keeps a server-rendered open card in place while the plain bundle upgrades', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number; heights: number[] };
      w.shift = 0;
      w.heights = [];
      // Only once the page is parsed: a slow machine paints the server's card half parsed (34 px
      // in one CI run), which is the browser streaming the page, not the upgrade under test.
      let parsedAt = Infinity;
      document.addEventListener('readystatechange', () => (parsedAt = performance.now()), {
        once: true,
      });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; startTime: number }[])
          if (entry.startTime >= parsedAt) w.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const sample = () => {
        const detail =
          parsedAt !== Infinity &&
          document.querySelector('news-timeline')?.shadowRoot?.querySelector('#detail');
        if (detail) w.heights.push(Math.round(detail.getBoundingClientRect().height));
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto(`${site.url}/${PAGES}/ssr-open.html`);
    await page.waitForFunction(() => customElements.get('news-event-card') !== undefined);
    await page.waitForTimeout(1000);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { shift: number; heights: number[] };
      return { shift: w.shift, smallest: Math.min(...w.heights), last: w.heights.at(-1)! };
    });
    await page.close();
    expect(seen.last).toBeGreaterThan(100);
    expect(seen.smallest).toBe(seen.last);
    expect(seen.shift).toBe(0);
  });

  it('asks for the card after the timeline draws, not while it waits for its data', async () => {
    // Asked for in the page's first idle time, the card's code was compiled while a timeline given
    // its data then drew (the benchmark's first render at 100 events, 1.13x its work).
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.route('**/iraq-2014.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`${site.url}/tests/fixtures/csp/index.html`);
    await page.waitForFunction(() => customElements.get('news-event-card') !== undefined);
    const times = await page.evaluate(() => {
      const files = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const find = (part: string) => files.find((file) => file.name.includes(part))!;
      return {
        dataEnd: find('/iraq-2014.json').responseEnd,
        cardStart: find('/news-event-card.define-').startTime,
      };
    });
    await page.close();
    expect(times.cardStart).toBeGreaterThanOrEqual(times.dataEnd);
  });

  /**
   * Whether the card is defined 1.5 s after the page, its markup rewritten by `edit`, shows what
   * `shown` finds in the timeline's shadow root.
   */
  async function cardDefinedOn(edit: (html: string) => string, shown: string): Promise<boolean> {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.route('**/tests/fixtures/csp/index.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: edit(await response.text()) });
    });
    await page.goto(`${site.url}/tests/fixtures/csp/index.html`);
    await page.waitForFunction(
      (selector) => document.querySelector('news-timeline')?.shadowRoot?.querySelector(selector),
      shown,
    );
    await page.waitForTimeout(1500);
    const defined = await page.evaluate(() => customElements.get('news-event-card') !== undefined);
    await page.close();
    return defined;
  }

  it('asks for the card on a page whose timeline shows its list view from the start', async () => {
    // The list view renders no drawing: the card's code must still come in an idle time, not only
    // when a reader opens an event (then the detail waits for it, empty, on the network).
    const list = (html: string) => html.replace('<news-timeline ', '<news-timeline view="list" ');
    expect(await cardDefinedOn(list, '[part~="list"] button')).toBe(true);
  });

  it('defines a card shown on its own on a page whose timeline never draws', async () => {
    // A card beside a timeline whose data failed: no drawing renders to ask for the card's code,
    // and the page's first idle time skipped it because the page holds a timeline.
    const failedBesideCard = (html: string) =>
      html
        .replace('iraq-2014.json', 'missing.json')
        .replace('</body>', '<news-event-card></news-event-card></body>');
    expect(await cardDefinedOn(failedBesideCard, '[role="alert"]')).toBe(true);
  });
});
