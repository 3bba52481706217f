// Imports TypeScript from src/ (and test fixtures) in plain Node for the Node benchmarks: esbuild
// bundles the given module text into BUILD_DIR (under node_modules/, so packages such as d3-scale,
// compromise or chrono-node stay external and resolve from node_modules), then it is imported.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_DIR } from './build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `contents` is TypeScript module text with paths relative to the repository root. */
export async function importTypeScript(name, contents) {
  const outfile = join(root, BUILD_DIR, `${name}.mjs`);
  await mkdir(join(root, BUILD_DIR), { recursive: true });
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

/** Median of `runs` timings of `work`, in ms, after one warm-up run. */
export function medianMs(runs, work) {
  work();
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)];
}
