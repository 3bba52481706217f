import type { TimelineEvent, When } from '../model/types.js';

/**
 * How an event's time looks. Precise times are points, bounded uncertain times solid bands over
 * the whole span they could fill, wide or fuzzy spans faint bands with soft ends, and times the
 * source never gave a dashed outline. Shape and edge style carry the meaning, not colour alone.
 */
export type MarkLook = 'point' | 'band' | 'soft' | 'unspecified' | 'ongoing';

export function markLook(when: When): MarkLook {
  // Under way at publication (no end yet).
  if (when.end === null) return 'ongoing';
  switch (when.precision) {
    case 'instant':
    case 'minute':
      return 'point';
    case 'hour':
    case 'part-of-day':
    case 'day':
      return 'band';
    case 'unspecified':
      return 'unspecified';
    default:
      return 'soft';
  }
}

/** The looks a story's events take: what its legend explains (a cluster's aside). */
export function eventLooks(events: readonly TimelineEvent[]): Set<string> {
  return new Set(events.map((event) => markLook(event.when)));
}

/** The legend's entries, in order: each look and the translation key of its words. */
export const LEGEND_LOOKS = [
  ['point', 'legendInstant'],
  ['band', 'legendDay'],
  ['soft', 'legendRange'],
  ['unspecified', 'legendUnspecified'],
  ['ongoing', 'legendOngoing'],
  ['cluster', 'legendCluster'],
] as const;
