/**
 * Rules about the source tree itself, read from src/: the layers of docs/architecture.md (who may
 * import whom, who may touch the DOM), file size, and a few habits.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layerOf, violations } from './architecture-rules.js';

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

describe('layers (docs/architecture.md)', () => {
  it('puts every source file in a layer', () => {
    expect(files.filter(({ path }) => layerOf(path) === undefined).map(({ path }) => path)).toEqual(
      [],
    );
  });

  it('keeps every import and global inside what its layer may use', () => {
    expect(files.flatMap(({ path, text }) => violations(path, text))).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    const model = [
      "import { html } from 'lit';",
      "import { layoutView } from '../layout/index.js';",
      "import type { UiStrings } from '../i18n/strings.js';",
      "export { fromTimelineJS } from '../import/index.js';",
      "const words = await import('../extract/index.js');",
      'export const width = document.body.clientWidth + window.innerWidth;',
      'export function local(window: number) { return window; }',
    ].join('\n');
    expect(violations('src/model/bad.ts', model)).toEqual([
      'src/model/bad.ts (model) imports the package lit',
      'src/model/bad.ts (model) imports ../layout/index.js (layout)',
      'src/model/bad.ts (model) imports ../i18n/strings.js (i18n)',
      'src/model/bad.ts (model) imports ../import/index.js (import)',
      'src/model/bad.ts (model) imports ../extract/index.js (extract)',
      'src/model/bad.ts (model) uses the DOM global document',
    ]);
    expect(
      violations(
        'src/layout/bad.ts',
        "import { LitElement } from 'lit';\nimport { x } from '../components/marks.js';\nrequestAnimationFrame(() => {});",
      ),
    ).toEqual([
      'src/layout/bad.ts (layout) imports the package lit',
      'src/layout/bad.ts (layout) imports ../components/marks.js (components)',
      'src/layout/bad.ts (layout) uses the DOM global requestAnimationFrame',
    ]);
    expect(
      violations('src/import/bad.ts', "import { layoutView } from '../layout/view.js';"),
    ).toEqual(['src/import/bad.ts (import) imports ../layout/view.js (layout)']);
    expect(
      violations(
        'src/components/x/ok.ts',
        "import { html } from 'lit';\nimport '../../i18n/strings.js';",
      ),
    ).toEqual([]);
    // src/translations/, if the words move there, is the same layer as src/i18n/.
    expect(layerOf('src/translations/ar.ts')).toBe('i18n');
  });
});

const MAX_LINES = 400;

describe('file size', () => {
  it(`keeps every file under src/ (fixtures aside) within about ${MAX_LINES} lines`, () => {
    const long = files
      .filter(({ path }) => !path.startsWith('src/data/'))
      .map(({ path, text }) => ({ path, lines: text.split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES * 1.05);
    expect(long).toEqual([]);
  });
});
