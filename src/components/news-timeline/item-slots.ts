/**
 * Which nodes each drawn item is drawn in. A keyed list (Lit's `repeat`) removes the nodes of
 * every key that left and clones new ones for every key that came, node by node; a zoom changes
 * most clusters, and so most keys. Matching the new items to the old ones' nodes instead lets Lit
 * update the nodes it has. Pure: no DOM.
 */

/**
 * A drawn item as the matching sees it: its key, and its kind, whose nodes it may take: those of
 * items of its kind (drawn by its template), or none but its own for a kind no other item has.
 */
export interface SlotItem {
  readonly key: string;
  readonly kind: string;
}

/**
 * For each new item, the index of the old item whose nodes it takes over, or -1 for new nodes.
 *
 * The matching keeps the list's order (`drawInParts` keeps parts only in order and moves no node:
 * moving one costs what removing it does) and the kind (another template is drawn anew). An item
 * keeps its own nodes whatever its kind (a key is always drawn by the same template). New items
 * marked in `fixed` (by index) keep their own nodes and split the lists into stretches matched on
 * their own; within a stretch an item keeps its own nodes where it can, and otherwise takes those
 * of another of its kind (a weighted longest common subsequence). The nodes of `reserved` go to no
 * other item: a focused button never turns into another event.
 */
export function matchSlots(
  old: readonly SlotItem[],
  next: readonly SlotItem[],
  fixed: readonly boolean[],
  reserved: string,
): number[] {
  const oldIndex = new Map(old.map((item, i) => [item.key, i]));
  /** Where each new item was drawn last time, or -1. */
  const own = next.map(({ key }) => oldIndex.get(key) ?? -1);
  const kinds = next.map((item) => item.kind);
  const from = next.map(() => -1);
  /** Matches `old[i0..i1)` with `next[j0..j1)` by dynamic programming, into `from`. */
  const matchStretch = (i0: number, i1: number, j0: number, j1: number): void => {
    // Items in their own place at either end stay there (nothing is worth more), so only what
    // changed is tabled: after a render that only renamed or moved the items, nothing.
    while (i0 < i1 && j0 < j1 && own[j0] === i0) from[j0++] = i0++;
    while (i0 < i1 && j0 < j1 && own[j1 - 1] === i1 - 1) from[--j1] = --i1;
    const width = j1 - j0 + 1;
    // best[r * width + c]: the most a matching of the first r old and c new items is worth.
    const best = new Uint32Array((i1 - i0 + 1) * width);
    for (let r = 1; r <= i1 - i0; r++) {
      const { key, kind } = old[i0 + r - 1]!;
      // Nodes reused come first (creating a node and removing one cost far more than updating
      // one's text), and among as many, an item in its own nodes: a reuse outweighs more own
      // nodes than a drawing has items.
      const another = key === reserved ? 0 : 4096;
      for (let c = 1; c < width; c++) {
        const j = j0 + c - 1;
        const worth = own[j] === i0 + r - 1 ? 4097 : kinds[j] !== kind ? 0 : another;
        best[r * width + c] = Math.max(
          best[(r - 1) * width + c]!,
          best[r * width + c - 1]!,
          worth && best[(r - 1) * width + c - 1]! + worth,
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
  let i0 = 0;
  let j0 = 0;
  own.forEach((i, j) => {
    if (i < i0 || !fixed[j]) return;
    matchStretch(i0, i, j0, j);
    from[j] = i;
    i0 = i + 1;
    j0 = j + 1;
  });
  matchStretch(i0, old.length, j0, next.length);
  return from;
}
