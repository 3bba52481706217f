// `diffTimelines` on large timelines: node bench/diff.mjs. Prints the median time of a diff of
// N events against a copy with a few removed, changed and added, and of a copy with none.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { median } from './lib/stats.mjs';
import { BUILD_DIR } from './lib/build.mjs';

const SIZES = [10_000, 100_000];
const RUNS = 5;
const BUNDLE = `${BUILD_DIR}/diff-node.mjs`;

await mkdir(BUILD_DIR, { recursive: true });
await build({
  stdin: {
    contents: `export { diffTimelines } from './src/model/diff.ts'; export { syntheticTimeline } from './src/data/synthetic.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: BUNDLE,
  logLevel: 'warning',
});
const { diffTimelines, syntheticTimeline } = await import(pathToFileURL(BUNDLE).href);

function time(work) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

console.log('events   | diff, 1% changed | diff, identical');
for (const count of SIZES) {
  const before = syntheticTimeline({ count, seed: 11 });
  const after = structuredClone(before);
  const step = 100;
  for (let k = 0; k < after.events.length; k += step) after.events[k].headline += ' (updated)';
  after.events.splice(1, 5);
  const same = structuredClone(before);
  const changed = time(() => diffTimelines(before, after));
  const identical = time(() => diffTimelines(before, same));
  console.log(
    `${String(count).padEnd(8)} | ${changed.toFixed(1).padStart(10)} ms    | ${identical.toFixed(1).padStart(10)} ms`,
  );
}
