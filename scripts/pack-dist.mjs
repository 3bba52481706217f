// Last step of `npm run build`: trims what the package ships without changing what it does.
// - The JavaScript tsc wrote (every dist/**/*.js with a .d.ts beside it) loses its comments: the
//   API documentation stays in the .d.ts files, and esbuild reprints the code unchanged otherwise.
//   The files esbuild already wrote (the page bundle, the language files, the CLI) are left alone.
// - custom-elements.json is written without indentation.
// Together about 140 KB of the package (tests/e2e/package.test.ts keeps it under 1 MB).
import { transform } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function* compiledFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* compiledFiles(path);
    else if (path.endsWith('.js') && existsSync(path.replace(/\.js$/, '.d.ts'))) yield path;
  }
}

export async function packDist({
  dist = join(root, 'dist'),
  manifest = join(root, 'custom-elements.json'),
} = {}) {
  let saved = 0;
  for (const path of compiledFiles(dist)) {
    const source = readFileSync(path, 'utf8');
    const { code } = await transform(source, {
      loader: 'js',
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
    });
    writeFileSync(path, code);
    saved += source.length - code.length;
  }
  if (existsSync(manifest)) {
    const text = readFileSync(manifest, 'utf8');
    const compact = JSON.stringify(JSON.parse(text));
    writeFileSync(manifest, `${compact}\n`);
    saved += text.length - compact.length - 1;
  }
  return saved;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const saved = await packDist();
  console.log(`pack-dist: ${Math.round(saved / 1024)} KB of comments and indentation left out`);
}
