import { describe, expect, it } from 'vitest';
import { matchSlots, type SlotItem } from '../../src/components/news-timeline/item-slots.js';

/**
 * Items from a compact spelling: `c:a` a cluster keyed a, `e:b` an event keyed b, `u:n` an item
 * keyed n of a kind of its own (an event a live update just added).
 */
function items(spelled: string): SlotItem[] {
  const kinds: Record<string, string> = { c: 'cluster', e: 'event' };
  return spelled
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const [kind, key] = word.split(':') as [string, string];
      return { kind: kinds[kind] ?? key, key };
    });
}

/** Whether a matching may draw `b` in the nodes of `a`: its own, or another's of its kind. */
const mayTake = (a: SlotItem, b: SlotItem) => a.key === b.key || a.kind === b.kind;

/** The properties every matching has: one new item per old one, in order, its own or its kind's. */
function expectValid(old: SlotItem[], next: SlotItem[], from: number[], reserved = ''): void {
  expect(from).toHaveLength(next.length);
  const used = from.filter((i) => i >= 0);
  expect(new Set(used).size).toBe(used.length);
  expect(used).toEqual([...used].sort((a, b) => a - b));
  from.forEach((i, j) => {
    if (i < 0) return;
    expect(mayTake(old[i]!, next[j]!)).toBe(true);
    if (old[i]!.key === reserved) expect(next[j]!.key).toBe(reserved);
  });
}

/** Longest common subsequence by `mayTake`: the most nodes an order-keeping matching can reuse. */
function mostReusable(old: SlotItem[], next: SlotItem[]): number {
  // best[j]: the longest for the old items so far and the first j new ones.
  let best: number[] = new Array<number>(next.length + 1).fill(0);
  for (const a of old) {
    const row = [0];
    next.forEach((b, j) =>
      row.push(mayTake(a, b) ? best[j]! + 1 : Math.max(best[j + 1]!, row[j]!)),
    );
    best = row;
  }
  return best[next.length]!;
}

describe('matchSlots', () => {
  it('draws a zoom that changed every key in the nodes it has, in order', () => {
    const old = items('c:a c:b e:c c:d');
    const next = items('c:w c:x e:y c:z');
    expect(matchSlots(old, next, [], '')).toEqual([0, 1, 2, 3]);
  });

  it('keeps an item in its own nodes among as many reused', () => {
    expect(matchSlots(items('c:a c:b'), items('c:b'), [], '')).toEqual([1]);
    expect(matchSlots(items('c:a c:b c:c'), items('c:x c:b c:y'), [], '')).toEqual([0, 1, 2]);
  });

  it('keeps every item in its own nodes when only their inputs changed', () => {
    const same = items('c:a e:b c:c e:d');
    expect(matchSlots(same, same, [], 'b')).toEqual([0, 1, 2, 3]);
  });

  it('reuses no node across kinds', () => {
    expect(matchSlots(items('c:a c:b'), items('e:x e:y'), [], '')).toEqual([-1, -1]);
  });

  it('reuses one more node rather than keep more items in their own', () => {
    const own = Array.from({ length: 20 }, (_, k) => `e:o${k}`).join(' ');
    const old = items(`${own} e:p`);
    const next = items(`e:q ${own}`);
    // Each item one node along reuses all 21 nodes; keeping the 20 in their own reuses 20.
    expect(matchSlots(old, next, [], '').filter((i) => i >= 0)).toHaveLength(21);
  });

  it('draws an item of a kind of its own in none but its own nodes', () => {
    expect(matchSlots(items('e:a e:b'), items('e:a u:n'), [], '')).toEqual([0, -1]);
    // ...and its own it keeps when its kind changes back (an added event's highlight ends).
    expect(matchSlots(items('e:a u:n e:b'), items('e:x e:n e:y'), [], '')).toEqual([0, 1, 2]);
    expect(matchSlots(items('u:n'), items('e:n'), [true], 'n')).toEqual([0]);
  });

  it('keeps fixed items in their nodes and moves nothing around them (a pan)', () => {
    const old = items('e:a e:b e:c e:d e:e');
    const next = items('e:c e:d e:e e:f e:g');
    // a and b left at the start, f and g come at the end: handing a's nodes to f would move them.
    expect(matchSlots(old, next, [true, true, true, false, false], '')).toEqual([2, 3, 4, -1, -1]);
  });

  it('never hands the reserved (focused) item nodes to another', () => {
    const old = items('e:a e:b');
    const next = items('e:x e:y');
    const from = matchSlots(old, next, [], 'a');
    expect(from).toEqual([1, -1]);
    expectValid(old, next, from, 'a');
  });

  it('reuses as many nodes as any order-keeping matching could, on random lists', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) as number;
    const randomItems = (length: number, prefix: string) =>
      Array.from({ length }, (_, k) => ({
        kind: random() < 0.7 ? 'cluster' : 'event',
        key: random() < 0.3 ? `shared${k}` : `${prefix}${k}`,
      }));
    for (let round = 0; round < 200; round++) {
      const old = randomItems(Math.floor(random() * 30), 'old');
      const next = randomItems(Math.floor(random() * 30), 'new');
      const from = matchSlots(old, next, [], '');
      expectValid(old, next, from);
      expect(from.filter((i) => i >= 0).length).toBe(mostReusable(old, next));
    }
  });
});
