import { describe, expect, it } from 'vitest';
import { resolveWhen, type ResolveOptions } from '../../src/extract/time/resolve-when.js';

// A Wednesday noon in Baghdad (+03:00, no DST in 2014).
const reference = '2014-06-11T12:00:00+03:00';
const base: ResolveOptions = { reference, timeZone: 'Asia/Baghdad' };

function span(text: string, options: Partial<ResolveOptions> = {}) {
  const result = resolveWhen(text, { ...base, ...options });
  if (!result.ok) throw new Error(result.reason);
  return [result.when.start, result.when.end, result.when.precision];
}

describe('resolveWhen: spans ahead of the reference', () => {
  it.each([
    ['next week', '2014-06-16T00:00:00+03:00', '2014-06-23T00:00:00+03:00', 'week'],
    ['next month', '2014-07-01T00:00:00+03:00', '2014-08-01T00:00:00+03:00', 'month'],
    ['next year', '2015-01-01T00:00:00+03:00', '2016-01-01T00:00:00+03:00', 'year'],
    ['later this week', reference, '2014-06-16T00:00:00+03:00', 'range'],
    ['later this month', reference, '2014-07-01T00:00:00+03:00', 'range'],
    ['by the end of the year', reference, '2015-01-01T00:00:00+03:00', 'range'],
    ['by the end of this week', reference, '2014-06-16T00:00:00+03:00', 'range'],
    ['by the end of next month', reference, '2014-08-01T00:00:00+03:00', 'range'],
  ])('%s', (text, start, end, precision) => expect(span(text)).toEqual([start, end, precision]));
});

describe('resolveWhen: "the night of" a date', () => {
  it('is the night that begins on that date', () => {
    expect(span('on the night of 7 June')).toEqual([
      '2014-06-07T18:00:00+03:00',
      '2014-06-08T06:00:00+03:00',
      'part-of-day',
    ]);
  });
  it('works for other parts of the day and weekdays', () => {
    expect(span('the morning of Friday')).toEqual([
      '2014-06-06T06:00:00+03:00',
      '2014-06-06T12:00:00+03:00',
      'part-of-day',
    ]);
  });
});

describe('resolveWhen with direction', () => {
  const future = { direction: 'future' as const };
  const past = { direction: 'past' as const };

  it('looks ahead for weekdays, dates and months of planned events', () => {
    expect(span('on Tuesday', future)[0]).toBe('2014-06-17T00:00:00+03:00');
    expect(span('on Wednesday', future)[0]).toBe('2014-06-11T00:00:00+03:00');
    expect(span('on Tuesday')[0]).toBe('2014-06-10T00:00:00+03:00'); // unchanged without direction
    expect(span('on 28 November', future)[0]).toBe('2014-11-28T00:00:00+03:00');
    expect(span('10 June', future)[0]).toBe('2015-06-10T00:00:00+03:00');
    expect(span('in January', future)).toEqual([
      '2015-01-01T00:00:00+03:00',
      '2015-02-01T00:00:00+03:00',
      'month',
    ]);
    expect(span('in June', future)[0]).toBe('2014-06-01T00:00:00+03:00');
    expect(span('at 19:30 on Tuesday', future)[0]).toBe('2014-06-17T19:30:00+03:00');
  });

  it('keeps a bare clock time on the right side of the reference', () => {
    expect(span('at 8 p.m.')[0]).toBe('2014-06-11T20:00:00+03:00'); // the documented default
    expect(span('at 8 p.m.', past)[0]).toBe('2014-06-10T20:00:00+03:00');
    expect(span('at 9am', past)[0]).toBe('2014-06-11T09:00:00+03:00');
    expect(span('at 9am', future)[0]).toBe('2014-06-12T09:00:00+03:00');
    expect(span('at 8 p.m.', future)[0]).toBe('2014-06-11T20:00:00+03:00');
    // A named day wins over the direction.
    expect(span('at 8 p.m. yesterday', future)[0]).toBe('2014-06-10T20:00:00+03:00');
  });
});
