// The refresh polling is its own file, fetched when a page sets `refresh` (source-controller.ts):
// what a reader sees when that file is slow or cannot be fetched. The production bundle in a real
// Chromium driven from Node, the file held back or refused by the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { bundleElement } from '../../scripts/bundle.mjs';
import { openSite } from './browser-page.js';

const PAGES = 'test-results/refresh-chunk';

describe('the refresh polling, fetched on demand', () => {
  let site: Awaited<ReturnType<typeof openSite>>;

  beforeAll(async () => {
    await bundleElement();
    await mkdir(PAGES, { recursive: true });
    await writeFile(
      `${PAGES}/index.html`,
      `<!doctype html><html lang="en"><body style="max-width:1200px">` +
        `<news-timeline src="/src/data/static/iraq-2014.json" refresh="1"></news-timeline>` +
        `<script type="module" src="/dist/news-timeline.bundle.js"></script></body></html>`,
    );
    site = await openSite();
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  /** The page with the polling's file answered by `answer`; the page's errors. */
  async function open(answer: Parameters<Page['route']>[1]) {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/source-refresh-*', answer);
    await page.goto(`${site.url}/${PAGES}/index.html`);
    await page.waitForFunction(() =>
      document.querySelector('news-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
    );
    return { page, errors };
  }

  it('says updates stopped when the file cannot be fetched, with no error in the page', async () => {
    const { page, errors } = await open((route) => route.abort());
    const status = await page.waitForFunction(() =>
      [...document.querySelector('news-timeline')!.shadowRoot!.querySelectorAll('[role="status"]')]
        .map((element) => element.textContent!.trim())
        .find((text) => text.startsWith('Could not check for updates')),
    );
    expect(await status.jsonValue()).toMatch(/Could not check for updates: .+/);
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never brings the URL’s data back over a story set while the file was on its way', async () => {
    // Held until the page has asked for a refresh and set another story.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, errors } = await open(async (route) => {
      await held;
      await route.continue();
    });
    await page.evaluate(() => {
      const element = document.querySelector('news-timeline')!;
      element.refreshNow();
      element.timeline = {
        id: 'another-story',
        title: 'Another story',
        events: [
          {
            id: 'one',
            headline: 'One thing happened',
            when: { start: '2020-01-01T12:00:00Z', end: null, precision: 'day' },
            places: [],
            actors: [],
            quantities: [],
            sources: [],
            tags: [],
          },
        ],
      } as unknown as NonNullable<typeof element.timeline>;
    });
    const arrived = page.waitForResponse('**/source-refresh-*');
    release();
    await arrived;
    // A refresh once the file is in would answer within a few ms.
    await page.waitForTimeout(1000);
    const title = await page.evaluate(() =>
      document
        .querySelector('news-timeline')!
        .shadowRoot!.querySelector('[part~="title"]')
        ?.textContent?.trim(),
    );
    expect(title).toBe('Another story');
    expect(errors).toEqual([]);
    await page.close();
  });
});
