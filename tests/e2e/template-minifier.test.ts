// The page bundle minifies Lit's css`` and html`` templates (scripts/template-minifier.mjs). This
// draws the same page, in several states, from a bundle with the templates as written and from the
// page bundle, and asserts the same pixels and the same text: minification changes no look.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { bundleElement } from '../../scripts/bundle.mjs';
import { collectErrors, openSite } from './browser-page.js';

const DIR = 'test-results/template-minifier';
const DATA = '/src/data/static/iraq-2014.json';

/** One page of timelines in many states: each state renders other templates and styles. */
function page(bundle: string): string {
  const timeline = (attributes: string) =>
    `<news-timeline src="${DATA}" ${attributes}></news-timeline>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <script type="module" src="${bundle}"></script>
    <style>body { margin: 8px; font-family: sans-serif; } news-timeline { margin-bottom: 16px; }</style>
  </head>
  <body>
    ${timeline('layout="horizontal" theme="light" width="1200" color-by="category"')}
    ${timeline('layout="horizontal" theme="dark" width="1200" selected="isis-seizes-mosul-and-tikrit"')}
    ${timeline('layout="vertical" theme="light" vertical-length="700" selected="suleimani-arrives-in-baghdad"')}
    ${timeline('view="list" theme="light"')}
    ${timeline('mode="story" theme="dark" selected="army-bases-looted-in-kirkuk"')}
    <news-timeline theme="light" id="broken"></news-timeline>
    <script type="module">
      document.querySelector('#broken').timeline = { title: 'Broken', events: [{ id: 'a' }] };
    </script>
  </body>
</html>`;
}

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  await mkdir(`${DIR}/as-written`, { recursive: true });
  await mkdir(`${DIR}/minified`, { recursive: true });
  await Promise.all([
    // minify: false bundles without the template minifier (and without minifying the code).
    bundleElement({ outfile: `${DIR}/as-written/news-timeline.bundle.js`, minify: false }),
    bundleElement({ outfile: `${DIR}/minified/news-timeline.bundle.js` }),
  ]);
  for (const variant of ['as-written', 'minified']) {
    await writeFile(`${DIR}/${variant}/index.html`, page('./news-timeline.bundle.js'));
  }
  site = await openSite();
}, 120_000);

afterAll(() => site?.close());

async function render(variant: string) {
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  const tab: Page = await context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(`${site.url}/${DIR}/${variant}/index.html`);
  await tab.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('news-timeline')];
      const drawn = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector);
      return (
        elements.length === 6 &&
        elements.slice(0, 3).every((el) => drawn(el, '[part~="event"], [part~="cluster"]')) &&
        drawn(elements[3]!, '[part~="list"], ol, ul') &&
        drawn(elements[4]!, 'news-timeline-story')?.shadowRoot?.childElementCount &&
        drawn(elements[5]!, '[part~="problems"]')
      );
    },
    undefined,
    { timeout: 20_000 },
  );
  await tab.evaluate(() => document.fonts.ready);
  // Deferred work after the first paint (names, story images) settles.
  await tab.waitForTimeout(500);
  const text = await tab.evaluate(() => {
    const texts: string[] = [];
    const walk = (root: Element | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          texts.push((el.shadowRoot as unknown as HTMLElement).textContent ?? '');
          walk(el.shadowRoot);
        }
      }
    };
    walk(document.body);
    // Only the white space can differ, where HTML collapses it anyway.
    return texts.map((t) => t.replace(/\s+/g, ' ').trim());
  });
  const shot = await tab.screenshot({ fullPage: true, path: `${DIR}/${variant}.png` });
  await context.close();
  return { shot, text, errors };
}

describe('minified templates', () => {
  it('draw the same pixels and text as the templates as written', async () => {
    const written = await render('as-written');
    const minified = await render('minified');
    expect(written.errors).toEqual([]);
    expect(minified.errors).toEqual([]);
    expect(minified.text).toEqual(written.text);
    expect(written.text.join(' ')).toContain('Isis seizes Mosul');
    // Chromium encodes the same pixels to the same PNG bytes (both saved in DIR to compare).
    expect(minified.shot.equals(written.shot)).toBe(true);
  }, 90_000);
});
