import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareEvents, compareSpans, sortEvents, spanOf } from '../../src/model/sort.js';
import { spanEvent } from './builders.js';

const event = spanEvent;

const friday = event('friday', '2014-06-13T00:00:00+03:00', '2014-06-14T00:00:00+03:00');
const fridayAt3 = event(
  'friday-3pm',
  '2014-06-13T15:00:00+03:00',
  '2014-06-13T15:00:00+03:00',
  'minute',
);
const fridayMorning = event(
  'friday-morning',
  '2014-06-13T06:00:00+03:00',
  '2014-06-13T12:00:00+03:00',
  'part-of-day',
);
const overnight = event(
  'overnight',
  '2014-06-13T18:00:00+03:00',
  '2014-06-14T06:00:00+03:00',
  'part-of-day',
);
const week = event('week', '2014-06-09T00:00:00+03:00', '2014-06-14T12:00:00+03:00', 'week');
const sinceFriday = event('since-friday', '2014-06-13T00:00:00+03:00', null);
const atMidnight = event(
  'friday-midnight',
  '2014-06-13T00:00:00+03:00',
  '2014-06-13T00:00:00+03:00',
  'instant',
);

describe('spanOf', () => {
  it('parses both ends to milliseconds', () => {
    expect(spanOf(friday.when)).toEqual({
      start: Date.UTC(2014, 5, 12, 21),
      end: Date.UTC(2014, 5, 13, 21),
      open: false,
    });
  });

  it('gives an open end the start as its end', () => {
    expect(spanOf(sinceFriday.when)).toEqual({
      start: Date.UTC(2014, 5, 12, 21),
      end: Date.UTC(2014, 5, 12, 21),
      open: true,
    });
  });

  it('compares instants, not strings: the same instant in two offsets is equal', () => {
    const utc = spanOf({ start: '2014-06-12T21:00:00Z', end: null, precision: 'day' });
    expect(utc.start).toBe(spanOf(sinceFriday.when).start);
  });

  it('gives NaN for an instant without an offset', () => {
    expect(spanOf({ start: '2014-06-13', end: null, precision: 'day' }).start).toBeNaN();
  });
});

describe('compareSpans', () => {
  it('puts the earlier start first', () => {
    expect(compareSpans(spanOf(week.when), spanOf(friday.when))).toBeLessThan(0);
    expect(compareSpans(spanOf(overnight.when), spanOf(fridayAt3.when))).toBeGreaterThan(0);
  });

  it('puts the narrower of two spans with equal start first', () => {
    expect(compareSpans(spanOf(atMidnight.when), spanOf(friday.when))).toBeLessThan(0);
  });

  it('puts an open end after closed spans with the same start', () => {
    expect(compareSpans(spanOf(sinceFriday.when), spanOf(friday.when))).toBeGreaterThan(0);
    expect(compareSpans(spanOf(sinceFriday.when), spanOf(atMidnight.when))).toBeGreaterThan(0);
  });

  it('puts unparseable starts last', () => {
    const broken = spanOf({ start: 'Friday', end: null, precision: 'day' });
    expect(compareSpans(broken, spanOf(week.when))).toBeGreaterThan(0);
    expect(compareSpans(spanOf(week.when), broken)).toBeLessThan(0);
    expect(compareSpans(broken, broken)).toBe(0);
  });
});

describe('compareEvents and sortEvents', () => {
  it('sorts the article events chronologically with the documented tie rules', () => {
    const shuffled = [overnight, sinceFriday, fridayAt3, friday, week, fridayMorning, atMidnight];
    expect(sortEvents(shuffled).map((e) => e.id)).toEqual([
      'week',
      'friday-midnight',
      'friday',
      'since-friday',
      'friday-morning',
      'friday-3pm',
      'overnight',
    ]);
  });

  it('returns a new array and leaves the input alone', () => {
    const input = [overnight, friday];
    const sorted = sortEvents(input);
    expect(sorted).not.toBe(input);
    expect(input.map((e) => e.id)).toEqual(['overnight', 'friday']);
  });

  it("keeps exact ties in the order the data gives them (the reporter's), not by id", () => {
    const a = event('a', friday.when.start, friday.when.end);
    const b = event('b', friday.when.start, friday.when.end);
    expect(compareEvents(a, b)).toBe(0);
    expect(sortEvents([b, a]).map((e) => e.id)).toEqual(['b', 'a']);
    expect(sortEvents([a, b]).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('agrees with compareEvents and keeps ties in input order (property)', () => {
    const base = Date.UTC(2014, 5, 1);
    const arbEvent = fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        startHour: fc.integer({ min: 0, max: 48 }),
        lengthHours: fc.option(fc.integer({ min: 0, max: 48 }), { nil: null }),
        // Rare, so about half the arrays sort on the packed starts and half fall back: starts too
        // far apart to pack, and instants that do not parse.
        oddity: fc.integer({ min: 0, max: 59 }),
      })
      .map(({ id, startHour, lengthHours, oddity }) => {
        const at = new Date(base + startHour * 3_600_000);
        if (oddity === 0) at.setUTCFullYear(-200_000);
        if (oddity === 1) at.setUTCFullYear(200_000);
        const start = new Date(at).toISOString();
        const end =
          lengthHours === null
            ? null
            : new Date(at.getTime() + lengthHours * 3_600_000).toISOString();
        return event(
          id,
          oddity === 2 ? 'soon' : start,
          oddity === 3 && end !== null ? 'later' : end,
        );
      });
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 30 }), (events) => {
        const sorted = sortEvents(events);
        expect(sorted).toHaveLength(events.length);
        for (let i = 1; i < sorted.length; i++) {
          expect(compareEvents(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
        }
        // Stable: of two events that compare equal, the one given first comes first.
        for (let i = 1; i < sorted.length; i++) {
          if (compareEvents(sorted[i - 1]!, sorted[i]!) !== 0) continue;
          expect(events.indexOf(sorted[i - 1]!)).toBeLessThan(events.indexOf(sorted[i]!));
        }
      }),
    );
  });

  it('orders distinct starts before and after the first event by start alone (property)', () => {
    // Starts a few centuries apart still pack exactly; those before the first event's pack below 0.
    const minutes = fc.uniqueArray(fc.integer({ min: -200_000_000, max: 200_000_000 }), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(minutes, (offsets) => {
        const base = Date.UTC(2014, 5, 1);
        const events = offsets.map((m, k) =>
          event(`e${k}`, new Date(base + m * 60_000).toISOString(), null),
        );
        const byStart = [...offsets].sort((a, b) => a - b);
        const sorted = sortEvents(events);
        expect(sorted.map((e) => Date.parse(e.when.start))).toEqual(
          byStart.map((m) => base + m * 60_000),
        );
      }),
    );
  });

  it('sorts 100k events into a total chronological order (timing lives in the benchmark)', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => {
      const start = new Date(Date.UTC(2014, 0, 1) + ((i * 7919) % 100_000) * 60_000);
      return event(`e${i}`, start.toISOString(), null, 'minute');
    });
    const sorted = sortEvents(events);
    expect(sorted).toHaveLength(events.length);
    for (let k = 1; k < sorted.length; k++) {
      expect(compareEvents(sorted[k - 1]!, sorted[k]!)).toBeLessThanOrEqual(0);
    }
  });
});
