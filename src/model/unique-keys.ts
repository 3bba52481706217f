/**
 * The values of a unique field (an id) seen so far, for up to 250,000 items: an open-addressing
 * table of item positions in one typed array, sized once, hashing the text in place. A Map or a
 * Set grows by rehashing into ever larger tables, and at 100,000 ids that churn costs a fifth of
 * the whole validation.
 */
export class UniqueKeys {
  /** Position + 1 of the value in `values`, 0 for a free slot; at most half full. */
  readonly #table: Int32Array;
  readonly #mask: number;
  readonly #values: unknown[] = [];
  readonly #indices: number[] = [];
  readonly #other = new Map<unknown, number>();
  readonly #key: string;

  /** `expected`: the most items there can be. */
  constructor(key: string, expected: number) {
    this.#key = key;
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.#table = new Int32Array(size);
    this.#mask = size - 1;
  }

  /** The input index of the item that already has this item's value, or undefined (now taken). */
  firstIndexOf(item: Record<string, unknown>, index: number): number | undefined {
    const value = item[this.#key];
    if (typeof value !== 'string') {
      const first = this.#other.get(value);
      if (first === undefined) this.#other.set(value, index);
      return first;
    }
    let slot = hashText(value) & this.#mask;
    for (let taken = this.#table[slot]!; taken !== 0; taken = this.#table[slot]!) {
      if (this.#values[taken - 1] === value) return this.#indices[taken - 1];
      slot = (slot + 1) & this.#mask;
    }
    this.#values.push(value);
    this.#indices.push(index);
    this.#table[slot] = this.#values.length;
    return undefined;
  }
}

/** FNV-1a over UTF-16 code units. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}
