// The in-page half of the benchmark. Each page supplies an adapter for one library; this file does
// the timing the same way for all of them, so only the library calls differ between pages.
import { syntheticTimeline } from '/node_modules/.cache/news-timeline-bench/synthetic.js';

const DAY = 86_400_000;
/** syntheticTimeline's default first instant, 1 June 2014 UTC. */
const DATA_START = Date.UTC(2014, 5, 1);
/** Same options for every library; mirrors the issue: 30 days, one in five a range, 40 chars. */
export const DATA_OPTIONS = { seed: 42, days: 30, rangeShare: 0.2, headlineLength: 40 };

/** Resolves after the frame that follows the current one: the change has been painted. */
export function twoFrames() {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/** Every node of the page, including every shadow tree: what a reader's browser really holds. */
export function countNodes(root = document) {
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    count++;
    if (node.shadowRoot) stack.push(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return count;
}

function heapBytes() {
  // --js-flags=--expose-gc gives gc(); collecting first makes the number the live heap only.
  if (typeof globalThis.gc === 'function') globalThis.gc();
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

/**
 * The window the programmatic steps move: a quarter of the 30 days (7.5 days) starting on day 10,
 * shifted by 5% of its width per step. Identical for every library.
 */
function stepWindow(step, start) {
  const width = 7.5 * DAY;
  const from = start + 10 * DAY + step * 0.05 * width;
  return [new Date(from), new Date(from + width)];
}

export function install(adapter) {
  let timeline;
  let mutations = 0;
  let wheel;
  const observer = new MutationObserver((records) => (mutations += records.length));

  window.bench = {
    name: adapter.name,
    /** Frame floor of this browser: two rAF on an idle page. */
    async idleFrames() {
      const t0 = performance.now();
      await twoFrames();
      return performance.now() - t0;
    },
    /** Data and containers, untimed. Returns the heap before the library sees the data. */
    async prepare(count) {
      timeline = syntheticTimeline({ count, ...DATA_OPTIONS });
      // For ad-hoc profiling from the DevTools console or a script.
      window.benchData = timeline;
      await adapter.prepare(timeline);
      await twoFrames();
      // The page then idles, as one does before its data or a reader comes: the work a library
      // does in idle time (ours starts ICU once it has defined its elements) is done before the timer.
      await new Promise((done) => requestIdleCallback(done, { timeout: 1000 }));
      return { heapBefore: heapBytes(), events: timeline.events.length };
    },
    /**
     * Time to first render: data handed over -> two frames later. A library that draws
     * asynchronously (TimelineJS loads its language file first) returns a promise of "drawn".
     */
    async render() {
      console.timeStamp('bench:render');
      const t0 = performance.now();
      const drawn = adapter.render();
      if (drawn) await drawn;
      await twoFrames();
      const ms = performance.now() - t0;
      // For a trace running around this (the first-render breakdown): where it starts and ends.
      console.timeStamp('bench:two-frames');
      for (const root of adapter.observed())
        observer.observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      return ms;
    },
    stats() {
      return { heap: heapBytes(), nodes: countNodes() };
    },
    /** One programmatic range step; returns ms to two frames later and the mutations it caused. */
    async rangeStep(step) {
      const [start, end] = stepWindow(step, DATA_START);
      mutations = 0;
      const t0 = performance.now();
      adapter.setRange(start, end);
      await twoFrames();
      const ms = performance.now() - t0;
      observer.takeRecords().forEach(() => mutations++);
      return { ms, mutations };
    },
    plotCentre() {
      const box = adapter.plot().getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    /** Arms a one-shot listener; the wheel event itself comes from Playwright's real input. */
    armWheel() {
      mutations = 0;
      wheel = new Promise((done) => {
        window.addEventListener(
          'wheel',
          async (event) => {
            // timeStamp: when the browser created the event, so input queueing counts too.
            const t0 = event.timeStamp;
            await twoFrames();
            done({ ms: performance.now() - t0, ctrlKey: event.ctrlKey });
          },
          { capture: true, once: true, passive: true },
        );
      });
    },
    /** Like armWheel, for the next pointermove of a drag. */
    armPointer() {
      mutations = 0;
      wheel = new Promise((done) => {
        window.addEventListener(
          'pointermove',
          async (event) => {
            const t0 = event.timeStamp;
            await twoFrames();
            done({ ms: performance.now() - t0 });
          },
          { capture: true, once: true, passive: true },
        );
      });
    },
    async wheelDone() {
      const result = await wheel;
      observer.takeRecords().forEach(() => mutations++);
      return { ...result, mutations };
    },
  };
}
