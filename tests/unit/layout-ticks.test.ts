import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { timeTicks } from '../../src/layout/index.js';
import type { TickGranularity, TimeTicks } from '../../src/layout/index.js';
import { zonedParts } from '../../src/model/zoned.js';
import { inDays } from '../../src/layout/ticks.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const GRANULARITIES: TickGranularity[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

function ticksFor(
  from: string | number,
  to: string | number,
  width: number,
  timeZone: string,
  locale = 'en-GB',
  minSpacing?: number,
): TimeTicks {
  const scale = scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([0, width]);
  return timeTicks({ scale, timeZone, locale, ...(minSpacing ? { minSpacing } : {}) });
}

/**
 * Whether tick instant `t` sits on a wall-clock boundary of the chosen step in `timeZone`. Days
 * start at their first instant: 01:00 where DST skips midnight (Baghdad 1982), 00:15 where
 * Kathmandu moved from +05:30 to +05:45 (1986).
 */
function onWallBoundary(t: number, result: TimeTicks, timeZone: string): boolean {
  const p = zonedParts(t, timeZone);
  const { granularity, step } = result;
  const startsDay = zonedParts(t - 1, timeZone).day !== p.day;
  if (p.second !== 0) return false;
  switch (granularity) {
    case 'minute':
      return p.minute % step === 0;
    case 'hour':
      return p.minute === 0 && p.hour % step === 0;
    case 'day':
      return startsDay && (step === 1 || (p.day - 1) % step === 0);
    case 'week':
      return startsDay && p.weekday === 1;
    case 'month':
      return startsDay && p.day === 1 && (p.month - 1) % step === 0;
    case 'year':
      return startsDay && p.month === 1 && p.day === 1 && p.year % step === 0;
  }
}

describe('timeTicks', () => {
  it('puts day ticks on Baghdad midnights, not UTC ones', () => {
    const result = ticksFor(
      '2014-06-25T00:00:00+03:00',
      '2014-07-05T00:00:00+03:00',
      1280,
      'Asia/Baghdad',
    );
    expect(result.granularity).toBe('day');
    expect(result.ticks.length).toBe(11);
    for (const tick of result.ticks) {
      expect(zonedParts(tick.t, 'Asia/Baghdad')).toMatchObject({ hour: 0, minute: 0, second: 0 });
      expect(tick.t % DAY).toBe(21 * HOUR); // Baghdad midnight is 21:00 UTC
    }
    expect(result.ticks[0]!.label).toBe('Wed 25');
    const july = result.ticks.find((tick) => tick.label === 'Tue 1')!;
    expect(july).toMatchObject({ major: true, context: 'Jul 2014' });
    expect(result.ticks.filter((tick) => tick.major)).toEqual([july]);
  });

  it('keeps the day of a month’s first Monday among weeks, which is not the 1st', () => {
    // The 2012 Republican primaries: "Feb 2012" on Monday 6 February put Nevada's caucus of the
    // 4th in January.
    const result = ticksFor(
      '2012-01-01T00:00:00-05:00',
      '2012-03-31T00:00:00-05:00',
      1280,
      'America/New_York',
    );
    expect(result.granularity).toBe('week');
    const majors = result.ticks.filter((tick) => tick.major);
    expect(majors.map((tick) => tick.context)).toEqual(['2 Jan 2012', '6 Feb 2012', '5 Mar 2012']);
    for (const tick of majors) expect(zonedParts(tick.t, 'America/New_York').weekday).toBe(1);
  });

  it('changes granularity from years down to minutes as the domain shrinks', () => {
    const end = Date.parse('2014-06-13T12:00:00+03:00');
    const spans: [number, TickGranularity][] = [
      [300 * 365 * DAY, 'year'],
      [2 * 365 * DAY, 'month'],
      [365 * DAY, 'month'],
      [90 * DAY, 'week'],
      [10 * DAY, 'day'],
      [2 * DAY, 'hour'],
      [12 * HOUR, 'hour'],
      [30 * 60_000, 'minute'],
    ];
    let previousRank = Infinity;
    for (const [span, granularity] of spans) {
      const result = ticksFor(end - span, end, 1280, 'Asia/Baghdad');
      expect(result.granularity, `span ${span / DAY} days`).toBe(granularity);
      const rank = GRANULARITIES.indexOf(result.granularity);
      expect(rank).toBeLessThanOrEqual(previousRank);
      previousRank = rank;
      expect(result.ticks.length).toBeGreaterThan(1);
    }
  });

  it('steps years by 1, 2 and 5 times powers of ten, so a wide axis keeps its labels close', () => {
    // 1949-2070 (a universal-jurisdiction timeline) at 800 px: 10 years are 66 px, under the
    // 90 px the labels need, and the next step was 50 years: "1950 · 2000 · 2050", 330 px apart.
    const result = ticksFor('1949-01-01', '2070-12-31', 800, 'UTC');
    expect(result.granularity).toBe('year');
    expect(result.step).toBe(20);
    expect(result.ticks.map((tick) => tick.label)).toEqual(
      expect.arrayContaining(['1960', '1980', '2000', '2020', '2040', '2060']),
    );
    expect(ticksFor('1990-01-01', '2020-12-31', 800, 'UTC').step).toBe(5);
    expect(ticksFor('2000-01-01', '2010-12-31', 800, 'UTC').step).toBe(2);
  });

  it('labels by granularity: 15:00, Fri 13, Jun 2014, 2014', () => {
    const at = (from: string, to: string, width = 1280) =>
      ticksFor(from, to, width, 'Asia/Baghdad').ticks;
    expect(at('2014-06-13T14:30:00+03:00', '2014-06-13T20:00:00+03:00', 500)[0]!.label).toBe(
      '15:00',
    );
    expect(at('2014-06-12T12:00:00+03:00', '2014-06-20T00:00:00+03:00')[0]!.label).toBe('Fri 13');
    expect(at('2014-05-20T00:00:00+03:00', '2015-06-01T00:00:00+03:00')[0]!.label).toBe('Jun 2014');
    expect(at('2013-06-01T00:00:00+03:00', '2024-01-01T00:00:00+03:00')[0]!.label).toBe('2014');
  });

  it('marks midnight among hours as major, with the date as context', () => {
    const result = ticksFor(
      '2014-06-13T18:00:00+03:00',
      '2014-06-14T06:00:00+03:00',
      1280,
      'Asia/Baghdad',
    );
    expect(result.granularity).toBe('hour');
    const majors = result.ticks.filter((tick) => tick.major);
    expect(majors.map((tick) => [tick.label, tick.context])).toEqual([['00:00', 'Sat 14 Jun']]);
  });

  it('keeps the time of the hour among minutes, and says the date only on the first tick of a day', () => {
    const baghdad = (from: string, to: string) => ticksFor(from, to, 1280, 'Asia/Baghdad');
    const morning = baghdad('2014-06-13T06:15:00+03:00', '2014-06-13T09:45:00+03:00');
    expect(morning.granularity).toBe('minute');
    const hours = morning.ticks.filter((tick) => tick.major);
    expect(hours.map((tick) => [tick.label, tick.context])).toEqual([
      ['07:00', undefined],
      ['08:00', undefined],
      ['09:00', undefined],
    ]);
    const night = baghdad('2014-06-13T22:45:00+03:00', '2014-06-14T01:15:00+03:00');
    expect(night.ticks.filter((tick) => tick.context).map((tick) => tick.context)).toEqual([
      'Sat 14 Jun',
    ]);
    // Beirut skips its midnight on 31 March 2024 (00:00 -> 01:00): 01:00 opens the day.
    const beirut = ticksFor(
      '2024-03-30T23:00:00+02:00',
      '2024-03-31T02:30:00+03:00',
      1280,
      'Asia/Beirut',
    );
    expect(beirut.granularity).toBe('minute');
    expect(
      beirut.ticks.filter((tick) => tick.context).map((tick) => [tick.label, tick.context]),
    ).toEqual([['01:00', 'Sun 31 Mar']]);
  });

  it('keeps hourly ticks on wall-clock hours across the New York spring-forward night', () => {
    // 2014-03-09: 02:00 EST jumps to 03:00 EDT.
    const result = ticksFor(
      '2014-03-09T00:00:00-05:00',
      '2014-03-09T06:00:00-04:00',
      500,
      'America/New_York',
    );
    expect(result).toMatchObject({ granularity: 'hour', step: 1 });
    expect(result.ticks.map((tick) => tick.label)).toEqual([
      '00:00',
      '01:00',
      '03:00',
      '04:00',
      '05:00',
      '06:00',
    ]);
    for (const [k, tick] of result.ticks.entries()) {
      if (k > 0) expect(tick.t - result.ticks[k - 1]!.t).toBe(HOUR);
      expect(zonedParts(tick.t, 'America/New_York')).toMatchObject({ minute: 0, second: 0 });
    }
  });

  it('ticks both 01:00s of the New York fall-back night, an hour apart', () => {
    // 2014-11-02: 02:00 EDT falls back to 01:00 EST.
    const result = ticksFor(
      '2014-11-02T00:00:00-04:00',
      '2014-11-02T04:00:00-05:00',
      500,
      'America/New_York',
    );
    expect(result.ticks.map((tick) => tick.label)).toEqual([
      '00:00',
      '01:00',
      '01:00',
      '02:00',
      '03:00',
      '04:00',
    ]);
    for (const [k, tick] of result.ticks.entries())
      if (k > 0) expect(tick.t - result.ticks[k - 1]!.t).toBe(HOUR);
  });

  it('keeps 3-hour ticks at 00, 03, 06... local on the 23-hour DST day', () => {
    const result = ticksFor(
      '2014-03-09T00:00:00-05:00',
      '2014-03-10T00:00:00-04:00',
      23 * 50,
      'America/New_York',
    );
    expect(result).toMatchObject({ granularity: 'hour', step: 3 });
    expect(result.ticks.map((tick) => tick.label)).toEqual([
      '00:00',
      '03:00',
      '06:00',
      '09:00',
      '12:00',
      '15:00',
      '18:00',
      '21:00',
      '00:00',
    ]);
    expect(result.ticks[1]!.t - result.ticks[0]!.t).toBe(2 * HOUR);
  });

  it('puts day ticks on local midnights through a DST change', () => {
    const result = ticksFor(
      '2014-03-05T00:00:00-05:00',
      '2014-03-14T00:00:00-04:00',
      1280,
      'America/New_York',
    );
    expect(result.granularity).toBe('day');
    for (const tick of result.ticks)
      expect(zonedParts(tick.t, 'America/New_York')).toMatchObject({ hour: 0, minute: 0 });
    const gaps = result.ticks.slice(1).map((tick, k) => tick.t - result.ticks[k]!.t);
    expect(gaps).toContain(23 * HOUR);
  });

  it('survives unknown locales and zones, and degenerate domains', () => {
    expect(
      ticksFor('2014-06-13T00:00:00Z', '2014-06-20T00:00:00Z', 800, 'Not/AZone', 'xx-invalid-!!')
        .ticks.length,
    ).toBeGreaterThan(0);
    expect(ticksFor('2014-06-13T00:00:00Z', '2014-06-13T00:00:00Z', 800, 'UTC').ticks).toEqual([]);
    expect(ticksFor('2014-06-13T00:00:00Z', '2014-06-14T00:00:00Z', 0, 'UTC').ticks).toEqual([]);
    expect(
      ticksFor('2014-06-13T00:00:00Z', '2014-06-14T00:00:00Z', 800, 'Asia/Baghdad', 'ar').ticks
        .length,
    ).toBeGreaterThan(0);
  });

  it('labels years before 1 AD with an era', () => {
    const result = ticksFor(Date.UTC(-100, 0, 1), Date.UTC(100, 0, 1), 1280, 'UTC', 'en');
    expect(result.granularity).toBe('year');
    expect(result.ticks[0]!.label).toMatch(/BC/);
  });

  it('gives no weekday to a day before the Gregorian calendar, as the labels do', () => {
    // Intl's 8 June 632 is a Friday; the source's, on the calendar of its day, a Monday.
    const days = ticksFor('0632-06-05T00:00:00Z', '0632-06-12T00:00:00Z', 800, 'UTC');
    expect(days.granularity).toBe('day');
    expect(days.ticks.map((t) => t.label)).toContain('8');
    const hours = ticksFor('0632-06-08T00:00:00Z', '0632-06-09T00:00:00Z', 800, 'UTC');
    expect(hours.ticks[0]!.context).toBe('8 Jun');
    // From 15 October 1582 (on the zone's wall clock) on, the weekday stays.
    const after = ticksFor('1582-10-14T15:00:00Z', '1582-10-21T15:00:00Z', 800, 'Etc/GMT-9');
    expect(after.ticks.map((t) => t.label)).toContain('Fri 15');
    const before = ticksFor('1582-10-08T00:00:00Z', '1582-10-14T23:00:00Z', 800, 'Etc/GMT+5');
    expect(before.ticks.map((t) => t.label).at(-1)).toBe('14');
  });

  it('property: ticks are in the domain, sorted, minSpacing apart and on wall-clock boundaries', () => {
    const zones = [
      'Asia/Baghdad',
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe', // half-hour DST
      'Asia/Kathmandu', // +05:45
      'Pacific/Apia', // skipped 2011-12-30 entirely
      'UTC',
    ];
    const from = Date.UTC(1975, 0, 1);
    const to = Date.UTC(2035, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: from, max: to }),
        fc.double({ min: Math.log(5 * 60_000), max: Math.log(60 * 365 * DAY), noNaN: true }),
        fc.constantFrom(320, 768, 1280, 1920),
        fc.constantFrom(...zones),
        fc.integer({ min: 40, max: 200 }),
        (start, logSpan, width, timeZone, minSpacing) => {
          const end = start + Math.exp(logSpan);
          const result = ticksFor(start, end, width, timeZone, 'en', minSpacing);
          expect(result.ticks.length).toBeLessThanOrEqual(Math.floor(width / minSpacing) + 1);
          for (const [k, tick] of result.ticks.entries()) {
            expect(tick.t).toBeGreaterThanOrEqual(start);
            expect(tick.t).toBeLessThanOrEqual(end);
            expect(
              onWallBoundary(tick.t, result, timeZone),
              `${new Date(tick.t).toISOString()} ${timeZone} ${result.granularity}/${result.step}`,
            ).toBe(true);
            const prev = result.ticks[k - 1];
            if (prev) expect(tick.p - prev.p).toBeGreaterThanOrEqual(minSpacing - 1e-9);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ticks an axis drawn right to left, and one with a repeated knot, as any other', () => {
    // `timeTicks` is public: a page may pass a d3 scale whose range runs backwards, or a
    // polylinear one that holds an instant twice. Each gave no ticks at all.
    const [t0, t1] = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)];
    const backwards = timeTicks({
      scale: scaleUtc().domain([t0, t1]).range([800, 0]),
      timeZone: 'UTC',
      locale: 'en',
    });
    const forwards = timeTicks({
      scale: scaleUtc().domain([t0, t1]).range([0, 800]),
      timeZone: 'UTC',
      locale: 'en',
    });
    expect(backwards.ticks.map(({ t }) => t)).toEqual(forwards.ticks.map(({ t }) => t));
    expect(backwards.ticks.length).toBeGreaterThan(3);
    const middle = Date.UTC(2020, 6, 1);
    const repeated = timeTicks({
      scale: scaleUtc().domain([t0, middle, middle, t1]).range([0, 400, 400, 800]),
      timeZone: 'UTC',
      locale: 'en',
    });
    expect(repeated.ticks.map(({ t }) => t)).toEqual(forwards.ticks.map(({ t }) => t));
  });

  it('is deterministic', () => {
    const a = ticksFor('2014-06-01T00:00:00Z', '2014-06-20T00:00:00Z', 1280, 'Asia/Baghdad');
    const b = ticksFor('2014-06-01T00:00:00Z', '2014-06-20T00:00:00Z', 1280, 'Asia/Baghdad');
    expect(a).toEqual(b);
  });
});

describe('ticks no finer than the story', () => {
  const scaleOf = (from: string, to: string, width: number) =>
    scaleUtc()
      .domain([new Date(from), new Date(to)])
      .range([0, width]);

  it.each([
    // Three days across 1280 px: hours fit, but a story known to the day says days.
    ['a day', DAY, '2015-12-02T00:00Z', '2015-12-05T00:00Z', 'day'],
    // A stretched phone day (BLM's 29 May, rows for three headlines): "00:30", "01:00" before.
    ['a day, on a day 400 px long', DAY, '2020-05-29T00:00Z', '2020-05-30T00:00Z', 'day'],
    ['a 31-day month', 31 * DAY, '2014-01-01T00:00Z', '2015-01-01T00:00Z', 'month'],
    // Months where weeks would fit (Sky's migration crisis on a phone: "3 Aug 2015" by rows of
    // "Aug 2015"): a story known to the month says months, February and a month short by a
    // change of clock too. A fortnight still has its weeks.
    ['a month, weeks in room', 31 * DAY, '2015-06-01T00:00Z', '2015-09-01T00:00Z', 'month'],
    ['February', 28 * DAY, '2015-06-01T00:00Z', '2015-09-01T00:00Z', 'month'],
    ['March in Europe', 31 * DAY - HOUR, '2015-06-01T00:00Z', '2015-09-01T00:00Z', 'month'],
    ['a fortnight', 14 * DAY, '2015-06-01T00:00Z', '2015-09-01T00:00Z', 'week'],
    ['an hour', HOUR, '2013-11-01T08:00Z', '2013-11-01T14:00Z', 'hour'],
    // An overnight still has its hours.
    ['twelve hours', 12 * HOUR, '2013-11-01T08:00Z', '2013-11-01T14:00Z', 'hour'],
    ['a year', 365 * DAY, '2010-01-01T00:00Z', '2015-01-01T00:00Z', 'year'],
    // Reigns of decades, or ongoing events alone (no span of their own: Infinity).
    ['forty years', 40 * 365 * DAY, '1900-01-01T00:00Z', '2000-01-01T00:00Z', 'year'],
    ['none', Infinity, '1900-01-01T00:00Z', '2000-01-01T00:00Z', 'year'],
  ] as const)('the shortest span: %s', (_, finest, from, to, granularity) => {
    const width = granularity === 'day' && from.startsWith('2020') ? 400 : 1280;
    const ticks = timeTicks({
      scale: scaleOf(from, to, width),
      timeZone: 'UTC',
      locale: 'en',
      finest,
    });
    expect(ticks.granularity).toBe(granularity);
    expect(ticks.ticks.length).toBeGreaterThan(0);
  });

  it('are as fine as they fit when an event is an instant (0) or none is given', () => {
    const scale = scaleOf('2015-12-02T00:00Z', '2015-12-05T00:00Z', 1280);
    expect(timeTicks({ scale, timeZone: 'UTC', locale: 'en', finest: 0 }).granularity).toBe('hour');
    expect(timeTicks({ scale, timeZone: 'UTC', locale: 'en' }).granularity).toBe('hour');
  });
});

describe('inDays', () => {
  it('is true of days and longer, false of hours and minutes', () => {
    const all: TickGranularity[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];
    expect(all.filter(inDays)).toEqual(['day', 'week', 'month', 'year']);
  });
});
