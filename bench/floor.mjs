// How much of our first render is the browser's and how much is ours: for each size, our element
// draws the benchmark's data (bench/pages/ours.html, the minified bundle), then a page with no
// library (bench/pages/floor.html) is handed the same markup and styles and shows them
// (innerHTML: parse, style, layout, paint, to two frames later). The difference is our script:
// validation, index, layout, Lit. Fresh pages, loads interleaved, median.
//
//   node bench/floor.mjs [--sizes 100,1000,10000] [--reps 5] [--no-build]
import { requireChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { buildBenchAssets } from './lib/build.mjs';
import { BrowserSession, taskMs } from './lib/browser.mjs';
import { median, fmtMs } from './lib/stats.mjs';
import { option } from './lib/options.mjs';

const SIZES = option('sizes', '100,1000,10000').split(',').map(Number);
const REPS = Number(option('reps', 5));

/** Our first render of `count` events; its time, busy time, and the markup and styles it made. */
async function ours(session, count) {
  const { page, context, cdp } = await session.open('ours.html');
  await page.evaluate((n) => window.bench.prepare(n), count);
  const busyBefore = await taskMs(cdp);
  const ms = await page.evaluate(() => window.bench.render());
  const busy = (await taskMs(cdp)) - busyBefore;
  const drawn = await page.evaluate(() => {
    const root = document.querySelector('news-timeline').shadowRoot;
    const css = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    return { markup: root.innerHTML, css, nodes: root.querySelectorAll('*').length };
  });
  await context.close();
  return { ms, busy, ...drawn };
}

/** The same markup and styles shown by a page with no library. */
async function floor(session, { markup, css }) {
  const { page, context, cdp } = await session.open('floor.html');
  await page.evaluate((text) => window.floor.prepare(text), css);
  const busyBefore = await taskMs(cdp);
  const ms = await page.evaluate((html) => window.floor.render(html), markup);
  const busy = (await taskMs(cdp)) - busyBefore;
  await context.close();
  return { ms, busy };
}

async function main() {
  requireChromium();
  if (!process.argv.includes('--no-build')) await buildBenchAssets();
  const server = await serveStatic(process.cwd());
  const session = new BrowserSession(server.url);
  await session.launch();
  try {
    console.log(
      'events | ours: to two frames · busy | same DOM, no script: to two frames · busy | elements',
    );
    for (const count of SIZES) {
      const mine = [];
      const bare = [];
      for (let rep = 0; rep < REPS; rep += 1) {
        const drawn = await ours(session, count);
        mine.push(drawn);
        bare.push({ ...(await floor(session, drawn)), nodes: drawn.nodes });
      }
      const m = (rows, key) => fmtMs(median(rows.map((row) => row[key])));
      console.log(
        `${count.toLocaleString('en')} | ${m(mine, 'ms')} · ${m(mine, 'busy')} | ${m(bare, 'ms')} · ${m(bare, 'busy')} | ${median(bare.map((row) => row.nodes))}`,
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
