// First-render breakdown of our element through the DevTools protocol: a CPU profile (which of our
// functions ran: parse, validate, index, layout, Lit render) and a trace (what the renderer did
// besides script: style, layout, paint), both around the same `render()` as the benchmark's.
// The page loads an unminified copy of the bundle so the profile keeps function names; both
// instruments add overhead, so the stages are shares of a slower run, not exact first-render times.
import { median } from './stats.mjs';

/**
 * Our functions that start a stage. A sample belongs to the innermost of them on its stack, so
 * instants parsed while building the index count as "parse", not "index".
 */
const JS_STAGES = [
  ['parse', ['parseInstant', 'parseJsonText']],
  ['validate', ['parseTimeline']],
  ['index', ['buildEventIndex', 'fitDomain', 'uniqueCategories', 'accept']],
  ['view layout', ['layOut', 'computeFrame', 'layoutView', 'timeTicks']],
  [
    'names (Intl)',
    ['describeWhen', 'describeSources', 'describePlace', 'formatWhenShort', 'describeTimeRange'],
  ],
  ['Lit render', ['update', 'render']],
  ['after render', ['updated', 'firstUpdated', 'afterUpdate']],
];
const STAGE_OF = new Map(JS_STAGES.flatMap(([stage, names]) => names.map((name) => [name, stage])));

/** Trace event names on the renderer's main thread, by what they are. */
const RENDER_STAGES = {
  style: [
    'UpdateLayoutTree',
    'RecalculateStyles',
    'ParseAuthorStyleSheet',
    'ScheduleStyleRecalculation',
  ],
  layout: ['Layout', 'UpdateLayout'],
  paint: [
    'PrePaint',
    'Paint',
    'PaintImage',
    'Layerize',
    'UpdateLayer',
    'UpdateLayerTree',
    'Commit',
    'CompositeLayers',
  ],
  script: [
    'FunctionCall',
    'EvaluateScript',
    'v8.callFunction',
    'v8.run',
    'RunMicrotasks',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'V8.GCScavenger',
    'MajorGC',
    'MinorGC',
    'V8.GC_MC_BACKGROUND',
  ],
};
const RENDER_STAGE_OF = new Map(
  Object.entries(RENDER_STAGES).flatMap(([stage, names]) => names.map((name) => [name, stage])),
);

export const STAGE_ORDER = [
  ...JS_STAGES.map(([stage]) => stage),
  'other script',
  'style',
  'layout',
  'paint',
];

/** ms per JS stage from a V8 CPU profile. */
function jsStages(profile) {
  const parent = new Map();
  const byId = new Map();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const stageOfNode = new Map();
  const stageOf = (id) => {
    if (stageOfNode.has(id)) return stageOfNode.get(id);
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    let stage;
    if (name === '(idle)' || name === '(program)' || name === '(root)') stage = null;
    else if (name === '(garbage collector)') stage = 'other script';
    else if (STAGE_OF.has(name) && node.callFrame.url.includes('news-timeline'))
      stage = STAGE_OF.get(name);
    else if (parent.has(id)) stage = stageOf(parent.get(id)) ?? 'other script';
    else stage = 'other script';
    stageOfNode.set(id, stage);
    return stage;
  };
  const ms = {};
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const stage = stageOf(samples[i]);
    if (!stage) continue;
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    ms[stage] = (ms[stage] ?? 0) + dt;
  }
  return ms;
}

/** Self time per render stage on the page's main thread, from trace events (µs -> ms). */
function renderStages(events, { from = -Infinity, before = Infinity } = {}) {
  const mainThreads = new Set(
    events
      .filter(
        (event) =>
          event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  // Complete events only (ph X): Chromium emits the ones we need in that form.
  const main = events
    .filter(
      (event) =>
        event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`) && event.ts >= from,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const ms = { style: 0, layout: 0, paint: 0, script: 0, other: 0 };
  const stack = [];
  const self = new Map();
  for (const event of main) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= event.ts)
      stack.pop();
    const up = stack[stack.length - 1];
    if (up) self.set(up, (self.get(up) ?? up.dur ?? 0) - (event.dur ?? 0));
    event.stage = RENDER_STAGE_OF.get(event.name) ?? up?.stage ?? 'other';
    stack.push(event);
  }
  let busy = 0;
  let busyAfter = 0;
  for (const event of main) {
    const own = Math.max(0, self.get(event) ?? event.dur ?? 0) / 1000;
    ms[event.stage] += own;
    if (event.ts < before) busy += own;
    else busyAfter += own;
  }
  // Thread (CPU) time of the tasks before the mark: the busy time without the waits for a core.
  const cpu =
    main
      .filter((event) => event.name === 'RunTask' && event.ts < before)
      .reduce((sum, event) => sum + (event.tdur ?? 0), 0) / 1000;
  return { ...ms, busy, busyAfter, cpu };
}

/** Trace time (µs) of the harness's `console.timeStamp(message)`, or `fallback`. */
function markAt(events, message, fallback) {
  const mark = events.find(
    (event) => event.name === 'TimeStamp' && event.args?.data?.message === message,
  );
  return mark?.ts ?? fallback;
}

/** Start of the main-thread task that holds trace time `ts` (the mark is inside it). */
function taskStart(events, ts) {
  const task = events.find(
    (event) =>
      event.ph === 'X' && event.name === 'RunTask' && event.ts <= ts && event.ts + event.dur >= ts,
  );
  return task?.ts ?? ts;
}

/** Work deferred to idle time (names after the first paint) is counted if it comes this soon. */
const SETTLE_MS = 600;

export async function traceAndProfile(
  cdp,
  run,
  { profile: withProfile = true, interval = 100 } = {},
) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  if (withProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval });
    await cdp.send('Profiler.start');
  }
  const wallMs = await run();
  const { profile } = withProfile ? await cdp.send('Profiler.stop') : {};
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  return { wallMs, profile, events };
}

/** Median breakdown of `runs` fresh loads of our page at `count` events. */
export async function firstRenderBreakdown(session, count, { runs = 5, log = () => {} } = {}) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const { page, context, cdp } = await session.open('ours.html?bundle=names');
    await page.evaluate((n) => window.bench.prepare(n), count);
    const { wallMs, profile, events } = await traceAndProfile(cdp, async () => {
      const ms = await page.evaluate(() => window.bench.render());
      await page.waitForTimeout(SETTLE_MS);
      return ms;
    });
    await context.close();
    const js = jsStages(profile);
    // From the task that hands the data over (the profiler's start-up before it is not ours).
    const rendering = renderStages(events, {
      from: taskStart(events, markAt(events, 'bench:render', -Infinity)),
      before: markAt(events, 'bench:two-frames', Infinity),
    });
    const stages = Object.fromEntries(
      STAGE_ORDER.map((stage) => [stage, js[stage] ?? rendering[stage] ?? 0]),
    );
    samples.push({
      wallMs,
      busyMs: rendering.busy,
      cpuMs: rendering.cpu,
      afterMs: rendering.busyAfter,
      scriptMs: rendering.script,
      stages,
    });
    log(
      `    breakdown load ${run + 1}: ${wallMs.toFixed(1)} ms to two frames later, main thread busy ${rendering.busy.toFixed(1)} ms (CPU ${rendering.cpu.toFixed(1)} ms), then ${rendering.busyAfter.toFixed(1)} ms`,
    );
  }
  return {
    count,
    runs,
    wallMs: median(samples.map((s) => s.wallMs)),
    busyMs: median(samples.map((s) => s.busyMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    afterMs: median(samples.map((s) => s.afterMs)),
    scriptMs: median(samples.map((s) => s.scriptMs)),
    stages: Object.fromEntries(
      STAGE_ORDER.map((stage) => [stage, median(samples.map((s) => s.stages[stage]))]),
    ),
  };
}
