// Bundles the element with Lit and its modules into minified ESM: what a page that does not use a
// bundler loads (examples, demo, screenshots, benchmark, size budget). The page loads
// dist/news-timeline.bundle.js, which imports what it shares with the on-demand parts from
// dist/chunks/; story mode (<news-timeline-story>) is such a part, fetched the first time a
// timeline enters story mode.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const PAGE_BUNDLE = 'dist/news-timeline.bundle.js';

export async function bundleElement({
  outfile = PAGE_BUNDLE,
  write = true,
  minify = true,
  // The map is written for local debugging but not linked: the package ships no sources or maps.
  sourcemap = write ? 'external' : false,
} = {}) {
  return build({
    entryPoints: ['src/news-timeline.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    sourcemap,
    legalComments: 'none',
    // Dynamic imports (story mode) become their own files; what they share with the page's entry
    // goes to a chunk the entry imports, so nothing is loaded twice.
    splitting: true,
    outdir: dirname(outfile),
    entryNames: basename(outfile, '.js'),
    chunkNames: 'chunks/[name]-[hash]',
    write,
    metafile: true,
    // Lit's production build: no dev-mode warnings, smaller.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

/** Languages other than English, one file each, that register themselves when a page loads them. */
export const TRANSLATIONS = ['ar', 'de', 'es', 'fr', 'he', 'ja', 'pt'];

/**
 * `dist/translations/<code>.js`: each language on its own, minified, with the few hundred bytes of
 * registry it needs. It registers into the registry the page bundle shares through `globalThis`,
 * so `<script type="module" src="dist/translations/fr.js">` beside the bundle, in either order,
 * is all a page without a bundler adds. English is in the page bundle and needs no file.
 */
export async function bundleTranslations({ outdir = 'dist/translations', write = true } = {}) {
  return build({
    entryPoints: TRANSLATIONS.map((code) => `src/i18n/translations/${code}.ts`),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // Module scripts are always read as UTF-8: the words stay as they are, not as \u escapes.
    charset: 'utf8',
    legalComments: 'none',
    outdir,
    write,
    metafile: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Chunk names carry a content hash: a build for the package starts from an empty chunks folder,
  // so it never ships stale ones. (Only here: tests build into dist/ side by side, and a page of
  // one may be loading chunks while another builds.)
  await rm(join(dirname(PAGE_BUNDLE), 'chunks'), { recursive: true, force: true });
  await bundleElement();
  await bundleTranslations();
}
