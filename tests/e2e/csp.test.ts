// The element under a strict Content-Security-Policy: the production bundle, served with the header,
// in a real Chromium driven from Node (Vitest's own page needs inline script, so it cannot host this).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleElement } from '../../scripts/bundle.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

describe('strict Content-Security-Policy', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const missing: string[] = [];

  beforeAll(async () => {
    await bundleElement();
    server = (await serveStatic(process.cwd(), {
      headers: { 'Content-Security-Policy': STRICT_CSP },
    })) as typeof server;
    browser = await chromium.launch(chromiumLaunchOptions());
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(response.url());
    });
    await page.goto(`${server.url}/tests/fixtures/csp/index.html`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function violations(): Promise<Violation[]> {
    return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
  }

  it('serves the page with the policy', async () => {
    const response = await page.request.get(`${server.url}/tests/fixtures/csp/index.html`);
    expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);
  });

  it('renders the article timeline from src: no CSP violation of any kind, no console error', async () => {
    await page.waitForFunction(
      () => {
        const root = document.querySelector('news-timeline')?.shadowRoot;
        // The dated news on the axis, the background listed in its band.
        return (root?.querySelectorAll('[part~="event"], [part~="band-event"]').length ?? 0) > 5;
      },
      undefined,
      { timeout: 20_000 },
    );
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('news-timeline')!.shadowRoot!;
      const ticks = [...root.querySelectorAll<HTMLElement>('[part~="tick"]')];
      return {
        events: root.querySelectorAll('[part~="event"], [part~="band-event"]').length,
        ticks: ticks.length,
        adopted: root.adoptedStyleSheets.length,
      };
    });
    expect(drawn.events).toBeGreaterThan(5);
    expect(drawn.adopted).toBeGreaterThan(0);
    expect(drawn.ticks).toBeGreaterThan(1);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('positions marks and ticks without inline style attributes (style-src-attr)', async () => {
    // Each tick and item is placed along the axis by its own inline-start offset, set through the
    // CSSOM; had the policy blocked it, every one would fall back to 'auto' at the same spot.
    const positions = await page.evaluate(() => {
      const root = document.querySelector('news-timeline')!.shadowRoot!;
      return [...root.querySelectorAll<HTMLElement>('[part~="tick"], [part~="events"] > li')].map(
        (node) => node.style.getPropertyValue('inset-inline-start'),
      );
    });
    expect(positions.length).toBeGreaterThan(5);
    expect(positions.filter((p) => !/px$/.test(p))).toEqual([]);
    expect(new Set(positions).size).toBeGreaterThan(5);
    expect(await violations()).toEqual([]);
  });

  it('opens a detail card, zooms and shows the list view with no violation', async () => {
    await page.evaluate(async () => {
      const element = document.querySelector('news-timeline') as HTMLElement & {
        updateComplete: Promise<unknown>;
        zoomBy(factor: number): void;
        view: string;
      };
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="event"]')!.click();
      await element.updateComplete;
      element.zoomBy(4);
      await new Promise((resolve) => setTimeout(resolve, 400));
      element.view = 'list';
      await element.updateComplete;
    });
    const card = await page.evaluate(() => {
      const root = document.querySelector('news-timeline')!.shadowRoot!;
      const cardRoot = root.querySelector('news-event-card')!.shadowRoot!;
      return {
        headline: cardRoot.querySelector('[part~="headline"]')?.textContent?.trim() ?? '',
        listItems: root.querySelectorAll('.list-event').length,
      };
    });
    expect(card.headline.length).toBeGreaterThan(0);
    expect(card.listItems).toBeGreaterThan(5);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('fetches the detail card after the page’s first download, and shows it on the first open', async () => {
    // A fresh page: the card's code is a part of its own, fetched in an idle time after the
    // drawing renders (or when a reader opens an event first), not with the bundle.
    const fresh = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await fresh.goto(`${server.url}/tests/fixtures/csp/index.html`);
    const seen = await fresh.evaluate(async () => {
      const element = document.querySelector('news-timeline') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      const until = async <T>(get: () => T | null | undefined): Promise<T> => {
        for (;;) {
          const value = get();
          if (value) return value;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      };
      await until(() => element.shadowRoot?.querySelector<HTMLElement>('[part~="event"]')).then(
        (button) => button.click(),
      );
      const card = await until(() => element.shadowRoot!.querySelector('news-event-card'));
      const headline = await until(() =>
        card.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim(),
      );
      const files = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const bundle = files.find((file) => file.name.endsWith('/news-timeline.bundle.js'))!;
      const data = files.find((file) => file.name.endsWith('/iraq-2014.json'))!;
      const cardFile = files.find((file) => file.name.includes('/news-event-card.define-'));
      return {
        headline,
        bundleEnd: bundle.responseEnd,
        dataEnd: data.responseEnd,
        cardStart: cardFile?.startTime,
      };
    });
    await fresh.close();
    expect(seen.headline.length).toBeGreaterThan(0);
    expect(seen.cardStart).toBeDefined();
    expect(seen.cardStart!).toBeGreaterThanOrEqual(seen.bundleEnd);
    // Not while the timeline draws: it asks after its drawing renders, which waits for the data.
    expect(seen.cardStart!).toBeGreaterThanOrEqual(seen.dataEnd);
  });

  it('story mode loads on demand, with the title card picture and an event picture, and no violation', async () => {
    const seen = await page.evaluate(async () => {
      type Story = HTMLElement & { updateComplete: Promise<unknown>; next(): void };
      const element = document.querySelector('news-timeline') as HTMLElement & {
        updateComplete: Promise<unknown>;
        timeline: unknown;
        mode: string;
        view: string;
        selected: string | undefined;
      };
      const data = await (await fetch('/src/data/static/iraq-2014.json')).json();
      // The placeholder files, by their path on this server (the data's own paths are relative to
      // a page served beside data/, as in Storybook).
      data.media[0].url = '/src/data/static/media/tel-abyad-placeholder.svg';
      // The story's first step: the first dated event (the background comes after the news).
      data.events.find((e: { id: string }) => e.id === 'iran-sends-2000-advance-troops').media = [
        {
          kind: 'image',
          url: '/src/data/static/media/placeholder.png',
          alt: 'A grey placeholder picture',
          caption: 'A placeholder',
          credit: 'Test placeholder',
          width: 320,
          height: 200,
        },
      ];
      element.view = 'timeline';
      // The earlier test opened an event; the story starts on the title card.
      element.selected = undefined;
      element.timeline = data;
      element.mode = 'story';
      await element.updateComplete;
      const until = async <T>(find: () => T | null | undefined): Promise<T> => {
        for (let i = 0; i < 200; i++) {
          const found = find();
          if (found) return found;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        throw new Error(`not found: ${String(find)}`);
      };
      const story = await until(() =>
        element.shadowRoot!.querySelector<Story>('news-timeline-story'),
      );
      const title = await until(() => story.shadowRoot?.querySelector('img'));
      await until(() => title.complete && title.naturalWidth > 0 && title);
      story.next();
      await story.updateComplete;
      const card = await until(() => story.shadowRoot!.querySelector('news-event-card'));
      const picture = await until(() => card.shadowRoot?.querySelector('img'));
      await until(() => picture.complete && picture.naturalWidth > 0 && picture);
      return {
        defined: Boolean(customElements.get('news-timeline-story')),
        title: title.naturalWidth,
        picture: picture.naturalWidth,
        aspect: getComputedStyle(picture).aspectRatio,
      };
    });
    expect(seen).toEqual({ defined: true, title: 1200, picture: 320, aspect: 'auto 320 / 200' });
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('the policy is really enforced: an injected inline script is blocked and reported', async () => {
    await page
      .evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
      })
      .catch(() => {});
    // Trusted Types refuses the text assignment, or script-src refuses to run it: either way, no run.
    expect(
      await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
    ).toBeUndefined();
    const seen = await violations();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((v) => v.directive)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(script-src|require-trusted-types-for)/)]),
    );
  });
});
