// Rules added with issue 18, each on sentences written for this test (never the blind texts).
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../src/extract/index.js';
import { describeWhen } from '../../src/i18n/wording/describe-when.js';
import { formatWhenShort } from '../../src/i18n/wording/format-when-short.js';

// A Thursday evening in Chicago (CDT, -05:00).
const options = { published: '2022-06-16T19:40:00-05:00', timeZone: 'America/Chicago' };
const eventsOf = (text: string) => extractTimeline(text, options).timeline.events;
const spans = (text: string) => eventsOf(text).map((e) => [e.when.start, e.when.end]);

describe('extractTimeline rules', () => {
  it('counts "N minutes later" from an earlier time of the same sentence', () => {
    expect(spans('The power failed at 14:05 and the lights came back 20 minutes later.')).toEqual([
      ['2022-06-16T14:05:00-05:00', '2022-06-16T14:05:00-05:00'],
      ['2022-06-16T14:25:00-05:00', '2022-06-16T14:25:00-05:00'],
    ]);
  });

  it('does not date a happening by the end of a state ("until Friday")', () => {
    const [event] = eventsOf(
      'Forecasters said storms were likely until Saturday and urged drivers to stay home.',
    );
    expect(event?.when.start).not.toBe('2022-06-11T00:00:00-05:00');
  });

  it('ends a happening of the day of publication by publication, not at midnight', () => {
    // Published on Thursday at 19:40: the mayor spoke that day, before the story.
    expect(spans('The mayor addressed the council today, officials said.')).toEqual([
      ['2022-06-16T00:00:00-05:00', '2022-06-16T19:40:00-05:00'],
    ]);
    // What is planned for later that day keeps its day.
    const [planned] = eventsOf('The council is expected to vote tonight.');
    expect(planned).toMatchObject({ planned: true, when: { end: '2022-06-17T06:00:00-05:00' } });
  });

  it('does not end by publication what the story says is still going on', () => {
    // "still searching": not over by 19:40 ("sometime on Thursday, up to 19:40" said it was).
    expect(spans('Rescuers are still searching the rubble today, officials said.')).toEqual([
      ['2022-06-16T00:00:00-05:00', '2022-06-17T00:00:00-05:00'],
    ]);
  });

  it('leaves a part of the day whole: cut at publication, it lost its name', () => {
    // Published at 19:40: "this evening" cut to 18:00-19:40 was read "between Thursday 16 June
    // 2022 at 18:00 and 19:40" and labelled "16 Jun", not the evening it is.
    const [event] = eventsOf('Protesters gathered outside city hall this evening, police said.');
    const options = { locale: 'en', timeZone: 'America/Chicago' };
    expect(event!.when.end).toBe('2022-06-17T00:00:00-05:00');
    expect(describeWhen(event!.when, options)).toMatch(/^on the evening of Thursday,? 16 June/);
    expect(formatWhenShort(event!.when, options)).toMatch(/^Thu,? 16 Jun, evening$/);
  });

  it('reads "none" after a verb of saying as nothing having happened', () => {
    expect(eventsOf('Officials said none of the ballots had been lost.')).toEqual([]);
  });

  it('reads an abbreviated month with its full stop', () => {
    const [event] = eventsOf('The board is expected to vote on the budget on Aug. 2.');
    expect(event).toMatchObject({ planned: true, when: { start: '2022-08-02T00:00:00-05:00' } });
  });

  it('takes the date of a happening in a relative clause over a far-off plan', () => {
    const [event] = eventsOf(
      'Ortiz, who broke his wrist on 9 June, is expected to play in the final.',
    );
    expect(event).toMatchObject({ when: { start: '2022-06-09T00:00:00-05:00' } });
    expect(event!.planned).toBeUndefined();
  });

  it('keeps datelines out of headlines', () => {
    const [event] = eventsOf('PEORIA, Illinois — Two bridges were closed on Tuesday.');
    expect(event!.headline).toBe('Two bridges were closed');
  });
});

// Reader review B: VOA's Nepal quake (26 April 2015), Haiyan (13 November 2013), Gansu quake
// (23 July 2013), with the sentences rewritten here.
describe('extractTimeline, time words a reader review found misread', () => {
  it('dates "minutes before noon local time on Saturday" on Saturday, in the hour before noon', () => {
    const [event] = eventsOf(
      'The quake rocked the valley minutes before noon local time on Saturday, flattening old temples.',
    );
    expect(event?.when).toMatchObject({
      start: '2022-06-11T11:00:00-05:00',
      end: '2022-06-11T12:00:00-05:00',
      text: 'minutes before noon local time on Saturday',
    });
    expect(event?.headline).toBe('The quake rocked the valley, flattening old temples');
  });

  it('keeps "early", "late" and "about" with their time words, out of the headline', () => {
    const [event] = eventsOf('The survey said a strong quake struck early Monday near the city.');
    expect(event?.when).toMatchObject({ start: '2022-06-13T00:00:00-05:00', text: 'early Monday' });
    expect(event?.headline).not.toMatch(/\bearly\b/);
  });
});

describe('extractTimeline, a count from what follows "after"', () => {
  it('never dates "five days after being displaced by the typhoon" days after publication', () => {
    const { timeline, flags } = extractTimeline(
      'Thousands are still desperate for food five days after being displaced by the typhoon.',
      options,
    );
    const [event] = timeline.events;
    expect(event!.when.start < options.published).toBe(true);
    expect(event!.when.end! <= options.published).toBe(true);
    expect(flags).toContainEqual(
      expect.objectContaining({ kind: 'unresolved-time', text: 'five days after' }),
    );
  });
});

describe('extractTimeline, a clause after "N days after" counted back (round forty-four)', () => {
  it('drafts what "two days after" counts from, dated back from the sentence’s own time', () => {
    const { timeline, flags } = extractTimeline(
      'Coup leaders suspended the constitution on Thursday, two days after the army chief imposed martial law.',
      options,
    );
    const byHeadline = Object.fromEntries(timeline.events.map((e) => [e.headline, e.when]));
    expect(byHeadline['The army chief imposed martial law']).toMatchObject({
      start: '2022-06-14T00:00:00-05:00',
      end: '2022-06-15T00:00:00-05:00',
      precision: 'day',
      text: 'two days after',
    });
    const coup = timeline.events.find((e) => /^Coup leaders suspended/.test(e.headline));
    expect(coup?.when.start).toBe('2022-06-16T00:00:00-05:00');
    expect(flags.map((f) => f.kind)).toContain('relative-time');
    expect(flags.map((f) => f.kind)).not.toContain('unresolved-time');
  });

  it('counts "13 years to the day after" back to the day', () => {
    const [event] = eventsOf(
      'Tuesday’s verdict came 13 years to the day after the singer was found not guilty of fraud, a case that gripped the city.',
    ).filter((e) => /singer/.test(e.headline));
    expect(event).toMatchObject({
      headline: 'The singer was found not guilty of fraud',
      when: { start: '2009-06-14T00:00:00-05:00', precision: 'day' },
    });
  });

  it('does not count back from a time inside the clause counted from (review)', () => {
    const { timeline } = extractTimeline(
      'Two days after the army imposed martial law on Wednesday, the president resigned.',
      options,
    );
    // Wednesday dates the martial law itself: never Monday, two days before it.
    for (const event of timeline.events.filter((e) => /martial law/.test(e.headline)))
      expect(event.when.start).not.toBe('2022-06-13T00:00:00-05:00');
  });

  it('does not count hours back from a day to an hour nobody gave (review)', () => {
    const { timeline } = extractTimeline(
      'The president resigned on Thursday, three hours after the army imposed martial law.',
      options,
    );
    // From "on Thursday" (a day) "three hours" names no hour: not 20:30-21:30 on Wednesday.
    for (const event of timeline.events)
      expect(event.when.start).not.toBe('2022-06-15T20:30:00-05:00');
  });

  it('counts "Years to the Day" in a title’s capitals as years (review)', () => {
    const { timeline } = extractTimeline(
      'On Thursday, 12 Years to the Day After the army imposed martial law, the president resigned.',
      options,
    );
    const event = timeline.events.find((e) => e.headline === 'The army imposed martial law');
    expect(event?.when.start).toBe('2010-06-16T00:00:00-05:00');
  });

  it('still flags a count with no time of the sentence’s own to count back from', () => {
    const { timeline, flags } = extractTimeline(
      'The verdict comes 13 years after he was acquitted of the murders.',
      options,
    );
    expect(timeline.events.map((e) => e.headline)).not.toContain('He was acquitted of the murders');
    expect(flags).toContainEqual(
      expect.objectContaining({ kind: 'unresolved-time', text: '13 years after' }),
    );
  });
});

describe('extractTimeline, vague earlier times (round forty-four)', () => {
  it('dates "earlier in the week" and only the clause it is in, after an undated "comes after"', () => {
    const [event, ...rest] = eventsOf(
      'The news of the mayor’s departure comes after the treasurer resigned from his post earlier in the week.',
    );
    expect(rest).toEqual([]);
    expect(event?.headline).toBe('The treasurer resigned from his post');
    expect(event?.when).toMatchObject({
      start: '2022-06-13T00:00:00-05:00',
      end: '2022-06-16T00:00:00-05:00',
      text: 'earlier in the week',
    });
  });

  it('flags "a few days earlier" and "recently" as unresolved for the editor', () => {
    const { flags } = extractTimeline(
      'A hospital ship visited the port a few days earlier. The council recently approved the plan.',
      options,
    );
    expect(flags.filter((f) => f.kind === 'unresolved-time').map((f) => f.text)).toEqual([
      'a few days earlier',
      'recently',
    ]);
  });
});

describe('extractTimeline, a count from a day', () => {
  it('keeps "90 minutes later" after "early Monday" half a day wide, not 01:30', () => {
    const [first, second] = eventsOf(
      'A strong quake struck early Monday near the city. A second quake shook the area 90 minutes later.',
    );
    expect(first?.when).toMatchObject({
      end: '2022-06-13T12:00:00-05:00',
      precision: 'part-of-day',
    });
    expect(second?.when).toMatchObject({
      start: '2022-06-13T01:30:00-05:00',
      end: '2022-06-13T13:30:00-05:00',
      precision: 'range',
    });
  });

  it('still counts minutes from a time of day to the minute', () => {
    expect(
      spans('The power failed at 14:05. The lights came back 20 minutes later.').at(-1),
    ).toEqual(['2022-06-16T14:25:00-05:00', '2022-06-16T14:25:00-05:00']);
  });
});

describe('extractTimeline, time words that date a noun', () => {
  it('does not date the clause by "from the Wednesday evening quake" or "from the 8 June storm"', () => {
    const events = eventsOf(
      'Doctors said they were struggling to treat people hurt by falling objects from the Wednesday evening quake. Officials said a million people need help to recover from the June 8 storm.',
    );
    const clauses = events.filter((e) => !/^The (?:quake|storm)$/.test(e.headline));
    expect(clauses.length).toBeGreaterThan(0);
    for (const event of clauses) expect(event.when.precision).not.toMatch(/^(?:day|part-of-day)$/);
  });

  it('makes the dated noun an event of its own, once a story', () => {
    const events = eventsOf(
      'Doctors treated people hurt from the Wednesday evening quake. Aftershocks were weaker than the quake late Wednesday.',
    );
    expect(events.filter((e) => e.headline === 'The quake').map((e) => e.when)).toEqual([
      expect.objectContaining({ start: '2022-06-15T18:00:00-05:00', precision: 'part-of-day' }),
    ]);
  });

  it('keeps the date of a happening named with its own time words as the subject', () => {
    const [event] = eventsOf('The Wednesday evening quake killed 450 people, officials said.');
    expect(event?.when).toMatchObject({
      start: '2022-06-15T18:00:00-05:00',
      precision: 'part-of-day',
    });
  });
});

describe('extractTimeline, a quotation over several sentences', () => {
  it('reads no event in its middle sentences, which carry no quote mark of their own', () => {
    const text =
      'The general said help was on its way.\n\n"We have water units that are coming today. We have got runway sets that were flown in from Japan, so that will include a tower. So we can start operations today."\n\nPolice closed the road on Tuesday.';
    expect(eventsOf(text).map((e) => e.headline)).toEqual(['Police closed the road']);
  });
});

describe('extractTimeline, time words that end a relative clause (round forty-four: VOA, Ethiopia)', () => {
  it('dates the relative clause, an event of its own, not the clause around it', () => {
    const events = eventsOf(
      'Ethiopian Airlines says searchers have recovered both flight recorders from the plane that crashed Sunday, killing all 157 people onboard.',
    );
    expect(events.map((e) => [e.headline, e.when.precision])).toEqual([
      ['The plane crashed', 'day'],
      ['Searchers have recovered both flight recorders from the plane', 'unspecified'],
    ]);
    expect(events[0]!.when.start).toBe('2022-06-12T00:00:00-05:00');
  });

  it('leaves a relative clause without its own time words, and a subject’s, as they were', () => {
    const [event] = eventsOf('The man who shot the officer was arrested on Friday.');
    expect(event).toMatchObject({ headline: 'The man who shot the officer was arrested' });
    expect(event!.when.precision).toBe('day');
  });
});

describe('extractTimeline, a count past the calendar (review)', () => {
  it('never throws on a count no date can hold, and flags it', () => {
    for (const text of [
      'The army imposed martial law 999999999999 days ago.',
      'On Thursday, 999999999999 days after the army imposed martial law, the president resigned.',
      'On Thursday the army imposed martial law and 999999999999 days later he left.',
      'The dynasty fell 99999999999999 years ago.',
    ]) {
      const { flags } = extractTimeline(text, options);
      expect(
        flags.map((f) => f.kind),
        text,
      ).toContain('unresolved-time');
    }
  });
});
