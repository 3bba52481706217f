/**
 * Writes news-timeline.schema.json from src/model/schema.ts (printed by json-schema.ts), the same
 * description parseTimeline validates with, so the file editors use cannot say something the
 * element does not do. tests/unit/schema.test.ts fails when the committed file is stale: run
 * `node scripts/gen-schema.mjs`.
 */
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'news-timeline.schema.json');

const dir = await mkdtemp(join(tmpdir(), 'news-timeline-schema-'));
try {
  const bundle = join(dir, 'schema.mjs');
  await build({
    entryPoints: [join(root, 'src/model/json-schema.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { toJsonSchema } = await import(pathToFileURL(bundle).href);
  const options = (await prettier.resolveConfig(target)) ?? {};
  const text = await prettier.format(JSON.stringify(toJsonSchema()), {
    ...options,
    parser: 'json',
  });
  await writeFile(target, text);
  console.log(`wrote ${target}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
