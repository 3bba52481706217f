import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Timeline } from '../../model/types.js';

/** What the deep links read of the element and may do to it. */
export interface LinkSelectionOptions {
  /** The page opted in (`link-selection`). */
  enabled: () => boolean;
  selected: () => string | undefined;
  /** The data shown, or undefined; a new object means new data. */
  timeline: () => Timeline | undefined;
  /** Opens the event the address names, as the reader's own choice. */
  select: (id: string) => void;
}

/** The event id in the page's address fragment ("#basiji-cross-into-khanaqin"), or undefined. */
export function fragmentId(): string | undefined {
  // No address on the server; `isServer`, a constant, leaves the page bundle the plain read.
  const hash = isServer ? '' : location.hash;
  if (hash.length < 2) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}

/**
 * Deep links, when the page opts in with `link-selection`: the selected event's id is the address
 * fragment (`#event-id`), and a page opened (or moved back) to such an address opens that event.
 * The address is replaced, not pushed: stepping through a story does not fill the Back button's
 * history. A fragment that names none of this timeline's events is the page's own and left alone.
 */
export class LinkSelectionController implements ReactiveController {
  #data?: Timeline;
  #written?: string;

  readonly #options: LinkSelectionOptions;

  constructor(host: ReactiveControllerHost, options: LinkSelectionOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    if (!isServer) window.removeEventListener('hashchange', this.#onHashChange);
  }

  #has(id: string | undefined): id is string {
    // Every event has an id: undefined names none. Asked only once there is data.
    return this.#options.timeline()!.events.some((e) => e.id === id);
  }

  /** Before each render: new data opens the event the address names. */
  hostUpdate(): void {
    const data = this.#options.timeline();
    if (data === this.#data) return;
    this.#data = data;
    if (!data || !this.#options.enabled()) return;
    const id = fragmentId();
    if (id !== this.#options.selected() && this.#has(id)) this.#options.select(id);
  }

  /** After each render: the address says what is selected. */
  hostUpdated(): void {
    if (!this.#options.enabled() || !this.#options.timeline()) return;
    const selected = this.#options.selected() || undefined;
    if (selected === this.#written) return;
    const current = fragmentId();
    if (this.#has(selected)) {
      if (current !== selected) this.#replaceFragment(`#${encodeURIComponent(selected)}`);
    } else if (this.#has(current)) {
      this.#replaceFragment('');
    }
    this.#written = selected;
  }

  #replaceFragment(fragment: string): void {
    const { pathname, search } = location;
    history.replaceState(history.state, '', `${pathname}${search}${fragment}`);
  }

  readonly #onHashChange = (): void => {
    if (!this.#options.enabled() || !this.#options.timeline()) return;
    const id = fragmentId();
    if (id !== this.#options.selected() && this.#has(id)) {
      this.#written = id;
      this.#options.select(id);
    }
  };
}
