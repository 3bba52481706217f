import { describe, expect, it } from 'vitest';
import { AccessibleNames } from '../../src/components/news-timeline/accessible-names.js';
import ja from '../../src/i18n/translations/ja.js';
import ar from '../../src/i18n/translations/ar.js';
import en from '../../src/i18n/translations/en.js';
import type { ViewCluster } from '../../src/layout/index.js';
import type { Precision, TimelineEvent } from '../../src/model/types.js';

const event = (headline: string): TimelineEvent => ({
  id: 'e',
  headline,
  places: [],
  sources: [],
  actors: [],
  quantities: [],
  tags: [],
  when: { start: '1969-07-20T20:17:00Z', end: '1969-07-20T20:17:00Z', precision: 'minute' },
});

describe('accessible names after a headline that ends its own sentence', () => {
  it('adds no space after a Japanese full stop, and knows full-width and Arabic marks', () => {
    const names = new AccessibleNames();
    names.use({ locale: 'ja', timeZone: 'UTC', vertical: false, drawingWords: ja });
    // Japanese runs sentences together: "着陸した。1969年…", not "着陸した。 1969年…".
    expect(names.event(0, event('イーグルが着陸した。'))).toMatch(/^イーグルが着陸した。1969/);
    names.clear();
    // Not "着陸したのか？。1969年…".
    expect(names.event(0, event('着陸したのか？'))).toMatch(/^着陸したのか？1969/);
    names.use({ locale: 'ar', timeZone: 'UTC', vertical: false, drawingWords: ar });
    // Not "هل هبطت؟. الأحد".
    expect(names.event(0, event('هل هبطت؟'))).toMatch(/^هل هبطت؟ \S/);
  });
});

describe('the span of a cluster', () => {
  const names = new AccessibleNames();
  names.use({ locale: 'en-GB', timeZone: 'America/New_York', vertical: false, drawingWords: en });
  /** A cluster of events each [start, end) at its precision, as the layout makes it. */
  const cluster = (...members: [string, string, Precision][]): ViewCluster => {
    const indexed = members.map(([start, end, precision], i) => ({
      i,
      id: `e${i}`,
      start: Date.parse(start),
      end: Date.parse(end),
      open: false,
      precision,
      lane: 0,
    }));
    return {
      kind: 'cluster',
      lane: 0,
      p0: 0,
      p1: 10,
      count: indexed.length,
      members: indexed,
      t0: Math.min(...indexed.map((m) => m.start)),
      t1: Math.max(...indexed.map((m) => m.end)),
    };
  };
  const minute = (at: string): [string, string, Precision] => [
    at,
    new Date(Date.parse(at) + 60_000).toISOString(),
    'minute',
  ];

  it('ends at the last event it holds: a minute is its time, not the minute after it', () => {
    // NPR's Boston fact board: three facts at 16:21 read "16:21–16:22".
    const sameMinute = cluster(...[0, 1, 2].map(() => minute('2013-04-15T20:21:00Z')));
    expect(names.span(sameMinute)).toBe('15 April 2013 at 16:21');
    // Sky's 7 July 2005: events at 11:00 and 11:15 read "11:00–11:16".
    const quarter = cluster(minute('2013-04-15T15:00:00Z'), minute('2013-04-15T15:15:00Z'));
    expect(names.span(quarter)).toMatch(/11:00\s*–\s*11:15$/);
  });

  it('ends an instant known to the minute at its time (the extractor writes them so)', () => {
    const instant = (at: string): [string, string, Precision] => [at, at, 'minute'];
    const same = cluster(instant('2013-04-15T20:21:00Z'), instant('2013-04-15T20:21:00Z'));
    expect(names.span(same)).toBe('15 April 2013 at 16:21');
    const apart = cluster(instant('2013-04-15T20:21:00Z'), instant('2013-04-15T20:49:00Z'));
    expect(names.span(apart)).toMatch(/16:21\s*–\s*16:49$/);
    // A range known to the minute runs to its end.
    const range = cluster(['2013-04-15T14:00:00Z', '2013-04-15T16:30:00Z', 'minute']);
    expect(names.span(range)).toMatch(/10:00\s*–\s*12:30$/);
  });

  it('keeps the end of a span that is a span: an hour runs to its end', () => {
    const hours = cluster(minute('2013-04-15T14:05:00Z'), [
      '2013-04-15T14:00:00Z',
      '2013-04-15T15:00:00Z',
      'hour',
    ]);
    expect(names.span(hours)).toMatch(/10:00\s*–\s*11:00$/);
  });
});
