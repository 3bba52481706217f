import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';
// @ts-expect-error - plain ESM build script without types
import { buildCli } from '../../src/cli/build.mjs';

const BIN = 'bin/news-timeline.mjs';
const SHEET = fileURLToPath(
  new URL('../fixtures/timelinejs-sheets/women-in-computing.csv', import.meta.url),
);
const TLJS_JSON = fileURLToPath(
  new URL('../fixtures/corpus/women-in-computing.tljs.json', import.meta.url),
);
let dir = '';
let timelineFile = '';

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    ...(input !== undefined ? { input } : {}),
  });
}

beforeAll(async () => {
  await buildCli({ standalone: true });
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-cli-io-'));
  timelineFile = join(dir, 'iraq.json');
  writeFileSync(timelineFile, JSON.stringify(iraqTimeline));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('news-timeline import', () => {
  it('turns a real TimelineJS sheet into a timeline that passes parseTimeline', () => {
    const result = run(['import', SHEET, '--tz', 'UTC', '--published', '2020-01-01']);
    expect(result.status).toBe(0);
    const timeline = JSON.parse(result.stdout) as Timeline;
    expect(timeline.title).toBe('Women in Computing');
    expect(timeline.events).toHaveLength(10);
    expect(timeline.published).toBe('2020-01-01T12:00:00+00:00');
    expect(parseTimeline(timeline).problems).toEqual([]);
    // Problems by sheet row, one per line.
    expect(result.stderr).toMatch(/^warning: Row 3 \("Ada Lovelace"\): media/m);
    expect(result.stderr).not.toMatch(/events\[/);
  });

  it('gives the same events from the sheet and from its TimelineJS JSON', () => {
    const fromCsv = JSON.parse(run(['import', SHEET]).stdout) as Timeline;
    const fromJson = JSON.parse(run(['import', TLJS_JSON]).stdout) as Timeline;
    expect(fromCsv.events).toEqual(fromJson.events);
  });

  it('reads stdin as CSV and exits 1 when nothing can be read', () => {
    const result = run(['import', '-'], 'title,count\nday,5\n');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: Row 1 should name the TimelineJS columns/);
  });

  it.each([
    [['import', 'no-such.csv'], /cannot read sheet "no-such.csv": no such file/],
    [['import', SHEET, '--tz', 'Mars/Olympus'], /unknown time zone "Mars\/Olympus"/],
    [['import', SHEET, '--format', 'xlsx'], /--format is csv or json/],
    [['export', 'TIMELINE'], /give one of --csv or --embed/],
    [['frobnicate', 'x'], /unknown command "frobnicate"/],
  ])('exits 2 with one line for %j', (args, message) => {
    const result = run(args.map((arg) => (arg === 'TIMELINE' ? timelineFile : arg)));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('news-timeline export', () => {
  it('writes a sheet that imports back with the same spans, and says what it left out', () => {
    const exported = run(['export', timelineFile, '--csv']);
    expect(exported.status).toBe(0);
    expect(exported.stdout.split('\n')[0]).toMatch(/^Year,Month,Day,Time,End Year/);
    expect(exported.stderr).toMatch(/^note: \d+ events: places, people and numbers/m);
    const back = run(['import', '-', '--tz', iraqTimeline.timeZone], exported.stdout);
    expect(back.status).toBe(0);
    const timeline = JSON.parse(back.stdout) as Timeline;
    expect(timeline.events.map((e) => e.headline).sort()).toEqual(
      iraqTimeline.events.map((e) => e.headline).sort(),
    );
  });

  it('writes an embed snippet', () => {
    const result = run(['export', timelineFile, '--embed', '--script-src', '/nt.js']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^<script type="module" src="\/nt.js"><\/script>\n<news-timeline>/,
    );
    expect(result.stderr).toBe('');
  });

  it('prints the problems of a timeline on stderr', () => {
    const broken = join(dir, 'broken.json');
    const event = {
      ...iraqTimeline.events[0]!,
      when: { ...iraqTimeline.events[0]!.when, start: 'Friday' },
    };
    writeFileSync(
      broken,
      JSON.stringify({ ...iraqTimeline, events: [event, ...iraqTimeline.events.slice(1)] }),
    );
    const result = run(['export', broken, '--csv']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^error: events\[0\].*when\.start/m);
  });
});
