// The layout per frame at 100,000 events, in both label modes (beside the marks, stacked above
// them) at fit-all and at a 3-day zoom, and the ticks: `node bench/layout-modes.mjs` prints the
// medians. The element lays out on every animation frame while panning, so these should stay in
// the low milliseconds. (Was tests/unit/layout-perf.test.ts, whose only assertion was a count.)
import { scaleUtc } from 'd3-scale';
import { importTypeScript, medianMs } from './lib/node-bundle.mjs';

const COUNT = 100_000;
const AXIS_PX = 1280;
const DAY = 86_400_000;

const lib = await importTypeScript(
  'layout-modes',
  `export * from './src/layout/index.ts';
export { syntheticTimeline } from './src/data/synthetic.ts';`,
);
const { events } = lib.syntheticTimeline({ count: COUNT, seed: 2014, days: 730, rangeShare: 0.3 });
const started = performance.now();
const index = lib.buildEventIndex(events);
const buildMs = performance.now() - started;

const widths = new Map();
const labelWidth = (item) => {
  let width = widths.get(item.i);
  if (width === undefined) {
    width = lib.estimateLabelWidth(events[item.i].headline);
    widths.set(item.i, width);
  }
  return width;
};
const fit = lib.fitDomain(index);
const middle = (fit[0] + fit[1]) / 2;
const views = [
  ['fit-all', scaleUtc().domain(fit).range([0, AXIS_PX])],
  [
    'zoomed 3 days',
    scaleUtc()
      .domain([middle, middle + 3 * DAY])
      .range([0, AXIS_PX]),
  ],
];

console.log(`${COUNT.toLocaleString('en')} events; buildEventIndex ${buildMs.toFixed(1)} ms`);
for (const mode of ['beside', 'stacked']) {
  for (const [name, scale] of views) {
    const layout = lib.layoutView(index, { scale, mode, labelWidth });
    const ms = medianMs(20, () => lib.layoutView(index, { scale, mode, labelWidth }));
    console.log(
      `layoutView ${mode.padEnd(7)} ${name.padEnd(13)} ${ms.toFixed(2).padStart(7)} ms  ` +
        `(${layout.items.length} items of ${layout.candidates} candidates)`,
    );
  }
}
for (const [name, scale] of views) {
  const ms = medianMs(20, () =>
    lib.timeTicks({ scale, timeZone: 'America/New_York', locale: 'en' }),
  );
  console.log(`timeTicks ${name.padEnd(22)} ${ms.toFixed(2).padStart(7)} ms`);
}
