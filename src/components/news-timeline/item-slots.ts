/**
 * Which nodes each drawn item is drawn in. Lit's keyed `repeat` removes the nodes of every key
 * that left and clones new ones for every key that came, node by node; a zoom changes most
 * clusters, and so most keys. Matching the new items to the old ones' nodes instead lets Lit
 * update the nodes it has. Pure: no DOM.
 */

/** A drawn item as the matching sees it: its key and which template draws it. */
export interface SlotItem {
  readonly key: string;
  readonly kind: string;
}

/**
 * For each new item, the index of the old item whose nodes it takes over, or -1 for new nodes.
 *
 * The matching keeps the list's order (`repeat` then moves no node: moving one costs what removing
 * it does) and the kind (another template is drawn anew). Items in `fixed` keep their own nodes
 * and split the lists into stretches matched on their own; within a stretch an item keeps its own
 * nodes where it can, and otherwise takes those of another of its kind (a weighted longest common
 * subsequence). The nodes of `reserved` go to no other item: a focused button never turns into
 * another event.
 */
export function matchSlots(
  old: readonly SlotItem[],
  next: readonly SlotItem[],
  fixed: ReadonlySet<string>,
  reserved: string,
): number[] {
  const from = next.map(() => -1);
  /** Matches `old[i0..i1)` with `next[j0..j1)` by dynamic programming, into `from`. */
  const matchStretch = (i0: number, i1: number, j0: number, j1: number): void => {
    const width = j1 - j0 + 1;
    // best[r * width + c]: the most a matching of the first r old and first c new items is worth.
    const best = new Uint32Array((i1 - i0 + 1) * width);
    for (let r = 1; r <= i1 - i0; r++) {
      for (let c = 1; c < width; c++) {
        const w = worth(old[i0 + r - 1]!, next[j0 + c - 1]!, reserved);
        best[r * width + c] = Math.max(
          best[(r - 1) * width + c]!,
          best[r * width + c - 1]!,
          w && best[(r - 1) * width + c - 1]! + w,
        );
      }
    }
    for (let r = i1 - i0, c = width - 1; r > 0 && c > 0;) {
      const here = best[r * width + c]!;
      if (here === best[(r - 1) * width + c]) r--;
      else if (here === best[r * width + c - 1]) c--;
      else from[j0 + --c] = i0 + --r;
    }
  };
  const oldIndex = new Map(old.map((item, i) => [item.key, i]));
  let i0 = 0;
  let j0 = 0;
  next.forEach((item, j) => {
    const i = oldIndex.get(item.key);
    if (i === undefined || i < i0 || !fixed.has(item.key)) return;
    matchStretch(i0, i, j0, j);
    from[j] = i;
    i0 = i + 1;
    j0 = j + 1;
  });
  matchStretch(i0, old.length, j0, next.length);
  return from;
}

/**
 * How much matching `a` with `b` is worth: nodes reused come first (a node created and one removed
 * cost far more than the text of one updated), and among as many, an item in its own nodes.
 */
function worth(a: SlotItem, b: SlotItem, reserved: string): number {
  if (a.kind !== b.kind) return 0;
  if (a.key === b.key) return 17;
  return a.key === reserved ? 0 : 16;
}
