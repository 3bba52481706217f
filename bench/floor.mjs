// How much of our first render is the browser's and how much is ours (bench/lib/floor.mjs): our
// element draws the benchmark's data, then a page with no library shows the same markup and
// styles. `npm run bench` measures this too, in its own run; this is the quick look.
//
//   node bench/floor.mjs [--sizes 1,100,1000] [--reps 5] [--no-build]
import { requireChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { buildBenchAssets } from './lib/build.mjs';
import { BrowserSession } from './lib/browser.mjs';
import { browserShare } from './lib/floor.mjs';
import { fmtMs } from './lib/stats.mjs';
import { option } from './lib/options.mjs';

const SIZES = option('sizes', '1,100,1000').split(',').map(Number);
const REPS = Number(option('reps', 5));

async function main() {
  requireChromium();
  if (!process.argv.includes('--no-build')) await buildBenchAssets();
  const server = await serveStatic(process.cwd());
  const session = new BrowserSession(server.url);
  await session.launch();
  try {
    console.log(
      'events | ours: to two frames · work | same DOM, no script: to two frames · work | elements',
    );
    for (const count of SIZES) {
      const { ours, bare, elements } = await browserShare(session, count, REPS);
      console.log(
        `${count.toLocaleString('en')} | ${fmtMs(ours.ms)} · ${fmtMs(ours.work)} | ${fmtMs(bare.ms)} · ${fmtMs(bare.work)} | ${elements}`,
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
