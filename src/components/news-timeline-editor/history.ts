/** A snapshot and the key of the change made from it (the field typed in, if any). */
interface Step<T> {
  value: T;
  key: string | undefined;
}

/**
 * Undo and redo over immutable snapshots. Typing in one field makes one step, not one per key:
 * a change with the same `mergeKey` as the step before it replaces that step's result (until
 * `seal()` is called, e.g. when the field loses focus or another field is edited). Each step keeps
 * its key, so a field can tell whether the step Ctrl+Z would undo was typed in it.
 */
export class History<T> {
  private past: Step<T>[] = [];
  private future: Step<T>[] = [];
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

  /** The key of the change `undo()` would take back. */
  get undoKey(): string | undefined {
    return this.past.at(-1)?.key;
  }

  /** The key of the change `redo()` would make again. */
  get redoKey(): string | undefined {
    return this.future.at(-1)?.key;
  }

  /** Records `next` as the new present. */
  push(next: T, mergeKey?: string): void {
    if (next === this.current) return;
    if (mergeKey === undefined || mergeKey !== this.lastKey) {
      this.past.push({ value: this.current, key: mergeKey });
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
    return this.step(this.past, this.future);
  }

  redo(): T {
    return this.step(this.future, this.past);
  }

  /** Moves one step from `from` to `to`: the present goes with the key of the change between. */
  private step(from: Step<T>[], to: Step<T>[]): T {
    const next = from.pop();
    if (next !== undefined) {
      to.push({ value: this.current, key: next.key });
      this.current = next.value;
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
