// The detail card's code arrives after the page's first download (src/news-timeline.ts): a reader
// who opens an event before it is there must still find the card, in view, once it arrives. The
// production bundle, its card part held back by the network, in a real Chromium driven from Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { bundleElement } from '../../scripts/bundle.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

describe('the detail card opened before its code arrives', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    await bundleElement();
    server = (await serveStatic(process.cwd())) as typeof server;
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the first event on a phone, the card's part delayed by `delay` ms. */
  async function openOnPhone(delay: number, waitForCard: boolean) {
    const page = await browser.newPage({ viewport: { width: 390, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/news-event-card.define-*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await page.goto(`${server.url}/tests/fixtures/csp/index.html`);
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
});
