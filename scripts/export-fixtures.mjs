/**
 * Writes the hand-curated TypeScript fixtures as JSON, for loading by URL (`src="...json"`):
 *
 *   src/data/iraq-2014.ts  ->  src/data/static/iraq-2014.json   (export `iraqTimeline`)
 *
 * The TypeScript is bundled with esbuild into a temporary directory, imported, serialised with
 * `JSON.stringify(value, null, 2)` and then formatted with the repo's Prettier config, so that
 * `prettier --check .` passes on the output (Prettier puts short arrays of strings on one line).
 *
 *   node scripts/export-fixtures.mjs           write the JSON files
 *   node scripts/export-fixtures.mjs --check   exit 1 if a JSON file is missing or stale
 *
 * `tests/unit/iraq-fixture.test.ts` also checks that the JSON deep-equals the TypeScript.
 */
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));

const FIXTURES = [
  {
    entry: 'src/data/iraq-2014.ts',
    exportName: 'iraqTimeline',
    output: 'src/data/static/iraq-2014.json',
  },
];

const check = process.argv.includes('--check');
const work = await mkdtemp(join(tmpdir(), 'export-fixtures-'));
let stale = 0;
try {
  for (const [index, fixture] of FIXTURES.entries()) {
    const outfile = join(work, `fixture-${index}.mjs`);
    await build({
      entryPoints: [join(root, fixture.entry)],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
    });
    const module = await import(pathToFileURL(outfile).href);
    const value = module[fixture.exportName];
    if (value === undefined)
      throw new Error(`${fixture.entry} has no export ${fixture.exportName}`);
    const target = join(root, fixture.output);
    const options = (await prettier.resolveConfig(target)) ?? {};
    const json = await prettier.format(JSON.stringify(value, null, 2), {
      ...options,
      filepath: target,
    });
    if (check) {
      const current = await readFile(target, 'utf8').catch(() => null);
      if (current !== json) {
        stale++;
        console.error(`stale: ${fixture.output} (run node scripts/export-fixtures.mjs)`);
      } else {
        console.log(`up to date: ${fixture.output}`);
      }
    } else {
      await writeFile(target, json, 'utf8');
      console.log(`wrote ${fixture.output}`);
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
if (stale > 0) process.exitCode = 1;
