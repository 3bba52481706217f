/**
 * The package's public paths, checked from the sources they are built from: every `exports` entry
 * of package.json has its source, and every `import { ... } from 'news-timeline...'` written in the
 * README, docs/, the Storybook docs pages and the examples names something that entry exports.
 * tsconfig.build.json compiles src/ to dist/ file for file, so dist/x/index.js comes from
 * src/x/index.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  files: string[];
  exports: Record<string, string | { types: string; default: string }>;
};

/** './dist/import/index.js' -> 'src/import/index.ts' */
function sourceOf(built: string): string {
  const match = /^\.\/dist\/(.+)\.js$/.exec(built);
  if (!match) throw new Error(`${built} is not a file in dist/`);
  return `src/${match[1]}.ts`;
}

/** The module a package specifier such as 'news-timeline/import' loads, as a source path. */
function entrySource(specifier: string): string | undefined {
  const subpath = specifier === pkg.name ? '.' : `.${specifier.slice(pkg.name.length)}`;
  const target = pkg.exports[subpath];
  if (target === undefined || typeof target === 'string') return undefined;
  return sourceOf(target.default);
}

/** Files the build writes (`npm run analyze` writes the manifest); not in a fresh checkout. */
const GENERATED = new Set(['./custom-elements.json']);

/**
 * Files scripts/bundle.mjs writes from other sources (one standalone module per language), with
 * the source of each and where tsc puts its types; `*` stands for a language, checked with `en`.
 */
const BUNDLED: Record<string, { source: string; types: string }> = {
  './dist/translations/*.js': {
    source: 'src/i18n/translations/*.ts',
    types: './dist/i18n/translations/*.d.ts',
  },
};

/** Side-effect modules define custom elements; they are checked for existence only. */
const SIDE_EFFECT_ENTRIES = new Set([
  './news-timeline.js',
  './editor.js',
  './news-timeline-story.js',
]);

function filesUnder(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...filesUnder(path, pattern));
    } else if (pattern.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

interface DocImport {
  file: string;
  names: string[];
  specifier: string;
}

/** Value imports from the package written in prose and examples: `import { a, b } from 'news-timeline/x'`. */
function documentedImports(): DocImport[] {
  const files = [
    'README.md',
    ...filesUnder('docs', /\.md$/),
    ...filesUnder('stories/docs', /\.mdx$/),
    ...filesUnder('examples', /\.(html|js|mjs|ts|tsx|jsx|vue)$/).filter(
      (file) => !file.endsWith('.bundle.js'),
    ),
  ];
  const found: DocImport[] = [];
  const pattern = /import\s+\{([^}]*)\}\s+from\s+['"](news-timeline(?:\/[\w.-]+)?)['"]/g;
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(pattern)) {
      const names = match[1]!
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && !name.startsWith('type '))
        .map((name) => name.split(/\s+as\s+/)[0]!);
      found.push({ file, names, specifier: match[2]! });
    }
  }
  return found;
}

describe('public import paths', () => {
  it('every exports entry of package.json has a source file or a shipped file', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string' && GENERATED.has(target)) continue;
      const bundled = typeof target === 'string' ? undefined : BUNDLED[target.default];
      if (bundled && typeof target !== 'string') {
        expect(existsSync(join(root, bundled.source.replace('*', 'en'))), subpath).toBe(true);
        expect(target.types, subpath).toBe(bundled.types);
        continue;
      }
      const file = typeof target === 'string' ? target : sourceOf(target.default);
      expect(existsSync(join(root, file)), `${subpath} -> ${file}`).toBe(true);
      if (typeof target !== 'string') {
        expect(target.types, subpath).toBe(target.default.replace(/\.js$/, '.d.ts'));
      }
    }
  });

  it('exports the TimelineJS importer from news-timeline/import and from the root', async () => {
    const importer = (await import(`${root}/${entrySource('news-timeline/import')!}`)) as Record<
      string,
      unknown
    >;
    expect(typeof importer.fromTimelineJS).toBe('function');
    const parsed = (importer.fromTimelineJS as (json: unknown) => { timeline: unknown })({
      events: [{ start_date: { year: 2014 }, text: { headline: 'A year' } }],
    });
    expect(parsed.timeline).not.toBeNull();
    const main = (await import(`${root}/${entrySource('news-timeline')!}`)) as Record<
      string,
      unknown
    >;
    expect(main.fromTimelineJS).toBe(importer.fromTimelineJS);
  });

  it('every import the docs show names something its path exports', async () => {
    const imports = documentedImports();
    expect(imports.length).toBeGreaterThan(3);
    const missing: string[] = [];
    for (const { file, names, specifier } of imports) {
      const source = entrySource(specifier);
      if (source === undefined) {
        missing.push(`${relative(root, join(root, file))}: ${specifier} is not a package path`);
        continue;
      }
      if (SIDE_EFFECT_ENTRIES.has(`.${specifier.slice(pkg.name.length)}`)) continue;
      const module = (await import(`${root}/${source}`)) as Record<string, unknown>;
      for (const name of names) {
        if (!(name in module)) missing.push(`${file}: ${name} is not exported by ${specifier}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/**
 * The cheap half of the package check (tests/e2e/package.test.ts builds and packs for real): what
 * the build compiles and what `files` lets through.
 */
describe('what the package is built from', () => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.build.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;

  it('compiles no fixtures and writes no maps of sources it does not ship', () => {
    const compiled = config.fileNames.map((file) => relative(root, file));
    expect(compiled.filter((file) => file.startsWith('src/data/'))).toEqual([]);
    expect(compiled).toContain('src/import/index.ts');
    const shipsSources = pkg.files.some((entry) => /^(\.\/)?src(\/|$)/.test(entry));
    if (!shipsSources) {
      expect(config.options.sourceMap ?? false).toBe(false);
      expect(config.options.declarationMap ?? false).toBe(false);
      expect(pkg.files).toContain('!dist/**/*.map');
    }
  });

  it('lists in `files` only code, types, the manifest, the schema, the README and the CLI', () => {
    expect([...pkg.files].sort()).toEqual(
      [
        'dist',
        '!dist/**/*.map',
        // Languages reach pages as dist/translations/<code>.js bundles; tsc's copies of them are
        // not shipped, only English, which the rest imports.
        '!dist/i18n/translations/*.js',
        'dist/i18n/translations/en.js',
        'custom-elements.json',
        'news-timeline.schema.json',
        'README.md',
        'bin',
      ].sort(),
    );
  });
});
