// `npm run size`: min+gzip of what a page loads for <news-timeline> (the one ESM bundle), against
// the 35 KB budget, with a per-package breakdown from esbuild's metafile.
// Over budget prints "OVER BUDGET" but still exits 0 on purpose: size is a number to watch and
// discuss in review, and CI should not go red on a byte count (a failed build stays a failure).
import { gzipSync } from 'node:zlib';
import { bundleElement, bundleTranslations } from './bundle.mjs';

const BUDGET_BYTES = 35 * 1024; // 35 KB, KB = 1024 bytes
const KB = 1024;

/** node_modules/@scope/name/... -> @scope/name; node_modules/name/... -> name; else our source. */
function packageOf(path) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1] : 'news-timeline (src/)';
}

function breakdown(metafile) {
  const output = Object.values(metafile.outputs).find((out) => out.entryPoint);
  const sizes = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageOf(path);
    sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
  }
  return [...sizes.entries()].sort((a, b) => b[1] - a[1]);
}

/** Our source files by minified bytes, to see where our share of the budget goes. */
function ourFiles(metafile) {
  const output = Object.values(metafile.outputs).find((out) => out.entryPoint);
  return Object.entries(output.inputs)
    .filter(([path]) => !path.includes('node_modules'))
    .map(([path, { bytesInOutput }]) => [path, bytesInOutput])
    .sort((a, b) => b[1] - a[1]);
}

/** Gzip of each package's share alone; the parts do not add up to the whole (shared dictionary). */
function gzipOfParts(code) {
  // esbuild does not say which output bytes came from which input, so the per-package gzip is the
  // package's share of the minified bytes applied to the whole file's gzip: an estimate.
  return (minBytes) => Math.round((minBytes / code.length) * gzipSync(code, { level: 9 }).length);
}

const result = await bundleElement({ write: false });
const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
const code = Buffer.from(js.contents);
const gzipped = gzipSync(code, { level: 9 }).length;
const estimate = gzipOfParts(code);

console.log(`<news-timeline> page payload: dist/news-timeline.bundle.js (one file, CSS included)`);
console.log(`  minified:        ${(code.length / KB).toFixed(1)} KB`);
console.log(
  `  minified + gzip: ${(gzipped / KB).toFixed(1)} KB (zlib level 9)   budget ${BUDGET_BYTES / KB} KB`,
);
console.log('\n  package                     minified    ~gzip share');
for (const [name, bytes] of breakdown(result.metafile)) {
  console.log(
    `  ${name.padEnd(26)} ${(bytes / KB).toFixed(1).padStart(7)} KB ${(estimate(bytes) / KB).toFixed(1).padStart(8)} KB`,
  );
}
console.log('\n  largest of our own files     minified');
for (const [path, bytes] of ourFiles(result.metafile).slice(0, 10)) {
  console.log(
    `  ${path.replace(/^src\//, '').padEnd(40)} ${(bytes / KB).toFixed(1).padStart(6)} KB`,
  );
}
// Languages other than English are not in the bundle: a page loads the one it needs.
const languages = await bundleTranslations({ write: false });
console.log('\n  languages loaded by the page (dist/translations/, not in the budget)');
for (const file of languages.outputFiles) {
  const bytes = Buffer.from(file.contents);
  const name = file.path.replace(/^.*\/translations\//, '');
  console.log(
    `  ${name.padEnd(10)} ${String(bytes.length).padStart(6)} B minified ${String(gzipSync(bytes, { level: 9 }).length).padStart(6)} B gzip`,
  );
}
if (gzipped > BUDGET_BYTES) {
  console.log(
    `\nOVER BUDGET by ${((gzipped - BUDGET_BYTES) / KB).toFixed(1)} KB (min+gzip ${(gzipped / KB).toFixed(1)} KB > ${BUDGET_BYTES / KB} KB)`,
  );
} else {
  console.log(`\nwithin budget: ${((BUDGET_BYTES - gzipped) / KB).toFixed(1)} KB to spare`);
}
