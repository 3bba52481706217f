// Before/after on one machine in one run: our page bundle built from an older commit ("base")
// against the working tree ("new"), loads interleaved (base, new, base, new...) so the shared
// machine's load drifts over both alike. First render only, or with --steps range|zoom the work of
// 30 programmatic range steps or Ctrl+wheel zoom steps (their p95, and the main thread's CPU over
// the whole gesture per step, the layouts when it pauses included).
//
//   node bench/ab.mjs [--base HEAD] [--sizes 100,1000] [--reps 9] [--steps range|zoom]
//                     [--made-with-data]
//
// Prints medians and the new/base ratio of the time to two frames later, the main thread's busy
// time and its CPU time (the steadiest of the three when the machine is shared); the published
// numbers come from bench/run.mjs.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { pathToFileURL } from 'node:url';
import { BUILD_DIR, buildBenchAssets } from './lib/build.mjs';
import { BrowserSession, taskMs } from './lib/browser.mjs';
import { median, quantile, fmtMs } from './lib/stats.mjs';
import { option } from './lib/options.mjs';

const BASE = option('base', 'HEAD');
const SIZES = option('sizes', '100,1000').split(',').map(Number);
const REPS = Number(option('reps', 9));
const STEPS = option('steps', undefined);
/** The element made, given its data and connected in the timed task (ours.html?made-with-data). */
const MADE_WITH_DATA = process.argv.includes('--made-with-data');
/** CPU is counted until this long after two frames later, so work deferred to idle time counts. */
const SETTLE_MS = 600;

/**
 * The base commit's sources, bundled like the page bundle. They sit outside node_modules (esbuild
 * reads no tsconfig there, and the decorators need ours) and resolve packages through a link.
 */
async function buildBase() {
  const dir = join(tmpdir(), `news-timeline-bench-base-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await symlink(resolve('node_modules'), join(dir, 'node_modules'));
  // src/ is a few MB as a tar: above execFileSync's default 1 MB output buffer.
  const archive = execFileSync('git', ['archive', BASE, 'src', 'tsconfig.json', 'scripts'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  // With the base's own bundler: today's minifies by rules its sources may break (renamed
  // internal properties, arrows for function expressions), and a base that drew nothing measured
  // 12 ms for 10,000 events.
  const { bundleElement: bundleBase } = await import(
    pathToFileURL(`${dir}/scripts/bundle.mjs`).href
  );
  await bundleBase({
    entry: `${dir}/src/news-timeline.ts`,
    outfile: `${BUILD_DIR}/news-timeline.base.js`,
    sourcemap: false,
  });
  await rm(dir, { recursive: true, force: true });
}

async function stepsWork(page, cdp) {
  const work = [];
  if (STEPS === 'range') {
    await page.evaluate(() => window.bench.rangeStep(0));
    for (let i = 1; i <= 30; i++) {
      await page.waitForTimeout(30);
      const before = await taskMs(cdp);
      await page.evaluate((n) => window.bench.rangeStep(n), i);
      work.push((await taskMs(cdp)) - before);
    }
  } else {
    const centre = await page.evaluate(() => window.bench.plotCentre());
    await page.mouse.move(centre.x, centre.y);
    await page.keyboard.down('Control');
    for (let i = 0; i < 30; i++) {
      await page.waitForTimeout(200);
      const before = await taskMs(cdp);
      await page.evaluate(() => window.bench.armWheel());
      await page.mouse.wheel(0, i % 2 === 0 ? -100 : 100);
      await page.evaluate(() => window.bench.wheelDone());
      work.push((await taskMs(cdp)) - before);
    }
    await page.keyboard.up('Control');
  }
  return quantile(work, 0.95);
}

/**
 * CPU time of the renderer's main thread while `run` runs, ms: the `tdur` (thread time) of its
 * top-level tasks in a trace. Unlike wall time it leaves out the time the thread waited for a core,
 * which on a shared two-core machine is most of the noise.
 */
async function mainThreadCpu(cdp, run) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  const result = await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`),
    )
    .sort((a, b) => a.ts - b.ts);
  // Outermost tasks only (a nested run loop would count twice).
  let cpu = 0;
  let until = -Infinity;
  for (const task of tasks) {
    if (task.ts < until) continue;
    cpu += task.tdur ?? 0;
    until = task.ts + task.dur;
  }
  return { result, cpu: cpu / 1000 };
}

async function once(session, bundle, count) {
  const made = MADE_WITH_DATA ? '&made-with-data' : '';
  const { page, context, cdp } = await session.open(`ours.html?bundle=${bundle}${made}`);
  await page.evaluate((n) => window.bench.prepare(n), count);
  const before = await taskMs(cdp);
  // Busy time to two frames later; CPU with the work deferred past them (names) counted too.
  let ms;
  let work;
  const { cpu } = await mainThreadCpu(cdp, async () => {
    ms = await page.evaluate(() => window.bench.render());
    work = (await taskMs(cdp)) - before;
    await page.waitForTimeout(SETTLE_MS);
  });
  // A build that draws nothing is fast: measured, not compared.
  const drawn = await page.evaluate(
    () =>
      document
        .querySelector('news-timeline')
        ?.shadowRoot?.querySelectorAll('[part~="event"], [part~="cluster"]').length ?? 0,
  );
  if (!drawn) throw new Error(`the ${bundle} bundle drew no event for ${count} events`);
  let stepP95;
  let stepsCpu;
  if (STEPS) {
    // The CPU of the whole gesture, the layouts after it pauses included, per step.
    const steps = await mainThreadCpu(cdp, async () => {
      const p95 = await stepsWork(page, cdp);
      await page.waitForTimeout(500);
      return p95;
    });
    stepP95 = steps.result;
    stepsCpu = steps.cpu / 30;
  }
  await context.close();
  return { ms, work, cpu, stepP95, stepsCpu };
}

requireChromium();
// --no-build: compare the two bundles already in the cache (hand-made variants).
if (!process.argv.includes('--no-build')) {
  await buildBenchAssets();
  await buildBase();
}
const server = await serveStatic(process.cwd());
const session = new BrowserSession(server.url);
await session.launch();
try {
  for (const count of SIZES) {
    const runs = { base: [], bundle: [] };
    for (let rep = 0; rep < REPS; rep++) {
      for (const bundle of rep % 2 ? ['bundle', 'base'] : ['base', 'bundle']) {
        runs[bundle].push(await once(session, bundle, count));
      }
    }
    const line = (key, label) => {
      const base = median(runs.base.map((r) => r[key]));
      const now = median(runs.bundle.map((r) => r[key]));
      return `${label} base ${fmtMs(base)} -> new ${fmtMs(now)} (${(now / base).toFixed(2)}x)`;
    };
    console.log(
      `${count.toLocaleString('en')} events, median of ${REPS}: ${line('ms', 'first render')}; ${line('work', 'work')}; ${line('cpu', `main-thread CPU incl. ${SETTLE_MS} ms after`)}${STEPS ? `; ${line('stepP95', `${STEPS} step work p95`)}; ${line('stepsCpu', `main-thread CPU of the ${STEPS} gesture per step (pauses included)`)}` : ''}`,
    );
  }
} finally {
  await session.close();
  await server.close();
}
