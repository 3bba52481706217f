// Review of round forty-five: what its rules got wrong on sentences written for this file.
import { describe, expect, it } from 'vitest';
import {
  extractTimeline,
  findAttributions,
  findEntities,
  findTimeExpressions,
} from '../../src/extract/index.js';

/** The first mention's span and precision, read as the extractor reads a past clause. */
function span(text: string, reference: string, direction?: 'past' | 'future') {
  const [mention] = findTimeExpressions(text, {
    reference,
    timeZone: 'Europe/London',
    ...(direction ? { direction } : {}),
  });
  if (!mention?.result.ok) return [mention?.result];
  const { start, end, precision } = mention.result.when;
  return [start, end, precision];
}

describe('a part of this month or year that has not begun by publication', () => {
  it('is last year’s, as a month without a year is, unless the words look forward', () => {
    // A 10 June story: the late half of this June starts on the 16th, after the story.
    expect(span('Talks collapsed in late June.', '2016-06-10T10:00:00+01:00', 'past')).toEqual([
      '2015-06-16T00:00:00+01:00',
      '2015-07-01T00:00:00+01:00',
      'range',
    ]);
    expect(span('Talks began in mid-December.', '2014-12-05T10:00:00+00:00')).toEqual([
      '2013-12-11T00:00:00+00:00',
      '2013-12-21T00:00:00+00:00',
      'range',
    ]);
    // Begun by publication, it stays this year's (and the extractor ends it at publication).
    expect(span('Talks collapsed in mid-June.', '2016-06-15T10:00:00+01:00', 'past')).toEqual([
      '2016-06-11T00:00:00+01:00',
      '2016-06-21T00:00:00+01:00',
      'range',
    ]);
    // A plan reads forward; a year the words give is that year.
    expect(span('Talks will resume in late June.', '2016-06-10T10:00:00+01:00', 'future')).toEqual([
      '2016-06-16T00:00:00+01:00',
      '2016-07-01T00:00:00+01:00',
      'range',
    ]);
    expect(span('Talks collapsed in late June 2016.', '2016-06-10T10:00:00+01:00')?.[0]).toBe(
      '2016-06-16T00:00:00+01:00',
    );
  });

  it('dates no past happening after the story', () => {
    const published = '2014-12-05T10:00:00+00:00';
    const { timeline } = extractTimeline('Talks collapsed in late December.', {
      published,
      timeZone: 'Europe/London',
    });
    const [talks] = timeline.events;
    expect(talks?.when.start).toBe('2013-12-16T00:00:00+00:00');
    expect(Date.parse(talks!.when.end!)).toBeLessThanOrEqual(Date.parse(published));
  });
});

describe('a title inside a run of capitals', () => {
  it('leaves a street, a hotel or a stadium named after a title a place', () => {
    expect(findEntities('Crowds gathered on Queen Street in Auckland.')).toMatchObject({
      people: [],
      places: [{ name: 'Queen Street' }, { name: 'Auckland' }],
    });
    expect(findEntities('Fans left King Power Stadium and the Senator Hotel.')).toMatchObject({
      people: [],
      places: [{ name: 'King Power Stadium' }, { name: 'Senator Hotel' }],
    });
  });

  it('takes the last title, so a title word before another is no part of the name', () => {
    expect(findEntities('Justice Minister Ayelet Shaked said the law would pass.').people).toEqual([
      'Ayelet Shaked',
    ]);
    expect(findEntities('Governor General David Johnston opened parliament.').people).toEqual([
      'David Johnston',
    ]);
    expect(findEntities('General Secretary Xi Jinping spoke.').people).toEqual(['Xi Jinping']);
  });
});

describe('a long run of capitals before a title', () => {
  it('is read in linear time', () => {
    // 100 KB of capitalised words and then a title: each prefix of the run was joined to look for
    // a country, 33,000 joins of up to 33,000 words (20 s).
    const text = 'Ab '.repeat(33_000) + 'President Xi Jinping spoke.';
    const started = performance.now();
    expect(findEntities(text).people).toEqual(['Xi Jinping']);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('a subject with "after", "when" or "once" in it', () => {
  it('is still a speaker; only a clause that opens the sentence in time is not', () => {
    const who = (sentence: string) => findAttributions(sentence).sources.map((s) => s.who);
    expect(who('Officials after the meeting said the bridge would reopen on Monday.')).toEqual([
      'Officials after the meeting',
    ]);
    expect(who('Police when asked said the road was closed.')).toEqual(['Police when asked']);
    expect(
      who('Hours before the commission announced the results, the party claimed it had won.'),
    ).toEqual(['the party']);
    expect(
      who('Two days after the army announced a curfew, the party said it would march.'),
    ).toEqual(['the party']);
  });
});
