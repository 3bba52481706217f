// Round forty-five: two VOA reports nobody here wrote, and the rules their drafts asked for, each
// also tested on sentences written for this file.
import { describe, expect, it } from 'vitest';
import { extractTimeline, findAttributions } from '../../src/extract/index.js';
import {
  VOA_ZIARAT_PUBLISHED,
  VOA_ZIARAT_TEXT,
  VOA_ZIARAT_ZONE,
} from '../fixtures/corpus/voa-ziarat-quake.js';
import {
  VOA_ANGOLA_PUBLISHED,
  VOA_ANGOLA_TEXT,
  VOA_ANGOLA_ZONE,
} from '../fixtures/corpus/voa-angola-election.js';

// A Thursday evening in Chicago (CDT, -05:00).
const options = { published: '2022-06-16T19:40:00-05:00', timeZone: 'America/Chicago' };

describe('a count forward with nothing before it to count from', () => {
  it('is flagged, not put after publication', () => {
    const { timeline, flags } = extractTimeline(
      'Residents fled their homes. He says 20 minutes later the second tremor hit the town.',
      options,
    );
    const tremor = timeline.events.find((e) => /second tremor/.test(e.headline))!;
    expect(tremor.when.precision).toBe('unspecified');
    expect(Date.parse(tremor.when.start)).toBeLessThan(Date.parse(options.published));
    expect(flags.some((f) => f.kind === 'unresolved-time' && f.text === '20 minutes later')).toBe(
      true,
    );
    // From an earlier dated event the count still stands.
    const counted = extractTimeline(
      'The first tremor struck on Tuesday at 3pm. About 20 minutes later a second tremor hit the town.',
      options,
    ).timeline.events.find((e) => /second tremor/.test(e.headline))!;
    expect(counted.when.start).toMatch(/^2022-06-14T1[45]:/);
    // A count back from publication is left as it was.
    const back = extractTimeline('The bridge collapsed two days earlier.', options).timeline
      .events[0]!;
    expect(back.when.start).toBe('2022-06-14T00:00:00-05:00');
  });
});

describe('a passive of a verb of saying, with an adverb', () => {
  it('has no speaker and keeps its subject in the headline', () => {
    expect(findAttributions('Nine people are now confirmed dead in the fire.').sources).toEqual([]);
    const [event] = extractTimeline(
      'Nine people are now confirmed dead in a fire that swept through a crowded market on Tuesday.',
      options,
    ).timeline.events;
    expect(event!.headline).toMatch(/^Nine people are now confirmed dead/);
    expect(event!.sources).toEqual([]);
  });
});

describe('a day’s possessive after a preposition, and a clause that sets the scene in time', () => {
  it('dates the noun, not the clause, and heads the clause by its own subject', () => {
    const { timeline } = extractTimeline(
      "Hours before the commission released the results of Tuesday's vote, the governing party declared that it had won a clear majority.",
      options,
    );
    const [vote, declared] = timeline.events;
    expect(vote).toMatchObject({ headline: 'The vote' });
    expect(vote!.when).toMatchObject({ start: '2022-06-14T00:00:00-05:00', precision: 'day' });
    expect(declared!.headline).toMatch(/^The governing party declared that it had won/);
    expect(declared!.sources.map((s) => s.who)).not.toContain('Hours before the commission');
    // A possessive that is the sentence's subject keeps dating its clause.
    const own = extractTimeline("Tuesday's vote ended in a tie.", options).timeline.events[0]!;
    expect(own.when.start).toBe('2022-06-14T00:00:00-05:00');
  });
});

describe('drafts of two more VOA reports (round forty-five)', () => {
  it('Pakistan’s quake: no minute after publication, every event before it', () => {
    const { timeline } = extractTimeline(VOA_ZIARAT_TEXT, {
      published: VOA_ZIARAT_PUBLISHED,
      timeZone: VOA_ZIARAT_ZONE,
    });
    for (const event of timeline.events) {
      expect(Date.parse(event.when.start)).toBeLessThan(Date.parse(VOA_ZIARAT_PUBLISHED));
      expect(event.when.precision).not.toMatch(/minute|instant/);
    }
    expect(timeline.events[0]!.headline).toBe(
      'A magnitude 6.4 earthquake has killed at least 170 people',
    );
  });

  it('Angola’s election: the poll on Wednesday, results on Thursday, the MPLA’s claim headed by the MPLA', () => {
    const { timeline } = extractTimeline(VOA_ANGOLA_TEXT, {
      published: VOA_ANGOLA_PUBLISHED,
      timeZone: VOA_ANGOLA_ZONE,
    });
    const find = (pattern: RegExp) => timeline.events.find((e) => pattern.test(e.headline))!;
    expect(find(/^The poll$/).when).toMatchObject({
      start: '2017-08-23T00:00:00+01:00',
      precision: 'day',
    });
    expect(find(/preliminary results were announced/).when.start).toBe('2017-08-24T00:00:00+01:00');
    const claim = find(/^The People's Movement for the Liberation of Angola declared/);
    expect(claim.sources).toEqual([]);
    expect(claim.when.precision).toBe('unspecified');
    expect(find(/^State television praised the poll/).when).toMatchObject({
      start: '2017-08-25T06:00:00+01:00',
      precision: 'part-of-day',
    });
  });
});
