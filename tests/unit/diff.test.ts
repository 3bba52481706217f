import { describe, expect, it } from 'vitest';
import { diffTimelines, sameJson } from '../../src/model/diff.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import type { Timeline, TimelineEvent } from '../../src/model/types.js';

/** A deep copy, so edits never reach the fixture. */
function copy(timeline: Timeline): Timeline {
  return structuredClone(timeline);
}

function eventById(timeline: Timeline, id: string): TimelineEvent {
  return timeline.events.find((event) => event.id === id)!;
}

const [first, second, third] = iraqTimeline.events.map((event) => event.id) as [
  string,
  string,
  string,
];

describe('diffTimelines', () => {
  it('finds nothing between a timeline and a copy of it', () => {
    expect(diffTimelines(iraqTimeline, copy(iraqTimeline))).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: true,
    });
  });

  it('ignores the order of object keys, and of events where the drawing does not keep it', () => {
    const rekeyed = copy(iraqTimeline);
    const event = eventById(rekeyed, first);
    const { start, end, precision, ...rest } = event.when;
    event.when = { ...rest, precision, end, start };
    expect(diffTimelines(iraqTimeline, rekeyed).unchanged).toBe(true);
    // Two events at different times swapped in the array: the drawing reads the same.
    const swapped = copy(iraqTimeline);
    const [k, j] = [first, second].map((id) => swapped.events.findIndex((e) => e.id === id));
    [swapped.events[k!], swapped.events[j!]] = [swapped.events[j!]!, swapped.events[k!]!];
    expect(diffTimelines(iraqTimeline, swapped).unchanged).toBe(true);
  });

  it('counts a new order of events dated alike, which the drawing and story keep', () => {
    // The ten background events all read "by 14 June": reversed, they stand in another order.
    const reordered = copy(iraqTimeline);
    reordered.events.reverse();
    expect(diffTimelines(iraqTimeline, reordered)).toMatchObject({
      added: [],
      removed: [],
      changed: [],
      unchanged: false,
    });
  });

  it('reports added and removed events by id, in their timelines order', () => {
    const next = copy(iraqTimeline);
    next.events = next.events.filter((event) => event.id !== second && event.id !== third);
    next.events.push({ ...copy(iraqTimeline).events[0]!, id: 'new-1' });
    const diff = diffTimelines(iraqTimeline, next);
    expect(diff.added).toEqual(['new-1']);
    expect(diff.removed).toEqual([second, third]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toBe(false);
  });

  it('names the fields that changed: a narrowed time, a corrected number, a new source', () => {
    const next = copy(iraqTimeline);
    const narrowed = eventById(next, first);
    narrowed.when = {
      ...narrowed.when,
      start: '2014-06-14T02:30:00+03:00',
      end: '2014-06-14T02:30:00+03:00',
      precision: 'minute',
      text: 'at 02:30',
    };
    const corrected = eventById(next, second);
    corrected.quantities = [{ value: 2000, unit: 'troops', approximate: false }];
    corrected.sources = [
      ...corrected.sources,
      { who: 'a Reuters reporter', named: false, verb: 'witnessed' },
    ];
    const diff = diffTimelines(iraqTimeline, next);
    expect(diff.changed).toEqual(
      expect.arrayContaining([
        { id: first, fields: ['when'] },
        { id: second, fields: ['quantities', 'sources'] },
      ]),
    );
    expect(diff.changed).toHaveLength(2);
  });

  it('keys by id: an id reused for another event is a change of everything that differs', () => {
    const next = copy(iraqTimeline);
    const reused = eventById(next, first);
    const other = copy(iraqTimeline).events.find((event) => event.id === third)!;
    Object.assign(reused, { ...other, id: first });
    const fields = diffTimelines(iraqTimeline, next).changed.find((c) => c.id === first)?.fields;
    expect(fields).toContain('headline');
    expect(fields).toContain('when');
  });

  it('counts a field it does not know, added or removed, as a change', () => {
    const next = copy(iraqTimeline);
    Object.assign(eventById(next, first), { media: [{ kind: 'image', url: 'a.jpg', alt: 'A' }] });
    expect(diffTimelines(iraqTimeline, next).changed).toEqual([{ id: first, fields: ['media'] }]);
    expect(diffTimelines(next, iraqTimeline).changed).toEqual([{ id: first, fields: ['media'] }]);
  });

  it('a change to the timeline itself makes the diff non-empty with no event changes', () => {
    const next = { ...copy(iraqTimeline), title: 'Iraq turns to Iran for help (updated)' };
    const diff = diffTimelines(iraqTimeline, next);
    expect(diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: false });
    // The introduction and its picture too: a version that only rewrote them was dropped.
    const summary = { ...copy(iraqTimeline), summary: 'Iran has sent troops.' };
    expect(diffTimelines(iraqTimeline, summary).unchanged).toBe(false);
    const media = { ...copy(iraqTimeline), media: [] };
    expect(diffTimelines(iraqTimeline, media).unchanged).toBe(false);
  });

  it('handles 100,000 events', () => {
    const before = syntheticTimeline({ count: 100_000, seed: 5 });
    const after = copy(before);
    after.events.splice(10, 3);
    after.events[500]!.headline += ' (corrected)';
    const diff = diffTimelines(before, after);
    expect(diff.removed).toHaveLength(3);
    expect(diff.changed).toEqual([{ id: after.events[500]!.id, fields: ['headline'] }]);
  });
});

describe('sameJson', () => {
  it('treats an absent key like an undefined one, and arrays by position', () => {
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
