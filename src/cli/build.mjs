// Bundles the CLI into one Node ESM file, dist/cli/news-timeline.js, which bin/news-timeline.mjs
// imports. Run after tsc: `node src/cli/build.mjs`. The package's own layers (the extractor, the
// importers, the model) are imported from dist/, where tsc put them beside dist/cli/, not bundled
// a second time: that copy was 80 KB of a package kept under 1 MB. `{ standalone: true }` bundles
// them too, for the tests, which run the CLI without a build of dist/.
import { build } from 'esbuild';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A CLI module's import of another layer ("../extract/index.js"): the same path in dist/. */
const layersFromDist = {
  name: 'layers-from-dist',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\// }, ({ path, importer }) =>
      importer.includes(`${sep}src${sep}cli${sep}`) ? { path, external: true } : undefined,
    );
  },
};

export async function buildCli({ standalone = false } = {}) {
  return build({
    plugins: standalone ? [] : [layersFromDist],
    absWorkingDir: root,
    entryPoints: ['src/cli/news-timeline.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Minified: the CLI ships in the package (see its size budget); messages are unaffected.
    minify: true,
    legalComments: 'none',
    outfile: 'dist/cli/news-timeline.js',
    // One Lit for the element and @lit-labs/ssr (the renderer checks instanceof LitElement); the
    // optional peers (server rendering, PNG through Chromium) load only when asked for.
    external: [
      'lit',
      'lit/*',
      'lit-html',
      'lit-html/*',
      'lit-element',
      'lit-element/*',
      '@lit/*',
      '@lit-labs/*',
      'playwright-core',
    ],
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
