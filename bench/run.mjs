// `npm run bench`: our element against vis-timeline and timelines-chart in one headless Chromium
// run, same seeded data for all; then the Node layout micro-benchmark. Writes bench/results.json,
// bench/results.md and bench/plot.svg. Ratios are only meaningful within one run (shared 2-core box).
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { requireChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { buildBenchAssets } from './lib/build.mjs';
import { BrowserSession } from './lib/browser.mjs';
import { measureLibrary } from './lib/measure.mjs';
import { median } from './lib/stats.mjs';
import { markdownReport, targetsReport } from './lib/report.mjs';
import { plotSvg } from './lib/plot.mjs';
import { runLayoutBench } from './layout.mjs';

export const LIBRARIES = [
  { id: 'ours', name: 'news-timeline (ours)', page: 'ours.html', wheel: true },
  { id: 'vis', name: 'vis-timeline', page: 'vis-timeline.html', wheel: true },
  // timelines-chart zooms by brushing only: it has no wheel handling to measure.
  { id: 'tlc', name: 'timelines-chart', page: 'timelines-chart.html', wheel: false },
];

// BENCH_SIZES=100,1000 for a quick look while editing; the published numbers use all four.
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map(Number);

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
    libraries: LIBRARIES,
    data: {},
  };
  try {
    results.idleTwoFramesMs = await frameFloor(session);
    log(
      `idle page, two rAF: ${results.idleTwoFramesMs.toFixed(1)} ms (floor of every latency below)`,
    );
    const timedOut = new Set();
    // Libraries interleave within each size, so drift in the machine's load hits all of them alike.
    for (const count of SIZES) {
      for (const library of LIBRARIES) {
        results.data[library.id] ??= {};
        if (timedOut.has(library.id)) {
          results.data[library.id][count] = { timeout: true, reason: 'timed out at a smaller N' };
          continue;
        }
        log(`${library.name}, ${count.toLocaleString('en')} events`);
        const result = await measureLibrary(session, library, count, log);
        if (result.timeout) timedOut.add(library.id);
        results.data[library.id][count] = result;
      }
    }
  } finally {
    await session.close();
  }
  results.machine.loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
  return results;
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
  log('\nlayout micro-benchmark (Node) ...');
  results.layout = await runLayoutBench(log);
  results.runtimeSeconds = Math.round((Date.now() - started) / 1000);
  await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  await writeReports(results);
  log('wrote bench/results.json, bench/results.md, bench/plot.svg');
}

/** `node bench/run.mjs --report-only`: rewrite results.md and plot.svg from results.json. */
async function reportOnly() {
  const results = JSON.parse(await readFile('bench/results.json', 'utf8'));
  await writeReports(results);
}

async function writeReports(results) {
  const targets = targetsReport(results);
  const markdown = markdownReport(results, targets);
  await writeFile('bench/results.md', markdown);
  await writeFile('bench/plot.svg', plotSvg(results));
  log(`\n${markdown}`);
}

if (process.argv.includes('--report-only')) await reportOnly();
else await main();
