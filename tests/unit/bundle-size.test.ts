// The page bundle (dist/news-timeline.bundle.js, built in memory from src/ by esbuild) may not
// grow more than 1 KB min+gzip over the committed baseline. A reduction lowers the baseline:
// `npm run size -- --update-baseline`.
import { describe, expect, it } from 'vitest';
import { bundleElement } from '../../scripts/bundle.mjs';
import { BASELINE_FILE, TOLERANCE_BYTES, bundleSize, readBaseline } from '../../scripts/size.mjs';

describe('page bundle size', () => {
  const measured = bundleSize();

  it(`stays within ${TOLERANCE_BYTES} bytes min+gzip of ${BASELINE_FILE}`, async () => {
    const [size, baseline] = await Promise.all([measured, readBaseline()]);
    const growth = size.gzipBytes - baseline.gzipBytes;
    expect(
      growth,
      `bundle is ${size.gzipBytes} B min+gzip, baseline ${baseline.gzipBytes} B; largest parts: ${size.packages
        .slice(0, 5)
        .map((p) => `${p.name} ${p.minBytes} B`)
        .join(', ')}`,
    ).toBeLessThanOrEqual(TOLERANCE_BYTES);
  });

  it('is measured from the whole bundle: Lit and our own modules are in it', async () => {
    const size = await measured;
    const names = size.packages.map((p) => p.name);
    expect(names).toContain('lit-html');
    expect(names).toContain('news-timeline (src/)');
    expect(size.ownModules.some((m) => m.path.endsWith('news-timeline.ts'))).toBe(true);
    expect(size.gzipBytes).toBeGreaterThan(10_000);
    expect(size.gzipBytes).toBeLessThan(size.minBytes);
  });
});

describe('page bundle layout', () => {
  it('puts all of the page code in one chunk, which the entry, story mode, the card and the refresh polling import', async () => {
    const { metafile, outputFiles } = await bundleElement({ write: false, sourcemap: false });
    const outputs = Object.entries(metafile!.outputs).filter(([path]) => path.endsWith('.js'));
    const [, entry] = outputs.find(([, output]) => output.entryPoint)!;
    const part = (name: string) => outputs.find(([path]) => path.includes(name))!;
    const [storyPath, story] = part('news-timeline-story.define');
    const [cardPath, card] = part('news-event-card.define');
    // The refresh polling, fetched when a page sets `refresh` (source-controller.ts).
    const [refreshPath] = part('source-refresh');
    // The entry file only imports the chunk: one compressed stream for the page's code.
    expect(entry.bytes).toBeLessThan(100);
    expect(entry.imports.map((i) => i.kind)).toEqual(['import-statement']);
    const chunkPath = entry.imports[0]!.path;
    const chunk = metafile!.outputs[chunkPath]!;
    expect(Object.keys(chunk.inputs)).toContain('src/components/news-timeline/news-timeline.ts');
    expect(Object.keys(chunk.inputs)).toContain('src/news-timeline.ts');
    // Its bindings exported under their own names, not paired with new ones (export-names.mjs).
    const chunkCode = outputFiles!.find((file) => file.path.endsWith(chunkPath))!.text;
    expect(chunkCode).toMatch(/export\{[\w$]+(?:,[\w$]+)+\};$/);
    expect(chunk.imports.map(({ path, kind }) => `${kind} ${path}`).sort()).toEqual(
      [
        `dynamic-import ${cardPath}`,
        `dynamic-import ${storyPath}`,
        `dynamic-import ${refreshPath}`,
      ].sort(),
    );
    // The card's code is not in the page's first download: story mode and the card share it.
    const cardClass = 'src/components/news-event-card/news-event-card.ts';
    expect(Object.keys(chunk.inputs)).not.toContain(cardClass);
    // Nor what only the card and story mode use, in modules of its own: esbuild places a module
    // the page and a part both import in the page's chunk whole, used there or not.
    for (const onDemandOnly of [
      'src/components/event-media.ts',
      'src/i18n/wording/describe-details.ts',
      'src/model/media-files.ts',
    ]) {
      expect(Object.keys(chunk.inputs)).not.toContain(onDemandOnly);
    }
    const shared = card.imports.find(({ path }) => path !== chunkPath)!.path;
    expect(Object.keys(metafile!.outputs[shared]!.inputs)).toContain(cardClass);
    for (const imports of [story.imports, card.imports]) {
      expect(imports.map(({ path, kind }) => `${kind} ${path}`).sort()).toEqual(
        [`import-statement ${chunkPath}`, `import-statement ${shared}`].sort(),
      );
    }
  });
});
