import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  offsetMinutes,
  parseInstant,
  toIsoWithOffset,
  zonedParts,
  zonedToInstant,
} from '../../src/model/zoned.js';
import { INSTANT_PATTERN } from '../../src/model/schema.js';
import { instantsOfWall } from '../../src/extract/time/spans.js';
import { daysInMonth, wallToUtc } from '../../src/model/calendar.js';

describe('parseInstant', () => {
  it('reads instants with their offsets', () => {
    expect(parseInstant('2014-06-13T00:00:00+03:00')).toBe(Date.UTC(2014, 5, 12, 21));
    expect(parseInstant('2014-06-13T00:00Z')).toBe(Date.UTC(2014, 5, 13));
    expect(parseInstant('2014-06-13T05:30:00.250-04:30')).toBe(
      Date.UTC(2014, 5, 13, 10, 0, 0, 250),
    );
    expect(parseInstant('-000500-03-01T00:00:00Z')).toBe(Date.UTC(-500, 2, 1));
    expect(parseInstant('0050-01-01T00:00:00Z')).toBe(new Date('0050-01-01T00:00:00Z').getTime());
  });

  it('refuses days that do not exist, and instants without an offset', () => {
    for (const bad of [
      '2014-06-31T00:00:00Z',
      '2014-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2014-13-01T00:00:00Z',
      '2014-06-13T24:00:00Z',
      '2014-06-13T00:00:00',
      '2014-06-13',
      'Friday',
    ]) {
      expect(parseInstant(bad), bad).toBeNaN();
    }
    expect(parseInstant('2000-02-29T00:00:00Z')).toBe(Date.UTC(2000, 1, 29));
    expect(parseInstant('2016-02-29T00:00:00Z')).toBe(Date.UTC(2016, 1, 29));
  });

  it('agrees with Date.parse on every instant it writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        const iso = new Date(ms - (ms % 1000)).toISOString();
        expect(parseInstant(iso)).toBe(Date.parse(iso));
      }),
    );
  });
});

describe('parseInstant and the published pattern', () => {
  const pattern = new RegExp(INSTANT_PATTERN);
  /** Text shaped like an instant, each part mostly right and sometimes wrong. */
  const part = (good: fc.Arbitrary<string>) =>
    fc.oneof(
      { weight: 12, arbitrary: good },
      fc.string({ maxLength: 3 }),
      fc.stringMatching(/^\d{1,3}$/),
    );
  const number = (min: number, max: number, width: number) =>
    fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
  const instantLike = fc
    .tuple(
      part(
        fc.oneof(
          number(1000, 2999, 4),
          number(0, 999_999, 6).map((d) => `-${d}`),
          number(0, 999_999, 6).map((d) => `+${d}`),
        ),
      ),
      part(fc.constant('-')),
      part(number(1, 12, 2)),
      part(fc.constant('-')),
      part(number(1, 31, 2)),
      part(fc.constantFrom('T', 't', ' ')),
      part(number(0, 24, 2)),
      part(fc.constant(':')),
      part(number(0, 59, 2)),
      fc.oneof(
        fc.constant(''),
        number(0, 60, 2).map((d) => `:${d}`),
      ),
      fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{0,11}$/)),
      part(
        fc.oneof(
          fc.constant('Z'),
          fc.constant('z'),
          number(0, 14, 2).map((h) => `+${h}:30`),
        ),
      ),
    )
    .map((parts) => parts.join(''));

  /** The plain reading parseInstant's character-by-character one must equal: a regular expression and wallToUtc. */
  function readByPattern(text: string): number {
    const match =
      /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/.exec(
        text,
      );
    if (!match) return Number.NaN;
    const [, y, mo, d, h, mi, s = '0', fraction = '', zone = ''] = match;
    const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[];
    if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!))
      return Number.NaN;
    if (hour! > 23 || minute! > 59 || second! > 59) return Number.NaN;
    const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
    const offset =
      zone === 'Z'
        ? 0
        : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    const wall = wallToUtc({ year: year!, month: month!, day: day!, hour, minute, second });
    return wall + millis - offset * 60_000;
  }

  it('reads every text as a regular expression and wallToUtc do, NaN included (property)', () => {
    // Years up to six digits either side of 0, so Date's limits (±275,760) are crossed too.
    const farYear = fc
      .tuple(fc.constantFrom('-', '+'), fc.integer({ min: 270_000, max: 280_000 }), instantLike)
      .map(([sign, year, text]) => `${sign}${year}${text.slice(text.indexOf('-', 1))}`);
    // A valid instant (to the minute, second or millisecond) with one character swapped for a
    // neighbour of the digits in code order ('/' and ':') or a separator.
    const valid = fc
      .tuple(
        fc.integer({ min: Date.UTC(0, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        fc.constantFrom(23, 19, 16),
        fc.constantFrom('Z', '+03:00', '-04:30'),
      )
      .map(([ms, length, zone]) => new Date(ms).toISOString().slice(0, length) + zone);
    const misspelt = fc
      .tuple(valid, fc.nat({ max: 28 }), fc.constantFrom(...'/:09-+TZ.'))
      .map(([text, at, char]) => {
        const k = at % text.length;
        return text.slice(0, k) + char + text.slice(k + 1);
      });
    fc.assert(
      fc.property(
        fc.oneof(instantLike, farYear, valid, misspelt, fc.string({ maxLength: 30 })),
        (text) => {
          expect(Object.is(parseInstant(text), readByPattern(text)), text).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('reads exactly the texts INSTANT_PATTERN matches, to the value Date.parse gives (property)', () => {
    fc.assert(
      fc.property(instantLike, (text) => {
        const ms = parseInstant(text);
        if (!pattern.test(text)) {
          expect(ms, text).toBeNaN();
          return;
        }
        // The pattern admits 31 June and hour 24; parseInstant refuses what does not exist.
        const native = Date.parse(text.replace(/\.(\d{3})\d+/, '.$1'));
        const year = Number(text.slice(0, text.indexOf('-', 1)));
        if (year >= 100 && year <= 9999 && !Number.isNaN(ms)) expect(ms, text).toBe(native);
        if (Number.isNaN(native) && year >= 1000) expect(ms, text).toBeNaN();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wall clock in a zone', () => {
  it('reads UTC from Date exactly as Intl reads it (Etc/UTC), BC years and leap days included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        (ms) => {
          expect(zonedParts(ms, 'UTC')).toEqual(zonedParts(ms, 'Etc/UTC'));
        },
      ),
      { numRuns: 3000 },
    );
    expect(zonedParts(Date.UTC(2000, 1, 29, 23, 59, 59, 999), 'UTC')).toEqual({
      year: 2000,
      month: 2,
      day: 29,
      hour: 23,
      minute: 59,
      second: 59,
      weekday: 2,
    });
  });

  it('round-trips through toIsoWithOffset in Baghdad and across a New York DST change', () => {
    const friday = zonedToInstant({ year: 2014, month: 6, day: 13 }, 'Asia/Baghdad');
    expect(toIsoWithOffset(friday, 'Asia/Baghdad')).toBe('2014-06-13T00:00:00+03:00');
    expect(zonedParts(friday, 'Asia/Baghdad')).toMatchObject({ day: 13, weekday: 5 });
    const gap = zonedToInstant(
      { year: 2024, month: 3, day: 10, hour: 2, minute: 30 },
      'America/New_York',
    );
    expect(toIsoWithOffset(gap, 'America/New_York')).toBe('2024-03-10T03:30:00-04:00');
    const overlap = zonedToInstant(
      { year: 2024, month: 11, day: 3, hour: 1, minute: 30 },
      'America/New_York',
    );
    expect(offsetMinutes(overlap, 'America/New_York')).toBe(-240);
    expect(parseInstant(toIsoWithOffset(overlap, 'America/New_York'))).toBe(overlap);
  });

  it('keeps a day of local mean time whole: Los Angeles before 1883 ran 7:52:58 behind UTC', () => {
    // Found by a reader's review of KPCC's capital-punishment timeline: "2 – 3 Jan 1851" for one day.
    const zone = 'America/Los_Angeles';
    const day = zonedToInstant({ year: 1851, month: 1, day: 2 }, zone);
    expect(day).toBe(Date.UTC(1851, 0, 2, 7, 52, 58));
    expect(zonedParts(day, zone)).toMatchObject({ day: 2, hour: 0, minute: 0, second: 0 });
    const iso = toIsoWithOffset(day, zone);
    expect(iso).toBe('1851-01-02T07:52:58+00:00');
    expect(parseInstant(iso)).toBe(day);
    // A clock time of that day, as the extractor reads "3 p.m." there.
    expect(instantsOfWall({ year: 1851, month: 1, day: 2, hour: 15, minute: 0 }, zone)).toEqual([
      Date.UTC(1851, 0, 2, 22, 52, 58),
    ]);
    // Standard time, from 18 November 1883: whole minutes again, written in the zone.
    const later = zonedToInstant({ year: 1891, month: 1, day: 2 }, zone);
    expect(toIsoWithOffset(later, zone)).toBe('1891-01-02T00:00:00-08:00');
  });
});
