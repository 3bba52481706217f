// Who uses the machine's cores during our first render: the CPU time and the time spent waiting
// for a core (Linux /proc/<pid>/task/<tid>/schedstat, nanoseconds) of every thread of the Chromium
// this script starts, summed by process type and thread name, over the same `render()` as the
// benchmark's (fresh page, data prepared, then handed over until two frames later).
//
//   node bench/threads.mjs [--count 1000] [--runs 6] [--pause 0] [--no-build]
//
// --pause waits that many ms between preparing the data and the render (the benchmark waits 0).
// The page's renderer is told apart from the context's other renderers by a busy loop run in the
// page after the render. Linux only; prints to the terminal.
import { readFileSync, readdirSync } from 'node:fs';
import { requireChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { buildBenchAssets } from './lib/build.mjs';
import { BrowserSession } from './lib/browser.mjs';
import { option } from './lib/options.mjs';

const COUNT = Number(option('count', 1000));
const RUNS = Number(option('runs', 6));
const PAUSE = Number(option('pause', 0));

/** A file's text, or '' when the process or thread is gone. */
function readProc(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function listProc(path) {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** The processes started by this script (Chromium's browser, renderers, GPU and utilities). */
function ourProcesses() {
  const parentOf = new Map(
    listProc('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((pid) => [pid, readProc(`/proc/${pid}/stat`).split(') ')[1]?.split(' ')[1]]),
  );
  const ours = new Set([String(process.pid)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (ours.has(pid) || !ours.has(parent)) continue;
      ours.add(pid);
      grew = true;
    }
  }
  ours.delete(String(process.pid));
  return [...ours];
}

/** Chromium rewrites its command line into one string: the `--type=` flag names the process. */
function processType(pid) {
  return /--type=([\w-]+)/.exec(readProc(`/proc/${pid}/cmdline`))?.[1] ?? 'browser';
}

/** Thread id -> { pid, type, name, cpu, wait } (ms), for every thread of our processes. */
function snapshot() {
  const threads = new Map();
  for (const pid of ourProcesses()) {
    const type = processType(pid);
    for (const tid of listProc(`/proc/${pid}/task`)) {
      const [cpu = 0, wait = 0] = readProc(`/proc/${pid}/task/${tid}/schedstat`)
        .split(' ')
        .map(Number);
      const name = readProc(`/proc/${pid}/task/${tid}/comm`).trim();
      threads.set(tid, { pid, type, name, cpu: cpu / 1e6, wait: wait / 1e6 });
    }
  }
  return threads;
}

/** The renderer whose main thread (tid = pid) is busy while the page spins for 150 ms. */
async function pageRendererPid(page) {
  const before = snapshot();
  await page.evaluate(() => {
    const until = performance.now() + 150;
    while (performance.now() < until);
  });
  const after = snapshot();
  let busiest = ['', 0];
  for (const [tid, { pid, type, cpu }] of after) {
    const used = cpu - (before.get(tid)?.cpu ?? cpu);
    if (tid === pid && type === 'renderer' && used > busiest[1]) busiest = [pid, used];
  }
  return busiest[0];
}

requireChromium();
if (!process.argv.includes('--no-build')) await buildBenchAssets();
const server = await serveStatic(process.cwd());
const session = new BrowserSession(server.url);
await session.launch();
const groups = new Map();
const walls = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const { page, context } = await session.open('ours.html');
    await page.evaluate((n) => window.bench.prepare(n), COUNT);
    if (PAUSE > 0) await page.waitForTimeout(PAUSE);
    const before = snapshot();
    walls.push(await page.evaluate(() => window.bench.render()));
    const after = snapshot();
    const pagePid = await pageRendererPid(page);
    for (const [tid, thread] of after) {
      const earlier = before.get(tid) ?? { cpu: 0, wait: 0 };
      const type =
        thread.type !== 'renderer'
          ? thread.type
          : `renderer (${thread.pid === pagePid ? 'page' : 'other'})`;
      const group = `${type}: ${thread.name}`;
      const sum = groups.get(group) ?? { cpu: 0, wait: 0 };
      sum.cpu += (thread.cpu - earlier.cpu) / RUNS;
      sum.wait += (thread.wait - earlier.wait) / RUNS;
      groups.set(group, sum);
    }
    await context.close();
  }
} finally {
  await session.close();
  await server.close();
}
const meanWall = walls.reduce((sum, ms) => sum + ms, 0) / walls.length;
console.log(
  `${COUNT} events, ${PAUSE} ms between data and render: first render ${meanWall.toFixed(1)} ms (mean of ${RUNS})`,
);
console.log('  CPU ms   waiting for a core ms   process: thread (mean per render)');
for (const [group, { cpu, wait }] of [...groups].sort((a, b) => b[1].cpu - a[1].cpu)) {
  if (cpu < 0.5) continue;
  console.log(`${cpu.toFixed(1).padStart(8)} ${wait.toFixed(1).padStart(12)}            ${group}`);
}
