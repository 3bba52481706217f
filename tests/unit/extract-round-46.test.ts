// Round forty-six: the gaps earlier rounds left, each tested on sentences written for this file.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../src/extract/index.js';

// A Thursday noon in London (BST, +01:00).
const options = { published: '2018-06-14T12:00:00+01:00', timeZone: 'Europe/London' };
const events = (text: string, published = options.published) =>
  extractTimeline(text, { ...options, published }).timeline.events;

describe('a plan dated by a part of a period', () => {
  it('is read forward as the whole period is', () => {
    const [plant, talks] = events(
      'The company will open the plant in late 2019. Talks will resume early next week.',
    );
    expect(plant).toMatchObject({ headline: 'The company will open the plant', planned: true });
    expect(plant!.when).toMatchObject({
      start: '2019-07-01T00:00:00+01:00',
      end: '2020-01-01T00:00:00+00:00',
      precision: 'range',
      text: 'in late 2019',
    });
    expect(talks!.when.start).toBe('2018-06-18T00:00:00+01:00');
    expect(talks!.planned).toBe(true);
  });
});
