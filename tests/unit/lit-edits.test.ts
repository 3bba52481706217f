// The bundles' edits to lit-html (LIT_EDITS in scripts/bundle.mjs) drop what renders templates our
// sources never write: `svg`` and `mathml`` results and compiled templates (lit's compiler). A
// module that came to write one would render it wrong in the bundles only, so no module under src/
// may.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function sources(): Promise<{ path: string; text: string }[]> {
  const entries = await readdir('src', { withFileTypes: true, recursive: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path, text: await readFile(path, 'utf8') };
      }),
  );
}

describe('lit-html as the bundles edit it', () => {
  it('renders every template the sources write', async () => {
    const found: string[] = [];
    const all = await sources();
    expect(all.length).toBeGreaterThan(100);
    for (const { path, text } of all) {
      if (/\b(?:svg|mathml)\b[^;]*from 'lit(?:-html)?(?:\/[^']*)?'/.test(text)) {
        found.push(`${path}: imports svg or mathml`);
      }
      if (text.includes('_$litType$')) found.push(`${path}: a compiled template`);
    }
    expect(found).toEqual([]);
  });
});
