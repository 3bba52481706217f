import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineDiff } from '../../model/diff.js';
import type { TimelineEvent } from '../../model/types.js';

/** How long an event a live update added stays highlighted. */
const NEW_HIGHLIGHT_MS = 4000;

/**
 * What live updates changed while the reader was on the page: events just added (highlighted for
 * a moment), events changed since the story was opened (marked "Updated" until new data of another
 * story arrives), and the selected event, should an update remove it (its card says so).
 */
export class RevisionsController implements ReactiveController {
  #added = new Set<string>();
  readonly #changed = new Set<string>();
  /** The open event an update removed, kept to say so on its card. */
  removedSelection?: TimelineEvent;
  #highlightTimer?: ReturnType<typeof setTimeout>;
  /** Changes whenever what `revision` says may have changed (drawings cached on it). */
  generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#highlightTimer);
    this.generation++;
    this.#added = new Set();
  }

  /** Another story (or none): nothing is new or updated any more. */
  reset(): void {
    // What a disconnect forgets (the highlight of new events), and what was updated or removed.
    this.hostDisconnected();
    this.#changed.clear();
    this.removedSelection = undefined;
  }

  /** Records an update; `selected` is the event open before it, if any. */
  apply(diff: TimelineDiff, selected: TimelineEvent | undefined): void {
    this.generation++;
    this.#added = new Set(diff.added);
    for (const { id } of diff.changed) this.#changed.add(id);
    for (const id of diff.removed) this.#changed.delete(id);
    if (selected && diff.removed.includes(selected.id)) this.removedSelection = selected;
    clearTimeout(this.#highlightTimer);
    // The highlight ends as a disconnect ends it (clearing the timer that fired changes nothing).
    this.#highlightTimer = setTimeout(() => {
      this.hostDisconnected();
      this.host.requestUpdate();
    }, NEW_HIGHLIGHT_MS);
  }

  /** Whether a live update just added the event (`new`) or changed it since the story opened. */
  revision(id: string): 'new' | 'updated' | undefined {
    return this.#added.has(id) ? 'new' : this.#changed.has(id) ? 'updated' : undefined;
  }
}
