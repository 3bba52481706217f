// The editor is its own entry point: the reader's page bundle holds none of it, and the editor's
// bundle holds what it needs. Sizes are printed, not asserted (the size report owns budgets).
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleEditor, bundleElement } from '../../scripts/bundle.mjs';

const inputs = (result: { metafile?: { inputs: Record<string, unknown> } }) =>
  Object.keys(result.metafile!.inputs);

describe('bundles', () => {
  it('keeps the editor, the extractor, the importers, d3-dsv and the JSON Schema’s words out of the reader’s page bundle', async () => {
    const page = inputs(await bundleElement({ write: false, sourcemap: false }));
    expect(page.some((path) => path.includes('src/news-timeline.ts'))).toBe(true);
    expect(page.some((path) => path.includes('src/model/schema.ts'))).toBe(true);
    // json-schema.ts also writes `minimum`, `maxLength`… as JSON Schema keys, names the page
    // bundle renames (scripts/bundle.mjs INTERNAL_PROPERTIES).
    const leaked = page.filter((path) =>
      /news-timeline-editor|src\/extract\/|src\/import\/|src\/export\/|d3-dsv|json-schema|schema-descriptions/.test(
        path,
      ),
    );
    expect(leaked).toEqual([]);
  }, 60_000);

  it('builds the editor on its own with what it needs', async () => {
    const result = await bundleEditor({ write: false });
    const paths = inputs(result);
    for (const needed of [
      'src/news-timeline-editor.ts',
      'src/extract/extract-timeline.ts',
      'd3-dsv',
      'src/news-timeline.ts',
    ])
      expect(
        paths.some((path) => path.includes(needed)),
        needed,
      ).toBe(true);
    const code = result.outputFiles![0]!.contents;
    const dsv = Object.entries(result.metafile!.outputs)[0]![1].inputs;
    const dsvBytes = Object.entries(dsv)
      .filter(([path]) => path.includes('d3-dsv'))
      .reduce((sum, [, info]) => sum + info.bytesInOutput, 0);
    console.log(
      `editor bundle: ${code.length} B minified, ${gzipSync(code).length} B gzipped; d3-dsv ${dsvBytes} B of it (minified)`,
    );
  }, 60_000);
});
