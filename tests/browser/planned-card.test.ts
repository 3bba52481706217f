// The card marks an event that had not happened at publication, in the reader's language.
import { afterEach, expect, it } from 'vitest';
import '../../src/news-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { ALL_TRANSLATIONS } from '../../src/i18n/translations/all.js';
import { cleanup, shadow } from './fixtures.js';

afterEach(cleanup);

const planned: TimelineEvent = {
  id: 'bridge-reopens',
  headline: 'The bridge is expected to reopen',
  planned: true,
  when: { start: '2021-03-12T00:00:00Z', end: '2021-03-13T00:00:00Z', precision: 'day' },
  places: [],
  actors: [],
  quantities: [],
  sources: [],
  tags: [],
};

it.each(ALL_TRANSLATIONS.map((t) => [t.$code, t.planned]))(
  'says "planned" in %s',
  async (code, word) => {
    const card = document.createElement('news-event-card');
    card.event = planned;
    card.locale = code;
    document.body.append(card);
    await card.updateComplete;
    expect(shadow(card).querySelector('[part~="planned"]')?.textContent).toBe(word);
  },
);

it('shows no mark on an event that happened', async () => {
  const card = document.createElement('news-event-card');
  card.event = { ...planned, planned: false };
  document.body.append(card);
  await card.updateComplete;
  expect(shadow(card).querySelector('[part~="planned"]')).toBeNull();
});
