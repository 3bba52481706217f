import { describe, expect, it } from 'vitest';
import { AccessibleNames } from '../../src/components/news-timeline/accessible-names.js';
import ja from '../../src/i18n/translations/ja.js';
import ar from '../../src/i18n/translations/ar.js';
import type { TimelineEvent } from '../../src/model/types.js';

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
