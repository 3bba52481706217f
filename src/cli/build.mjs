// Bundles the CLI (and the extractor it uses) into one Node ESM file, dist/cli/news-timeline.js,
// which bin/news-timeline.mjs imports. Run after or instead of tsc: `node src/cli/build.mjs`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildCli() {
  return build({
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
