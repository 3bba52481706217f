/**
 * What changed between two versions of one timeline, keyed by event id: the events added, the
 * events removed and, for events in both, which fields differ. Order in the arrays counts only
 * where the drawing keeps it: events dated alike stand in the order given (`sortEvents`), so a
 * timeline that reorders those is not unchanged; other reorders are.
 */
import { EVENT_FIELDS, type EventField, type Timeline, type TimelineEvent } from './types.js';
import { sortEvents } from './sort.js';

export interface ChangedEvent {
  id: string;
  /** The fields whose values differ, in a fixed order. */
  fields: EventField[];
}

export interface TimelineDiff {
  /** Ids in the new timeline only, in its order. */
  added: string[];
  /** Ids in the old timeline only, in its order. */
  removed: string[];
  /** Events in both whose content differs, in the new timeline's order. */
  changed: ChangedEvent[];
  /** True when nothing at all changed, the timeline's own fields included. */
  unchanged: boolean;
}

/** Fields of the timeline itself, outside its events, whose change makes a diff non-empty. */
const TIMELINE_FIELDS = [
  'title',
  // The introduction and its picture: under the title and in story mode's title card.
  'summary',
  'media',
  'language',
  'published',
  'timeZone',
  'eras',
  'article',
  'updated',
] as const satisfies readonly (keyof Timeline)[];

export function diffTimelines(before: Timeline, after: Timeline): TimelineDiff {
  const old = new Map<string, TimelineEvent>();
  for (const event of before.events) old.set(event.id, event);
  const added: string[] = [];
  const changed: ChangedEvent[] = [];
  const kept = new Set<string>();
  for (const event of after.events) {
    const previous = old.get(event.id);
    if (!previous) {
      added.push(event.id);
      continue;
    }
    kept.add(event.id);
    const fields = changedFields(previous, event);
    if (fields.length > 0) changed.push({ id: event.id, fields });
  }
  const removed = before.events.filter((event) => !kept.has(event.id)).map((event) => event.id);
  const unchanged =
    added.length === 0 &&
    removed.length === 0 &&
    changed.length === 0 &&
    TIMELINE_FIELDS.every((field) => sameJson(before[field], after[field])) &&
    sameOrder(before.events, after.events);
  return { added, removed, changed, unchanged };
}

/** The same events in the same chronological order (ties in input order: `sortEvents`). */
function sameOrder(before: readonly TimelineEvent[], after: readonly TimelineEvent[]): boolean {
  if (before.every((event, k) => event.id === after[k]?.id)) return true;
  const a = sortEvents(before);
  const b = sortEvents(after);
  return a.every((event, k) => event.id === b[k]!.id);
}

const KNOWN = new Set<string>(['id', ...EVENT_FIELDS]);

function changedFields(before: TimelineEvent, after: TimelineEvent): EventField[] {
  const fields: EventField[] = [];
  if (before === after) return fields;
  for (const field of EVENT_FIELDS) if (!sameJson(before[field], after[field])) fields.push(field);
  // Fields this module does not list (a newer model's) still count, after the known ones.
  for (const event of [after, before]) {
    for (const key in event) {
      if (KNOWN.has(key) || fields.includes(key as EventField)) continue;
      // Cast where read rather than copied to a typed variable: terser keeps such a copy.
      if (!sameJson(before[key as EventField], after[key as EventField])) {
        fields.push(key as EventField);
      }
    }
  }
  return fields;
}

/**
 * Equality of JSON-shaped values: objects compare by their defined keys, whatever their order,
 * and an absent key equals one set to undefined.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  // Lists by their indices, as objects by their keys: only their lengths compared first.
  if (Array.isArray(a) && a.length !== b.length) return false;
  for (const key in a) if (!sameJson(a[key], b[key])) return false;
  // Keys only the right side has: equal only when they hold undefined.
  for (const key in b) if (!(key in a) && b[key] !== undefined) return false;
  return true;
}

/** An object or a list, read by key (a list's keys are its indices). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
