// `news-timeline render`: the built CLI, which loads the built news-timeline/static and /ssr
// modules at run time, so this test builds dist/ with tsc first.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error - plain ESM build script without types
import { buildCli } from '../../src/cli/build.mjs';
import { bundleTranslations } from '../../scripts/bundle.mjs';
import { parseXml, allElements, textOf } from './xml-tree.js';

const ARTICLE = 'src/data/static/iraq-2014.json';
let dir = '';

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['bin/news-timeline.mjs', 'render', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
}

beforeAll(async () => {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
  await buildCli({ standalone: true });
  await bundleTranslations();
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-render-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('news-timeline render', () => {
  it('writes the SVG picture to a file or stdout', () => {
    const file = join(dir, 'out.svg');
    expect(run([ARTICLE, '--svg', file, '--width', '900']).status).toBe(0);
    const root = parseXml(readFileSync(file, 'utf8'));
    expect(root.attributes.width).toBe('900');
    const stdout = run([ARTICLE, '--svg', '-', '--locale', 'fr', '--theme', 'dark']);
    expect(stdout.status).toBe(0);
    const french = parseXml(stdout.stdout);
    expect(textOf(allElements(french).find((e) => e.attributes.class === 'legend-title')!)).toBe(
      'Légende',
    );
  });

  it('writes the server-rendered element as an HTML fragment by default', () => {
    const result = run([ARTICLE, '--width', '1000']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^<!--lit-part[^>]*-->(<!--lit-node \d+-->)?<news-timeline [^>]*width="1000"/,
    );
    expect(result.stdout).toContain('<template shadowroot');
    expect(result.stdout.match(/part="event"/g)).toHaveLength(5);
  });

  it('writes the CSP sources of the fragment: the hash of each <style> and style attribute', () => {
    const file = join(dir, 'csp.txt');
    const result = run([ARTICLE, '--csp', file]);
    expect(result.status).toBe(0);
    const sources = readFileSync(file, 'utf8').trim().split(' ');
    const sha256 = (text: string) =>
      `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const blocks = [...result.stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const attributes = new Set(
      [...result.stdout.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
    );
    expect(blocks).toHaveLength(2);
    expect(attributes.size).toBeGreaterThan(10);
    expect(sources).toEqual([
      ...blocks.map(sha256),
      "'unsafe-hashes'",
      ...[...attributes].map(sha256),
    ]);
    expect(sources.join(' ')).not.toContain('unsafe-inline');
    expect(run([ARTICLE, '--svg', '-', '--csp', file]).stderr).toMatch(/--csp is for the HTML/);
  });

  it('says clearly when there is no Chromium for a PNG, and what is wrong with bad input', () => {
    const png = run([ARTICLE, '--png', join(dir, 'x.png')], {
      CHROME_PATH: '/nonexistent/chromium',
    });
    expect(png.status).toBe(2);
    expect(png.stderr).toMatch(
      /--png needs Chromium, and none was found at \/nonexistent\/chromium/,
    );
    expect(run([ARTICLE, '--width', '10']).stderr).toMatch(/--width must be/);
    expect(run(['missing.json', '--svg', '-']).stderr).toMatch(
      /cannot read timeline "missing.json"/,
    );
    const notATimeline = join(dir, 'bad.json');
    execFileSync('sh', ['-c', `echo '{"events": 3}' > ${notATimeline}`]);
    const bad = run([notATimeline, '--svg', '-']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a timeline/);
  });
});
