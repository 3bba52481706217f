// The page bundle (dist/news-timeline.bundle.js, built in memory from src/ by esbuild) may not
// grow more than 1 KB min+gzip over the committed baseline. A reduction lowers the baseline:
// `npm run size -- --update-baseline`.
import { describe, expect, it } from 'vitest';
import { bundleElement, minifyCssTemplates } from '../../scripts/bundle.mjs';
import { stripSchemaDocs } from '../../scripts/schema-docs.mjs';
import { toJsonSchema } from '../../src/model/json-schema.js';
import { timelineSchema } from '../../src/model/schema.js';
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

describe('css`` templates in the page bundle', () => {
  it('lose comments and spare whitespace, and keep interpolations and quoted names', () => {
    const source = [
      'const a = css`',
      '  /* the plot */',
      "  :host([theme='dark']) .plot,",
      '  .base .mark {',
      "    font-family: 'Segoe UI', sans-serif;",
      '    width: max(var(--_w), 12px);',
      '  }',
      '  ${dark}',
      '`;',
      'const b = `not css  {  }`;',
    ].join('\n');
    expect(minifyCssTemplates(source)).toBe(
      [
        "const a = css`:host([theme='dark']) .plot,.base .mark{font-family: 'Segoe UI',sans-serif;width: max(var(--_w),12px)}${dark}`;",
        'const b = `not css  {  }`;',
      ].join('\n'),
    );
  });
});

describe('what the page payload leaves out', () => {
  const parts = (async () => {
    const result = await bundleElement({ write: false, sourcemap: false });
    const size = await bundleSize();
    const text = (path: string) =>
      result.outputFiles!.find((file) => file.path.endsWith(`/${path}`))!.text;
    return { size, payload: size.files.map(text).join('\n') };
  })();

  it("the schema's descriptions, which only the JSON Schema reads; the problem messages stay", async () => {
    const { size, payload } = await parts;
    // The element never prints the JSON Schema (whose descriptions the page bundle leaves out).
    expect(size.ownModules.some((part) => part.path.endsWith('json-schema.ts'))).toBe(false);
    const description = 'Earliest the event can have begun';
    expect(JSON.stringify(toJsonSchema(timelineSchema))).toContain(description);
    expect(payload).not.toContain(description);
    expect(payload).not.toContain('Who made it, for whom');
    // What validation says to an editor is still there.
    expect(payload).toContain('is not a date with a time zone offset');
    expect(payload).toContain('is not an IANA time zone name');
  });

  it('the live-update module (refreshes and their styles), loaded on demand', async () => {
    const { size, payload } = await parts;
    const live = size.onDemand.find((part) =>
      part.sources.some((source) => source.endsWith('refresher.ts')),
    );
    expect(live?.sources).toEqual(
      expect.arrayContaining([
        'src/components/news-timeline/refresher.ts',
        'src/components/news-timeline/news-timeline.live.styles.ts',
      ]),
    );
    // The refresher's visibility handling and the update badge's style are not in the payload.
    expect(payload).not.toContain('visibilitychange');
    expect(payload).not.toContain('.updated-marker{');
  });
});

describe('stripSchemaDocs', () => {
  it('empties what is passed to a `description` parameter, whatever the formatting', () => {
    const builders = new Map([
      ['string', 0],
      ['object', 1],
    ]);
    const source = [
      'const words = (description: string, max: number) => string(description, { maxLength: max });',
      "const a = object({ b: words('Some words.', 10) },",
      "  `A thing, ${'with'} text.`, { noun: 'thing' });",
      "const c = string(\n  'Kept? no.',\n  { check: (v) => v ? null : 'is empty' });",
    ].join('\n');
    const out = stripSchemaDocs('schema.ts', source, builders);
    expect(out).not.toContain('Some words.');
    expect(out).not.toContain('A thing');
    expect(out).not.toContain('Kept? no.');
    expect(out).toContain("noun: 'thing'");
    expect(out).toContain("'is empty'");
    expect(out).toContain('maxLength: max');
  });
});
