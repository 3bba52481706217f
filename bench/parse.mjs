// Validation speed: parseTimeline on 10,000 and 100,000 synthetic events (src/data/synthetic.ts,
// seeded), as an object (what the `timeline` property gets) and as JSON text (what `src` gets),
// with bare events and with "rich" ones (a place, an actor, a source, a tag and a summary each).
// `node bench/parse.mjs` prints the median of several runs after a warm-up, in ms. JSON text
// times include JSON.parse.
// Run with --expose-gc for steadier numbers: `node --expose-gc bench/parse.mjs`.
import { importTypeScript } from './lib/node-bundle.mjs';

const SIZES = [10_000, 100_000];

const lib = await importTypeScript(
  'parse',
  `export { parseTimeline } from './src/model/index.ts';
export { syntheticTimeline } from './src/data/synthetic.ts';`,
);

function rich(timeline) {
  return {
    ...timeline,
    events: timeline.events.map((event, n) => ({
      ...event,
      summary: `Summary of event ${n}, a sentence or two of context.`,
      places: [{ name: 'Mosul', country: 'Iraq' }],
      actors: [{ name: 'Nouri al-Maliki', kind: 'person', role: 'prime minister' }],
      sources: [{ who: 'a senior official', named: false, verb: 'told', outlet: 'the Guardian' }],
      tags: ['security'],
      category: n % 2 ? 'politics' : 'conflict',
    })),
  };
}

/**
 * Median wall time and median CPU time (user + system, this process) of `runs` runs after a
 * warm-up. On a shared machine the CPU time is the steadier of the two.
 */
function median(runs, work) {
  work(); // warm-up
  const wall = [];
  const cpu = [];
  for (let run = 0; run < runs; run++) {
    globalThis.gc?.();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = work();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    if (result.timeline === null || result.problems.length > 0) {
      throw new Error(`the synthetic data should be valid: ${JSON.stringify(result.problems[0])}`);
    }
  }
  const middle = (values) => values.sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { wall: middle(wall), cpu: middle(cpu) };
}

const MAX_TEXT = 32 * 1024 * 1024; // parseTimeline refuses longer JSON text

console.log(`parseTimeline, median ms, wall / CPU (Node ${process.version})`);
console.log('  events |     bare object |  bare JSON text |     rich object |  rich JSON text');
const rows = [];
for (const count of SIZES) {
  const bare = lib.syntheticTimeline({ count, seed: 42, days: 30, rangeShare: 0.2 });
  const full = rich(bare);
  const runs = count >= 100_000 ? 7 : 15;
  const row = { count };
  for (const [name, input] of [
    ['bare', bare],
    ['rich', full],
  ]) {
    row[`${name}Object`] = median(runs, () => lib.parseTimeline(input));
    const text = JSON.stringify(input);
    row[`${name}Text`] =
      text.length > MAX_TEXT ? null : median(runs, () => lib.parseTimeline(text));
  }
  rows.push(row);
  const cells = [row.bareObject, row.bareText, row.richObject, row.richText].map((ms) =>
    (ms === null ? 'over cap' : `${ms.wall.toFixed(0)} / ${ms.cpu.toFixed(0)}`).padStart(15),
  );
  console.log(`${count.toLocaleString('en').padStart(8)} | ${cells.join(' | ')}`);
}
console.log('(JSON text over the 32 MiB cap is refused before parsing: "over cap".)');
