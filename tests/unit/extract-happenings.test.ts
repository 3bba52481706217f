import { describe, expect, it } from 'vitest';
import { readVerbs, unquoted } from '../../src/extract/happenings.js';
import { extractTimeline } from '../../src/extract/index.js';
import { describeWhen } from '../../src/i18n/wording/describe-when.js';
import {
  VOA_NEPAL_PUBLISHED,
  VOA_NEPAL_TEXT,
  VOA_NEPAL_ZONE,
} from '../fixtures/corpus/voa-nepal-quake.js';
import {
  VOA_GANSU_PUBLISHED,
  VOA_GANSU_TEXT,
  VOA_GANSU_ZONE,
} from '../fixtures/corpus/voa-gansu-quake.js';
import {
  VOA_GHANA_PUBLISHED,
  VOA_GHANA_TEXT,
  VOA_GHANA_ZONE,
} from '../fixtures/corpus/voa-ghana-election.js';
import {
  VOA_ETHIOPIA_PUBLISHED,
  VOA_ETHIOPIA_TEXT,
  VOA_ETHIOPIA_ZONE,
} from '../fixtures/corpus/voa-ethiopian-black-boxes.js';

describe('readVerbs', () => {
  it('does not take the verb of a relative clause for the clause’s own', () => {
    expect(readVerbs('The shelter houses about 900 people who fled the fighting.').happening).toBe(
      false,
    );
    expect(readVerbs('The shelter houses families who had fled the fighting.').happening).toBe(
      false,
    );
    expect(readVerbs('The man who shot the officer was arrested on Friday.').happening).toBe(true);
  });

  it('reads a negated subject as nothing having happened', () => {
    expect(readVerbs('No one was injured in the blast.').happening).toBe(false);
    expect(readVerbs('None of the ballots had been tampered with.').happening).toBe(false);
    expect(readVerbs('Nobody was arrested.').happening).toBe(false);
  });

  it('reads straight double quotes as quotes', () => {
    const reading = readVerbs('"Water flooded every street," the mayor said.');
    expect(reading).toMatchObject({ happening: false, saying: true });
    expect(unquoted('"We lost everything," she said.')).toBe(
      `${' '.repeat('"We lost everything,"'.length)} she said.`,
    );
    // The end of a quote that began in the sentence before.
    expect(
      readVerbs('The dam burst and the fields flooded." Rescuers were still searching.').happening,
    ).toBe(true);
    expect(unquoted('The dam burst." Then').startsWith(' '.repeat(15))).toBe(true);
  });
});

describe('drafts of VOA reports nobody here wrote', () => {
  it('dates Nepal’s quake “minutes before noon local time on Saturday”, not on the day of publication', () => {
    const { timeline } = extractTimeline(VOA_NEPAL_TEXT, {
      published: VOA_NEPAL_PUBLISHED,
      timeZone: VOA_NEPAL_ZONE,
    });
    const noon = timeline.events.find((e) => /minutes before noon/.test(e.when.text ?? ''))!;
    expect(noon.when).toMatchObject({
      start: '2015-04-25T11:00:00+05:45',
      end: '2015-04-25T12:00:00+05:45',
    });
    expect(noon.headline).not.toMatch(/minutes before/);
    expect(
      timeline.events.every((e) => Date.parse(e.when.start) < Date.parse(VOA_NEPAL_PUBLISHED)),
    ).toBe(true);
  });

  it('makes up no minute for Gansu’s second quake, “about 90 minutes later” than “early Monday”', () => {
    const { timeline } = extractTimeline(VOA_GANSU_TEXT, {
      published: VOA_GANSU_PUBLISHED,
      timeZone: VOA_GANSU_ZONE,
    });
    const second = timeline.events.find((e) => /90 minutes later/.test(e.when.text ?? ''))!;
    expect(second.when.precision).not.toMatch(/minute|instant/);
    expect(second.when.start.startsWith('2013-07-22')).toBe(true);
    expect(timeline.events.map((e) => e.headline).join(' | ')).not.toMatch(/\b(early|about)\b/);
  });
});

describe('extractTimeline on an election night and a plane crash (round forty-four: VOA texts)', () => {
  it('drafts Ghana’s results night: Sunday, about 10 p.m., the plan for Tuesday', () => {
    const { timeline } = extractTimeline(VOA_GHANA_TEXT, {
      published: VOA_GHANA_PUBLISHED,
      timeZone: VOA_GHANA_ZONE,
    });
    const find = (pattern: RegExp) => timeline.events.find((e) => pattern.test(e.headline))!;
    const results = find(/^Ghana announced the results/);
    // "late Sunday": the day's second half, which holds the 10 p.m. announcement.
    expect(results.when).toMatchObject({
      start: '2012-12-09T12:00:00+00:00',
      end: '2012-12-10T00:00:00+00:00',
      precision: 'part-of-day',
    });
    expect(results.sources.map((s) => s.who)).toEqual(['Ghana']);
    const announcement = find(/Afari-Gyan made the announcement/);
    expect(announcement.when).toMatchObject({
      start: '2012-12-09T21:30:00+00:00',
      end: '2012-12-09T22:30:00+00:00',
      precision: 'hour',
    });
    // The hour around 10 p.m. is read as such, not "in the hour to … 22:30" (a range's count).
    expect(describeWhen(announcement.when, { locale: 'en-GB', timeZone: VOA_GHANA_ZONE })).toMatch(
      /^between Sunday,? 9 December 2012( at|,) 21:30 and 22:30$/,
    );
    expect(announcement.quantities).toEqual([]);
    expect(find(/^Security forces/).headline).toMatch(/guarded Ghana’s electoral commission$/);
    expect(find(/transparent and peaceful$/).sources.map((s) => s.who)).toEqual([
      'International observers',
    ]);
    const meeting = find(/will meet/);
    expect(meeting).toMatchObject({ planned: true });
    expect(meeting.when.start).toBe('2012-12-11T00:00:00+00:00');
  });

  it('dates Ethiopia’s crash on Sunday and the recovery of its recorders after it', () => {
    const { timeline } = extractTimeline(VOA_ETHIOPIA_TEXT, {
      published: VOA_ETHIOPIA_PUBLISHED,
      timeZone: VOA_ETHIOPIA_ZONE,
    });
    const [crash, recovery] = timeline.events;
    expect(crash).toMatchObject({ headline: 'The plane crashed' });
    expect(crash!.when).toMatchObject({ start: '2019-03-10T00:00:00+03:00', precision: 'day' });
    expect(recovery!.headline).toMatch(/^Searchers have recovered both flight recorders/);
    expect(Date.parse(recovery!.when.start)).toBeGreaterThanOrEqual(Date.parse(crash!.when.end!));
    expect(recovery!.sources.map((s) => s.who)).toEqual(['Ethiopian Airlines']);
    expect(timeline.events.flatMap((e) => e.quantities).map((q) => q.value)).not.toContain(737);
  });
});
