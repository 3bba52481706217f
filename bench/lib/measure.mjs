// Node-side driver of the libraries at one size: fresh loads for the first render, interleaved
// between the libraries, then heap, DOM and the pan/zoom steps on each library's last load. Every
// wait has a deadline so a stuck peer cannot hang us.
import { median, quantile } from './stats.mjs';
import { TimeoutError, taskMs, withTimeout } from './browser.mjs';

export const RENDER_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 30_000;
/** Wall-clock allowance for one phase of 30 steps; slower peers report the steps they finished. */
const PHASE_BUDGET_MS = 25_000;
/** Fresh-load repetitions stop early once this much time went into one library at one size. */
const RENDER_BUDGET_MS = 60_000;
export const STEPS = 30;

/** Fresh loads per library and size; `override` is `--reps N` for a quicker look. */
export function repetitions(count, override) {
  if (override) return override;
  // 100k: 3 loads instead of 5 keeps the whole run in reasonable time on two cores.
  return count >= 100_000 ? 3 : 5;
}

function summary(samples) {
  const ms = samples.map((sample) => sample.ms);
  const work = samples.map((sample) => sample.work);
  const mutations = samples.map((sample) => sample.mutations ?? 0);
  return {
    steps: samples.length,
    median: median(ms),
    p95: quantile(ms, 0.95),
    workMedian: median(work),
    workP95: quantile(work, 0.95),
    mutationsMedian: median(mutations),
    ...(samples[0]?.ctrlKey !== undefined && {
      ctrlKey: samples.every((sample) => sample.ctrlKey),
    }),
  };
}

/** Runs `step(i)` up to STEPS times within the phase budget; each sample gets its CDP work time. */
async function phase(cdp, step, { pauseMs, page }) {
  const samples = [];
  const started = Date.now();
  const phaseBefore = await taskMs(cdp);
  for (let i = 0; i < STEPS && Date.now() - started < PHASE_BUDGET_MS; i++) {
    // The pause lets timers of the previous step (d3's 150 ms wheel end, announcements) run
    // outside the measured window, as they would between a reader's gestures.
    await page.waitForTimeout(pauseMs);
    const before = await taskMs(cdp);
    const sample = await withTimeout(step(i), STEP_TIMEOUT_MS, `step ${i}`);
    sample.work = (await taskMs(cdp)) - before;
    samples.push(sample);
  }
  // Work left over once the steps are done (a re-layout after the gesture pauses, an
  // announcement) belongs to the gesture too: wait for it, then count everything in the phase.
  await page.waitForTimeout(500);
  const result = summary(samples);
  result.phaseWork = (await taskMs(cdp)) - phaseBefore;
  result.phaseWorkPerStep = result.phaseWork / Math.max(1, samples.length);
  if (samples.length < STEPS)
    result.note = `${samples.length} of ${STEPS} steps within ${PHASE_BUDGET_MS / 1000} s`;
  return result;
}

/** ms between the first render (and its stats) and the first measured gesture. */
export const SETTLE_BEFORE_STEPS_MS = 1000;

async function rangePhase(page, cdp) {
  // Step 0 moves from fit-all to the stepping window; it is a jump, not a step, so not counted.
  await withTimeout(
    page.evaluate(() => window.bench.rangeStep(0)),
    STEP_TIMEOUT_MS,
    'first range',
  );
  return phase(cdp, (i) => page.evaluate((n) => window.bench.rangeStep(n), i + 1), {
    pauseMs: 30,
    page,
  });
}

/** One real wheel event through Playwright's input pipeline, timed in the page from its timeStamp. */
async function wheelStep(page, deltaX, deltaY) {
  await page.evaluate(() => window.bench.armWheel());
  await page.mouse.wheel(deltaX, deltaY);
  return page.evaluate(() => window.bench.wheelDone());
}

async function wheelPhases(page, cdp) {
  const centre = await page.evaluate(() => window.bench.plotCentre());
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.down('Control');
  // Alternating in and out keeps every step a real re-layout instead of hitting the zoom limit.
  const zoom = await phase(cdp, (i) => wheelStep(page, 0, i % 2 === 0 ? -100 : 100), {
    pauseMs: 200,
    page,
  });
  await page.keyboard.up('Control');
  const pan = await phase(cdp, () => wheelStep(page, 100, 0), { pauseMs: 200, page });
  return { wheelZoom: zoom, wheelPan: pan };
}

/** One pointer move of 20 px during a held drag, timed in the page from its timeStamp. */
async function dragStep(page, x, y) {
  await page.evaluate(() => window.bench.armPointer());
  await page.mouse.move(x, y);
  return page.evaluate(() => window.bench.wheelDone());
}

/**
 * Steps that change nothing: a 1 px pointer move over the plot with no button held, timed like a
 * drag step. Their work is what measuring a step costs on the page (our harness's calls, the
 * input's hit test, two frames), the floor under every other step's work.
 */
async function idlePhase(page, cdp) {
  const centre = await page.evaluate(() => window.bench.plotCentre());
  // Onto the plot first, unmeasured: entering it changes hover styles.
  await page.mouse.move(centre.x, centre.y);
  const idle = await phase(cdp, (i) => dragStep(page, centre.x + (i % 2), centre.y), {
    pauseMs: 200,
    page,
  });
  return { idleStep: idle };
}

/** A continuous drag (button held, a move every ~frame) panning the view to earlier times. */
async function dragPhase(page, cdp) {
  const centre = await page.evaluate(() => window.bench.plotCentre());
  await page.mouse.move(centre.x - 300, centre.y);
  await page.mouse.down();
  const drag = await phase(cdp, (i) => dragStep(page, centre.x - 300 + 20 * (i + 1), centre.y), {
    pauseMs: 16,
    page,
  });
  await page.mouse.up();
  return { dragPan: drag };
}

/** One fresh load: prepare (untimed), hand the data over, wait two frames. */
export async function loadAndRender(session, library, count) {
  const opened = await session.open(library.page);
  const prepared = await withTimeout(
    opened.page.evaluate((n) => window.bench.prepare(n), count),
    RENDER_TIMEOUT_MS,
    'preparing data',
  );
  const before = await taskMs(opened.cdp);
  const ms = await withTimeout(
    opened.page.evaluate(() => window.bench.render()),
    RENDER_TIMEOUT_MS,
    'first render',
  );
  const work = (await taskMs(opened.cdp)) - before;
  return { opened, prepared, render: { ms, work } };
}

/**
 * Everything for every library at one size, by library id; `{ timeout: true }` for one that blew
 * a deadline. The first-render loads are interleaved, one load of each library in turn, so that a
 * change in the machine's speed while a size is measured hits every library alike (round twelve
 * saw this machine move between two speeds about 2x apart within minutes). Each library's steps
 * run on its last load.
 */
export async function measureSize(
  session,
  libraries,
  count,
  log,
  { reps: repsOverride, steps = true } = {},
) {
  const reps = repetitions(count, repsOverride);
  const runs = libraries.map((library) => ({ library, renders: [], spentMs: 0 }));
  const results = {};
  for (let rep = 0; rep < reps; rep++) {
    for (const run of runs) {
      const { library, renders } = run;
      if (results[library.id]) continue;
      const loadStarted = Date.now();
      try {
        const { opened, prepared, render } = await loadAndRender(session, library, count);
        run.spentMs += Date.now() - loadStarted;
        renders.push(render);
        log(`    ${library.name}, load ${rep + 1}: first render ${render.ms.toFixed(1)} ms`);
        if (rep < reps - 1 && run.spentMs <= RENDER_BUDGET_MS) {
          await opened.context.close();
          continue;
        }
        log(`    ${library.name}: steps on this load`);
        results[library.id] = await measureLoaded(opened, library, prepared, renders, log, steps);
        await opened.context.close();
      } catch (error) {
        if (!(error instanceof TimeoutError)) throw error;
        log(`    ${library.name}: ${error.message}: recorded as timeout, relaunching the browser`);
        await session.relaunch();
        results[library.id] = {
          timeout: true,
          reason: error.message,
          firstRenderRuns: renders.map((r) => r.ms),
        };
      }
    }
  }
  return results;
}

async function measureLoaded({ page, cdp }, library, prepared, renders, log, steps) {
  const stats = await page.evaluate(() => window.bench.stats());
  // Steps are measured on a settled page, as a reader's first gesture meets it: work a library
  // defers past its first render (our accessible names in idle time, peers' timers) runs before
  // them rather than inside the first steps. The breakdown counts that work with the first render.
  if (steps) await page.waitForTimeout(SETTLE_BEFORE_STEPS_MS);
  const range = steps ? await rangePhase(page, cdp) : undefined;
  if (range)
    log(
      `    range steps: median ${range.median.toFixed(1)} ms, p95 ${range.p95.toFixed(1)} ms, work p95 ${range.workP95.toFixed(1)} ms`,
    );
  const wheel = steps && library.wheel ? await wheelPhases(page, cdp) : {};
  const drag = steps && library.drag ? await dragPhase(page, cdp) : {};
  // Last: the pointer it rests over the plot would otherwise sit under the items of our `range`
  // steps, where the peers' steps have none.
  const idle = steps && library.id === 'ours' ? await idlePhase(page, cdp) : {};
  return {
    events: prepared.events,
    firstRender: {
      runs: renders.map((r) => r.ms),
      median: median(renders.map((r) => r.ms)),
      workMedian: median(renders.map((r) => r.work)),
    },
    heapBefore: prepared.heapBefore,
    heapAfter: stats.heap,
    nodes: stats.nodes,
    ...idle,
    ...(range && { range }),
    ...wheel,
    ...drag,
  };
}
