// `npm run size`: min+gzip of what a page loads for <news-timeline> before its first render
// (dist/news-timeline.bundle.js and every chunk it imports statically, each gzipped on its own as
// each is its own response; built here in memory from src/), against the 35 KB budget, by package
// and by our own module, from esbuild's metafile; and against the committed baseline
// (bench/size-baseline.json) that tests/unit/bundle-size.test.ts holds the bundle to. What a page
// fetches only when a feature is used (story mode) or after its first render (the detail card, in
// its first idle time) is listed apart, "on demand", outside the budget.
//   npm run size                      print
//   npm run size -- --update-baseline  record the current size as the baseline (after a reduction)
// Over budget prints "OVER BUDGET" but exits 0: the budget is a goal; the baseline test is the
// guard that fails (growth of more than 1 KB over the baseline).
import { gzipSync } from 'node:zlib';
import { readFile, writeFile } from 'node:fs/promises';
import { bundleElement, bundleTranslations } from './bundle.mjs';

export const BUDGET_BYTES = 35 * 1024; // 35 KB, KB = 1024 bytes
/** Growth over the baseline that fails the size test. */
export const TOLERANCE_BYTES = 1024;
export const BASELINE_FILE = 'bench/size-baseline.json';
const KB = 1024;

/** node_modules/@scope/name/... -> @scope/name; node_modules/name/... -> name; else our source. */
function packageOf(path) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1] : 'news-timeline (src/)';
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * The outputs a page loads for `<news-timeline>`: the entry and every file it imports statically,
 * transitively; and the ones it fetches only on demand (dynamic imports: story mode).
 */
function pageOutputs(metafile) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find(
    (path) => outputs[path].entryPoint && path.endsWith('.js'),
  );
  const initial = new Set();
  const onDemand = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: imported, kind } of outputs[path].imports) {
      if (kind === 'import-statement') visit(imported);
      else if (kind === 'dynamic-import') onDemand.add(imported);
    }
  };
  visit(entry);
  for (const path of initial) onDemand.delete(path);
  // Each part with the chunks it imports that the page has not loaded (what it shares with another
  // part: the detail card's code, which story mode shows too).
  const withChunks = (path, files = new Set()) => {
    if (initial.has(path) || files.has(path)) return files;
    files.add(path);
    for (const { path: imported, kind } of outputs[path].imports)
      if (kind === 'import-statement') withChunks(imported, files);
    return files;
  };
  return {
    entry,
    initial: [...initial],
    onDemand: [...onDemand].map((path) => ({ path, files: [...withChunks(path)] })),
  };
}

/**
 * The page bundle's size: what a page loads before the first render (the entry and the chunks it
 * imports, each gzipped on its own, as each is its own response), by package and by our own module.
 * Minified bytes per input come from the metafile, that is esbuild's output before terser's pass
 * over the whole file; the gzip share of a part is its share of those bytes applied to the gzip of
 * the files, so it is an estimate. `onDemand` lists what
 * loads later (story mode), outside the budget.
 */
export async function bundleSize() {
  const result = await bundleElement({ write: false });
  const { metafile } = result;
  const { initial, onDemand } = pageOutputs(metafile);
  const fileOf = (path) =>
    result.outputFiles.find((file) => file.path.endsWith(`/${path}`) || file.path === path);
  const bytes = (paths) => paths.map((path) => Buffer.from(fileOf(path).contents));
  const pageFiles = bytes(initial);
  const minBytes = pageFiles.reduce((sum, code) => sum + code.length, 0);
  const gzipBytes = pageFiles.reduce((sum, code) => sum + gzip(code), 0);
  const esbuildBytes = initial.reduce((sum, path) => sum + metafile.outputs[path].bytes, 0);
  const share = (part) => Math.round((part / esbuildBytes) * gzipBytes);
  const inputs = initial.flatMap((path) =>
    Object.entries(metafile.outputs[path].inputs).map(([input, { bytesInOutput }]) => ({
      path: input,
      minBytes: bytesInOutput,
    })),
  );
  const packages = new Map();
  for (const { path, minBytes: part } of inputs) {
    const name = packageOf(path);
    packages.set(name, (packages.get(name) ?? 0) + part);
  }
  return {
    minBytes,
    gzipBytes,
    budgetBytes: BUDGET_BYTES,
    files: initial,
    onDemand: onDemand.map(({ path, files }, index) => {
      const code = bytes(files);
      const sources = files.flatMap((file) =>
        Object.keys(metafile.outputs[file].inputs).filter(
          // on-demand: is the part's wrapper (scripts/bundle.mjs), not a source file.
          (input) => !input.includes('node_modules') && !input.startsWith('on-demand:'),
        ),
      );
      return {
        path,
        files,
        minBytes: code.reduce((sum, file) => sum + file.length, 0),
        gzipBytes: code.reduce((sum, file) => sum + gzip(file), 0),
        sources,
        index,
      };
    }),
    packages: [...packages.entries()]
      .map(([name, part]) => ({ name, minBytes: part, gzipShare: share(part) }))
      .sort((a, b) => b.minBytes - a.minBytes),
    ownModules: inputs
      .filter(({ path }) => !path.includes('node_modules'))
      .map(({ path, minBytes: part }) => ({ path, minBytes: part, gzipShare: share(part) }))
      .sort((a, b) => b.minBytes - a.minBytes),
  };
}

export async function readBaseline() {
  return JSON.parse(await readFile(BASELINE_FILE, 'utf8'));
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

function report(size, baseline) {
  const lines = [
    `<news-timeline> page payload: ${size.files.join(' + ')} (CSS included)`,
    `  minified:        ${kb(size.minBytes)}`,
    `  minified + gzip: ${kb(size.gzipBytes)} (zlib level 9)   budget ${BUDGET_BYTES / KB} KB`,
    '',
    '  package                      minified  ~gzip share',
    ...size.packages.map(
      (p) =>
        `  ${p.name.padEnd(26)} ${kb(p.minBytes).padStart(10)} ${kb(p.gzipShare).padStart(10)}`,
    ),
    '',
    '  our modules (src/)                                   minified  ~gzip share',
    ...size.ownModules.map(
      (m) =>
        `  ${m.path.replace(/^src\//, '').padEnd(50)} ${kb(m.minBytes).padStart(10)} ${kb(m.gzipShare).padStart(10)}`,
    ),
    '',
  ];
  for (const part of size.onDemand) {
    lines.push(
      `  on demand, not in the payload: ${part.files.join(' + ')} ${kb(part.minBytes)} minified, ${kb(part.gzipBytes)} gzip (${part.sources.map((source) => source.replace(/^src\//, '')).join(', ')})`,
    );
  }
  lines.push('');
  if (size.gzipBytes > BUDGET_BYTES) {
    lines.push(
      `OVER BUDGET by ${kb(size.gzipBytes - BUDGET_BYTES)} (min+gzip ${kb(size.gzipBytes)} > ${BUDGET_BYTES / KB} KB)`,
    );
  } else {
    lines.push(`within budget: ${kb(BUDGET_BYTES - size.gzipBytes)} to spare`);
  }
  if (baseline) {
    const delta = size.gzipBytes - baseline.gzipBytes;
    lines.push(
      `baseline (${BASELINE_FILE}): ${kb(baseline.gzipBytes)}; now ${delta >= 0 ? '+' : ''}${(delta / KB).toFixed(2)} KB` +
        (delta > TOLERANCE_BYTES
          ? ` -> the size test fails (more than ${TOLERANCE_BYTES / KB} KB over)`
          : delta < 0
            ? ' -> smaller: record it with `npm run size -- --update-baseline`'
            : ''),
    );
  }
  return lines.join('\n');
}

async function main() {
  const size = await bundleSize();
  if (process.argv.includes('--update-baseline')) {
    const baseline = { gzipBytes: size.gzipBytes, minBytes: size.minBytes };
    await writeFile(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
    console.log(`recorded ${kb(size.gzipBytes)} min+gzip in ${BASELINE_FILE}`);
  }
  const baseline = await readBaseline().catch(() => undefined);
  console.log(report(size, baseline));
  console.log(await languagesReport());
}

/** Languages other than English are not in the bundle: a page loads the one it needs. */
async function languagesReport() {
  const languages = await bundleTranslations({ write: false });
  const lines = ['', '  languages loaded by the page (dist/translations/, not in the budget)'];
  for (const file of languages.outputFiles) {
    const bytes = Buffer.from(file.contents);
    const name = file.path.replace(/^.*\/translations\//, '');
    lines.push(
      `  ${name.padEnd(10)} ${kb(bytes.length).padStart(9)} minified ${kb(gzip(bytes)).padStart(9)} gzip`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
