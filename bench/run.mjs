// `npm run bench`: our element against d3-timelines, timelines-chart, vis-timeline and TimelineJS3
// in one headless Chromium run, same seeded data for all; a first-render breakdown of ours; then
// the Node layout micro-benchmark. Writes bench/results.json, bench/results.md and bench/plot.svg.
// Ratios are only meaningful within one run (shared 2-core box).
//
//   npm run bench                                  everything (the published numbers; long)
//   npm run bench -- --sizes 1000,10000 --peers d3t,tlc --reps 2
//                                                  a quicker look; written under node_modules/.cache
//   options: --sizes N,N  --peers id,id|none  --reps N  --no-breakdown  --no-layout  --no-steps
//            --no-floor (skip the browser's share of our first render)
//            --no-made-with-data (skip our first render with the element made in the timed task)
//            --breakdown-only  --breakdown-count N (default 1000)  --out <prefix>
//            (default bench/results for a full run)
//   npm run bench -- --sizes 100 --peers tlc,d3t --no-steps --no-breakdown --no-layout
//                                                  first render only, in about a minute
//   node bench/run.mjs --report-only               rewrite results.md and plot.svg from results.json
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { requireChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { BUILD_DIR, buildBenchAssets } from './lib/build.mjs';
import { BrowserSession } from './lib/browser.mjs';
import { measureSize } from './lib/measure.mjs';
import { firstRenderBreakdown } from './lib/breakdown.mjs';
import { browserShare } from './lib/floor.mjs';
import { waitingAndMadeWithData } from './lib/made-with-data.mjs';
import { bundleSize } from '../scripts/size.mjs';
import { median } from './lib/stats.mjs';
import { markdownReport, targetsReport } from './lib/report.mjs';
import { plotSvg } from './lib/plot.mjs';
import { runLayoutBench } from './layout.mjs';
import { option } from './lib/options.mjs';

export const LIBRARIES = [
  { id: 'ours', name: 'news-timeline (ours)', page: 'ours.html', wheel: true, drag: true },
  // d3-timelines draws once per call and has no visible-range setter or working wheel zoom (its
  // zoom handler is only defined for charts wider than their svg): steps redraw with a new range.
  { id: 'd3t', name: 'd3-timelines', page: 'd3-timelines.html', wheel: false, drag: false },
  // timelines-chart zooms by brushing only: it has no wheel handling to measure.
  { id: 'tlc', name: 'timelines-chart', page: 'timelines-chart.html', wheel: false, drag: false },
  { id: 'vis', name: 'vis-timeline', page: 'vis-timeline.html', wheel: true, drag: true },
  // TimelineJS3 is a slide show: one slide per event. The issue caps it at 10k (18 s a load).
  {
    id: 'tljs',
    name: 'TimelineJS3',
    page: 'timelinejs.html',
    wheel: false,
    drag: false,
    maxCount: 10_000,
  },
];

const flag = (name) => process.argv.includes(`--${name}`);

// BENCH_SIZES still works; --sizes wins. The published numbers use all four sizes.
const SIZES = (option('sizes') ?? process.env.BENCH_SIZES ?? '100,1000,10000,100000')
  .split(',')
  .map(Number);
const PEERS = option('peers');
const SELECTED = LIBRARIES.filter(
  (library) =>
    library.id === 'ours' || PEERS === undefined || PEERS.split(',').includes(library.id),
);
const REPS = option('reps') ? Number(option('reps')) : undefined;
const FULL =
  option('sizes') === undefined &&
  !process.env.BENCH_SIZES &&
  PEERS === undefined &&
  !REPS &&
  option('breakdown-count') === undefined &&
  ![
    'no-breakdown',
    'no-layout',
    'no-steps',
    'no-floor',
    'no-made-with-data',
    'breakdown-only',
  ].some(flag);
const OUT = option('out') ?? (FULL ? 'bench/results' : `${BUILD_DIR}/partial-results`);
const BREAKDOWN_COUNT = Number(option('breakdown-count') ?? 1000);

function log(line) {
  console.log(line);
}

function machine(browserVersion) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browserVersion,
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

/** Two rAF on an idle page: the floor under every "to two frames later" number. */
async function frameFloor(session) {
  const { page, context } = await session.open('ours.html');
  const samples = [];
  for (let i = 0; i < 10; i++) samples.push(await page.evaluate(() => window.bench.idleFrames()));
  await context.close();
  return median(samples);
}

async function runBrowserBench(baseUrl) {
  const session = new BrowserSession(baseUrl);
  const browserVersion = await session.launch();
  const results = {
    machine: machine(browserVersion),
    sizes: SIZES,
    libraries: SELECTED,
    data: {},
  };
  try {
    results.idleTwoFramesMs = await frameFloor(session);
    log(
      `idle page, two rAF: ${results.idleTwoFramesMs.toFixed(1)} ms (floor of every latency below)`,
    );
    if (!flag('no-breakdown')) {
      log(`first-render breakdown of ours at ${BREAKDOWN_COUNT.toLocaleString('en')} events`);
      results.breakdown = await firstRenderBreakdown(session, BREAKDOWN_COUNT, { log });
    }
    if (flag('breakdown-only')) return results;
    const timedOut = new Set();
    // Within each size the libraries' first-render loads take turns (measureSize), so a change in
    // the machine's speed hits all of them alike.
    for (const count of SIZES) {
      const measured = [];
      for (const library of SELECTED) {
        results.data[library.id] ??= {};
        if (library.maxCount && count > library.maxCount) {
          results.data[library.id][count] = {
            skipped: true,
            reason: `not run above ${library.maxCount.toLocaleString('en')}`,
          };
        } else if (timedOut.has(library.id)) {
          results.data[library.id][count] = { timeout: true, reason: 'timed out at a smaller N' };
        } else measured.push(library);
      }
      log(`${count.toLocaleString('en')} events: ${measured.map((l) => l.name).join(', ')}`);
      const bySize = await measureSize(session, measured, count, log, {
        reps: REPS,
        steps: !flag('no-steps'),
      });
      for (const library of measured) {
        const result = bySize[library.id];
        if (result.timeout) timedOut.add(library.id);
        results.data[library.id][count] = result;
      }
    }
    if (!flag('no-floor')) await measureBrowserShare(session, results);
    if (!flag('no-made-with-data')) await measureMadeWithData(session, results);
  } finally {
    await session.close();
    // In the finally: --breakdown-only returns from inside the try.
    results.machine.loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
  }
  return results;
}

/** The first-render goals this part explains are at 1,000 events and below. */
const SHARE_MAX_COUNT = 1000;

/**
 * What the browser alone needs to show what we draw (bench/lib/floor.mjs), at one event (the
 * design's fixed part) and the sizes up to 1,000; the peers' first render of one event beside it.
 */
async function measureBrowserShare(session, results) {
  results.browserShare = [];
  for (const count of [1, ...SIZES.filter((size) => size <= SHARE_MAX_COUNT)]) {
    log(`browser's share of our first render, ${count.toLocaleString('en')} events`);
    results.browserShare.push(await browserShare(session, count, REPS ?? 5));
  }
  results.oneEvent = {};
  for (const library of SELECTED.filter((selected) => selected.id !== 'ours')) {
    log(`${library.name}, 1 event (first render only)`);
    const measured = await measureSize(session, [library], 1, log, { reps: REPS, steps: false });
    results.oneEvent[library.id] = measured[library.id];
  }
}

/** The shell's first render is a fixed part: the sizes where the goals compare it with peers. */
const MADE_WITH_DATA_MAX_COUNT = 10_000;

/** Our first render with the element waiting for its data, and made with it (lib/made-with-data). */
async function measureMadeWithData(session, results) {
  results.madeWithData = [];
  for (const count of SIZES.filter((size) => size <= MADE_WITH_DATA_MAX_COUNT)) {
    log(`ours waiting for its data and made with it, ${count.toLocaleString('en')} events`);
    results.madeWithData.push(await waitingAndMadeWithData(session, count, REPS ?? 5));
  }
}

const HISTORY_FILE = 'bench/breakdown-history.json';

/** `--breakdown-only --label "what changed"` keeps the breakdown in bench/breakdown-history.json. */
async function recordBreakdown(results) {
  const label = option('label');
  if (!label || !results.breakdown) return;
  const history = JSON.parse(await readFile(HISTORY_FILE, 'utf8').catch(() => '[]'));
  history.push({
    label,
    date: new Date().toISOString(),
    commit: await gitHead(),
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    ...results.breakdown,
  });
  await writeFile(HISTORY_FILE, `${JSON.stringify(history, null, 2)}\n`);
  log(`appended "${label}" to ${HISTORY_FILE}`);
}

async function gitHead() {
  const { execFile } = await import('node:child_process');
  return new Promise((done) =>
    execFile('git', ['rev-parse', '--short', 'HEAD'], (error, stdout) =>
      done(error ? 'unknown' : stdout.trim()),
    ),
  );
}

async function readHistory() {
  return JSON.parse(await readFile(HISTORY_FILE, 'utf8').catch(() => '[]'));
}

async function main() {
  requireChromium();
  const started = Date.now();
  log(
    'building our bundle, the peers and the data generator into node_modules/.cache/news-timeline-bench/ ...',
  );
  await buildBenchAssets();
  const server = await serveStatic(process.cwd());
  let results;
  try {
    results = await runBrowserBench(server.url);
  } finally {
    await server.close();
  }
  results.date = new Date().toISOString();
  results.bundle = await bundleSize();
  if (!flag('no-layout') && !flag('breakdown-only')) {
    log('\nlayout micro-benchmark (Node) ...');
    results.layout = await runLayoutBench(log);
  }
  results.runtimeSeconds = Math.round((Date.now() - started) / 1000);
  await recordBreakdown(results);
  await writeFile(`${OUT}.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeReports(results, OUT);
  log(`wrote ${OUT}.json, ${OUT}.md, ${plotPath(OUT)}`);
}

/** bench/results -> bench/plot.svg (the README's picture); elsewhere next to the results. */
function plotPath(out) {
  return out === 'bench/results' ? 'bench/plot.svg' : `${out}.svg`;
}

/** `node bench/run.mjs --report-only`: rewrite results.md and plot.svg from results.json. */
async function reportOnly() {
  const out = option('out') ?? 'bench/results';
  const results = JSON.parse(await readFile(`${out}.json`, 'utf8'));
  await writeReports(results, out);
}

async function writeReports(results, out) {
  const targets = targetsReport(results);
  const markdown = markdownReport(results, targets, await readHistory());
  await writeFile(`${out}.md`, markdown);
  await writeFile(plotPath(out), plotSvg(results));
  log(`\n${markdown}`);
}

if (process.argv.includes('--report-only')) await reportOnly();
else await main();
