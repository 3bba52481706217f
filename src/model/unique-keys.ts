/**
 * The values of a unique field (an id) seen so far, for up to 250,000 items: an open-addressing
 * table of item positions in one typed array, sized once, hashing the text in place. A Map or a
 * Set grows by rehashing into ever larger tables, and at 100,000 ids that churn costs a fifth of
 * the whole validation.
 */

/**
 * Of an item, the input index of the earlier item that already has its value of the unique field,
 * or undefined (the value is now taken).
 */
export type FirstIndexOf = (item: Record<string, unknown>, index: number) => number | undefined;

/**
 * A new, empty record of the values of field `key`, for at most `expected` items. A closure, not a
 * class: its state is read as local variables, and the bundle keeps no method or field names.
 */
export function uniqueKeys(key: string, expected: number): FirstIndexOf {
  let size = 16;
  while (size < expected * 2) size *= 2;
  /** Position + 1 of the value in `values`, 0 for a free slot; at most half full. */
  const table = new Int32Array(size);
  const mask = size - 1;
  const values: unknown[] = [];
  const indices: number[] = [];
  const other = new Map<unknown, number>();
  return (item, index) => {
    const value = item[key];
    if (typeof value !== 'string') {
      const first = other.get(value);
      if (first === undefined) other.set(value, index);
      return first;
    }
    let slot = hashText(value) & mask;
    for (let taken = table[slot]!; taken !== 0; taken = table[slot]!) {
      if (values[taken - 1] === value) return indices[taken - 1];
      slot = (slot + 1) & mask;
    }
    values.push(value);
    indices.push(index);
    table[slot] = values.length;
    return undefined;
  };
}

/** FNV-1a over UTF-16 code units. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}
