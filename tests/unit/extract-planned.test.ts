import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../src/extract/index.js';
import { tenseOf } from '../../src/extract/planned.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';

// A Wednesday morning in Lisbon (WET, +00:00, winter).
const options = { published: '2021-03-03T09:00:00+00:00', timeZone: 'Europe/Lisbon' };

function eventsOf(text: string) {
  return extractTimeline(text, options).timeline.events;
}

describe('tenseOf', () => {
  it.each([
    ['The road is expected to reopen on 12 March.', 'planned'],
    ['Talks will resume next week.', 'planned'],
    ['She is due to be sentenced on 3 December.', 'planned'],
    ['The council plans to vote in April.', 'planned'],
    ['Ministers are to be questioned on Friday.', 'planned'],
    ['The minister will not attend the summit on Friday.', 'cancelled'],
    ['The airline won’t resume flights this month.', 'cancelled'],
    ['Police arrested two men on Monday.', 'past'],
    ['“We will rebuild,” the mayor said on Monday.', 'past'],
  ])('%s -> %s', (sentence, tense) => expect(tenseOf(sentence)).toBe(tense));
});

describe('extractTimeline: planned events', () => {
  it('reads a planned date forward and marks the event planned', () => {
    const [event] = eventsOf('The road is expected to reopen on 12 March, officials said.');
    expect(event).toMatchObject({
      planned: true,
      when: {
        start: '2021-03-12T00:00:00+00:00',
        end: '2021-03-13T00:00:00+00:00',
        precision: 'day',
      },
    });
  });

  it('reads a weekday ahead rather than back', () => {
    const [event] = eventsOf('Talks between the two unions will resume on Monday.');
    expect(event!.planned).toBe(true);
    expect(event!.when.start).toBe('2021-03-08T00:00:00+00:00'); // not 1 March
  });

  it('gives "next week" and "by the end of the year" their forward spans', () => {
    const events = eventsOf(
      'Talks will resume next week. The bridge is due to reopen by the end of the year.',
    );
    expect(events.map((e) => [e.planned, e.when.start, e.when.end, e.when.precision])).toEqual([
      [true, '2021-03-08T00:00:00+00:00', '2021-03-15T00:00:00+00:00', 'week'],
      [true, options.published, '2022-01-01T00:00:00+00:00', 'range'],
    ]);
  });

  it('treats time words that can only lie ahead as planned, whatever the verb', () => {
    const [event] = eventsOf('The final is next week in Porto.');
    expect(event).toMatchObject({ planned: true, when: { precision: 'week' } });
  });

  it('leaves out a plan with no time of its own, and a negated plan', () => {
    expect(eventsOf('The company is expected to appeal.')).toEqual([]);
    expect(eventsOf('The minister will not attend the summit on Friday.')).toEqual([]);
  });

  it('splits a past clause from a planned one and counts later times from the past one', () => {
    const events = eventsOf(
      'Trains were halted on Monday, and services will resume on Friday. Two days later, engineers found the fault.',
    );
    expect(events.map((e) => [e.planned ?? false, e.when.start.slice(0, 10)])).toEqual([
      [false, '2021-03-01'],
      [true, '2021-03-05'],
      [false, '2021-03-03'], // two days after Monday, not after the planned Friday
    ]);
  });

  it('keeps a past clock time before publication', () => {
    const [event] = eventsOf('The last ferry left the harbour at 11 p.m.');
    expect(event!.when.start).toBe('2021-03-02T23:00:00+00:00');
    expect(event!.planned).toBeUndefined();
  });

  it('flags planned events and passes parseTimeline', () => {
    const { timeline, flags } = extractTimeline(
      'The road is expected to reopen on 12 March.',
      options,
    );
    expect(flags.some((f) => f.kind === 'planned' && f.eventId === timeline.events[0]!.id)).toBe(
      true,
    );
    expect(parseTimeline(JSON.parse(JSON.stringify(timeline))).problems).toEqual([]);
  });
});
