/**
 * Rules about the source tree itself, read as text from src/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const srcDir = join(root, 'src');

function sourceFiles(dir = srcDir): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path));
    else if (/\.(ts|mjs|js)$/.test(entry.name)) found.push(path);
  }
  return found;
}

const files = sourceFiles().map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

describe('source hygiene', () => {
  it('has no doc comment stacked on another (the upper one documents nothing)', () => {
    const stacked = files
      .filter(({ text }) => /\*\/[ \t]*\r?\n[ \t]*\/\*\*/.test(text))
      .map(({ path }) => path);
    expect(stacked).toEqual([]);
  });
});
