import { afterAll, beforeAll, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/serve.mjs';

// The static Storybook must work from any static server, in any folder: we serve it from a
// plain file server (not Storybook's) and open a docs page and a story.
const OUT = 'storybook-static';
/** Missing, or older than a story, a docs page or a source file. */
function buildIsStale(): boolean {
  const built = `${OUT}/index.html`;
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return ['stories', 'src', '.storybook'].some((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true }).some(
      (entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).mtimeMs > builtAt,
    ),
  );
}

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  // CI builds it first (`npm run build-storybook`); a bare `npm test`, or an edit since the last
  // build, builds it here.
  if (buildIsStale()) {
    execFileSync('npx', ['storybook', 'build', '--quiet', '-o', OUT], { stdio: 'ignore' });
  }
  server = await serveStatic(OUT);
  browser = await chromium.launch(chromiumLaunchOptions());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('renders the Iraq article story from the static build', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(
    `${server.url}/iframe.html?id=components-news-timeline--iraq-article&viewMode=story`,
  );
  await page.waitForFunction(
    () =>
      document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]')
        .length,
    undefined,
    { timeout: 30_000 },
  );
  expect(errors).toEqual([]);
  await page.close();
});

it('renders the introduction docs page from the static build', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/iframe.html?id=docs-introduction--docs&viewMode=docs`);
  await page.waitForFunction(
    () => document.body.innerText.includes('Install and embed in three lines'),
    undefined,
    {
      timeout: 30_000,
    },
  );
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toContain('news-timeline');
  await page.close();
});
