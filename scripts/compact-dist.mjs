// The last step of `npm run build`: what the package ships, made smaller without changing what
// it does. Every ESM module in dist/ is minified as a module on its own (exports, imports and
// property names stay; local names shorten), so the package keeps its one-module-per-file shape
// for bundlers and tree-shaking; the docs and types live in the .d.ts files beside them, and the
// sources are on GitHub. custom-elements.json is written without indentation and without what no
// page can use (see publicManifest). Keeps the package under 1 MB unpacked
// (tests/e2e/package.test.ts).
import { transform } from 'esbuild';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Files that are minified already by their own build. dist/chunks/ holds the page bundle's code
 * (scripts/bundle.mjs: esbuild, then terser over the whole file, with the compile hint on top):
 * minified again here, esbuild undid terser's pass and dropped the hint, and the chunk a page
 * loads was 1.9 KB larger gzipped than the one `npm run size` measures.
 */
const ALREADY_MINIFIED = /\.bundle\.js$|^dist\/cli\/|^dist\/translations\/|^dist\/chunks\//;

async function* modules(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* modules(path);
    else if (entry.name.endsWith('.js') && !ALREADY_MINIFIED.test(path)) yield path;
  }
}

/** Modules that declare or define a custom element: what editors, linters and catalogues read. */
function describesElements(module) {
  return (
    (module.declarations ?? []).some((declaration) => declaration.customElement) ||
    (module.exports ?? []).some((entry) => entry.kind === 'custom-element-definition')
  );
}

/**
 * The manifest as tools need it: the modules of the elements (an element's inherited members are
 * listed in its own declaration), without private and protected members, which no page can use,
 * and without the text of style sheets, which no tool reads (Storybook reads its own full copy).
 */
function publicManifest(manifest) {
  manifest.modules = manifest.modules.filter(describesElements);
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) {
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected',
        );
      }
      if (declaration.kind === 'variable' && /^css`/.test(declaration.default ?? '')) {
        delete declaration.default;
      }
    }
  }
  return manifest;
}

let before = 0;
let after = 0;
for await (const path of modules('dist')) {
  const source = await readFile(path, 'utf8');
  const { code } = await transform(source, {
    format: 'esm',
    minify: true,
    // Words in Arabic, Hebrew or Japanese stay as they are, not \u escapes three times their size.
    charset: 'utf8',
    legalComments: 'none',
    target: 'es2022',
  });
  before += source.length;
  after += code.length;
  await writeFile(path, code);
}
const manifest = await readFile('custom-elements.json', 'utf8');
await writeFile('custom-elements.json', JSON.stringify(publicManifest(JSON.parse(manifest))));
console.log(
  `dist modules ${(before / 1024).toFixed(0)} KB -> ${(after / 1024).toFixed(0)} KB; custom-elements.json ${(manifest.length / 1024).toFixed(0)} KB -> compact`,
);
