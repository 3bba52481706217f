import type { Precision, TimelineEvent } from '../../src/model/types.js';

/** An event that is only a span: what ordering and layout tests are about. */
export function spanEvent(
  id: string,
  start: string,
  end: string | null,
  precision: Precision = 'day',
): TimelineEvent {
  return {
    id,
    headline: id,
    when: { start, end, precision },
    places: [],
    actors: [],
    quantities: [],
    sources: [],
    tags: [],
  };
}
