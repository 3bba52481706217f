import { describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { toJsonSchema } from '../../src/model/json-schema.js';

describe('TimelineEvent.planned', () => {
  const event = iraqTimeline.events[0]!;

  it('is kept when true or false and absent when not given', () => {
    const { timeline, problems } = parseTimeline({
      ...iraqTimeline,
      events: [
        { ...event, planned: true },
        { ...event, id: 'b', planned: false },
        { ...event, id: 'c' },
      ],
    });
    expect(problems).toEqual([]);
    expect(timeline!.events.map((e) => e.planned)).toEqual([true, false, undefined]);
    expect('planned' in timeline!.events[2]!).toBe(false);
  });

  it('reports anything but true or false, naming the event', () => {
    const { timeline, problems } = parseTimeline({
      ...iraqTimeline,
      events: [{ ...event, planned: 'yes' }],
    });
    expect(problems[0]).toMatchObject({ path: 'events[0].planned', eventId: event.id });
    expect(problems[0]!.message).toMatch(/planned should be true or false/);
    expect(timeline!.events[0]!.planned).toBeUndefined();
  });

  it('is in the published JSON Schema', () => {
    const schema = toJsonSchema() as {
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    expect(schema.$defs.Event!.properties.planned).toMatchObject({ type: 'boolean' });
  });
});
