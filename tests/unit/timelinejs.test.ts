import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Problem } from '../../src/model/problems.js';
import { fromTimelineJS, htmlToText } from '../../src/import/index.js';
import { describeWhen, formatWhenShort } from '../../src/i18n/index.js';
import republican from '../fixtures/corpus/republican-primaries-2012.tljs.json';
import moscow from '../fixtures/corpus/msk-bomb-hoax.tljs.json';
import interjust from '../fixtures/corpus/interjust.tljs.json';
import { corpus, falsePretenses, sanOnofre } from '../fixtures/corpus/index.js';

/** The shape of TimelineJS3's documented example (Whitney Houston), trimmed. */
const HOUSTON = {
  title: {
    media: {
      url: '//www.flickr.com/photos/tm_10001/2310475988/',
      caption: 'Whitney Houston performing on her My Love is Your Love Tour in Hamburg.',
      credit: "flickr/<a href='http://www.flickr.com/photos/tm_10001/'>tm_10001</a>",
    },
    text: {
      headline: 'Whitney Houston<br/> 1963 - 2012',
      text: "<p>Houston's voice caught the imagination of the world.</p>",
    },
  },
  events: [
    {
      media: {
        url: '/img/examples/houston/family.jpg',
        caption:
          "Houston's mother and Gospel singer, Cissy Houston (left) and cousin Dionne Warwick.",
        credit:
          "Cissy Houston photo:<a href='http://www.flickr.com/photos/11447043@N00/418180903/'>Tom Marcello</a><br/><a href='http://commons.wikimedia.org/wiki/File%3ADionne_Warwick_television_special_1969.JPG'>Dionne Warwick: CBS Television via Wikimedia Commons</a>",
      },
      start_date: { month: '8', day: '9', year: '1963' },
      text: {
        headline: 'A Musical Heritage',
        text: '<p>Born in New Jersey on August 9th, 1963, Houston grew up surrounded by the music business.</p><p>Her mother is gospel singer Cissy Houston &amp; her cousins are Dee Dee and Dionne Warwick.</p>',
      },
    },
    {
      start_date: { year: 1977 },
      text: {
        headline: 'Singing with her mother',
        text: 'Backing vocals &mdash; &quot;Think It Over&quot;',
      },
      group: 'Early years',
      unique_id: 'think-it-over',
    },
    {
      start_date: { year: 1985, month: 2 },
      end_date: { year: 1986, month: 6, day: 3 },
      display_date: 'Early 1985 &ndash; mid 1986',
      text: { headline: '<b>Whitney Houston</b> released', text: '' },
      group: 'Albums',
      background: { color: '#1c1c1c' },
      autolink: true,
      type: 'overview',
    },
    {
      start_date: { year: 2012, month: 2, day: 11, hour: 15, minute: 55 },
      text: {
        headline: 'Death',
        text: 'Found at the Beverly Hilton &#8211; aged 48 &#x2014; <script>alert(1)</script>ok',
      },
    },
    {
      start_date: {
        year: 2012,
        month: 2,
        day: 11,
        hour: 19,
        minute: 0,
        second: 30,
        millisecond: 250,
      },
      text: { headline: 'Announcement' },
    },
    {
      start_date: { year: '2012', month: '2', day: '11', hour: '20' },
      text: { headline: 'Reactions' },
    },
  ],
  eras: [
    {
      start_date: { year: 1985 },
      end_date: { year: 1991 },
      text: { headline: 'Rise <i>to</i> fame' },
    },
    { start_date: { year: 1992 }, end_date: { year: 1999 }, text: { headline: '' } },
  ],
  scale: 'human',
};

function errors(problems: Problem[]) {
  return problems.filter((problem) => problem.severity === 'error');
}

describe('fromTimelineJS on the documented example shapes', () => {
  const { timeline, problems } = fromTimelineJS(HOUSTON);

  it('converts without errors, and its result passes parseTimeline unchanged', () => {
    expect(errors(problems)).toEqual([]);
    const again = parseTimeline(JSON.stringify(timeline));
    expect(again.problems).toEqual([]);
    expect(again.timeline).toEqual(timeline);
  });

  it('reads the title slide: title and introduction; a photo-site page is reported, not carried', () => {
    expect(timeline?.title).toBe('Whitney Houston 1963 - 2012');
    expect(timeline?.summary).toBe("Houston's voice caught the imagination of the world.");
    expect(timeline?.media).toBeUndefined();
    expect(timeline?.id).toBe('whitney-houston-1963-2012');
    expect(timeline).toMatchObject({
      language: 'und',
      timeZone: 'UTC',
      published: '2012-02-11T21:00:00+00:00',
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['title.media', 'published']),
    );
    expect(problems.map((p) => p.path)).not.toContain('title.text.text');
  });

  it('maps partial dates to spans and precisions', () => {
    const whens = timeline?.events.map((event) => event.when);
    expect(whens).toEqual([
      { start: '1963-08-09T00:00:00+00:00', end: '1963-08-10T00:00:00+00:00', precision: 'day' },
      { start: '1977-01-01T00:00:00+00:00', end: '1978-01-01T00:00:00+00:00', precision: 'year' },
      {
        start: '1985-02-01T00:00:00+00:00',
        end: '1986-06-04T00:00:00+00:00',
        precision: 'month',
        text: 'Early 1985 – mid 1986',
      },
      { start: '2012-02-11T15:55:00+00:00', end: '2012-02-11T15:56:00+00:00', precision: 'minute' },
      {
        start: '2012-02-11T19:00:30+00:00',
        end: '2012-02-11T19:00:30+00:00',
        precision: 'instant',
      },
      { start: '2012-02-11T20:00:00+00:00', end: '2012-02-11T21:00:00+00:00', precision: 'hour' },
    ]);
  });

  it('reads wall-clock dates in options.timeZone, across DST', () => {
    const result = fromTimelineJS(
      {
        events: [
          { start_date: { year: 2014, month: 6, day: 13 }, text: { headline: 'Friday' } },
          { start_date: { year: 2021, month: 3, day: 14 }, text: { headline: 'Spring forward' } },
        ],
      },
      { timeZone: 'America/New_York', language: 'en' },
    );
    expect(result.timeline?.language).toBe('en');
    expect(result.timeline?.timeZone).toBe('America/New_York');
    expect(result.timeline?.events.map((e) => [e.when.start, e.when.end])).toEqual([
      ['2014-06-13T00:00:00-04:00', '2014-06-14T00:00:00-04:00'],
      ['2021-03-14T00:00:00-05:00', '2021-03-15T00:00:00-04:00'],
    ]);
  });

  it('dates a day of local mean time as that one day (Los Angeles, 1851)', () => {
    // KPCC's capital-punishment timeline read "2 – 3 Jan 1851" for a hanging on one day.
    const zone = 'America/Los_Angeles';
    const { timeline: hanging } = fromTimelineJS(
      { events: [{ start_date: { year: 1851, month: 1, day: 2 }, text: { headline: 'Hanged' } }] },
      { timeZone: zone },
    );
    const when = hanging!.events[0]!.when;
    const options = { locale: 'en-GB', timeZone: zone, years: true };
    expect(describeWhen(when, options)).toBe('sometime on Thursday, 2 January 1851');
    expect(formatWhenShort(when, options)).toBe('Thu, 2 Jan 1851');
  });

  it('dates a slide showing only its year as that year, not the day its sheet filled in', () => {
    // KPCC's Mandela timeline stores "1940" as 2 January 1940; its readers saw "1940".
    const { timeline: mandela, problems } = fromTimelineJS(
      {
        events: [
          {
            start_date: { year: 1940, month: 1, day: 2 },
            display_date: '1940',
            text: { headline: 'Expelled' },
          },
          {
            start_date: { year: 1948, month: 6, day: 4 },
            display_date: 'June 4, 1948',
            text: { headline: 'Apartheid' },
          },
          {
            start_date: { year: 1961, month: 1, day: 2 },
            display_date: '1962',
            text: { headline: 'Not its year' },
          },
        ],
      },
      { timeZone: 'Africa/Johannesburg' },
    );
    expect(mandela?.events.map((event) => event.when)).toEqual([
      {
        start: '1940-01-01T00:00:00+02:00',
        end: '1941-01-01T00:00:00+02:00',
        precision: 'year',
        text: '1940',
      },
      {
        start: '1948-06-04T00:00:00+02:00',
        end: '1948-06-05T00:00:00+02:00',
        precision: 'day',
        text: 'June 4, 1948',
      },
      {
        start: '1961-01-02T00:00:00+02:00',
        end: '1961-01-03T00:00:00+02:00',
        precision: 'day',
        text: '1962',
      },
    ]);
    expect(problems.filter((problem) => problem.path.endsWith('display_date'))).toMatchObject([
      {
        path: 'events[0].display_date',
        severity: 'warning',
        message: expect.stringContaining('only the year 1940'),
      },
    ]);
  });

  it('turns HTML into plain text', () => {
    const [heritage, mother, album, death] = timeline?.events ?? [];
    expect(heritage?.summary).toBe(
      'Born in New Jersey on August 9th, 1963, Houston grew up surrounded by the music business.\n\nHer mother is gospel singer Cissy Houston & her cousins are Dee Dee and Dionne Warwick.',
    );
    expect(mother?.summary).toBe('Backing vocals — "Think It Over"');
    expect(album?.headline).toBe('Whitney Houston released');
    expect(album?.summary).toBeUndefined();
    expect(death?.summary).toBe('Found at the Beverly Hilton – aged 48 — ok');
  });

  it('keeps a credit with its picture, never as a source; groups as category and tag, unique_id as id', () => {
    const [heritage, mother, album] = timeline?.events ?? [];
    // Who took a photo does not vouch for the news: the event stays unsourced.
    expect(heritage?.sources).toEqual([]);
    const caption =
      "Houston's mother and Gospel singer, Cissy Houston (left) and cousin Dionne Warwick.";
    expect(heritage?.media).toEqual([
      {
        kind: 'image',
        url: '/img/examples/houston/family.jpg',
        // No alt in the data: the caption describes the picture, and the editor is told.
        alt: caption,
        caption,
        credit:
          'Cissy Houston photo:Tom Marcello Dionne Warwick: CBS Television via Wikimedia Commons',
      },
    ]);
    expect(problems).toContainEqual({
      path: 'events[0].media.alt',
      eventId: 'tljs-1',
      severity: 'warning',
      message:
        'events[0] ("A Musical Heritage"): media.alt is missing: the caption describes the picture for readers who cannot see it. Check that it says what the picture shows.',
    });
    expect(mother).toMatchObject({
      id: 'think-it-over',
      category: 'Early years',
      tags: ['Early years'],
    });
    expect(album).toMatchObject({ id: 'tljs-3', category: 'Albums', tags: ['Albums'] });
    expect(timeline?.events.map((e) => e.id)).toEqual([
      'tljs-1',
      'think-it-over',
      'tljs-3',
      'tljs-4',
      'tljs-5',
      'tljs-6',
    ]);
  });

  it('cites the pages a slide links to as its sources, named by their sites', () => {
    // Knight Lab's own example: each primary links to the report of its result.
    const { timeline: primaries } = fromTimelineJS(republican, { timeZone: 'America/New_York' });
    const iowa = primaries!.events.find((e) => e.headline === 'Iowa')!;
    expect(iowa.sources).toEqual([
      {
        who: 'foxnews.com',
        named: true,
        verb: 'reported',
        url: 'http://www.foxnews.com/politics/2012/01/21/iowa-republican-party-reaffirms-santorum-as-winner-caucuses/',
      },
    ]);
    // The link's words stay in the text, as written.
    expect(iowa.summary).toContain('after much debate about the results');
    const maine = primaries!.events.find((e) => e.headline === 'Maine')!;
    // Its media, a tweet, is a source too, named by its credit.
    expect(maine.sources.map((s) => s.who)).toEqual([
      'cbsnews.com',
      'foxnews.com',
      'pressherald.com',
      'Twitter.com',
    ]);
    // Web pages only, each once; a page's address is kept as the browser reads it.
    const { timeline: links } = fromTimelineJS({
      events: [
        {
          start_date: { year: '2014' },
          text: {
            headline: 'Links',
            text: '<a href="mailto:desk@example.org">Write</a> <a href="javascript:alert(1)">x</a> <a href=\'https://example.org/a?b=1&amp;c=2\'>Read</a> <a href="https://example.org/a?b=1&c=2">again</a> <a>no page</a>',
          },
        },
      ],
    });
    expect(links!.events[0]!.sources).toEqual([
      { who: 'example.org', named: true, verb: 'reported', url: 'https://example.org/a?b=1&c=2' },
    ]);
  });

  it('says when a slide’s text holds pictures, sound or video, which it does not carry', () => {
    // CBS's bridge timeline: first responders' recordings in an <audio> in the text.
    const { timeline, problems } = fromTimelineJS({
      events: [
        {
          start_date: { year: '2024', month: '3', day: '26' },
          text: {
            headline: 'Traffic stopped',
            text: '<p>Listen below.</p><audio controls src="https://example.org/a.mp3"></audio><img src="x.jpg"><AUDIO src="b.mp3">',
          },
        },
      ],
    });
    expect(timeline!.events[0]!.summary).toBe('Listen below.');
    expect(problems).toContainEqual({
      path: 'events[0].text.text',
      eventId: 'tljs-1',
      severity: 'warning',
      message:
        'events[0] ("Traffic stopped"): text.text holds <audio>, <img>, which only a slide\'s media can carry; not carried over.',
    });
  });

  it('carries eras as named spans', () => {
    expect(timeline?.eras).toEqual([
      {
        label: 'Rise to fame',
        when: {
          start: '1985-01-01T00:00:00+00:00',
          end: '1992-01-01T00:00:00+00:00',
          precision: 'year',
        },
      },
      {
        label: 'Era 2',
        when: {
          start: '1992-01-01T00:00:00+00:00',
          end: '2000-01-01T00:00:00+00:00',
          precision: 'year',
        },
      },
    ]);
  });

  it('reports, per event, what it could not carry over', () => {
    const warnings = problems.filter((p) => p.severity === 'warning');
    expect(warnings).toContainEqual({
      path: 'title.media',
      severity: 'warning',
      message:
        'title ("Whitney Houston 1963 - 2012"): media ("//www.flickr.com/photos/tm_10001/231047…") was not carried over: news-timeline shows pictures and video or audio files or links, not embeds from other sites.',
    });
    expect(warnings).toContainEqual({
      path: 'events[2]',
      eventId: 'tljs-3',
      severity: 'warning',
      message:
        'events[2] ("Whitney Houston released") has background, autolink, type, which news-timeline does not use; not carried over.',
    });
    expect(warnings.map((p) => p.path)).toEqual(expect.arrayContaining(['eras[1].text.headline']));
    expect(warnings.some((p) => p.message.startsWith('The TimelineJS data has scale'))).toBe(true);
  });
});

describe('fromTimelineJS on bad input', () => {
  it('says that no event gave a publication time, where none has a time', () => {
    // An empty file read "using the latest time of the events, 1969-12-31T16:00:00-08:00".
    const result = fromTimelineJS({ events: [] }, { timeZone: 'America/Los_Angeles' });
    expect(result.timeline?.published).toBe('1970-01-01T00:00:00Z');
    const published = result.problems.find((problem) => problem.path === 'published');
    expect(published?.message).toContain('no event has a time to take it from');
    expect(published?.message).not.toContain('latest time of the events');
  });

  it('reports a bad slide by its TimelineJS position and keeps the others', () => {
    const result = fromTimelineJS(
      JSON.stringify({
        events: [
          { start_date: { year: 2000 }, text: { headline: 'ok' } },
          { start_date: { month: 3 }, text: { headline: 'No year' } },
          { start_date: { year: 2001, month: 13 }, text: { headline: 'Month 13' } },
          { start_date: { year: 2001, month: 2, day: 29 }, text: { headline: 'Not a leap year' } },
          'junk',
          { start_date: { year: 'MMXIV' } },
          {
            start_date: { year: 2001, end: 2 },
            end_date: { year: 1999 },
            text: { headline: 'Backwards' },
          },
          { start_date: { year: -13_800_000_000 }, text: { headline: 'Big Bang' } },
          { start_date: { year: 2002, day: 4 }, text: { headline: 'Day without month' } },
          { unique_id: 'think', start_date: { year: 2003 }, text: { headline: 'First' } },
          { unique_id: 'think', start_date: { year: 2004 }, text: { headline: 'Second' } },
        ],
      }),
    );
    expect(result.timeline?.events.map((e) => e.headline)).toEqual([
      'ok',
      'Backwards',
      'Day without month',
      'First',
    ]);
    const paths = result.problems.filter((p) => p.severity === 'error').map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'events[1].start_date.year',
        'events[2].start_date.month',
        'events[3].start_date.day',
        'events[4]',
        'events[5].start_date.year',
        'events[6].end_date',
        'events[7].start_date.year',
        // Reported by parseTimeline on the converted timeline, renumbered to the input.
        'events[10].id',
      ]),
    );
    const duplicate = result.problems.find((p) => p.path === 'events[10].id');
    expect(duplicate?.message).toBe(
      'events[10] ("Second"): id "think" is already used by events[9]. The event was left out.',
    );
    expect(result.problems.find((p) => p.path === 'events[8].start_date.day')?.severity).toBe(
      'warning',
    );
  });

  it.each([
    ['null', null],
    ['a number', 3],
    ['not JSON', '{ nope'],
    ['no events', { title: { text: { headline: 'x' } } }],
    ['events not a list', { events: {} }],
    // JSON text of another format (a newsroom's own list of rows) read without a word.
    ['JSON text of a list', '[{"title": "Lead recycling plant opens", "date": "12/18/1981"}]'],
    ['JSON text of null', 'null'],
  ])('%s gives timeline null and an error', (_name, input) => {
    const result = fromTimelineJS(input);
    expect(result.timeline).toBeNull();
    expect(errors(result.problems).length).toBeGreaterThan(0);
  });

  it('makes the timeline id from the title with accents folded', () => {
    const result = fromTimelineJS({
      title: { text: { headline: 'Élection présidentielle' } },
      events: [{ start_date: { year: 2017 } }],
    });
    expect(result.timeline?.id).toBe('election-presidentielle');
    expect(fromTimelineJS({ events: [{ start_date: { year: 2017 } }] }).timeline?.id).toBe(
      'timelinejs',
    );
  });

  it('says how many eras past the 200 it reads were left out', () => {
    const eras = Array.from({ length: 250 }, (_, index) => ({
      start_date: { year: 1800 + index },
      text: { headline: `Era ${index}` },
    }));
    const result = fromTimelineJS({ events: [{ start_date: { year: 2000 } }], eras });
    expect(result.timeline?.eras).toHaveLength(200);
    expect(errors(result.problems)).toContainEqual({
      path: 'eras',
      message: 'eras has 250 items; only the first 200 were read.',
      severity: 'error',
    });
  });

  it("lists 200 problems and says how many more there were, counting its own and the validator's", () => {
    // Each slide has one problem of the importer (no headline) and one of the validator (an id
    // too long to keep): 600 in all.
    const events = Array.from({ length: 300 }, (_, index) => ({
      unique_id: `${'x'.repeat(200)}${index}`,
      start_date: { year: 1700 + index },
    }));
    const result = fromTimelineJS({ events }, { published: '2014-06-14T12:00:00Z' });
    expect(result.problems).toHaveLength(201);
    expect(result.problems.at(-1)).toEqual({
      path: '',
      message: '400 more problems were found but not listed.',
      severity: 'error',
    });
  });

  describe('a slide with text and no headline (a Moscow timeline: 13 of 29, and its title)', () => {
    const slides = moscow.events as { text: { headline?: string; text: string } }[];
    const { timeline } = fromTimelineJS(moscow, { language: 'ru' });
    const untitled = slides.flatMap((slide, i) =>
      slide.text.headline
        ? []
        : [{ text: htmlToText(slide.text.text), event: timeline!.events[i]! }],
    );

    it('is headed by its first sentence, whole, or by its first words and an ellipsis', () => {
      expect(untitled).toHaveLength(13);
      for (const { text, event } of untitled) {
        const flat = text.replace(/\s+/g, ' ');
        if (event.headline.endsWith('…')) {
          const words = event.headline.slice(0, -1);
          expect(flat.startsWith(words), event.headline).toBe(true);
          // Cut between words, not inside one ("…из котор").
          expect(flat[words.length], event.headline).toMatch(/[\s,;:–—-]/);
          // The summary goes on from the cut: the two read as the text, once.
          expect(event.summary!.startsWith('…'), event.headline).toBe(true);
          const solid = (part: string) => part.replace(/\s+/g, '');
          expect(solid(words + event.summary!.slice(1))).toBe(solid(text));
        } else {
          expect(flat.startsWith(event.headline), event.headline).toBe(true);
          // A whole sentence, or the whole text when it has no stop.
          if (event.summary) expect(event.headline).toMatch(/[.!?]["”»)]?$/);
          else expect(event.headline).toBe(flat.trim());
          // The summary is the rest, not the headline again.
          expect(event.summary ?? '', event.headline).not.toContain(event.headline);
        }
        // Two lines of the widest label hold it.
        expect(event.headline.length).toBeLessThanOrEqual(101);
      }
      expect(untitled[0]!.event.headline).toBe(
        '"Мишенями" телефонных террористов 22 сентября оказались 17 районных управ и префектов города от…',
      );
      expect(untitled.filter(({ event }) => !event.headline.endsWith('…'))).toHaveLength(9);
    });

    it('says which headline it made, whole: a quote cut at 40 characters read as a headline cut mid-word', () => {
      // Sky's reign of the Queen: 'using "Queen Elizabeth embarks on her first Co…"'.
      const { problems } = fromTimelineJS(moscow, { language: 'ru' });
      const made = problems.filter((p) => p.message.includes('is missing; using'));
      expect(made).toHaveLength(untitled.length + 1);
      for (const { event } of untitled) {
        expect(
          made.some((p) => p.message.includes(`using ${JSON.stringify(event.headline)}`)),
        ).toBe(true);
      }
      expect(made[0]!.message).toBe(
        'events[7]: text.headline is missing; using "\\"Мишенями\\" телефонных террористов 22 сентября оказались 17 районных управ и префектов города от…".',
      );
      expect(made.at(-1)!.message).toContain(
        `using ${JSON.stringify(timeline!.title)} as the title`,
      );
    });

    it('gives a title slide with only its introduction a title: the introduction’s first sentence', () => {
      const title = 'На таймлайне представлены основные дни "фейково-телефонной" атаки.';
      expect(timeline!.title).toBe(title);
      const intro = htmlToText(moscow.title.text.text);
      expect(timeline!.summary).toBe(intro.slice(intro.indexOf(title) + title.length).trim());
      expect(timeline!.summary).toMatch(/^Размер точек/);
    });

    it('goes on past an abbreviation or an initial, and never cuts a character in two', () => {
      const headed = (text: string, language = 'en') =>
        fromTimelineJS(
          { events: [{ start_date: { year: 2000 }, text: { text } }] },
          { language, published: '2014-06-14T12:00:00Z' },
        ).timeline!.events[0]!;
      expect(headed('Sen. John McCain announced his run. More.')).toMatchObject({
        headline: 'Sen. John McCain announced his run.',
        summary: 'More.',
      });
      expect(headed('Mr. Smith left at 3 p.m. today. Then more.').headline).toBe(
        'Mr. Smith left at 3 p.m. today.',
      );
      expect(headed('The U.S. Army left. Then.').headline).toBe('The U.S. Army left.');
      expect(headed('В 1990 г. Ельцин ушёл. Потом.', 'ru').headline).toBe('В 1990 г. Ельцин ушёл.');
      const rare = headed('\u{2000B}'.repeat(100), 'ja').headline;
      expect(rare).toMatch(/…$/);
      // No high surrogate without its low half.
      expect(rare).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      // A stop inside a quote ends no sentence (the Center for Public Integrity's Iraq chronology).
      expect(
        headed(
          'Bush asks advisers to “see if Saddam did this. See if he is linked.” He pressed on.',
        ),
      ).toMatchObject({
        headline: 'Bush asks advisers to “see if Saddam did this. See if he is linked.”',
        summary: 'He pressed on.',
      });
      expect(headed('Он сказал: «Мы уйдём. Скоро». Потом.', 'ru').headline).toBe(
        'Он сказал: «Мы уйдём. Скоро».',
      );
      expect(headed('A “quote” ends. Then more.').headline).toBe('A “quote” ends.');
      // German opens with „ and closes with “: its quotes close (the last read of the change).
      expect(headed('„Wir bleiben hier.“ Der Bürgermeister sagte das. Mehr.', 'de').headline).toBe(
        '„Wir bleiben hier.“',
      );
      expect(headed('Er sagte: „Wir bleiben.“ Danach ging er.', 'de').headline).toBe(
        'Er sagte: „Wir bleiben.“',
      );
      // A quote never closed reads no further than a headline needs: 112 KB took 20 s.
      const open = headed(`“${'Word is here. '.repeat(8000)}`);
      expect(open.headline).toMatch(/^“Word is here\. .*…$/);
      expect(open.summary).toMatch(/^…/);
      expect(headed('One sentence only.')).toMatchObject({ headline: 'One sentence only.' });
      expect(headed('One sentence only.').summary).toBeUndefined();
    });

    it('is not headed by a note before the first sentence: the Paris Commune’s “~8.6.”, “to 28th.”', () => {
      const headed = (text: string) =>
        fromTimelineJS({ events: [{ start_date: { year: 1870 }, text: { text } }] }).timeline!
          .events[0]!;
      // The chronology opens spans' texts with their ends; four headlines read only that.
      expect(headed('~8.6. Crown Prince Frederick defeats MacMahon at Worth. More.')).toMatchObject(
        { headline: 'Crown Prince Frederick defeats MacMahon at Worth.', summary: '~8.6. More.' },
      );
      expect(headed('to 28th. Versailles troops enter Paris on May 21.')).toMatchObject({
        headline: 'Versailles troops enter Paris on May 21.',
        summary: 'to 28th.',
      });
      // A sentence of its own, though it starts in lower case; a note with nothing after it.
      expect(headed('de Gaulle resigns. He leaves.').headline).toBe('de Gaulle resigns.');
      expect(headed('eBay buys PayPal. More.').headline).toBe('eBay buys PayPal.');
      expect(headed('~8.6.').headline).toBe('~8.6.');
      expect(headed('de Gaulle. He resigned later.').headline).toBe('de Gaulle.');
      // A text of notes (untrusted data) imports its event: one note is skipped, not each.
      expect(headed(`${'~! '.repeat(20000)}Real sentence.`).headline).toBe('~!');
    });
  });

  it('keeps a credit without the word the card puts before it (interjust’s: “Credit: …”)', () => {
    const { timeline } = fromTimelineJS(interjust, { language: 'en' });
    const credits = timeline!.events.flatMap((event) => event.media ?? []).map((m) => m.credit);
    expect(credits.filter(Boolean).length).toBeGreaterThan(3);
    for (const credit of credits) expect(credit ?? '').not.toMatch(/^credit/i);
  });

  it('falls back to UTC for an invalid time zone option', () => {
    const result = fromTimelineJS(
      { events: [{ start_date: { year: 2000 } }] },
      { timeZone: 'Nowhere/Land' },
    );
    expect(result.timeline?.timeZone).toBe('UTC');
    expect(result.timeline?.events[0]?.headline).toBe('Untitled event');
    expect(errors(result.problems).map((p) => p.message)).toEqual([
      'options.timeZone "Nowhere/Land" is not an IANA time zone; using UTC.',
    ]);
  });

  it('heads a slide with no words by its picture, or says it has none in its language', () => {
    // Cerosetenta's "Siete horas de angustia en La Modelo": 16 of its 37 clips have no words, and
    // its Spanish drawing read "Untitled event" on each.
    const clip = { start_date: { year: 2020, month: 3, day: 21, hour: 22, minute: 22 } };
    const picture = {
      ...clip,
      media: { url: 'https://example.org/patio.jpg', caption: '<i>Internos en el patio 4.</i>' },
    };
    const headlines = (language: string) =>
      fromTimelineJS({ events: [clip, picture] }, { language }).timeline!.events.map(
        (event) => event.headline,
      );
    expect(headlines('es-CO')).toEqual(['Evento sin título', 'Internos en el patio 4.']);
    expect(headlines('pt')[0]).toBe('Evento sem título');
    expect(headlines('en')[0]).toBe('Untitled event');
    expect(headlines('und')[0]).toBe('Untitled event');
    expect(headlines('EN-us')[0]).toBe('Untitled event');
    // No word of the object the table is: "constructor" gave Object itself as the headline.
    expect(headlines('constructor')[0]).toBe('Untitled event');
  });

  it('never throws on arbitrary values, and its output always passes parseTimeline', () => {
    const date = fc.record(
      {
        year: fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.string(), fc.constant('1999')),
        month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.anything()),
        day: fc.integer({ min: 0, max: 32 }),
        hour: fc.integer({ min: 0, max: 24 }),
      },
      { requiredKeys: [] },
    );
    const slide = fc.record(
      {
        start_date: date,
        end_date: date,
        text: fc.record({ headline: fc.string(), text: fc.string() }, { requiredKeys: [] }),
        media: fc.record({ credit: fc.string(), url: fc.webUrl() }, { requiredKeys: [] }),
        group: fc.string(),
        unique_id: fc.string(),
        display_date: fc.string(),
      },
      { requiredKeys: [] },
    );
    const input = fc.oneof(
      fc.anything(),
      fc.record({
        events: fc.array(fc.oneof(slide, fc.anything()), { maxLength: 5 }),
        eras: fc.array(slide, { maxLength: 2 }),
      }),
    );
    fc.assert(
      fc.property(
        input,
        fc.constantFrom('UTC', 'Asia/Baghdad', 'America/New_York'),
        (value, timeZone) => {
          const result = fromTimelineJS(value, { timeZone });
          if (result.timeline === null) return;
          const again = parseTimeline(result.timeline);
          expect(again.timeline).toEqual(result.timeline);
          expect(errors(again.problems)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('htmlToText', () => {
  it.each([
    ['plain', 'plain'],
    ['a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &apos;f&apos;', "a & b <c> \"d\" 'e' 'f'"],
    ['&#8212;&#x2014;&#X2014;', '———'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&amp;lt;b&amp;gt; decoded once', '&lt;b&gt; decoded once'],
    ['&#0; &#xD800; &#99999999;', '\ufffd \ufffd \ufffd'],
    ['&unknown; &amp', '&unknown; &amp'],
    ['line<br>break<br/>and<BR />more', 'line\nbreak\nand\nmore'],
    ['<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['<ul><li>a</li><li>b</li></ul>', '• a\n• b'],
    [
      '<p>Missing:</p><ol><li>a</li><li>b<ul><li>c</li></ul></li><li>d</li></ol>',
      'Missing:\n\n1. a\n2. b\n• c\n3. d',
    ],
    // An item's first block (a word processor's or Google Docs' <li><p>) keeps its marker's line;
    // items of paragraphs stay a paragraph apart.
    ['<ul><li><p>One</p></li><li><div>Two</div></li></ul>', '• One\n\n• Two'],
    ['<ol><li>\n  <p>a</p><p>more</p></li><li><h3>b</h3></li></ol>', '1. a\n\nmore\n\n2. b'],
    ['<ul><li></li><li>x</li></ul>', '• x'],
    // An empty last item lends its marker to no words after the list.
    ['<ul><li>a</li><li></li></ul><p>After</p>', '• a\n\nAfter'],
    ['<ol><li> </li></ol>After', 'After'],
    ['source\nnewlines   collapse', 'source newlines collapse'],
    ['<a href="x" title="a > b">link</a> text', 'link text'],
    ['<script>alert("<b>")</script>after', 'after'],
    ['<STYLE>p { color: red }</STYLE>after', 'after'],
    ['<!-- comment <b> -->after', 'after'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['unterminated <b', 'unterminated'],
    ['<img src=x onerror=alert(1)>', ''],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('is linear on hostile input', () => {
    for (const hostile of [
      '<p>x'.repeat(30_000),
      '<li> '.repeat(30_000),
      '<'.repeat(1_000_000),
      '<a '.repeat(300_000),
      '&#'.repeat(500_000),
      '"<a"'.repeat(300_000),
    ]) {
      expect(typeof htmlToText(hostile)).toBe('string');
    }
  });
});

describe('fromTimelineJS media', () => {
  it('makes no source of a picture served from a folder of pictures without a file ending', () => {
    // The Memorial da Democracia's items of 1968: each slide's picture was its "source".
    const { timeline, problems } = fromTimelineJS({
      events: [
        {
          start_date: { year: 1968, month: 6, day: 26 },
          text: { headline: 'Passeata dos Cem Mil afronta a ditadura' },
          media: { url: 'https://memorialdademocracia.com.br/publico/image/4539' },
        },
        {
          start_date: { year: 1968, month: 6, day: 27 },
          text: { headline: 'A report' },
          media: { url: 'https://example.org/news/images-of-the-march' },
        },
      ],
    });
    expect(timeline!.events.map((event) => event.sources.map((source) => source.who))).toEqual([
      [],
      ['example.org'],
    ]);
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /^events\[0\].*memorialdademocracia.*was not carried over/,
    );
  });

  const slide = (media: unknown, headline = 'A slide') => ({
    start_date: { year: 2014, month: 6, day: 13 },
    text: { headline },
    media,
  });
  const convert = (media: unknown[], title?: unknown) =>
    fromTimelineJS({ title, events: media.map((m, i) => slide(m, `Slide ${i + 1}`)) });

  it("carries an embedded video player as its video's page, and no other iframe", () => {
    const players = [
      '<iframe width="420" height="315" src="//www.youtube.com/embed/5s8xkjG8bx4" frameborder="0" allowfullscreen></iframe>',
      "<iframe src='https://player.vimeo.com/video/20839673?h=1' allow='fullscreen'></iframe>",
      '<IFRAME SRC=https://www.dailymotion.com/embed/video/x8abc1></IFRAME>',
      '<iframe src="https://www.youtube.com/channel/UC123"></iframe>',
      '<iframe src="https://evil.example/embed/5s8xkjG8bx4"></iframe>',
      '<p><iframe src="//www.youtube.com/embed/later"></iframe></p>',
      '<iframe src="https://www.youtube.com/embed/videoseries?list=PL59FEE129ADFF2B12"></iframe>',
      '<iframe src="https://www.youtube.com/embed/live_stream?channel=UC123"></iframe>',
    ];
    const { timeline, problems } = convert(players.map((url) => ({ url, caption: 'A clip' })));
    expect(timeline!.events.map((event) => event.media?.[0]?.url ?? null)).toEqual([
      'https://www.youtube.com/watch?v=5s8xkjG8bx4',
      'https://vimeo.com/20839673/1',
      'https://www.dailymotion.com/video/x8abc1',
      null,
      null,
      null,
      'https://www.youtube.com/playlist?list=PL59FEE129ADFF2B12',
      null,
    ]);
    expect(timeline!.events[0]!.media?.[0]?.kind).toBe('video');
    expect(problems[0]?.message).toMatch(
      /^events\[0\].*embedded video player.*watch\?v=5s8xkjG8bx4/,
    );
  });

  it('carries pictures, video and audio files and video or audio site links; reports embeds', () => {
    const urls = [
      'https://cdn.example/photo.JPG?w=800',
      '//upload.wikimedia.org/wikipedia/commons/3/35/Ipod_1G.png',
      'https://cdn.example/clip.mp4',
      'https://youtu.be/2n5yakw5jgo',
      'http://vimeo.com/20839673',
      'https://soundcloud.com/someone/track',
      'https://cdn.example/talk.mp3',
      'https://twitter.com/NASASpaceflight/status/562327074384654336',
      'https://www.google.com/maps/@42.032147,-87.6689625,15z',
      'https://www.flickr.com/photos/critterseeker/16420145375',
      'https://en.wikipedia.org/wiki/Alexandria',
      "<iframe src='https://example.org/embed'></iframe>",
      '<blockquote>This is a block quote.</blockquote>',
    ];
    const { timeline, problems } = convert(urls.map((url) => ({ url, alt: 'Seen', caption: 'C' })));
    expect(timeline!.events.map((e) => e.media?.[0]?.kind ?? null)).toEqual([
      'image',
      'image',
      'video',
      'video',
      'video',
      'audio',
      'audio',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    const notCarried = problems.filter((p) =>
      /was not carried over: news-timeline shows/.test(p.message),
    );
    // A map, a photo site's page and HTML are not carried; a tweet and an encyclopedia's page
    // are where the story comes from: sources (below).
    expect(notCarried.map((p) => p.path)).toEqual([8, 9, 11, 12].map((i) => `events[${i}].media`));
    expect(notCarried.every((p) => p.severity === 'warning')).toBe(true);
    expect(timeline!.events.map((e) => e.sources.map((source) => source.who))).toEqual([
      ...Array.from({ length: 7 }, () => []),
      ['twitter.com'],
      [],
      [],
      ['en.wikipedia.org'],
      [],
      [],
    ]);
  });

  it("makes no source of a picture's address mistyped, and says so", () => {
    // KPCC's "financial crash" rows: IndyMac's picture is "…/67905-full.jpg][". Read as a report's
    // page, it made the picture's server a second source and the card said "Corroborated by more
    // than one source". A picture's address with a query or a fragment is still the picture.
    const indymac = 'http://a.scpr.org/i/3ffcf7105312ba6bf4bea0da84926a3a/67905-full.jpg][';
    const { timeline, problems } = convert([
      { url: indymac, caption: 'Customers wait in line at IndyMac Bank in Pasadena' },
      { url: 'https://example.org/photo.png)?w=800', caption: 'A photo' },
      { url: 'https://example.org/photo.jpg?w=800#top', caption: 'A photo' },
      { url: 'https://example.org/photos.jpg/story', credit: 'Example' },
    ]);
    expect(timeline!.events.map((e) => [e.media?.[0]?.url, e.sources.map((s) => s.who)])).toEqual([
      [undefined, []],
      [undefined, []],
      ['https://example.org/photo.jpg?w=800#top', []],
      [undefined, ['Example']],
    ]);
    expect(problems.find((p) => p.path === 'events[0].media')?.message).toBe(
      'events[0] ("Slide 1"): media ("http://a.scpr.org/i/3ffcf7105312ba6bf4b…") looks like a picture\'s address with "][" after its file name; it was not carried over, nor made a source. Check the address.',
    );
    expect(problems.find((p) => p.path === 'events[1].media')?.message).toMatch(/"\)" after/);
  });

  it("cites a report's web page given as media, named by its credit, and says so", () => {
    // Jinbonet's history of wiretapping in Korea: ten of its 24 slides give the broadcaster's or
    // paper's report of the day as media, a page, not a picture; left out, each card said "No
    // source given".
    const report = 'http://imnews.imbc.com/20dbnews/history/1992/1750939_13444.html';
    const { timeline, problems } = convert([
      { url: report, credit: 'MBC', caption: '1992.12.21 당시 뉴스' },
      { url: 'https://example.org/story', credit: '' },
      { url: report, credit: '<a href="https://www.imbc.com/">MBC</a>' },
    ]);
    expect(timeline!.events.map((e) => [e.media, e.sources])).toEqual([
      [undefined, [{ who: 'MBC', named: true, verb: 'reported', url: report }]],
      [
        undefined,
        [{ who: 'example.org', named: true, verb: 'reported', url: 'https://example.org/story' }],
      ],
      [undefined, [{ who: 'MBC', named: true, verb: 'reported', url: report }]],
    ]);
    expect(problems.find((p) => p.path === 'events[0].media')?.message).toBe(
      'events[0] ("Slide 1"): media ("http://imnews.imbc.com/20dbnews/history…") is a web page, not a picture or a video or audio file: it is one of the event\'s sources ("MBC"), not its media.',
    );
    // The text links the report's section first: the page is one source, named by its credit.
    const linked = fromTimelineJS({
      events: [
        {
          ...slide({ url: report, credit: 'MBC' }),
          text: { headline: 'A', text: `<a href="${report}#news">The report</a>` },
        },
      ],
    });
    expect(linked.timeline!.events[0]!.sources).toEqual([
      { who: 'MBC', named: true, verb: 'reported', url: `${report}#news` },
    ]);
    // A credit that is no name (a caption's length) leaves the site's; a path is no source's link.
    const { timeline: others, problems: notes } = convert([
      { url: report, credit: `MBC ${'news report of the day '.repeat(5)}` },
      { url: 'pages/report.html', credit: 'MBC' },
      { url: '//[::1', credit: 'MBC' },
      { url: 'https://open.spotify.com/track/1', credit: 'Spotify' },
      { url: 'https://images.unsplash.com/photo-1?w=800', credit: 'Unsplash' },
      { url: 'https://goo.gl/maps/abc', credit: 'Google' },
      { url: 'https://desk:secret@example.org/story', credit: 'Desk' },
    ]);
    expect(others!.events.map((e) => e.sources.map((source) => source.who))).toEqual([
      ['imnews.imbc.com'],
      ...Array.from({ length: 6 }, () => []),
    ]);
    // Said as not carried, not as a source the event then did not get.
    for (const k of [3, 4, 5, 6]) {
      expect(notes.find((p) => p.path === `events[${k}].media`)?.message).toMatch(
        /was not carried over/,
      );
    }
    expect(notes.find((p) => p.path === 'events[1].media')?.message).toMatch(
      /was not carried over/,
    );
    // The title has no sources: its page is reported as not carried, as before.
    const titled = convert([], { text: { headline: 'T' }, media: { url: report, credit: 'MBC' } });
    expect(titled.problems.find((p) => p.path === 'title.media')?.message).toMatch(
      /was not carried over/,
    );
  });

  it('turns caption and credit HTML into text, and reports media fields it does not use', () => {
    const { timeline, problems } = convert([
      {
        url: 'https://cdn.example/a.jpg',
        alt: 'Crowds <b>outside</b> the court',
        caption: '<p>Outside the court &amp; in the square</p>',
        credit: "<a href='https://agency.example'>Agency</a>/Photographer",
        thumbnail: 'https://cdn.example/a-small.jpg',
        link: 'https://agency.example',
      },
    ]);
    expect(timeline!.events[0]!.media).toEqual([
      {
        kind: 'image',
        url: 'https://cdn.example/a.jpg',
        alt: 'Crowds outside the court',
        caption: 'Outside the court & in the square',
        credit: 'Agency/Photographer',
      },
    ]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[0].media',
        severity: 'warning',
        message: expect.stringContaining('has thumbnail, link, which news-timeline does not use'),
      }),
    );
  });

  it('leaves out a picture with neither alt nor caption, and an unsafe URL, naming the event', () => {
    const { timeline, problems } = convert([
      { url: 'https://cdn.example/a.jpg', credit: 'Agency' },
      { url: 'javascript:alert(1)', alt: 'x' },
    ]);
    expect(timeline!.events.map((e) => e.media)).toEqual([undefined, undefined]);
    expect(errors(problems)).toEqual([
      {
        path: 'events[0].media.alt',
        eventId: 'tljs-1',
        severity: 'error',
        message:
          'events[0] ("Slide 1"): media.alt is missing and there is no caption: the picture was left out, as readers who cannot see it would get nothing. Add "alt" saying what it shows.',
      },
      {
        path: 'events[1].media.url',
        eventId: 'tljs-2',
        severity: 'error',
        message:
          'events[1] ("Slide 2"): media.url "javascript:alert(1)" is not an http or https URL or a path (javascript: is not allowed). The media was left out.',
      },
    ]);
  });

  it('gives the title card its picture and introduction from the title slide', () => {
    const { timeline, problems } = convert([], {
      text: { headline: 'A story', text: '<p>How it <i>began</i>.</p>' },
      media: { url: '/static/img/input.png', alt: 'A keyboard', credit: 'Archive' },
    });
    expect(timeline).toMatchObject({
      title: 'A story',
      summary: 'How it began.',
      media: [
        { kind: 'image', url: '/static/img/input.png', alt: 'A keyboard', credit: 'Archive' },
      ],
    });
    expect(errors(problems)).toEqual([]);
  });
});

function importText(text: string) {
  return fromTimelineJS({
    events: [{ start_date: { year: '2014' }, text: { headline: 'Links', text } }],
  });
}

describe('a slide’s links as its sources, at their edges', () => {
  it('leaves out of the summary a paragraph that only points at a page its sources link', () => {
    // KPCC's earthquakes: "Read more (USGS)" stayed in the card, its link gone to the sources.
    const { timeline } = fromTimelineJS({
      events: [
        {
          start_date: { year: 1865, month: 10, day: 8 },
          text: {
            headline: 'Santa Cruz Mountains (M 6.5)',
            text: '<p>More than 100 buildings fell.</p><p><a href="http://earthquake.usgs.gov/1865_10_08.php">Read more (USGS)</a></p>',
          },
        },
        {
          start_date: { year: 1868, month: 10, day: 21 },
          text: { headline: 'Hayward', text: '<p>Read more at KPCC.</p>' },
        },
      ],
    });
    expect(timeline!.events.map((event) => event.summary)).toEqual([
      'More than 100 buildings fell.',
      'Read more at KPCC.',
    ]);
    expect(timeline!.events[0]!.sources.map((source) => source.url)).toEqual([
      'http://earthquake.usgs.gov/1865_10_08.php',
    ]);
  });

  it('a slide with more than 100 links still imports its event', () => {
    const links = Array.from(
      { length: 101 },
      (_, n) => `<a href="https://example.org/${n}">${n}</a>`,
    ).join(' ');
    const { timeline, problems } = importText(links);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(timeline?.events).toHaveLength(1);
  });

  it('a link longer than a source URL may be does not cost the event or the timeline', () => {
    const long = `https://example.org/${'a'.repeat(2100)}`;
    const { timeline, problems } = importText(`<a href="${long}">Read</a>`);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(timeline?.events).toHaveLength(1);
  });

  it('names a site with a non-ASCII name as its readers write it, not in punycode', () => {
    const { timeline } = importText('<a href="https://www.süddeutsche.de/politik/1">SZ</a>');
    expect(timeline!.events[0]!.sources![0]!.who).toBe('süddeutsche.de');
  });

  it('cites a link that reads as its own address without writing the address in the text', () => {
    // KPCC's rows end with their "read more" link, which is its address when no site is named.
    const { timeline } = importText(
      'Residents were told. <a href="https://example.org/b">Read more</a> <a href="http://www.latimes.com/local/story-1">latimes.com/local/story-1/</a>',
    );
    const [event] = timeline!.events;
    expect(event!.summary).toBe('Residents were told. Read more');
    expect(event!.sources!.map((s) => s.url)).toEqual([
      'https://example.org/b',
      'http://www.latimes.com/local/story-1',
    ]);
    // Within a sentence the address is the sentence's word; "www." without a scheme is the same.
    const within = importText(
      'Visit <a href="http://www.kpcc.org">kpcc.org</a> for updates. <a href="https://www.latimes.com/x">www.latimes.com/x</a></p>',
    );
    expect(within.timeline!.events[0]!.summary).toBe('Visit kpcc.org for updates.');
    // KPCC's San Onofre rows: 21 of 23 read as their link's address alone.
    const addresses = sanOnofre().events.filter((e) => /https?:|\.com/.test(e.summary ?? ''));
    expect(addresses.map((e) => e.summary)).toEqual([]);
  });

  it('takes the href of the link, not text that looks like one inside another attribute', () => {
    const { timeline } = importText(
      '<a title="see href=https://elsewhere.example/" href="https://real.example/story">Read</a>',
    );
    expect(timeline!.events[0]!.sources!.map((s) => s.url)).toEqual(['https://real.example/story']);
  });

  it('cites one page once, however many of its sections the text links to', () => {
    const { timeline } = importText(
      '<a href="https://example.org/report#part-1">first</a> and <a href="https://example.org/report#part-2">second</a>',
    );
    expect(timeline!.events[0]!.sources).toHaveLength(1);
  });

  it('leaves out a link with a sign-in, and reads a host written without slashes', () => {
    const { timeline } = importText(
      '<a href="https://editor:s3cret@example.org/draft">draft</a> <a href="https:Example.org/b">b</a>',
    );
    expect(timeline!.events[0]!.sources).toEqual([
      { who: 'example.org', named: true, verb: 'reported', url: 'https://example.org/b' },
    ]);
  });

  it('reports no media for a tag in a comment', () => {
    const { problems } = importText('<!-- <img src="x.jpg"> --><p>Text</p>');
    expect(problems.map((p) => p.path)).not.toContain('events[0].text.text');
  });
});

describe('fromTimelineJS on TimelineJS 2 data', () => {
  // The shape of Berkeley Copwatch's "People's Investigation Dec. 6th" (github.com/max-b/
  // copwatch-timeline-build) and of Holder de ord's posts, refused as "not TimelineJS JSON".
  const copwatch = {
    timeline: {
      headline: 'People’s Investigation Dec. 6th',
      type: 'default',
      text: '<p>On December 6 people began to gather.</p>',
      date: [
        {
          startDate: '2014-12-06T17:00:00-08:00',
          headline: 'March Begins',
          text: '<p>A crowd of a few hundred set off southbound.</p>',
          asset: {
            media: 'https://example.org/march.jpg',
            credit: 'Copwatch',
            caption: 'The march',
          },
          tag: 'Protest',
          classname: 'march',
        },
        { startDate: '2014-12-06T22:20:02-08:00', headline: 'Less Lethals', text: '' },
        { startDate: '2014,12,7', endDate: '2014,12,8', headline: 'Aftermath' },
        { startDate: 'the next week', headline: 'Undated' },
      ],
      era: [{ startDate: '2014,12,6', endDate: '2014,12,7', headline: 'The protests' }],
    },
  };

  it('reads its slides as TimelineJS3 ones: dates, text, media, tag as group, eras', () => {
    const { timeline, problems } = fromTimelineJS(copwatch, { timeZone: 'America/Los_Angeles' });
    const events = timeline!.events;
    expect(timeline!.title).toBe('People’s Investigation Dec. 6th');
    expect(timeline!.summary).toBe('On December 6 people began to gather.');
    expect(events.map((event) => event.headline)).toEqual([
      'March Begins',
      'Less Lethals',
      'Aftermath',
    ]);
    expect(events[0]!.when).toMatchObject({
      start: '2014-12-06T17:00:00-08:00',
      precision: 'minute',
    });
    expect(events[0]!.summary).toBe('A crowd of a few hundred set off southbound.');
    expect(events[0]!.category).toBe('Protest');
    expect(events[0]!.media?.[0]).toMatchObject({ url: 'https://example.org/march.jpg' });
    expect(events[1]!.when).toMatchObject({
      start: '2014-12-06T22:20:02-08:00',
      precision: 'instant',
    });
    expect(events[2]!.when).toMatchObject({
      start: '2014-12-07T00:00:00-08:00',
      end: '2014-12-09T00:00:00-08:00',
      precision: 'day',
    });
    expect(timeline!.eras[0]).toMatchObject({ label: 'The protests' });
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).not.toMatch(/not TimelineJS JSON/);
    expect(messages).toMatch(/classname, which news-timeline does not use/);
    expect(messages).toMatch(/"Undated".*start_date/);
  });

  it('reads a spreadsheet’s month/day/year, and walks no more slides than it reads', () => {
    const dated = fromTimelineJS({
      timeline: { date: [{ startDate: '12/6/2014', headline: 'A' }] },
    });
    expect(dated.timeline!.events[0]!.when).toMatchObject({
      start: '2014-12-06T00:00:00+00:00',
      precision: 'day',
    });
    // A sparse list of ten million: each slide read took seconds; only 5,000 are.
    const date: unknown[] = [{ startDate: '2014', headline: 'A' }];
    date.length = 10_000_000;
    const many = fromTimelineJS({ timeline: { date } });
    expect(many.problems.map((p) => p.message).join('\n')).toMatch(
      /has 10,000,000 slides; only the first 5,000 were read/,
    );
    expect(many.timeline!.events).toHaveLength(1);
  });

  it('keeps an instant given with its offset, read in another zone', () => {
    const { timeline } = fromTimelineJS(copwatch, { timeZone: 'America/New_York' });
    expect(timeline!.events[0]!.when.start).toBe('2014-12-06T20:00:00-05:00');
  });

  it('reads the file Copwatch serves, as it is', () => {
    const { timeline } = corpus().find(({ id }) => id === 'copwatch-night')!;
    expect(timeline.events).toHaveLength(38);
    expect(timeline.events.every((event) => event.when.start.startsWith('2014-12-0'))).toBe(true);
    expect(timeline.title).toBe("People's Investigation Dec. 6th");
  });
});

describe('made-up headlines of real rows', () => {
  it('close every quote they open, or end cut short (CPI’s “False Pretenses”)', () => {
    const { events } = falsePretenses();
    expect(events).toHaveLength(67);
    for (const { headline } of events) {
      const open = (headline.match(/“/g) ?? []).length - (headline.match(/”/g) ?? []).length;
      if (open > 0) expect(headline).toMatch(/…$/);
    }
  });
});
