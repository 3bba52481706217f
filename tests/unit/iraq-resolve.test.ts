import { describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { resolveWhen } from '../../src/extract/time/resolve-when.js';
import { endedByPublication } from '../../src/extract/extract-timeline.js';
import { sortEvents } from '../../src/model/sort.js';

/**
 * The article fixture's spans against the resolver: every event whose `when.text` the resolver
 * understands must carry exactly the span the resolver gives for those words, read against the
 * timeline's own reference and zone. Texts that are not a time expression on their own are listed,
 * so that a change in either the fixture or the grammar shows up here.
 */
const NOT_TIME_EXPRESSIONS = new Set(['confirmed on Friday', 'continuing to reorganise']);

const withText = iraqTimeline.events.filter((event) => event.when.text !== undefined);
const options = { reference: iraqTimeline.published, timeZone: iraqTimeline.timeZone };

describe('iraq-2014 fixture against resolveWhen', () => {
  it('has time words to check', () => {
    expect(withText.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withText.map((event) => [event.id, event] as const))('%s', (_id, event) => {
    const text = event.when.text!;
    const result = resolveWhen(text, options);
    if (NOT_TIME_EXPRESSIONS.has(text)) {
      expect(result.ok).toBe(false);
      return;
    }
    if (!result.ok) throw new Error(`"${text}" did not resolve: ${result.reason}`);
    // As the extractor reads a reported happening: it had happened by publication.
    const when = endedByPublication(result.when, iraqTimeline.published!);
    expect({
      start: when.start,
      end: when.end,
      precision: when.precision,
    }).toEqual({ start: event.when.start, end: event.when.end, precision: event.when.precision });
  });

  it('lists its events in sortEvents order, as the fixture says', () => {
    expect(sortEvents(iraqTimeline.events).map((event) => event.id)).toEqual(
      iraqTimeline.events.map((event) => event.id),
    );
  });
});
