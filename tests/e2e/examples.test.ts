import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundleElement, bundleTranslations } from '../../scripts/bundle.mjs';
import { buildExamples } from '../../scripts/build-examples.mjs';
import { collectErrors, drawnEvents, openSite } from './browser-page.js';

const article = JSON.parse(readFileSync('src/data/static/iraq-2014.json', 'utf8')) as {
  events: { headline: string; when: { precision: string } }[];
};
const headlines = article.events.map((event) => event.headline);

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  await bundleElement();
  await bundleTranslations();
  await buildExamples();
  site = await openSite();
}, 120_000);

afterAll(() => site?.close());

async function open(path: string, javaScriptEnabled = true) {
  const context = await site.browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${site.url}${path}`);
  return { page, errors, context };
}

async function waitForEvents(page: Awaited<ReturnType<typeof open>>['page'], count: number) {
  await page.waitForFunction(
    (n) => {
      let drawn = 0;
      for (const element of document.querySelectorAll('news-timeline')) {
        const root = element.shadowRoot;
        // On the axis, and listed in the background band (undated events, context spans).
        drawn += root?.querySelectorAll('[part~="event"], [part~="band-event"]').length ?? 0;
        for (const c of root?.querySelectorAll('[part~="cluster"]') ?? [])
          drawn += Number(c.textContent);
      }
      return drawn >= n;
    },
    count,
    { timeout: 15_000 },
  );
}

describe('embedding examples', () => {
  for (const name of ['plain-html', 'vue', 'react']) {
    it(`${name}: shows the article's events`, async () => {
      const { page, errors, context } = await open(`/examples/${name}/index.html`);
      await waitForEvents(page, headlines.length);
      const drawn = await drawnEvents(page);
      expect(drawn.headlines.length + drawn.clustered).toBe(headlines.length);
      for (const headline of drawn.headlines) expect(headlines).toContain(headline);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const name of ['vue', 'react']) {
    it(`${name}: hears the element's select event`, async () => {
      const { page, context } = await open(`/examples/${name}/index.html`);
      await waitForEvents(page, headlines.length);
      await page.evaluate(() => {
        const button = document
          .querySelector('news-timeline')!
          .shadowRoot!.querySelector<HTMLElement>('[part~="event"]')!;
        button.click();
      });
      await page.waitForFunction(() =>
        document.querySelector('#selected')?.textContent?.startsWith('Selected: '),
      );
      const text = await page.textContent('#selected');
      expect(headlines.some((headline) => text?.includes(headline))).toBe(true);
      await context.close();
    });
  }

  it('cms: the page list and the inline JSON both render', async () => {
    const { page, errors, context } = await open('/examples/cms/index.html');
    const dayEvents = article.events.filter((event) => event.when.precision === 'day').length;
    await waitForEvents(page, dayEvents + 4);
    const drawn = await drawnEvents(page);
    expect(drawn.headlines.length + drawn.clustered).toBe(dayEvents + 4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cms: readable with JavaScript disabled', async () => {
    const { page, context } = await open('/examples/cms/index.html', false);
    const text = await page.evaluate(() => document.body.innerText);
    for (const event of article.events.filter((e) => e.when.precision === 'day')) {
      expect(text).toContain(event.headline);
    }
    await context.close();
  });

  it('languages: the bundle plus one file per language, picked by the page lang and dir', async () => {
    const { page, errors, context } = await open('/examples/languages/index.html');
    await waitForEvents(page, 2 * headlines.length);
    const toolbar = (id: string) =>
      page.evaluate(
        (which) =>
          document
            .getElementById(which)!
            .shadowRoot!.querySelector('[part~="toolbar"]')!
            .getAttribute('aria-label'),
        id,
      );
    expect(await toolbar('fr')).toBe('Commandes de la frise chronologique');
    expect(await toolbar('ar')).toBe('أدوات التحكم في الخط الزمني');
    const direction = await page.evaluate(() =>
      document
        .getElementById('ar')!
        .shadowRoot!.querySelector('[part~="base"]')!
        .getAttribute('dir'),
    );
    expect(direction).toBe('rtl');
    expect(errors).toEqual([]);
    await context.close();
  });
});
