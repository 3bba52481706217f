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

/** Files whose job is to write events out in full: the factory, and data fixtures. */
const EVENT_WRITERS = /^src\/(model\/create-event\.ts|data\/)/;

describe('source hygiene', () => {
  it('leaves the benchmark-only packages (compromise, chrono-node) to bench/', () => {
    const unitTests = sourceFiles(join(root, 'tests/unit')).map((path) => ({
      path: relative(root, path),
      text: readFileSync(path, 'utf8'),
    }));
    const users = [...files, ...unitTests]
      .filter(({ text }) =>
        /from ['"](compromise|chrono-node)['"]|import\(['"](compromise|chrono-node)['"]\)/.test(
          text,
        ),
      )
      .map(({ path }) => path);
    expect(users).toEqual([]);
  });

  it('builds events with createEvent, not by hand, outside the factory and the fixtures', () => {
    // An object literal with every list of an event: quantities, then sources and a tags array.
    const byHand = /\bquantities: [^\n]*\n(?:[^\n]*\n){0,6}?\s*sources: [^\n]*\n\s*tags: \[/;
    const candidates = [
      ...files,
      ...sourceFiles(join(root, 'tests/unit'))
        .filter((path) => /layout-[\w-]+\.test\.ts$/.test(path))
        .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') })),
    ];
    const offenders = candidates
      .filter(({ path, text }) => !EVENT_WRITERS.test(path) && byHand.test(text))
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  it('has no doc comment stacked on another (the upper one documents nothing)', () => {
    const stacked = files
      .filter(({ text }) => /\*\/[ \t]*\r?\n[ \t]*\/\*\*/.test(text))
      .map(({ path }) => path);
    expect(stacked).toEqual([]);
  });
});
