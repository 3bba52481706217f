/**
 * What `npm publish` would ship, measured on a real build: the repository's package files are
 * copied to a temporary folder (so a colleague's dist/ is neither read nor overwritten), built with
 * the package's own `npm run build`, and listed by `npm pack --dry-run --json`.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../scripts/bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Everything the build reads, and everything `files` may name. */
const COPIED = [
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  '.gitignore',
  'README.md',
  'news-timeline.schema.json',
  'src',
  'scripts',
  'bin',
  'docs',
];
const MAX_UNPACKED_BYTES = 1_000_000;

interface PackedFile {
  path: string;
  size: number;
}
let dir: string;
let packed: { unpackedSize: number; entryCount: number; files: PackedFile[] };
let paths: Set<string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-pack-'));
  for (const entry of COPIED) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'pipe' });
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  packed = (JSON.parse(output) as (typeof packed)[])[0]!;
  paths = new Set(packed.files.map((file) => file.path));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the published package', () => {
  it(`is under ${MAX_UNPACKED_BYTES.toLocaleString('en')} bytes unpacked`, () => {
    expect(packed.unpackedSize).toBeLessThan(MAX_UNPACKED_BYTES);
  });

  it('ships no fixtures, no pictures and no sources', () => {
    const unwanted = [...paths].filter((path) =>
      /^(dist\/data\/|src\/|docs\/|tests\/|stories\/)|\.(png|jpe?g|gif|webp)$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('ships no source map, and no file that links one, unless the map and its sources ship too', () => {
    const broken: string[] = [];
    for (const path of paths) {
      const full = join(dir, path);
      if (path.endsWith('.map')) {
        const map = JSON.parse(readFileSync(full, 'utf8')) as { sources: string[] };
        for (const source of map.sources) {
          const shipped = join(path, '..', source);
          if (!paths.has(shipped)) broken.push(`${path} -> ${source}`);
        }
      } else if (/\.(js|mjs|d\.ts)$/.test(path)) {
        const link = /[#@] sourceMappingURL=(\S+)\s*$/.exec(readFileSync(full, 'utf8'));
        if (link && !paths.has(join(path, '..', link[1]!))) broken.push(`${path} -> ${link[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('runs: the built layers load in Node and do their job', async () => {
    const load = (path: string) =>
      import(pathToFileURL(join(dir, path)).href) as Promise<Record<string, unknown>>;
    const model = await load('dist/model/index.js');
    const parse = model.parseTimeline as (input: unknown) => { timeline: unknown; problems: [] };
    const parsed = parse(
      '{"events":[{"id":"a","headline":"A","when":{"start":"2014-06-13T00:00:00+03:00","end":null,"precision":"day"}}]}',
    );
    expect(parsed.timeline).not.toBeNull();
    const importer = await load('dist/import/index.js');
    const imported = (importer.fromTimelineJS as (json: unknown) => { timeline: unknown })({
      events: [{ start_date: { year: 2014 }, text: { headline: 'A year' } }],
    });
    expect(imported.timeline).not.toBeNull();
    const extract = await load('dist/extract/index.js');
    const friday = (extract.resolveWhen as (text: string, options: object) => { ok: boolean })(
      'on Friday',
      { reference: '2014-06-14T12:00:00+03:00', timeZone: 'Asia/Baghdad' },
    );
    expect(friday.ok).toBe(true);
    expect(typeof (await load('dist/layout/index.js')).buildEventIndex).toBe('function');
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as {
      modules: unknown[];
    };
    expect(manifest.modules.length).toBeGreaterThan(3);
    // The CLI as shipped, which imports the layers from dist/ rather than bundling them again.
    const drafted = execFileSync(
      process.execPath,
      ['bin/news-timeline.mjs', 'extract', '-', '--published', '2014-06-14T12:00:00+03:00'].concat([
        '--tz',
        'Asia/Baghdad',
      ]),
      {
        cwd: dir,
        encoding: 'utf8',
        input: 'Iraqi officials said on Friday that 1,500 fighters crossed into Khanaqin.',
      },
    );
    const draft = JSON.parse(drafted) as { events: { when: { start: string } }[] };
    expect(draft.events[0]?.when.start).toBe('2014-06-13T00:00:00+03:00');
    expect(readFileSync(join(dir, 'dist/cli/news-timeline.js'), 'utf8')).toContain(
      '"../extract/index.js"',
    );
  });

  it('ships the declaration of every module a shipped declaration imports', () => {
    const missing: string[] = [];
    for (const path of [...paths].filter((file) => file.endsWith('.d.ts'))) {
      const source = readFileSync(join(dir, path), 'utf8');
      for (const [, specifier] of source.matchAll(
        /\b(?:from|import\(?)\s*['"](\.\.?\/[^'"]+)['"]/g,
      )) {
        const target = join(path, '..', specifier!.replace(/\.js$/, ''));
        if (!paths.has(`${target}.d.ts`) && !paths.has(join(target, 'index.d.ts'))) {
          missing.push(`${path} -> ${specifier}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('type-checks a strict TypeScript project that imports every entry point', () => {
    // The declarations no import reaches are left out of the package (scripts/compact-dist.mjs):
    // a user's project with `skipLibCheck: false` still finds every type it can name.
    const user = join(dir, 'user');
    mkdirSync(join(user, 'node_modules'), { recursive: true });
    symlinkSync(dir, join(user, 'node_modules', 'news-timeline'), 'dir');
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs']) {
      symlinkSync(join(root, 'node_modules', name), join(user, 'node_modules', name), 'dir');
    }
    const entries = [
      '',
      '/news-timeline.js',
      '/news-timeline-story.js',
      '/news-event-card.js',
      '/model',
      '/layout',
      '/i18n',
      '/translations/fr.js',
      '/extract',
      '/import',
      '/export',
      '/editor.js',
      '/static',
      '/ssr',
    ];
    writeFileSync(
      join(user, 'user.ts'),
      entries.map((entry, k) => `import * as m${k} from 'news-timeline${entry}';`).join('\n') +
        `\nexport const all = [${entries.map((_, k) => `m${k}`).join(', ')}];\n` +
        'export const timeline: m4.Timeline | null = m4.parseTimeline({}).timeline;\n' +
        "export const element: m0.NewsTimeline = document.createElement('news-timeline');\n",
    );
    writeFileSync(join(user, 'package.json'), '{"type":"module"}');
    writeFileSync(
      join(user, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['user.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    let errors = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', user], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      errors = String((error as { stdout?: string }).stdout);
    }
    expect(errors).toBe('');
  }, 120_000);

  it('ships every file the exports map, the bin and the manifest name', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
      bin: Record<string, string>;
      customElements: string;
      main: string;
      types: string;
    };
    const named = [
      ...Object.values(pkg.exports).flatMap((target) =>
        typeof target === 'string' ? [target] : Object.values(target),
      ),
      ...Object.values(pkg.bin),
      pkg.customElements,
      pkg.main,
      pkg.types,
      'dist/cli/news-timeline.js', // what bin/news-timeline.mjs imports
      'dist/news-timeline.bundle.js', // what pages without a bundler load
    ]
      .map((path) => path.replace(/^\.\//, ''))
      // A subpath pattern ("./translations/*.js") names one file per shipped language.
      .flatMap((path) =>
        path.includes('*') ? TRANSLATIONS.map((code) => path.replace('*', code)) : [path],
      );
    expect(named.filter((path) => !paths.has(path))).toEqual([]);
  });
});
