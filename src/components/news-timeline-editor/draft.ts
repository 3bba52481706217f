/**
 * The editor's document: a timeline under review, each event's review status, and the extractor's
 * flags. Every change is an `EditOp` applied by `applyOp`, a pure function returning a new draft
 * (nothing is mutated), so undo is a stack of drafts and each change can be tested in Node.
 * No DOM here.
 */
import type { ExtractionFlag } from '../../extract/index.js';
import { createEvent } from '../../model/create-event.js';
import { slug } from '../../model/slug.js';
import type {
  Actor,
  Place,
  Quantity,
  Source,
  Timeline,
  TimelineEvent,
  When,
} from '../../model/types.js';

/** Rejected events stay in the draft (to be reconsidered) but are never exported. */
export type ReviewStatus = 'pending' | 'accepted' | 'rejected';

export interface Draft {
  timeline: Timeline;
  status: Record<string, ReviewStatus>;
  flags: ExtractionFlag[];
}

export type ListName = 'places' | 'actors' | 'quantities' | 'sources';
export type TextField = 'headline' | 'summary' | 'category';

export type EditOp =
  | { type: 'status'; id: string; status: ReviewStatus }
  | { type: 'text'; id: string; field: TextField; value: string }
  | { type: 'when'; id: string; when: When }
  | { type: 'planned'; id: string; planned: boolean }
  | { type: 'list-add'; id: string; list: ListName }
  | { type: 'list-remove'; id: string; list: ListName; index: number }
  | { type: 'list-set'; id: string; list: ListName; index: number; field: string; value: unknown }
  | { type: 'add'; event: TimelineEvent }
  | { type: 'title'; value: string }
  | { type: 'published'; value: string };

/** What a new, empty item of each list holds; the editor fills it in. */
const EMPTY: {
  places: () => Place;
  actors: () => Actor;
  quantities: () => Quantity;
  sources: () => Source;
} = {
  places: () => ({ name: '' }),
  actors: () => ({ name: '', kind: 'person' }),
  quantities: () => ({ value: 0, unit: '', approximate: false }),
  sources: () => ({ who: '', named: true, verb: 'said' }),
};

export function createDraft(timeline: Timeline, flags: ExtractionFlag[] = []): Draft {
  const status: Record<string, ReviewStatus> = {};
  for (const event of timeline.events) status[event.id] = 'pending';
  return { timeline, status, flags };
}

function updateEvent(
  draft: Draft,
  id: string,
  change: (event: TimelineEvent) => TimelineEvent,
): Draft {
  let found = false;
  const events = draft.timeline.events.map((event) => {
    if (event.id !== id) return event;
    found = true;
    return change(event);
  });
  return found ? { ...draft, timeline: { ...draft.timeline, events } } : draft;
}

function setText(event: TimelineEvent, field: TextField, value: string): TimelineEvent {
  if (field === 'headline') return { ...event, headline: value };
  const next = { ...event };
  if (value.trim() === '') delete next[field];
  else next[field] = value;
  if (field === 'category') next.tags = value.trim() ? [value] : [];
  return next;
}

function setItem(item: object, field: string, value: unknown): object {
  const next: Record<string, unknown> = { ...item };
  if (value === undefined || value === '') delete next[field];
  else next[field] = value;
  return next;
}

export function applyOp(draft: Draft, op: EditOp): Draft {
  switch (op.type) {
    case 'status':
      return { ...draft, status: { ...draft.status, [op.id]: op.status } };
    case 'text':
      return updateEvent(draft, op.id, (event) => setText(event, op.field, op.value));
    case 'when':
      return updateEvent(draft, op.id, (event) => ({ ...event, when: op.when }));
    case 'planned':
      return updateEvent(draft, op.id, (event) => {
        const next = { ...event };
        if (op.planned) next.planned = true;
        else delete next.planned;
        return next;
      });
    case 'list-add':
      return updateEvent(draft, op.id, (event) => ({
        ...event,
        [op.list]: [...event[op.list], EMPTY[op.list]()],
      }));
    case 'list-remove':
      return updateEvent(draft, op.id, (event) => ({
        ...event,
        [op.list]: event[op.list].filter((_, index) => index !== op.index),
      }));
    case 'list-set':
      return updateEvent(draft, op.id, (event) => ({
        ...event,
        [op.list]: (event[op.list] as object[]).map((item, index) =>
          index === op.index ? setItem(item, op.field, op.value) : item,
        ),
      }));
    case 'add':
      return {
        ...draft,
        timeline: { ...draft.timeline, events: [...draft.timeline.events, op.event] },
        status: { ...draft.status, [op.event.id]: 'accepted' },
      };
    case 'title':
      return { ...draft, timeline: { ...draft.timeline, title: op.value } };
    case 'published': {
      // Given by the editor, the time is no longer the import's guess: the story draws its line.
      const { publishedDefaulted: _guessed, ...timeline } = draft.timeline;
      return { ...draft, timeline: { ...timeline, published: op.value } };
    }
  }
}

/** The timeline to validate and publish: every event that was not rejected. */
export function exportTimeline(draft: Draft): Timeline {
  return {
    ...draft.timeline,
    events: draft.timeline.events.filter((event) => draft.status[event.id] !== 'rejected'),
  };
}

/** An id not yet taken, from the headline's first words. */
export function freshId(headline: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slug(headline.split(/\s+/).slice(0, 6).join(' ')) || 'event';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A blank event an editor adds by hand: the publication day, to be narrowed. */
export function blankEvent(draft: Draft, headline: string, when: When): TimelineEvent {
  const ids = draft.timeline.events.map((event) => event.id);
  return createEvent(freshId(headline, ids), headline, when);
}
