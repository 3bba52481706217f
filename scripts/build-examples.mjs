// Bundles the React example (JSX needs a build step, as in any React app); the other examples
// load dist/news-timeline.bundle.js directly.
import { build } from 'esbuild';

export async function buildExamples() {
  await build({
    entryPoints: ['examples/react/app.jsx'],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    outfile: 'examples/react/app.bundle.js',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'news-timeline/news-timeline.js': './src/news-timeline.ts' },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildExamples();
