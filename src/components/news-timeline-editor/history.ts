/**
 * Undo and redo over immutable snapshots. Typing in one field makes one step, not one per key:
 * a change with the same `mergeKey` as the step before it replaces that step's result (until
 * `seal()` is called, e.g. when the field loses focus or another field is edited).
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey: string | undefined;

  constructor(
    private current: T,
    private readonly limit = 200,
  ) {}

  get value(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Records `next` as the new present. */
  push(next: T, mergeKey?: string): void {
    if (next === this.current) return;
    if (mergeKey === undefined || mergeKey !== this.lastKey) {
      this.past.push(this.current);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.current = next;
    this.future = [];
    this.lastKey = mergeKey;
  }

  /** The next change starts a new step even if it has the same key. */
  seal(): void {
    this.lastKey = undefined;
  }

  undo(): T {
    const previous = this.past.pop();
    if (previous !== undefined) {
      this.future.push(this.current);
      this.current = previous;
    }
    this.lastKey = undefined;
    return this.current;
  }

  redo(): T {
    const next = this.future.pop();
    if (next !== undefined) {
      this.past.push(this.current);
      this.current = next;
    }
    this.lastKey = undefined;
    return this.current;
  }

  /** Starts over from `value` with no steps to undo (a new document). */
  reset(value: T): void {
    this.past = [];
    this.future = [];
    this.current = value;
    this.lastKey = undefined;
  }
}
