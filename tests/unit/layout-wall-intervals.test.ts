// The axis's calendar steps against d3-time, whose alignment they copy (d3-time is no longer in
// the page bundle, only here).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import {
  wallDays,
  wallMondays,
  wallMonths,
  type WallInterval,
} from '../../src/layout/wall-intervals.js';

const cases: [string, WallInterval, TimeInterval][] = [
  ['day', wallDays(1), utcDay],
  ['2 days', wallDays(2), utcDay.every(2)!],
  ['Monday week', wallMondays, utcMonday],
  ['month', wallMonths(1), utcMonth],
  ['quarter', wallMonths(3), utcMonth.every(3)!],
  ['year', wallMonths(12), utcYear],
  ['10 years', wallMonths(120), utcYear.every(10)!],
  ['1000 years', wallMonths(12_000), utcYear.every(1000)!],
];

// From 9999 BC to 9999 AD, a wide sample of wall instants.
const wall = fc.integer({ min: -377_705_116_800_000, max: 253_402_300_799_000 });

describe('wall-line calendar intervals', () => {
  for (const [name, ours, d3] of cases) {
    it(`${name}: floor and the next ten boundaries match d3-time`, () => {
      fc.assert(
        fc.property(wall, (w) => {
          const floor = ours.floor(w);
          expect(floor).toBe(+d3.floor(new Date(w)));
          const expected = d3.range(new Date(floor), d3.offset(new Date(floor), 10)).map(Number);
          const got = [floor];
          while (got.length < expected.length) got.push(ours.next(got[got.length - 1]!));
          expect(got).toEqual(expected);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('reads years 0-99 as themselves, not as 1900-1999', () => {
    const year50 = new Date(0);
    year50.setUTCFullYear(50, 5, 15);
    expect(new Date(wallMonths(1).floor(+year50)).getUTCFullYear()).toBe(50);
    expect(new Date(wallMonths(12).next(wallMonths(12).floor(+year50))).getUTCFullYear()).toBe(51);
  });
});
