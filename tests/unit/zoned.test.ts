import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  offsetMinutes,
  parseInstant,
  toIsoWithOffset,
  zonedParts,
  zonedToInstant,
} from '../../src/model/zoned.js';

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

describe('wall clock in a zone', () => {
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
});
