import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveWhen } from '../../src/extract/time/resolve-when.js';
import type { Precision, When } from '../../src/model/types.js';
import { addDays } from '../../src/model/calendar.js';
import {
  parseInstant,
  toIsoWithOffset,
  zonedParts,
  zonedToInstant,
} from '../../src/model/zoned.js';

/** The article's reference: publication day, Saturday 14 June 2014, noon in Baghdad. */
const ARTICLE = '2014-06-14T12:00:00+03:00';
const BAGHDAD = 'Asia/Baghdad';

function resolved(text: string, reference: string, timeZone: string): When {
  const result = resolveWhen(text, { reference, timeZone });
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.when;
}

describe('resolveWhen: the article (Baghdad, Saturday 14 June 2014 12:00)', () => {
  it.each<[string, string, string | null, Precision]>([
    ['on Friday', '2014-06-13T00:00:00+03:00', '2014-06-14T00:00:00+03:00', 'day'],
    ['overnight', '2014-06-13T18:00:00+03:00', '2014-06-14T06:00:00+03:00', 'part-of-day'],
    ['on Saturday', '2014-06-14T00:00:00+03:00', '2014-06-15T00:00:00+03:00', 'day'],
    ['this week', '2014-06-09T00:00:00+03:00', ARTICLE, 'week'],
    ['in the past 48 hours', '2014-06-12T12:00:00+03:00', ARTICLE, 'range'],
  ])('%s', (text, start, end, precision) => {
    expect(resolved(text, ARTICLE, BAGHDAD)).toEqual({
      start,
      end,
      precision,
      text,
      resolvedAgainst: ARTICLE,
    });
  });

  it('keeps the words exactly as given', () => {
    expect(resolved('  On FRIDAY, ', ARTICLE, BAGHDAD).text).toBe('  On FRIDAY, ');
  });
});

type Row = [
  text: string,
  reference: string,
  zone: string,
  start: string,
  end: string | null,
  precision: Precision,
];

// References on every weekday of the week of Monday 9 June 2014 (UTC+3, Baghdad).
const MON = '2014-06-09T12:00:00+03:00';
const TUE = '2014-06-10T12:00:00+03:00';
const WED = '2014-06-11T12:00:00+03:00';
const THU = '2014-06-12T12:00:00+03:00';
const FRI = '2014-06-13T12:00:00+03:00';
const SAT = ARTICLE;
const SUN = '2014-06-15T12:00:00+03:00';
const day = (d: string): [string, string] => {
  const next = toIsoWithOffset(parseInstant(`${d}T00:00:00+03:00`) + 86_400_000, BAGHDAD);
  return [`${d}T00:00:00+03:00`, next];
};

const TABLE: Row[] = [
  // Weekday names against references on every weekday.
  ['on Friday', MON, BAGHDAD, ...day('2014-06-06'), 'day'],
  ['Friday', TUE, BAGHDAD, ...day('2014-06-06'), 'day'],
  ['on Friday', WED, BAGHDAD, ...day('2014-06-06'), 'day'],
  ['on Fri', THU, BAGHDAD, ...day('2014-06-06'), 'day'],
  ['on Friday', FRI, BAGHDAD, ...day('2014-06-13'), 'day'],
  ['on Friday', SUN, BAGHDAD, ...day('2014-06-13'), 'day'],
  ['on Monday', MON, BAGHDAD, ...day('2014-06-09'), 'day'],
  ['on Sunday', MON, BAGHDAD, ...day('2014-06-08'), 'day'],
  ['on Tuesday', WED, BAGHDAD, ...day('2014-06-10'), 'day'],
  ['on Thursday', WED, BAGHDAD, ...day('2014-06-05'), 'day'],
  ['last Friday', FRI, BAGHDAD, ...day('2014-06-06'), 'day'],
  ['last Friday', SAT, BAGHDAD, ...day('2014-06-13'), 'day'],
  ['last Saturday', SAT, BAGHDAD, ...day('2014-06-07'), 'day'],
  ['this Friday', MON, BAGHDAD, ...day('2014-06-13'), 'day'],
  ['this Monday', SUN, BAGHDAD, ...day('2014-06-09'), 'day'],
  ['this Sunday', SAT, BAGHDAD, ...day('2014-06-15'), 'day'],
  ['next Tuesday', TUE, BAGHDAD, ...day('2014-06-17'), 'day'],
  // Relative days and parts of the day.
  ['yesterday', SAT, BAGHDAD, ...day('2014-06-13'), 'day'],
  ['today', THU, BAGHDAD, ...day('2014-06-12'), 'day'],
  ['tomorrow', SUN, BAGHDAD, ...day('2014-06-16'), 'day'],
  ['the day before yesterday', SAT, BAGHDAD, ...day('2014-06-12'), 'day'],
  [
    'last night',
    MON,
    BAGHDAD,
    '2014-06-08T18:00:00+03:00',
    '2014-06-09T06:00:00+03:00',
    'part-of-day',
  ],
  [
    'on Friday morning',
    SAT,
    BAGHDAD,
    '2014-06-13T06:00:00+03:00',
    '2014-06-13T12:00:00+03:00',
    'part-of-day',
  ],
  [
    'Friday afternoon',
    SAT,
    BAGHDAD,
    '2014-06-13T12:00:00+03:00',
    '2014-06-13T18:00:00+03:00',
    'part-of-day',
  ],
  [
    'on Friday evening',
    SAT,
    BAGHDAD,
    '2014-06-13T18:00:00+03:00',
    '2014-06-14T00:00:00+03:00',
    'part-of-day',
  ],
  [
    'on Friday night',
    SAT,
    BAGHDAD,
    '2014-06-13T18:00:00+03:00',
    '2014-06-14T06:00:00+03:00',
    'part-of-day',
  ],
  [
    'yesterday morning',
    TUE,
    BAGHDAD,
    '2014-06-09T06:00:00+03:00',
    '2014-06-09T12:00:00+03:00',
    'part-of-day',
  ],
  [
    'this morning',
    WED,
    BAGHDAD,
    '2014-06-11T06:00:00+03:00',
    '2014-06-11T12:00:00+03:00',
    'part-of-day',
  ],
  [
    'tonight',
    WED,
    BAGHDAD,
    '2014-06-11T18:00:00+03:00',
    '2014-06-12T06:00:00+03:00',
    'part-of-day',
  ],
  [
    'in the early hours of Friday',
    SAT,
    BAGHDAD,
    '2014-06-13T00:00:00+03:00',
    '2014-06-13T06:00:00+03:00',
    'part-of-day',
  ],
  // Clock times.
  ['at 3pm', SAT, BAGHDAD, '2014-06-14T15:00:00+03:00', '2014-06-14T15:00:00+03:00', 'minute'],
  ['at 15:00', SAT, BAGHDAD, '2014-06-14T15:00:00+03:00', '2014-06-14T15:00:00+03:00', 'minute'],
  [
    'on Friday at 3pm',
    SAT,
    BAGHDAD,
    '2014-06-13T15:00:00+03:00',
    '2014-06-13T15:00:00+03:00',
    'minute',
  ],
  [
    'at 9.30 a.m. yesterday',
    SAT,
    BAGHDAD,
    '2014-06-13T09:30:00+03:00',
    '2014-06-13T09:30:00+03:00',
    'minute',
  ],
  [
    'at 12am on Friday',
    SAT,
    BAGHDAD,
    '2014-06-13T00:00:00+03:00',
    '2014-06-13T00:00:00+03:00',
    'minute',
  ],
  [
    'at noon on Friday',
    SAT,
    BAGHDAD,
    '2014-06-13T12:00:00+03:00',
    '2014-06-13T12:00:00+03:00',
    'minute',
  ],
  [
    'Friday night at 2am',
    SAT,
    BAGHDAD,
    '2014-06-14T02:00:00+03:00',
    '2014-06-14T02:00:00+03:00',
    'minute',
  ],
  [
    'on Friday at 1500 GMT',
    SAT,
    BAGHDAD,
    '2014-06-13T18:00:00+03:00',
    '2014-06-13T18:00:00+03:00',
    'minute',
  ],
  // Calendar periods.
  ['this week', SUN, BAGHDAD, '2014-06-09T00:00:00+03:00', SUN, 'week'],
  ['this week', MON, BAGHDAD, '2014-06-09T00:00:00+03:00', MON, 'week'],
  ['last week', WED, BAGHDAD, '2014-06-02T00:00:00+03:00', '2014-06-09T00:00:00+03:00', 'week'],
  [
    'earlier this week',
    SAT,
    BAGHDAD,
    '2014-06-09T00:00:00+03:00',
    '2014-06-14T00:00:00+03:00',
    'week',
  ],
  ['earlier this week', MON, BAGHDAD, '2014-06-09T00:00:00+03:00', MON, 'week'],
  // Round forty-four: "earlier in the week" in a Monday story is the week before.
  [
    'earlier in the week',
    MON,
    BAGHDAD,
    '2014-06-02T00:00:00+03:00',
    '2014-06-09T00:00:00+03:00',
    'week',
  ],
  [
    'earlier in the week',
    THU,
    BAGHDAD,
    '2014-06-09T00:00:00+03:00',
    '2014-06-12T00:00:00+03:00',
    'week',
  ],
  [
    'earlier in the month',
    '2014-06-01T12:00:00+03:00',
    BAGHDAD,
    '2014-05-01T00:00:00+03:00',
    '2014-06-01T00:00:00+03:00',
    'month',
  ],
  ['this month', SAT, BAGHDAD, '2014-06-01T00:00:00+03:00', SAT, 'month'],
  [
    'earlier this month',
    SAT,
    BAGHDAD,
    '2014-06-01T00:00:00+03:00',
    '2014-06-14T00:00:00+03:00',
    'month',
  ],
  ['last month', SAT, BAGHDAD, '2014-05-01T00:00:00+03:00', '2014-06-01T00:00:00+03:00', 'month'],
  ['this year', SAT, BAGHDAD, '2014-01-01T00:00:00+03:00', SAT, 'year'],
  [
    'earlier this year',
    SAT,
    BAGHDAD,
    '2014-01-01T00:00:00+03:00',
    '2014-06-14T00:00:00+03:00',
    'year',
  ],
  ['last year', SAT, BAGHDAD, '2013-01-01T00:00:00+03:00', '2014-01-01T00:00:00+03:00', 'year'],
  ['earlier today', SAT, BAGHDAD, '2014-06-14T00:00:00+03:00', SAT, 'day'],
  ['last weekend', WED, BAGHDAD, '2014-06-07T00:00:00+03:00', '2014-06-09T00:00:00+03:00', 'range'],
  ['last weekend', SUN, BAGHDAD, '2014-06-07T00:00:00+03:00', '2014-06-09T00:00:00+03:00', 'range'],
  // Dates, months, years.
  ['on 10 June', SAT, BAGHDAD, ...day('2014-06-10'), 'day'],
  ['10 June 2014', SAT, BAGHDAD, ...day('2014-06-10'), 'day'],
  ['June 10, 2014', SAT, BAGHDAD, ...day('2014-06-10'), 'day'],
  ['June 10', SAT, BAGHDAD, ...day('2014-06-10'), 'day'],
  ['on the 10th of June', SAT, BAGHDAD, ...day('2014-06-10'), 'day'],
  ['Friday 13 June 2014', SAT, BAGHDAD, ...day('2014-06-13'), 'day'],
  ['on 20 June', SAT, BAGHDAD, ...day('2013-06-20'), 'day'],
  ['2014-06-10', SAT, BAGHDAD, ...day('2014-06-10'), 'day'],
  ['in June', SAT, BAGHDAD, '2014-06-01T00:00:00+03:00', '2014-07-01T00:00:00+03:00', 'month'],
  ['in June 2014', SAT, BAGHDAD, '2014-06-01T00:00:00+03:00', '2014-07-01T00:00:00+03:00', 'month'],
  ['in July', SAT, BAGHDAD, '2013-07-01T00:00:00+03:00', '2013-08-01T00:00:00+03:00', 'month'],
  ['in 2014', SAT, BAGHDAD, '2014-01-01T00:00:00+03:00', '2015-01-01T00:00:00+03:00', 'year'],
  [
    '2014-06-13T15:00:00Z',
    SAT,
    BAGHDAD,
    '2014-06-13T18:00:00+03:00',
    '2014-06-13T18:00:00+03:00',
    'instant',
  ],
  [
    '2014-06-13T15:00',
    SAT,
    BAGHDAD,
    '2014-06-13T15:00:00+03:00',
    '2014-06-13T15:00:00+03:00',
    'minute',
  ],
  // Durations and offsets.
  ['in the last 24 hours', SAT, BAGHDAD, '2014-06-13T12:00:00+03:00', SAT, 'range'],
  ['over the past two days', SAT, BAGHDAD, '2014-06-12T12:00:00+03:00', SAT, 'range'],
  ['in the past week', SAT, BAGHDAD, '2014-06-07T12:00:00+03:00', SAT, 'range'],
  ['two days earlier', SAT, BAGHDAD, ...day('2014-06-12'), 'day'],
  ['three days ago', SAT, BAGHDAD, ...day('2014-06-11'), 'day'],
  ['a week ago', SAT, BAGHDAD, ...day('2014-06-07'), 'day'],
  ['the day before', SAT, BAGHDAD, ...day('2014-06-13'), 'day'],
  ['two hours ago', SAT, BAGHDAD, '2014-06-14T09:30:00+03:00', '2014-06-14T10:30:00+03:00', 'hour'],
  ['a month ago', SAT, BAGHDAD, '2014-05-01T00:00:00+03:00', '2014-06-01T00:00:00+03:00', 'month'],
  ['since Friday', SAT, BAGHDAD, '2014-06-13T00:00:00+03:00', null, 'day'],
  [
    'between Monday and Wednesday',
    SAT,
    BAGHDAD,
    '2014-06-09T00:00:00+03:00',
    '2014-06-12T00:00:00+03:00',
    'range',
  ],
  // Year end: reference Friday 2 January 2015.
  ['on Wednesday', '2015-01-02T12:00:00+03:00', BAGHDAD, ...day('2014-12-31'), 'day'],
  ['yesterday', '2015-01-02T12:00:00+03:00', BAGHDAD, ...day('2015-01-01'), 'day'],
  [
    'this week',
    '2015-01-02T12:00:00+03:00',
    BAGHDAD,
    '2014-12-29T00:00:00+03:00',
    '2015-01-02T12:00:00+03:00',
    'week',
  ],
  [
    'last month',
    '2015-01-02T12:00:00+03:00',
    BAGHDAD,
    '2014-12-01T00:00:00+03:00',
    '2015-01-01T00:00:00+03:00',
    'month',
  ],
  [
    'last year',
    '2015-01-02T12:00:00+03:00',
    BAGHDAD,
    '2014-01-01T00:00:00+03:00',
    '2015-01-01T00:00:00+03:00',
    'year',
  ],
  ['on 31 December', '2015-01-02T12:00:00+03:00', BAGHDAD, ...day('2014-12-31'), 'day'],
  [
    'in December',
    '2015-01-02T12:00:00+03:00',
    BAGHDAD,
    '2014-12-01T00:00:00+03:00',
    '2015-01-01T00:00:00+03:00',
    'month',
  ],
  [
    'overnight',
    '2015-01-01T09:00:00+03:00',
    BAGHDAD,
    '2014-12-31T18:00:00+03:00',
    '2015-01-01T06:00:00+03:00',
    'part-of-day',
  ],
  ['29 February', '2015-03-01T12:00:00+03:00', BAGHDAD, ...day('2012-02-29'), 'day'],
  [
    'three months ago',
    '2015-01-31T12:00:00+03:00',
    BAGHDAD,
    '2014-10-01T00:00:00+03:00',
    '2014-11-01T00:00:00+03:00',
    'month',
  ],
  // DST in New York: spring forward Sunday 9 March 2014 02:00 -> 03:00, fall back 2 November.
  [
    'yesterday',
    '2014-03-10T12:00:00-04:00',
    'America/New_York',
    '2014-03-09T00:00:00-05:00',
    '2014-03-10T00:00:00-04:00',
    'day',
  ],
  [
    'on Sunday',
    '2014-03-10T12:00:00-04:00',
    'America/New_York',
    '2014-03-09T00:00:00-05:00',
    '2014-03-10T00:00:00-04:00',
    'day',
  ],
  [
    'overnight',
    '2014-03-09T12:00:00-04:00',
    'America/New_York',
    '2014-03-08T18:00:00-05:00',
    '2014-03-09T06:00:00-04:00',
    'part-of-day',
  ],
  [
    'in the past day',
    '2014-03-09T12:00:00-04:00',
    'America/New_York',
    '2014-03-08T12:00:00-05:00',
    '2014-03-09T12:00:00-04:00',
    'range',
  ],
  [
    'in the past 24 hours',
    '2014-03-09T12:00:00-04:00',
    'America/New_York',
    '2014-03-08T11:00:00-05:00',
    '2014-03-09T12:00:00-04:00',
    'range',
  ],
  [
    'today',
    '2014-11-02T12:00:00-05:00',
    'America/New_York',
    '2014-11-02T00:00:00-04:00',
    '2014-11-03T00:00:00-05:00',
    'day',
  ],
  [
    'at 1:30am',
    '2014-11-02T12:00:00-05:00',
    'America/New_York',
    '2014-11-02T01:30:00-04:00',
    '2014-11-02T01:30:00-05:00',
    'minute',
  ],
  [
    'this week',
    '2014-11-02T12:00:00-05:00',
    'America/New_York',
    '2014-10-27T00:00:00-04:00',
    '2014-11-02T12:00:00-05:00',
    'week',
  ],
  // DST in London: clocks go forward Sunday 30 March 2014 01:00 -> 02:00.
  [
    'yesterday',
    '2014-03-31T09:00:00+01:00',
    'Europe/London',
    '2014-03-30T00:00:00+00:00',
    '2014-03-31T00:00:00+01:00',
    'day',
  ],
  [
    'on Sunday night',
    '2014-03-31T09:00:00+01:00',
    'Europe/London',
    '2014-03-30T18:00:00+01:00',
    '2014-03-31T06:00:00+01:00',
    'part-of-day',
  ],
  [
    'last night',
    '2014-03-30T09:00:00+01:00',
    'Europe/London',
    '2014-03-29T18:00:00+00:00',
    '2014-03-30T06:00:00+01:00',
    'part-of-day',
  ],
  // A reference given in another offset is read in the story's zone.
  ['on Friday', '2014-06-14T09:00:00Z', BAGHDAD, ...day('2014-06-13'), 'day'],
];

describe('resolveWhen: table', () => {
  it('has at least 40 rows with references on every weekday', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    const weekdays = new Set(
      TABLE.map(([, ref, zone]) => zonedParts(parseInstant(ref), zone).weekday),
    );
    expect(weekdays.size).toBe(7);
  });

  it.each(TABLE)('%s (reference %s, %s)', (text, reference, zone, start, end, precision) => {
    const when = resolved(text, reference, zone);
    expect({ start: when.start, end: when.end, precision: when.precision }).toEqual({
      start,
      end,
      precision,
    });
  });

  it('is case-insensitive and tolerates surrounding filler words', () => {
    const plain = resolved('friday', ARTICLE, BAGHDAD);
    for (const text of ['On FRIDAY', 'on Friday.', 'during Friday', 'Friday,']) {
      expect(resolved(text, ARTICLE, BAGHDAD).start).toBe(plain.start);
    }
  });
});

describe('resolveWhen: unresolved', () => {
  it.each([
    'recently',
    'in recent days',
    'a few days ago',
    'early June',
    'at around 3pm',
    'at midnight',
    'at 3',
    'overnight Friday',
    'next to the border',
    'the',
    '',
    'Fridays',
  ])('%j', (text) => {
    const result = resolveWhen(text, { reference: ARTICLE, timeZone: BAGHDAD });
    expect(result).toMatchObject({ ok: false, text });
    if (!result.ok) expect(result.reason).toMatch(/^unresolved: /);
  });

  it.each([
    ['31 June', /no such date/],
    ['Thursday 13 June 2014', /does not fall on/],
    ['at 9pm on Friday morning', /not in the morning/],
    ['at 25:00', /no such time/],
  ])('%s is recognised but impossible', (text, reason) => {
    const result = resolveWhen(text, { reference: ARTICLE, timeZone: BAGHDAD });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses a clock time skipped by a DST change rather than shifting it', () => {
    const result = resolveWhen('at 2:30am', {
      reference: '2014-03-09T12:00:00-04:00',
      timeZone: 'America/New_York',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/does not exist in America\/New_York/);
  });

  it('reports a bad reference or zone', () => {
    expect(resolveWhen('today', { reference: '2014-06-14', timeZone: BAGHDAD })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^invalid reference/),
    });
    expect(resolveWhen('today', { reference: ARTICLE, timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^invalid time zone/),
    });
  });
});

describe('resolveWhen: properties', () => {
  const ZONES = [
    'Asia/Baghdad',
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Asia/Tehran',
    'Pacific/Chatham',
    'America/Santiago',
    'America/St_Johns',
    'UTC',
  ];
  const arbReference = fc
    .record({
      ms: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 11, 31) }),
      zone: fc.constantFrom(...ZONES),
    })
    .map(({ ms, zone }) => ({
      ms: Math.floor(ms / 1000) * 1000,
      zone,
      reference: toIsoWithOffset(ms, zone),
    }));

  function contains(when: When, instant: number): boolean {
    const start = parseInstant(when.start);
    const end = when.end === null ? Infinity : parseInstant(when.end);
    return start <= instant && instant <= end;
  }

  it('every resolved span has start <= end', () => {
    const texts = [
      'today',
      'yesterday',
      'overnight',
      'on Friday night',
      'this week',
      'last week',
      'earlier this week',
      'this month',
      'last month',
      'earlier this year',
      'in the past 48 hours',
      'in the past two days',
      'three days ago',
      'on 10 June',
      'in June',
      'last weekend',
      'at 3pm on Monday',
      'since Tuesday',
    ];
    fc.assert(
      fc.property(arbReference, fc.constantFrom(...texts), ({ reference, zone }, text) => {
        const result = resolveWhen(text, { reference, timeZone: zone });
        // Only a clock time that a DST change skips may fail.
        if (!result.ok) {
          expect(result.reason).toMatch(/does not exist/);
          return;
        }
        const { start, end } = result.when;
        if (end !== null) expect(parseInstant(start)).toBeLessThanOrEqual(parseInstant(end));
      }),
      { numRuns: 500 },
    );
  });

  it('"yesterday" contains the reference minus one day on the wall clock', () => {
    fc.assert(
      fc.property(arbReference, ({ reference, zone, ms }) => {
        const now = zonedParts(ms, zone);
        const target = zonedToInstant(
          { ...addDays(now, -1), hour: now.hour, minute: now.minute },
          zone,
        );
        expect(contains(resolved('yesterday', reference, zone), target)).toBe(true);
      }),
    );
  });

  it('a weekday name contains noon of the most recent such day', () => {
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(
        arbReference,
        fc.integer({ min: 0, max: 6 }),
        ({ reference, zone, ms }, weekday) => {
          const now = zonedParts(ms, zone);
          let target = Number.NaN;
          for (let back = 0; back < 7; back++) {
            const noon = zonedToInstant({ ...addDays(now, -back), hour: 12 }, zone);
            if (zonedParts(noon, zone).weekday === weekday) {
              target = noon;
              break;
            }
          }
          const when = resolved(`on ${names[weekday]}`, reference, zone);
          expect(contains(when, target)).toBe(true);
          expect(when.precision).toBe('day');
        },
      ),
    );
  });

  it('"in the past N hours" ends at the reference and contains reference - N/2 hours', () => {
    fc.assert(
      fc.property(arbReference, fc.integer({ min: 1, max: 200 }), ({ reference, zone, ms }, n) => {
        const when = resolved(`in the past ${n} hours`, reference, zone);
        expect(parseInstant(when.end!)).toBe(ms);
        expect(parseInstant(when.start)).toBe(ms - n * 3_600_000);
        expect(contains(when, ms - (n / 2) * 3_600_000)).toBe(true);
      }),
    );
  });

  it('"overnight" contains the start of the reference day and lies before 06:00 of it', () => {
    fc.assert(
      fc.property(arbReference, ({ reference, zone, ms }) => {
        const now = zonedParts(ms, zone);
        const midnight = zonedToInstant({ year: now.year, month: now.month, day: now.day }, zone);
        const when = resolved('overnight', reference, zone);
        expect(contains(when, midnight)).toBe(true);
        expect(zonedParts(parseInstant(when.end!), zone).hour).toBe(6);
      }),
    );
  });

  it("a part of the day starts and ends on the hour, whatever the reference's minutes", () => {
    // Reader review B: "last night" in a story published at 19:40 ran 18:40 to 06:40.
    fc.assert(
      fc.property(
        arbReference,
        fc.constantFrom('last night', 'overnight', 'yesterday evening', 'Wednesday morning'),
        ({ reference, zone }, words) => {
          const when = resolved(words, reference, zone);
          for (const edge of [when.start, when.end!]) {
            const parts = zonedParts(parseInstant(edge), zone);
            expect([parts.minute, parts.second], `${words} at ${reference}: ${edge}`).toEqual([
              0, 0,
            ]);
          }
        },
      ),
    );
  });

  it('"this week" starts on a Monday and ends at the reference', () => {
    fc.assert(
      fc.property(arbReference, ({ reference, zone, ms }) => {
        const when = resolved('this week', reference, zone);
        expect(zonedParts(parseInstant(when.start), zone).weekday).toBe(1);
        expect(parseInstant(when.end!)).toBe(ms);
        expect(ms - parseInstant(when.start)).toBeLessThan(7 * 86_400_000 + 3_600_000);
      }),
    );
  });

  it('a date without a year is the most recent one not after the reference day', () => {
    fc.assert(
      fc.property(
        arbReference,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        ({ reference, zone, ms }, month, dayOfMonth) => {
          const names = [
            'January',
            'February',
            'March',
            'April',
            'May',
            'June',
            'July',
            'August',
            'September',
            'October',
            'November',
            'December',
          ];
          const when = resolved(`on ${dayOfMonth} ${names[month - 1]}`, reference, zone);
          const start = parseInstant(when.start);
          const startOfToday = zonedToInstant(
            { ...zonedParts(ms, zone), hour: 0, minute: 0, second: 0 },
            zone,
          );
          expect(start).toBeLessThanOrEqual(startOfToday);
          expect(startOfToday - start).toBeLessThan(366 * 86_400_000);
          const parts = zonedParts(start, zone);
          expect([parts.month, parts.day]).toEqual([month, dayOfMonth]);
        },
      ),
    );
  });
});

describe('resolveWhen, a count past the calendar (review)', () => {
  it('is unresolved, not a RangeError', () => {
    for (const text of [
      '999999999999 days ago',
      '99999999999999 years ago',
      '999999999999 weeks later',
    ]) {
      const result = resolveWhen(text, { reference: ARTICLE, timeZone: BAGHDAD });
      expect(result.ok, text).toBe(false);
    }
  });
});
