// The last step of `npm run build`: what the package ships, made smaller without changing what
// it does. Every ESM module in dist/ is minified as a module on its own (exports, imports and
// property names stay; local names shorten), so the package keeps its one-module-per-file shape
// for bundlers and tree-shaking; the docs and types live in the .d.ts files beside them, and the
// sources are on GitHub. custom-elements.json is written without indentation and without what no
// page can use (see publicManifest), and the declarations no import of the package can reach are
// left out (see reachableDeclarations). Keeps the package under 1 MB unpacked
// (tests/e2e/package.test.ts).
import { transform } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';

/**
 * Files that are minified already by their own build. dist/chunks/ holds the page bundle's code
 * (scripts/bundle.mjs: esbuild, then terser over the whole file, with the compile hint on top):
 * minified again here, esbuild undid terser's pass and dropped the hint, and the chunk a page
 * loads was 1.9 KB larger gzipped than the one `npm run size` measures.
 */
const ALREADY_MINIFIED = /\.bundle\.js$|^dist\/cli\/|^dist\/translations\/|^dist\/chunks\//;

async function* files(dir, suffix) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path, suffix);
    else if (entry.name.endsWith(suffix)) yield path;
  }
}

async function* modules(dir) {
  for await (const path of files(dir, '.js')) if (!ALREADY_MINIFIED.test(path)) yield path;
}

/** What the exports map's `types` name, a subpath pattern's `*` as each file it matches. */
async function exportedDeclarations({ exports, types }) {
  const named = Object.values(exports).flatMap((target) => target.types ?? []);
  const found = [];
  for (const path of [types, ...named].map((target) => normalize(target))) {
    if (!path.includes('*')) found.push(path);
    else {
      const [head, tail] = path.split('*');
      const folder = head.slice(0, head.lastIndexOf('/'));
      for (const entry of await readdir(folder)) {
        const file = join(folder, entry);
        if (file.startsWith(head) && file.endsWith(tail)) found.push(file);
      }
    }
  }
  return found;
}

/**
 * The .d.ts files a TypeScript user can reach: those the exports map names and those they import,
 * however deep. The others describe modules only the package's own code imports (a controller, a
 * template: an element's private fields are `#private` in its declaration), which no import of
 * the package can name; they were 111 KB of the package's 1 MB.
 */
async function reachableDeclarations(pkg) {
  const reached = new Set();
  const queue = await exportedDeclarations(pkg);
  while (queue.length > 0) {
    const path = queue.pop();
    if (reached.has(path) || !existsSync(path)) continue;
    reached.add(path);
    const source = await readFile(path, 'utf8');
    for (const [, specifier] of source.matchAll(
      /\b(?:from|import\(?)\s*['"](\.\.?\/[^'"]+)['"]/g,
    )) {
      const target = join(dirname(path), specifier.replace(/\.js$/, ''));
      queue.push(`${target}.d.ts`, join(target, 'index.d.ts'));
    }
  }
  return reached;
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
const reachable = await reachableDeclarations(JSON.parse(await readFile('package.json', 'utf8')));
let unreached = 0;
for await (const path of files('dist', '.d.ts')) {
  if (!reachable.has(path)) {
    unreached++;
    await rm(path);
  }
}
const manifest = await readFile('custom-elements.json', 'utf8');
await writeFile('custom-elements.json', JSON.stringify(publicManifest(JSON.parse(manifest))));
console.log(
  `dist modules ${(before / 1024).toFixed(0)} KB -> ${(after / 1024).toFixed(0)} KB; ${unreached} declarations no import reaches left out; custom-elements.json ${(manifest.length / 1024).toFixed(0)} KB -> compact`,
);
