// Builds everything the benchmark pages load into node_modules/.cache/news-timeline-bench/, so
// `npm run bench` works straight after `npm ci` and never races a colleague's `npm run build`
// writing dist/. Under node_modules/ the minified peers are ignored by git, ESLint and Prettier
// alike (a bench/.build/ would be linted by `eslint .`, whose config we do not own).
import { build } from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';
import { bundleElement } from '../../scripts/bundle.mjs';

export const BUILD_DIR = 'node_modules/.cache/news-timeline-bench';

/** Same esbuild settings for every peer: minified browser ESM, production conditions. */
function browserBundle(entryPoints, outfile, extra = {}) {
  return build({
    ...(entryPoints && { entryPoints }),
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    ...extra,
  });
}

/**
 * d3-timelines with the d3 v4 modules it was written for (its own nested copies, resolved from its
 * directory: it reads d3-selection v1's global `event`), plus the d3 v4 helpers its page needs for
 * a sensible day axis.
 */
function d3TimelinesBundle(outfile) {
  return browserBundle(undefined, outfile, {
    stdin: {
      contents: [
        "export { default as timelines } from './src/timelines.js';",
        "export { select } from 'd3-selection';",
        "export { timeDay } from 'd3-time';",
        "export { timeFormat } from 'd3-time-format';",
      ].join('\n'),
      resolveDir: 'node_modules/d3-timelines',
      loader: 'js',
    },
  });
}

/**
 * Our element exactly as dist/news-timeline.bundle.js is built, plus the peers and the data; and
 * an unminified copy of ours whose function names let a CPU profile say which stage ran.
 * TimelineJS3 is loaded as its own dist/js/timeline.js, the file newsrooms embed.
 */
export async function buildBenchAssets() {
  // Chunk names change with every build: without this the directory keeps every build's chunks.
  await rm(`${BUILD_DIR}/chunks`, { recursive: true, force: true });
  await mkdir(BUILD_DIR, { recursive: true });
  await Promise.all([
    bundleElement({ outfile: `${BUILD_DIR}/news-timeline.bundle.js` }),
    bundleElement({
      outfile: `${BUILD_DIR}/news-timeline.names.js`,
      minify: false,
      sourcemap: false,
    }),
    d3TimelinesBundle(`${BUILD_DIR}/d3-timelines.js`),
    // The generator itself, not a copy: every library gets byte-identical events.
    browserBundle(['src/data/synthetic.ts'], `${BUILD_DIR}/synthetic.js`),
    // The standalone build carries vis-data's DataSet and injects vis-timeline's CSS itself.
    browserBundle(
      ['node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.mjs'],
      `${BUILD_DIR}/vis-timeline.js`,
    ),
    browserBundle(
      ['node_modules/timelines-chart/dist/timelines-chart.mjs'],
      `${BUILD_DIR}/timelines-chart.js`,
    ),
  ]);
}
