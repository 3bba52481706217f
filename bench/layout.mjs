// Node micro-benchmark of the pure layout (src/layout) at 10^5 and 10^6 events: index build once
// per data change, then one view layout (what every frame does) at fit-all and at a 1-day zoom.
// `node bench/layout.mjs` prints a table; `npm run bench` runs it too and stores the numbers.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './lib/stats.mjs';
import { BUILD_DIR } from './lib/build.mjs';

const SIZES = [100_000, 1_000_000];
const LABEL_WIDTH = 160;
const AXIS_PX = 1198; // the 1200 px element's axis, as in the browser bench
const DAY = 86_400_000;
const BUNDLE = `${BUILD_DIR}/layout-node.mjs`;

/** TypeScript to one Node ESM file; d3 stays external and is imported from node_modules. */
async function bundleLayout() {
  await mkdir(BUILD_DIR, { recursive: true });
  await build({
    stdin: {
      contents: `export * from './src/layout/index.ts'; export { syntheticTimeline } from './src/data/synthetic.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'warning',
  });
}

/** Median time and median heap growth (after a gc, so it is what the result keeps alive). */
function measure(runs, work) {
  const times = [];
  const heaps = [];
  let result;
  for (let run = 0; run < runs; run++) {
    result = undefined;
    globalThis.gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    result = work();
    times.push(performance.now() - t0);
    globalThis.gc();
    heaps.push(process.memoryUsage().heapUsed - heapBefore);
  }
  return { ms: median(times), heapBytes: median(heaps), runs, result };
}

function viewAt(lib, index, headlines, domain) {
  const { scaleUtc } = lib.d3;
  const scale = scaleUtc().domain(domain).range([0, AXIS_PX]);
  // The element estimates label widths from headlines; measure the same work it does per frame.
  const labelWidth = (item) => Math.min(LABEL_WIDTH, lib.estimateLabelWidth(headlines[item.i]));
  const view = lib.layoutView(index, { scale, mode: 'beside', labelWidth });
  const ticks = lib.timeTicks({ scale, timeZone: 'UTC', locale: 'en' });
  return { items: view.items.length, candidates: view.candidates, ticks: ticks.ticks.length };
}

async function benchSize(lib, count, log) {
  const timeline = lib.syntheticTimeline({
    count,
    seed: 42,
    days: 30,
    rangeShare: 0.2,
    headlineLength: 40,
  });
  const events = timeline.events;
  const headlines = events.map((event) => event.headline);
  // 10^6 takes seconds per index build and a full gc per sample: fewer samples there.
  const runs = count >= 1_000_000 ? 3 : 5;
  const viewRuns = count >= 1_000_000 ? 5 : 15;
  const indexRun = measure(runs, () => lib.buildEventIndex(events, { maxLanes: 6 }));
  const index = indexRun.result;
  const fit = lib.fitDomain(index);
  const mid = (fit[0] + fit[1]) / 2;
  const views = {
    fitAll: measure(viewRuns, () => viewAt(lib, index, headlines, fit)),
    oneDay: measure(viewRuns, () => viewAt(lib, index, headlines, [mid - DAY / 2, mid + DAY / 2])),
  };
  const row = { count, indexBuild: strip(indexRun) };
  for (const [name, run] of Object.entries(views)) row[name] = { ...strip(run), ...run.result };
  log(
    `  ${count.toLocaleString('en').padStart(9)} events: index ${row.indexBuild.ms.toFixed(1)} ms ` +
      `(+${mb(row.indexBuild.heapBytes)}), view fit-all ${row.fitAll.ms.toFixed(2)} ms ` +
      `(${row.fitAll.items} items of ${row.fitAll.candidates}), view 1 day ${row.oneDay.ms.toFixed(2)} ms ` +
      `(${row.oneDay.items} items of ${row.oneDay.candidates})`,
  );
  return row;
}

function strip({ ms, heapBytes, runs }) {
  return { ms, heapBytes, runs };
}

function mb(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** In the child (with --expose-gc): bundle, run, print the rows as JSON on stdout. */
async function child() {
  await bundleLayout();
  const layout = await import(pathToFileURL(`${process.cwd()}/${BUNDLE}`).href);
  const lib = { ...layout, d3: await import('d3-scale') };
  const log = (line) => console.error(line);
  const rows = [];
  for (const count of SIZES) rows.push(await benchSize(lib, count, log));
  console.log(JSON.stringify({ node: process.version, rows }));
}

/** Runs the benchmark in a child Node with --expose-gc, so heap deltas are after collection. */
export function runLayoutBench(log = console.log) {
  return new Promise((done, fail) => {
    const proc = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.stderr.on('data', (chunk) =>
      String(chunk)
        .trimEnd()
        .split('\n')
        .forEach((line) => log(line)),
    );
    proc.on('close', (code) =>
      code === 0 ? done(JSON.parse(out)) : fail(new Error(`layout bench exited ${code}`)),
    );
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--child')) await child();
  else await runLayoutBench();
}
