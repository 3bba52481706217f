import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import type { Timeline } from '../../src/model/types.js';

function withCorrection(correction: unknown, extra: Partial<Timeline> = {}): unknown {
  const timeline = structuredClone(iraqTimeline);
  Object.assign(timeline, extra);
  Object.assign(timeline.events[1]!, {
    updated: '2014-06-14T16:05:00+03:00',
    corrections: [correction],
  });
  return timeline;
}

const correction = {
  at: '2014-06-14T16:05:00+03:00',
  fields: ['quantities'],
  note: 'An earlier version gave the number as 2,000.',
};

describe('revisions and corrections in the model', () => {
  it('keeps a timeline revision time and an event correction as given', () => {
    const result = parseTimeline(
      withCorrection(correction, { updated: '2014-06-14T16:05:00+03:00' }),
    );
    expect(result.problems).toEqual([]);
    expect(result.timeline?.updated).toBe('2014-06-14T16:05:00+03:00');
    expect(result.timeline?.events[1]?.corrections).toEqual([correction]);
    expect(result.timeline?.events[1]?.updated).toBe('2014-06-14T16:05:00+03:00');
  });

  it('leaves events without corrections as they were (no empty list added)', () => {
    const event = parseTimeline(iraqTimeline).timeline!.events[0]!;
    expect('corrections' in event).toBe(false);
  });

  it.each([
    [{ ...correction, at: 'yesterday' }, 'events[1].corrections[0].at'],
    [{ ...correction, fields: ['colour'] }, 'events[1].corrections[0].fields[0]'],
    [{ ...correction, note: '' }, 'events[1].corrections[0].note'],
  ])('names the event and the field of a bad correction (%#)', (bad, path) => {
    const result = parseTimeline(withCorrection(bad));
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.eventId).toBe(iraqTimeline.events[1]!.id);
    // The other events are all still there.
    expect(result.timeline!.events.length).toBeGreaterThanOrEqual(iraqTimeline.events.length - 1);
  });
});
