import type { TimelineEvent, When } from './types.js';

/** An event with every list empty: only what a caller knows needs saying. */
export function createEvent(
  id: string,
  headline: string,
  when: When,
  extra: Partial<Omit<TimelineEvent, 'id' | 'headline' | 'when'>> = {},
): TimelineEvent {
  return {
    id,
    headline,
    when,
    places: [],
    actors: [],
    quantities: [],
    sources: [],
    tags: [],
    ...extra,
  };
}
