import type { Precision, TimelineEvent } from '../../src/model/types.js';
import { createEvent } from '../../src/model/create-event.js';

/** An event that is only a span: what ordering and layout tests are about. */
export function spanEvent(
  id: string,
  start: string,
  end: string | null,
  precision: Precision = 'day',
): TimelineEvent {
  return createEvent(id, id, { start, end, precision });
}
