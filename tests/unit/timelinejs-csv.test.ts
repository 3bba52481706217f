import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { toTimelineJSCsv } from '../../src/export/timelinejs-csv.js';
import { fromTimelineJSCsv, TIMELINEJS_COLUMNS } from '../../src/import/timelinejs-csv.js';
import { readSheetTime } from '../../src/import/timelinejs-csv-time.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { fromTimelineJS } from '../../src/import/timelinejs.js';
import { createEvent } from '../../src/model/create-event.js';
import type { Timeline } from '../../src/model/types.js';
import { parseInstant } from '../../src/model/zoned.js';

const sheets = new URL('../fixtures/timelinejs-sheets/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, sheets), 'utf8');
const HEADER = TIMELINEJS_COLUMNS.join(',');

/** A sheet row from named cells, in the template's column order. */
function row(cells: Partial<Record<(typeof TIMELINEJS_COLUMNS)[number], string>>): string {
  return TIMELINEJS_COLUMNS.map((column) => {
    const value = cells[column] ?? '';
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');
}

describe('fromTimelineJSCsv on real public sheets', () => {
  it('imports Knight Lab’s women-in-computing sheet with the same events as its JSON twin', () => {
    const fromCsv = fromTimelineJSCsv(read('women-in-computing.csv'));
    const fromJson = fromTimelineJS(
      readFileSync(
        new URL('../fixtures/corpus/women-in-computing.tljs.json', import.meta.url),
        'utf8',
      ),
    );
    expect(fromCsv.timeline).not.toBeNull();
    expect(fromCsv.timeline!.events).toHaveLength(10);
    expect(fromCsv.timeline!.events).toEqual(fromJson.timeline!.events);
    expect(fromCsv.timeline!.title).toBe('Women in Computing');
    expect(fromCsv.timeline!.title).toBe(fromJson.timeline!.title);
    // Media problems name the same slides, the sheet by row, the JSON by position (the JSON says
    // more: its thumbnails, which the sheet's rows here do not carry).
    const slideOf = (row: number) => row - 3;
    const mediaRows = fromCsv.problems
      .filter((p) => /^row \d+, (Media|media\.)/.test(p.path))
      .map((p) => slideOf(Number(/\d+/.exec(p.path)![0])));
    const mediaSlides = fromJson.problems
      .filter((p) => /^events\[\d+\]\.media/.test(p.path))
      .map((p) => Number(/\d+/.exec(p.path)![0]));
    expect(mediaRows.length).toBeGreaterThan(0);
    for (const slide of mediaRows) expect(mediaSlides).toContain(slide);
    // The only errors: a picture with neither alt text nor caption, left out (the event is kept).
    for (const problem of fromCsv.problems.filter((p) => p.severity === 'error')) {
      expect(problem.path).toMatch(/^row \d+, media\.alt$/);
    }
    expect(fromCsv.rows['tljs-1']).toBe(3); // header row 1, title row 2
  });

  it('reads the sheet TimelineJS’s own page template loads', () => {
    const { timeline, problems } = fromTimelineJSCsv(read('my-own-timeline.csv'));
    expect(timeline!.title).toBe('MY OWN CSV');
    expect(timeline!.events.map((e) => e.headline)).toContain('Ada Lovelace');
    // A picture without alt text or caption is left out and reported; nothing else is an error.
    for (const problem of problems.filter((p) => p.severity === 'error')) {
      expect(problem.path).toMatch(/^row \d+, media\.alt$/);
    }
  });

  it('reads a library’s sheet with a Time column and Markdown credits', () => {
    const { timeline, problems } = fromTimelineJSCsv(read('cdil-demo-timeline.csv'), {
      timeZone: 'America/Los_Angeles',
    });
    expect(timeline!.events).toHaveLength(4);
    const game = timeline!.events.find((e) => e.headline.startsWith('University of Idaho vs.'))!;
    expect(game.when).toMatchObject({
      start: '1925-10-30T14:30:00-08:00',
      end: '1925-10-30T14:31:00-08:00',
      precision: 'minute',
    });
    expect(timeline!.events[0]!.when.precision).toBe('year');
    for (const problem of problems.filter((p) => p.severity === 'error')) {
      expect(problem.path).toMatch(/^row \d+, media\.alt$/);
    }
  });
});

describe('fromTimelineJSCsv maps rows like the JSON importer', () => {
  const csv = [
    HEADER,
    row({ Headline: 'The siege', Text: '<p>A <b>long</b> story.</p>', Type: 'title' }),
    row({
      Year: '2014',
      Month: '6',
      Day: '13',
      Time: '2:30 PM',
      Headline: 'Crossing',
      Group: 'Iran',
      'Media Credit': 'AP',
      Media: 'https://example.com/a.jpg',
    }),
    row({
      Year: '2014',
      Month: '6',
      'End Year': '2014',
      'End Month': '7',
      'Display Date': 'June into July',
      Headline: 'Summer',
    }),
    row({ Year: '2014', 'End Year': '2015', Headline: 'The long war', Type: 'era' }),
  ].join('\r\n');
  const json = {
    title: { text: { headline: 'The siege', text: '<p>A <b>long</b> story.</p>' } },
    events: [
      {
        start_date: { year: '2014', month: '6', day: '13', hour: 14, minute: 30 },
        text: { headline: 'Crossing' },
        group: 'Iran',
        media: { credit: 'AP', url: 'https://example.com/a.jpg' },
      },
      {
        start_date: { year: '2014', month: '6' },
        end_date: { year: '2014', month: '7' },
        display_date: 'June into July',
        text: { headline: 'Summer' },
      },
    ],
    eras: [
      {
        start_date: { year: '2014' },
        end_date: { year: '2015' },
        text: { headline: 'The long war' },
      },
    ],
  };
  const options = {
    timeZone: 'Asia/Baghdad',
    published: '2014-07-31T12:00:00+03:00',
    language: 'en',
  };

  it('gives the timeline the same JSON gives', () => {
    const fromCsv = fromTimelineJSCsv(csv, options);
    const fromJson = fromTimelineJS(json, options);
    expect(fromCsv.timeline).toEqual(fromJson.timeline);
    expect(fromCsv.problems.map((p) => p.severity)).toEqual(
      fromJson.problems.map((p) => p.severity),
    );
    expect(fromCsv.timeline!.events[0]!.when.start).toBe('2014-06-13T14:30:00+03:00');
    expect(fromCsv.timeline!.eras[0]!.label).toBe('The long war');
  });

  it('names problems by sheet row and column', () => {
    const sheet = [
      'Year,Month,Day,Time,Headline,Text,Colour',
      '2014,6,13,,Fine,,',
      ',,,,,,',
      '2014,2,30,,Bad day,,',
      '2014,6,13,25:00,Bad time,,',
      ',,,10:00,No year,,',
    ].join('\n');
    const { timeline, problems } = fromTimelineJSCsv(sheet);
    expect(timeline!.events.map((e) => e.headline)).toEqual(['Fine', 'Bad time']);
    const byPath = (path: string) => problems.filter((p) => p.path === path);
    expect(byPath('row 1')[0]!.message).toMatch(/"Colour" are not TimelineJS columns/);
    expect(byPath('row 4, Day')[0]).toMatchObject({ severity: 'error' });
    expect(byPath('row 4, Day')[0]!.message).toMatch(
      /^Row 4 \("Bad day"\): Day 30 is not a day of month 2/,
    );
    expect(byPath('row 5, Time')[0]!.message).toMatch(/"25:00" is not a time/);
    expect(byPath('row 6, Time')[0]!.message).toMatch(/without Year/);
    expect(byPath('row 6')[0]!.message).toMatch(/^Row 6 \("No year"\) .*left out/);
    // Blank row 3 is skipped without a word; nothing mentions JSON positions.
    expect(problems.some((p) => /row 3\b/.test(p.path))).toBe(false);
    expect(problems.some((p) => /events\[|start_date/.test(p.path + p.message))).toBe(false);
  });

  it('reads columns by name in any order, Tag as Group, a BOM and quoted line breaks', () => {
    const sheet = '\ufeffheadline,TAG,year,text\n"Two\nlines",Courts,2019,"Said ""no"""\n';
    const { timeline } = fromTimelineJSCsv(sheet);
    expect(timeline!.events[0]).toMatchObject({
      headline: 'Two lines',
      category: 'Courts',
      summary: 'Said "no"',
    });
  });

  it('refuses a sheet whose first row does not name the template’s columns', () => {
    const result = fromTimelineJSCsv('title,count\na good day,5\n');
    expect(result.timeline).toBeNull();
    expect(result.problems[0]).toMatchObject({ path: 'row 1', severity: 'error' });
  });
});

describe('readSheetTime', () => {
  it.each([
    ['14:30', { hour: 14, minute: 30 }],
    ['2:30 PM', { hour: 14, minute: 30 }],
    ['12:05 a.m.', { hour: 0, minute: 5 }],
    ['1430', { hour: 14, minute: 30 }],
    ['9', { hour: 9 }],
    ['14:30:15.25', { hour: 14, minute: 30, second: 15, millisecond: 250 }],
  ])('%s', (text, parts) => expect(readSheetTime(text)).toEqual(parts));
  it.each(['24:00', '13 PM', 'noon', '14:60', ''])('refuses %j', (text) =>
    expect(readSheetTime(text)).toBeNull(),
  );
});

describe('toTimelineJSCsv', () => {
  it('writes the Iraq timeline so that importing it gives every span back', () => {
    const { csv, notCarried } = toTimelineJSCsv(iraqTimeline);
    const back = fromTimelineJSCsv(csv, {
      timeZone: iraqTimeline.timeZone,
      published: iraqTimeline.published,
    });
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.timeline!.events).toHaveLength(iraqTimeline.events.length);
    for (const event of iraqTimeline.events) {
      const got = back.timeline!.events.find((e) => e.headline === event.headline)!;
      expect(parseInstant(got.when.start)).toBe(parseInstant(event.when.start));
      // An open end (ongoing) is not in a sheet: only the start survives.
      if (event.when.end !== null) {
        expect(parseInstant(got.when.end!)).toBe(parseInstant(event.when.end));
      }
      expect(got.when.text).toBe(event.when.text);
    }
    expect(back.timeline!.title).toBe(iraqTimeline.title);
    expect(notCarried.join(' ')).toMatch(/places, people and numbers/);
  });

  it('writes a day as one Day, a night as Time and End Time, an instant with seconds', () => {
    const timeline: Timeline = {
      id: 't',
      title: '',
      language: 'en',
      published: '2014-06-14T12:00:00+03:00',
      timeZone: 'Asia/Baghdad',
      eras: [],
      events: [
        createEvent('day', 'Friday', {
          start: '2014-06-13T00:00:00+03:00',
          end: '2014-06-14T00:00:00+03:00',
          precision: 'day',
        }),
        createEvent('night', 'Overnight', {
          start: '2014-06-13T00:00:00+03:00',
          end: '2014-06-13T06:00:00+03:00',
          precision: 'part-of-day',
        }),
        createEvent('instant', 'At 3pm', {
          start: '2014-06-13T15:00:00+03:00',
          end: '2014-06-13T15:00:00+03:00',
          precision: 'instant',
        }),
        createEvent('open', 'Still going', {
          start: '2014-06-09T00:00:00+03:00',
          end: null,
          precision: 'unspecified',
        }),
      ],
    };
    const { csv, notCarried } = toTimelineJSCsv(timeline);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe(row({ Year: '2014', Month: '6', Day: '13', Headline: 'Friday' }));
    expect(lines[2]).toBe(
      row({
        Year: '2014',
        Month: '6',
        Day: '13',
        Time: '00:00',
        'End Year': '2014',
        'End Month': '6',
        'End Day': '13',
        'End Time': '05:59',
        Headline: 'Overnight',
      }),
    );
    expect(lines[3]).toBe(
      row({ Year: '2014', Month: '6', Day: '13', Time: '15:00:00', Headline: 'At 3pm' }),
    );
    expect(notCarried.join(' ')).toMatch(/1 event: an open end/);
    const back = fromTimelineJSCsv(csv, { timeZone: 'Asia/Baghdad' }).timeline!;
    expect(back.events.map((e) => [e.when.start, e.when.end, e.when.precision])).toEqual([
      ['2014-06-13T00:00:00+03:00', '2014-06-14T00:00:00+03:00', 'day'],
      ['2014-06-13T00:00:00+03:00', '2014-06-13T06:00:00+03:00', 'minute'],
      ['2014-06-13T15:00:00+03:00', '2014-06-13T15:00:00+03:00', 'instant'],
      ['2014-06-09T00:00:00+03:00', '2014-06-10T00:00:00+03:00', 'day'],
    ]);
  });

  it('guards text a spreadsheet would run as a formula, and reads it back unchanged', () => {
    const timeline: Timeline = {
      ...iraqTimeline,
      article: undefined,
      events: [
        {
          ...iraqTimeline.events[0]!,
          headline: '=HYPERLINK("http://evil")',
          summary: '-5 degrees',
        },
      ],
    };
    delete timeline.article;
    const { csv } = toTimelineJSCsv(timeline);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const back = fromTimelineJSCsv(csv, { timeZone: timeline.timeZone }).timeline!;
    expect(back.events[0]!.headline).toBe('=HYPERLINK("http://evil")');
    expect(back.events[0]!.summary).toBe('-5 degrees');
  });

  it('exports what passes parseTimeline', () => {
    const back = fromTimelineJSCsv(toTimelineJSCsv(iraqTimeline).csv, { timeZone: 'Asia/Baghdad' });
    expect(parseTimeline(back.timeline).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
