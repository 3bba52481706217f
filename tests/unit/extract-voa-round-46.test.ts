// Round forty-six: three more reports nobody here wrote (two of VOA's, one of Wikinews'), drafted
// by the extractor; what each draft gets right, and what the round's rules mended in it.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../src/extract/index.js';
import {
  VOA_BAE_PUBLISHED,
  VOA_BAE_TEXT,
  VOA_BAE_ZONE,
} from '../fixtures/corpus/voa-kenneth-bae.js';
import {
  VOA_MYANMAR_PUBLISHED,
  VOA_MYANMAR_TEXT,
  VOA_MYANMAR_ZONE,
} from '../fixtures/corpus/voa-myanmar-journalist.js';
import {
  WIKINEWS_TRAIN_PUBLISHED,
  WIKINEWS_TRAIN_TEXT,
  WIKINEWS_TRAIN_ZONE,
} from '../fixtures/corpus/wikinews-india-train.js';

function draft(text: string, published: string, timeZone: string) {
  const { timeline } = extractTimeline(text, { published, timeZone });
  const find = (pattern: RegExp) => timeline.events.find((e) => pattern.test(e.headline))!;
  return { timeline, find };
}

describe('VOA, "NKorea Sentences American to 15 Years Hard Labor" (2 May 2013)', () => {
  const { timeline, find } = draft(VOA_BAE_TEXT, VOA_BAE_PUBLISHED, VOA_BAE_ZONE);

  it('dates the conviction two days before KCNA’s Thursday, and the arrest to November', () => {
    expect(timeline.title).toBe('NKorea Sentences American to 15 Years Hard Labor');
    const conviction = find(/^Pae Jun-ho was convicted at a trial$/);
    expect(conviction.when).toMatchObject({
      start: '2013-04-30T00:00:00+09:00',
      end: '2013-05-01T00:00:00+09:00',
      precision: 'day',
    });
    expect(conviction.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Pae Jun-ho', 'Kenneth Bae']),
    );
    expect(find(/^The 44-year-old was arrested/).when).toMatchObject({
      start: '2012-11-01T00:00:00+09:00',
      precision: 'month',
    });
    expect(find(/^Two television journalists were detained/).when.start).toBe(
      '2009-01-01T00:00:00+09:00',
    );
    expect(find(/^Former U\.S\. President Jimmy Carter negotiated/).when.start).toBe(
      '2010-01-01T00:00:00+09:00',
    );
  });

  it('has no speaker "It has previously" and no person "Former U"', () => {
    const everyone = timeline.events.flatMap((e) => [
      ...e.actors.map((a) => a.name),
      ...e.sources.map((s) => s.who),
    ]);
    expect(everyone).not.toContain('It has previously');
    expect(everyone).not.toContain('Former U');
    expect(find(/Bill Clinton later traveled/).actors).toEqual([
      { name: 'Bill Clinton', kind: 'person' },
    ]);
  });
});

describe('VOA, "VOA Contributor Sentenced to 3 Years\' Prison in Myanmar" (7 October 2022)', () => {
  const { find } = draft(VOA_MYANMAR_TEXT, VOA_MYANMAR_PUBLISHED, VOA_MYANMAR_ZONE);

  it('dates the sentence to Friday, the arrest to 15 August 2021, and plans the hearing ahead', () => {
    expect(find(/^A Myanmar journalist .* was sentenced$/).when).toMatchObject({
      start: '2022-10-07T00:00:00+06:30',
      precision: 'day',
    });
    expect(find(/^Sithu Aung Myint, who also reported/).when).toMatchObject({
      start: '2021-08-15T00:00:00+06:30',
      end: '2021-08-16T00:00:00+06:30',
      precision: 'day',
    });
    const hearing = find(/^The journalist is next scheduled to appear in court$/);
    expect(hearing.planned).toBe(true);
    expect(hearing.when.start).toBe('2022-10-13T00:00:00+06:30');
  });
});

describe('Wikinews, "Major train wreck in Southern India" (29 October 2005)', () => {
  const { timeline, find } = draft(
    WIKINEWS_TRAIN_TEXT,
    WIKINEWS_TRAIN_PUBLISHED,
    WIKINEWS_TRAIN_ZONE,
  );

  it('dates the derailment to the hour around 4:15 a.m. and the travel to no Tuesday', () => {
    expect(timeline.title).toBe('Major train wreck in Southern India');
    const derailment = find(/^A train derailment has resulted in at least 100 casualties$/);
    expect(derailment.when).toMatchObject({
      start: '2005-10-29T03:45:00+05:30',
      end: '2005-10-29T04:45:00+05:30',
      precision: 'hour',
    });
    expect(derailment.places.map((p) => p.name)).toContain('Andhra Pradesh');
    expect(derailment.actors).toEqual([]);
    expect(derailment.quantities).toEqual([
      { value: 100, unit: 'casualties', approximate: false, text: '100' },
    ]);
    expect(derailment.sources.map((s) => s.who)).toEqual(['The BBC and CNN']);
    expect(find(/^Heavy rains/).when.precision).toBe('week');
    expect(find(/passengers were traveling/).when.precision).toBe('unspecified');
  });
});
