// Extraction speed on a ~5,000-word text (the three test texts, repeated with small variations),
// in Node. Bundles src/extract with esbuild into a temporary file first, so no build step is
// needed: `node bench/extract.mjs`. Prints the median of 5 runs after one warm-up.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'news-timeline-bench-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { extractTimeline } from ${JSON.stringify(join(root, 'src/extract/index.ts'))};
export { IRAQ_ARTICLE_TEXT } from ${JSON.stringify(join(root, 'src/data/iraq-article-text.ts'))};
export { MALTON_TEXT } from ${JSON.stringify(join(root, 'tests/unit/fixtures/extract/malton-flood.ts'))};
export { SPRINGFIELD_TEXT } from ${JSON.stringify(join(root, 'tests/unit/fixtures/extract/springfield-strike.ts'))};`,
);
const outfile = join(dir, 'extract.mjs');
try {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  const { extractTimeline, IRAQ_ARTICLE_TEXT, MALTON_TEXT, SPRINGFIELD_TEXT } = await import(
    pathToFileURL(outfile).href
  );

  // Vary the copies so that nothing can be cached by accident: other days, other numbers.
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const parts = [];
  let words = 0;
  for (let copy = 0; words < 5000; copy++) {
    for (const base of [IRAQ_ARTICLE_TEXT, MALTON_TEXT, SPRINGFIELD_TEXT]) {
      const varied = base
        .replace(
          /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
          (d) => days[(days.indexOf(d) + copy) % 7],
        )
        .replace(/\b\d{2,3}\b/g, (n) => String(Number(n) + copy));
      parts.push(varied);
      words += varied.split(/\s+/).length;
    }
  }
  const text = parts.join('\n\n');
  const options = { published: '2014-06-14T12:00:00+03:00', timeZone: 'Asia/Baghdad' };

  extractTimeline(text, options); // warm-up
  const times = [];
  let result;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    result = extractTimeline(text, options);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `extractTimeline: ${words} words, ${text.length} characters, ${result.timeline.events.length} events, ${result.flags.length} flags; median of 5: ${times[2].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
