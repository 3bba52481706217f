// The build's rewrite of chunk exports (scripts/export-names.mjs): a chunk imported only
// statically exports its bindings under their own names, its importers ask for those, and their
// source maps still point at the code they described.
import { SourceMap } from 'node:module';
import { minify } from 'terser';
import { describe, expect, it } from 'vitest';
import { exportUnderLocalNames } from '../../scripts/export-names.mjs';

const CHUNK = 'function Bt(t){return 2*t}var ht=3;export{Bt as a,ht as b};';

/** An on-demand part as terser writes it, with its map, from readable source. */
async function part(source: string) {
  const { code, map } = await minify(source, {
    module: true,
    format: { preamble: '//# allFunctionsCalledOnLoad' },
    sourceMap: { filename: 'part.js' },
  });
  return { code: code!, map: map as string };
}

const PART_SOURCE = [
  'import { a as double, b } from "./chunk-X.js";',
  'document.title = String(double(b));',
].join('\n');

describe('exportUnderLocalNames', () => {
  it('exports the bindings under their own names and has importers ask for those', async () => {
    const { code, map } = await part(PART_SOURCE);
    const files = exportUnderLocalNames([
      { path: 'dist/chunks/chunk-X.js', text: CHUNK },
      { path: 'dist/chunks/part.js', text: code },
      { path: 'dist/chunks/part.js.map', text: map },
    ]);
    const text = (path: string) => files.find((file) => file.path === path)!.text;
    expect(text('dist/chunks/chunk-X.js')).toBe(
      'function Bt(t){return 2*t}var ht=3;export{Bt,ht};',
    );
    expect(text('dist/chunks/part.js')).toMatch(
      /^import\{Bt as \w,ht as \w\}from"\.\/chunk-X\.js";/m,
    );
    expect(text('dist/chunks/part.js').replace(/^.*?;/m, '')).toBe(code.replace(/^.*?;/m, ''));
  });

  it('moves the importer’s source map with its code', async () => {
    const { code, map } = await part(PART_SOURCE);
    const [, moved, movedMap] = exportUnderLocalNames([
      { path: 'dist/chunks/chunk-X.js', text: CHUNK },
      { path: 'dist/chunks/part.js', text: code },
      { path: 'dist/chunks/part.js.map', text: map },
    ]);
    const line = moved!.text.split('\n')[1]!;
    const sourceMap = new SourceMap(JSON.parse(movedMap!.text));
    // findEntry gives the segment at or before a column: each must be at the code's own.
    expect(sourceMap.findEntry(1, line.indexOf('document'))).toMatchObject({
      generatedColumn: line.indexOf('document'),
      originalLine: 1,
      originalColumn: 0,
    });
    expect(sourceMap.findEntry(1, line.indexOf('String'))).toMatchObject({
      generatedColumn: line.indexOf('String'),
      originalLine: 1,
      originalColumn: 'document.title = '.length,
    });
  });

  it('keeps the names of a chunk some file loads with import()', async () => {
    const { code } = await part(`${PART_SOURCE}\nimport("./chunk-X.js").then((m) => m.a);`);
    const files = exportUnderLocalNames([
      { path: 'dist/chunks/chunk-X.js', text: CHUNK },
      { path: 'dist/chunks/part.js', text: code },
    ]);
    expect(files.map((file) => file.text)).toEqual([CHUNK, code]);
  });

  it('keeps the names of a file nothing imports by name: an entry, which pages import', async () => {
    const { code } = await part(PART_SOURCE);
    const entry = 'import"./chunks/chunk-X.js";var e=1;export{e as NewsTimelineEditor};';
    const files = exportUnderLocalNames([
      { path: 'dist/chunks/chunk-X.js', text: CHUNK },
      { path: 'dist/chunks/part.js', text: code },
      { path: 'dist/editor.bundle.js', text: entry },
    ]);
    expect(files[2]!.text).toBe(entry);
  });

  it('ends the chunk’s own map where its shortened list starts', async () => {
    // As esbuild writes a chunk: its exports named `a`, `b`, …
    const { code: chunk, map } = await minify(
      'function double(t) { return 2 * t; }\nexport { double as a };',
      { module: true, sourceMap: { filename: 'chunk-X.js' } },
    );
    const { code: importer } = await part('import { a } from "./chunk-X.js"; a(2);');
    const [moved, movedMap] = exportUnderLocalNames([
      { path: 'dist/chunks/chunk-X.js', text: chunk! },
      { path: 'dist/chunks/chunk-X.js.map', text: map as string },
      { path: 'dist/chunks/part.js', text: importer },
    ]);
    const end = moved!.text.indexOf('export{');
    const sourceMap = new SourceMap(JSON.parse(movedMap!.text));
    const last = sourceMap.findEntry(0, moved!.text.length - 1);
    expect('generatedColumn' in last && last.generatedColumn).toBeLessThan(end);
  });

  it('stops the build when an importer asks for a name the chunk lacks, or imports it otherwise', async () => {
    const files = (source: string) => [
      { path: 'dist/chunks/chunk-X.js', text: CHUNK },
      { path: 'dist/chunks/part.js', text: source },
    ];
    expect(() => exportUnderLocalNames(files('import{c as t}from"./chunk-X.js";t()'))).toThrow(
      /imports c/,
    );
    expect(() =>
      exportUnderLocalNames(files('import{a as t}from"./chunk-X.js";export*from"./chunk-X.js"')),
    ).toThrow(/form/);
  });
});
