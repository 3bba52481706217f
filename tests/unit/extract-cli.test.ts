import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IRAQ_ARTICLE_TEXT } from '../../src/data/iraq-article-text.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';
// @ts-expect-error - plain ESM build script without types
import { buildCli } from '../../src/cli/build.mjs';

const BIN = 'bin/news-timeline.mjs';
let dir = '';
let article = '';

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
}

beforeAll(async () => {
  await buildCli({ standalone: true });
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-cli-'));
  article = join(dir, 'article.txt');
  writeFileSync(article, IRAQ_ARTICLE_TEXT);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('news-timeline CLI', () => {
  it('extracts a timeline as JSON; a date means noon in --tz', () => {
    const result = run('extract', article, '--published', '2014-06-14', '--tz', 'Asia/Baghdad');
    expect(result.status).toBe(0);
    const timeline = JSON.parse(result.stdout) as Timeline;
    expect(timeline.published).toBe('2014-06-14T12:00:00+03:00');
    expect(timeline.events.length).toBeGreaterThan(10);
    expect(parseTimeline(timeline).problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Not a TTY and under 20k characters: no progress noise.
    expect(result.stderr).toBe('');
  });

  it('accepts an ISO instant and prints flags on request', () => {
    const result = run(
      'extract',
      article,
      '--published',
      '2014-06-14T09:00:00Z',
      '--tz',
      'Asia/Baghdad',
      '--flags',
    );
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Timeline).published).toBe('2014-06-14T12:00:00+03:00');
    expect(result.stderr).toMatch(/"kind":"inherited-frame"/);
  });

  it('shows progress on stderr for inputs over 20,000 characters', () => {
    const long = join(dir, 'long.txt');
    writeFileSync(long, Array(7).fill(IRAQ_ARTICLE_TEXT).join('\n\n'));
    const result = run('extract', long, '--published', '2014-06-14', '--tz', 'Asia/Baghdad');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/extracting from 26,[0-9]{3} characters/);
  });

  it.each([
    [
      'a missing file',
      ['extract', 'no-such-article.txt', '--published', '2014-06-14', '--tz', 'Asia/Baghdad'],
      /no-such-article\.txt.*no such file/,
    ],
    [
      'an unreadable --published',
      ['extract', 'ARTICLE', '--published', 'last Tuesday', '--tz', 'Asia/Baghdad'],
      /--published "last Tuesday"/,
    ],
    [
      'an impossible date',
      ['extract', 'ARTICLE', '--published', '2014-02-30', '--tz', 'Asia/Baghdad'],
      /--published "2014-02-30".*no such date/,
    ],
    [
      'an unknown --tz',
      ['extract', 'ARTICLE', '--published', '2014-06-14', '--tz', 'Asia/Atlantis'],
      /unknown time zone "Asia\/Atlantis"/,
    ],
  ])('exits 2 with one line on stderr for %s', (_name, args, message) => {
    const result = run(...args.map((arg) => (arg === 'ARTICLE' ? article : arg)));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('prints help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: news-timeline extract/);
  });
});
