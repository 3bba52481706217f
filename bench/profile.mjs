// A closer look at one first render of ours than the breakdown gives: the main thread's tasks in
// order (so a second render, a forced layout or a ResizeObserver frame shows up as its own row),
// how many style/layout passes ran, and the functions with the most self and total time.
//
//   node bench/profile.mjs [--count 100] [--runs 3] [--top 25] [--no-build] [--steps range|zoom]
//                          [--no-profile] [--every] [--layout-args] [--all] [--task N]
//                          [--interval µs] (CPU profile sampling, default 100)
//
// --task update|timer|longest|N keeps the hot functions of one task: the render, the first timer
// after it, the longest task, or the N-th row of the task table (0 = the first).
//
// --steps range|zoom profiles 30 programmatic range steps or Ctrl+wheel zoom steps instead of the
// first render. Prints to the terminal only; the published numbers come from bench/run.mjs.
import { requireChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { buildBenchAssets } from './lib/build.mjs';
import { BrowserSession } from './lib/browser.mjs';
import { traceAndProfile } from './lib/breakdown.mjs';
import { option } from './lib/options.mjs';
import { SETTLE_BEFORE_STEPS_MS } from './lib/measure.mjs';

const COUNT = Number(option('count', 100));
const RUNS = Number(option('runs', 3));
const TOP = Number(option('top', 25));
const STEPS = option('steps', undefined);

const MAIN_THREAD = 'CrRendererMain';
/** Trace events worth a row of their own in the task list. */
const COUNTED = [
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ParseAuthorStyleSheet',
  'FireAnimationFrame',
  'ResizeObserver',
  'RunMicrotasks',
  'TimerFire',
  'FunctionCall',
  'MinorGC',
  'MajorGC',
];

function mainThreadEvents(events) {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === MAIN_THREAD)
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

function taskTable(events) {
  const main = mainThreadEvents(events);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 200);
  const t0 = tasks[0]?.ts ?? 0;
  const rows = [];
  for (const task of tasks) {
    const inside = main.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
    );
    const counts = {};
    for (const e of inside) {
      if (!COUNTED.includes(e.name) && !process.argv.includes('--every')) continue;
      counts[e.name] ??= { n: 0, ms: 0 };
      counts[e.name].n++;
      counts[e.name].ms += e.dur / 1000;
    }
    const what = Object.entries(counts)
      .map(([name, { n, ms }]) => `${name}${n > 1 ? `×${n}` : ''} ${ms.toFixed(1)}`)
      .join(', ');
    rows.push(
      `  +${((task.ts - t0) / 1000).toFixed(1).padStart(6)} ms  ${(task.dur / 1000).toFixed(1).padStart(6)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(1).padStart(5)})  ${what}`,
    );
  }
  return rows.join('\n');
}

function forcedLayouts(events) {
  // A Layout or UpdateLayoutTree with a JS stack (beginData.stackTrace) was forced by script.
  return mainThreadEvents(events)
    .filter(
      (e) =>
        (e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
        (e.args?.beginData?.stackTrace?.length ?? 0) > 0,
    )
    .map(
      (e) =>
        `  ${e.name} ${(e.dur / 1000).toFixed(1)} ms from ${e.args.beginData.stackTrace
          .slice(0, 4)
          .map((f) => f.functionName || '(anonymous)')
          .join(' < ')}`,
    )
    .join('\n');
}

/**
 * [from, to] µs of one main-thread task: `update` (the first with a dozen script calls: the
 * render), `timer` (the first timer after it) or a number (a row of taskTable, 0 = the first).
 */
function taskWindow(events, which) {
  const main = mainThreadEvents(events);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 200);
  const within = (task, name) =>
    main.filter((e) => e.name === name && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
      .length;
  const update = tasks.findIndex((task) => within(task, 'FunctionCall') >= 10);
  // Not the profiler's own start-up.
  const longest = tasks.reduce(
    (best, task, k) =>
      task.dur > (tasks[best]?.dur ?? 0) && within(task, 'CpuProfiler::StartProfiling') === 0
        ? k
        : best,
    -1,
  );
  const at =
    which === 'update'
      ? update
      : which === 'timer'
        ? tasks.findIndex((task, k) => k > update && within(task, 'TimerFire') > 0)
        : which === 'longest'
          ? longest
          : Number(which);
  const task = tasks[at];
  return task ? [task.ts, task.ts + task.dur] : undefined;
}

/** Adds one profile's self and total ms per function (within `window`, µs) to the two maps. */
function addHotFunctions({ self, total }, profile, window) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const key = (node) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window[0] || at > window[1])) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]);
    if (['(idle)', '(program)', '(root)'].includes(node.callFrame.functionName)) continue;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set();
    while (node) {
      const k = key(node);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
      seen.add(k);
      node = byId.get(parent.get(node.id));
    }
  }
}

/** The TOP functions of a map, as mean ms per run. */
function top(map, runs) {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([k, ms]) => `  ${(ms / runs).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
}

async function run(session) {
  const made = process.argv.includes('--made-with-data') ? '&made-with-data' : '';
  const { page, context, cdp } = await session.open(`ours.html?bundle=names${made}`);
  await page.evaluate((n) => window.bench.prepare(n), COUNT);
  let body;
  if (STEPS) {
    // As the published steps: after the first render's deferred work (names in idle time).
    await page.evaluate(() => window.bench.render());
    await page.waitForTimeout(SETTLE_BEFORE_STEPS_MS);
  }
  if (STEPS === 'range') {
    await page.evaluate(() => window.bench.rangeStep(0));
    body = async () => {
      const ms = [];
      for (let i = 1; i <= 30; i++) {
        ms.push((await page.evaluate((n) => window.bench.rangeStep(n), i)).ms);
        await page.waitForTimeout(30);
      }
      return ms;
    };
  } else if (STEPS === 'zoom') {
    const centre = await page.evaluate(() => window.bench.plotCentre());
    await page.mouse.move(centre.x, centre.y);
    await page.keyboard.down('Control');
    body = async () => {
      const ms = [];
      for (let i = 0; i < 30; i++) {
        await page.evaluate(() => window.bench.armWheel());
        await page.mouse.wheel(0, i % 2 === 0 ? -100 : 100);
        ms.push((await page.evaluate(() => window.bench.wheelDone())).ms);
        await page.waitForTimeout(200);
      }
      return ms;
    };
  } else {
    body = () => page.evaluate(() => window.bench.render());
  }
  const { wallMs, profile, events } = await traceAndProfile(cdp, body, {
    profile: !process.argv.includes('--no-profile'),
    interval: Number(option('interval', 100)),
  });
  await context.close();
  return { wallMs, profile, events };
}

requireChromium();
if (!process.argv.includes('--no-build')) await buildBenchAssets();
const server = await serveStatic(process.cwd());
const session = new BrowserSession(server.url);
await session.launch();
const hot = { self: new Map(), total: new Map() };
let profiled = 0;
try {
  for (let i = 0; i < RUNS; i++) {
    const { wallMs, profile, events } = await run(session);
    const wall = Array.isArray(wallMs)
      ? wallMs.map((ms) => ms.toFixed(0)).join(' ')
      : wallMs.toFixed(1);
    console.log(`\n=== run ${i + 1}: ${COUNT} events, ${STEPS ?? 'first render'}: ${wall} ms`);
    if (profile) {
      const task = option('task', undefined);
      addHotFunctions(hot, profile, task === undefined ? undefined : taskWindow(events, task));
      profiled++;
    }
    if (i < RUNS - 1 && !process.argv.includes('--all')) continue;
    console.log('main-thread tasks (start, duration, thread CPU time, what ran inside, ms):');
    console.log(taskTable(events));
    if (process.argv.includes('--layout-args'))
      for (const e of mainThreadEvents(events).filter((e) =>
        ['Layout', 'UpdateLayoutTree'].includes(e.name),
      ))
        console.log(`  ${e.name} ${(e.dur / 1000).toFixed(1)} ms ${JSON.stringify(e.args)}`);
    const forced = forcedLayouts(events);
    if (forced) console.log(`forced by script:\n${forced}`);
  }
  if (profiled > 0) {
    console.log(`\nmean of ${profiled} profiles, self time:\n${top(hot.self, profiled)}`);
    console.log(`total time:\n${top(hot.total, profiled)}`);
  }
} finally {
  await session.close();
  await server.close();
}
