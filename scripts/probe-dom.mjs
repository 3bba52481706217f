import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveStatic } from './serve.mjs';
const server = await serveStatic(process.cwd());
const browser = await chromium.launch(chromiumLaunchOptions());
for (const n of [100, 1000, 10000]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/bench/pages/ours.html`);
  await page.waitForFunction(() => window.benchReady);
  await page.evaluate((n) => window.bench.prepare(n), n);
  await page.evaluate(() => window.bench.render());
  const out = await page.evaluate(() => {
    const root = document.querySelector('news-timeline').shadowRoot;
    const plot = root.querySelector('[part~="plot"]').getBoundingClientRect();
    const items = [...root.querySelectorAll('[part~="events"] > li')];
    const inside = items.filter((li) => { const r = li.getBoundingClientRect(); return r.right > plot.left && r.left < plot.right && r.width > 0; });
    return { items: items.length, visible: inside.length };
  });
  console.log(n, JSON.stringify(out));
  await page.screenshot({ path: `/tmp/probe/bench-${n}.png` });
  await page.close();
}
await browser.close();
await server.close();
