import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  daysInMonth,
  isRealDate,
  isoWeekMonday,
  mondayOf,
  periodEnd,
  periodStart,
  wallToUtc,
  weekdayOf,
} from '../../src/model/calendar.js';
import { spanFromDatetime } from '../../src/model/html-datetime.js';

/** Independent reference: what Date says about a wall date (years 0-99 set explicitly). */
function viaDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const wallDate = fc.record({
  year: fc.integer({ min: -2000, max: 3000 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

describe('calendar', () => {
  it('knows month lengths and leap years, proleptic and astronomical', () => {
    expect(daysInMonth(2014, 6)).toBe(30);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(0, 2)).toBe(29); // 1 BC
    expect(isRealDate(2014, 6, 31)).toBe(false);
    expect(isRealDate(2014, 13, 1)).toBe(false);
    expect(isRealDate(2016, 2, 29)).toBe(true);
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 1, max: 12 }),
        (y, m) => {
          expect(daysInMonth(y, m)).toBe(viaDate(y, m + 1, 0).getUTCDate());
        },
      ),
    );
  });

  it('reads a wall time as UTC, including the years Date.UTC gets wrong (0-99)', () => {
    expect(wallToUtc({ year: 2014, month: 6, day: 13, hour: 15 })).toBe(Date.UTC(2014, 5, 13, 15));
    expect(new Date(wallToUtc({ year: 50, month: 3, day: 1 })).getUTCFullYear()).toBe(50);
  });

  it('moves by days and months like Date does, clamping month ends', () => {
    fc.assert(
      fc.property(wallDate, fc.integer({ min: -800, max: 800 }), (day, days) => {
        const expected = viaDate(day.year, day.month, day.day + days);
        expect(addDays(day, days)).toEqual({
          year: expected.getUTCFullYear(),
          month: expected.getUTCMonth() + 1,
          day: expected.getUTCDate(),
        });
      }),
    );
    expect(addDays({ year: 2014, month: 12, day: 31, hour: 5 }, 1)).toEqual({
      year: 2015,
      month: 1,
      day: 1,
      hour: 5,
    });
    expect(addMonthsClamped({ year: 2014, month: 3, day: 31 }, -1)).toEqual({
      year: 2014,
      month: 2,
      day: 28,
    });
    expect(addMonthsClamped({ year: 2014, month: 1, day: 15 }, -13)).toEqual({
      year: 2012,
      month: 12,
      day: 15,
    });
  });

  it('finds weekdays, Mondays and ISO weeks', () => {
    expect(weekdayOf({ year: 2014, month: 6, day: 13 })).toBe(5); // a Friday
    expect(mondayOf({ year: 2014, month: 6, day: 15 })).toEqual({ year: 2014, month: 6, day: 9 });
    expect(isoWeekMonday(2014, 1)).toEqual({ year: 2013, month: 12, day: 30 });
    expect(isoWeekMonday(2014, 24)).toEqual({ year: 2014, month: 6, day: 9 });
    expect(isoWeekMonday(2015, 53)).toEqual({ year: 2015, month: 12, day: 28 });
    expect(isoWeekMonday(2014, 53)).toBeNull(); // 2014 has 52 ISO weeks
    expect(isoWeekMonday(2014, 0)).toBeNull();
  });

  it('gives the start and exclusive end of the year, month, week or day around a date', () => {
    const day = { year: 2014, month: 12, day: 31 };
    expect(periodStart(day, 'year')).toEqual({ year: 2014, month: 1, day: 1 });
    expect(periodEnd(day, 'year')).toEqual({ year: 2015, month: 1, day: 1 });
    expect(periodEnd(day, 'month')).toEqual({ year: 2015, month: 1, day: 1 });
    expect(periodStart(day, 'week')).toEqual({ year: 2014, month: 12, day: 29 });
    expect(periodEnd(day, 'week')).toEqual({ year: 2015, month: 1, day: 5 });
    expect(periodEnd(day, 'day')).toEqual({ year: 2015, month: 1, day: 1 });
  });
});

describe('spanFromDatetime', () => {
  const zone = 'Asia/Baghdad';

  it('reads years, months, ISO weeks and days as whole periods of the zone', () => {
    expect(spanFromDatetime('2014', zone)).toEqual({
      start: '2014-01-01T00:00:00+03:00',
      end: '2015-01-01T00:00:00+03:00',
      precision: 'year',
    });
    expect(spanFromDatetime('2014-12', zone)).toMatchObject({
      start: '2014-12-01T00:00:00+03:00',
      end: '2015-01-01T00:00:00+03:00',
      precision: 'month',
    });
    expect(spanFromDatetime('2014-W24', zone)).toMatchObject({
      start: '2014-06-09T00:00:00+03:00',
      end: '2014-06-16T00:00:00+03:00',
      precision: 'week',
    });
    expect(spanFromDatetime(' 2014-06-13 ', zone)).toMatchObject({
      start: '2014-06-13T00:00:00+03:00',
      end: '2014-06-14T00:00:00+03:00',
      precision: 'day',
    });
  });

  it('refuses dates that do not exist rather than rolling them over', () => {
    for (const value of ['2014-13', '2014-00', '2014-02-30', '2014-W53', '2014-W00', 'June']) {
      expect(spanFromDatetime(value, zone), value).toBeNull();
    }
  });
});
