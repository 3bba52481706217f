// Bundles the element with Lit and the d3 modules into one minified ESM file: what a page that
// does not use a bundler loads (examples, demo, screenshots, benchmark, size budget).
import { build } from 'esbuild';

export async function bundleElement({
  outfile = 'dist/news-timeline.bundle.js',
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
    outfile,
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
  await bundleElement();
  await bundleTranslations();
}
