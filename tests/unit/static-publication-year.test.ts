// The static SVG's publication label names its year as the element's does (review, round twenty-eight).
import { describe, expect, it } from 'vitest';
import { renderSVG } from '../../src/static/index.js';
import { createEvent } from '../../src/model/create-event.js';
import type { Timeline } from '../../src/model/types.js';
import { allElements, parseXml, textOf } from './xml-tree.js';

describe('renderSVG publication label over years', () => {
  it('names the year when the events fall in more than one, as the element now does', () => {
    const day = (id: string, date: string) =>
      createEvent(id, `Event of ${date}`, {
        start: `${date}T00:00:00+00:00`,
        end: null,
        precision: 'day',
      });
    const timeline = {
      id: 'saga',
      title: 'A saga over two years',
      language: 'en-GB',
      timeZone: 'Europe/London',
      published: '2014-08-19T12:00:00+01:00',
      events: [
        day('a', '2013-11-02'),
        day('b', '2014-02-10'),
        day('c', '2014-07-30'),
        day('d', '2014-08-25'),
      ],
      eras: [],
    } as unknown as Timeline;
    const root = parseXml(renderSVG(timeline, { width: 1200 }));
    const label = allElements(root).find((e) => e.attributes.class === 'published-label');
    expect(label, 'publication label drawn').toBeDefined();
    expect(textOf(label!)).toContain('2014');
  });
});
