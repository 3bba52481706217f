// Bundles the element with Lit and the d3 modules into one minified ESM file: what a page that
// does not use a bundler loads (examples, demo, screenshots, benchmark, size budget).
import { build } from 'esbuild';

export async function bundleElement({
  outfile = 'dist/news-timeline.bundle.js',
  write = true,
} = {}) {
  return build({
    entryPoints: ['src/news-timeline.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // The map is written for local debugging but not linked: the package ships no sources or maps.
    sourcemap: write ? 'external' : false,
    legalComments: 'none',
    outfile,
    write,
    metafile: true,
    // Lit's production build: no dev-mode warnings, smaller.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleElement();
