import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LinkSelectionHost extends ReactiveControllerHost {
  /** The page opted in (`link-selection`). */
  readonly linkSelection: boolean;
  readonly selected?: string;
  /** The data shown, or undefined; a new object means new data. */
  readonly linkedData: object | undefined;
  /** True when the data shown has an event with this id. */
  hasEvent(id: string): boolean;
  /** Opens the event the address names, as the reader's own choice. */
  selectFromLink(id: string): void;
}

/** The event id in the page's address fragment ("#basiji-cross-into-khanaqin"), or undefined. */
export function fragmentId(): string | undefined {
  const hash = globalThis.location?.hash ?? '';
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
  private data?: object;
  private written?: string;

  constructor(private readonly host: LinkSelectionHost) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.onHashChange);
  }

  /** Before each render: new data opens the event the address names. */
  hostUpdate(): void {
    const data = this.host.linkedData;
    if (data === this.data) return;
    this.data = data;
    if (!data || !this.host.linkSelection) return;
    const id = fragmentId();
    if (id !== undefined && id !== this.host.selected && this.host.hasEvent(id)) {
      this.host.selectFromLink(id);
    }
  }

  /** After each render: the address says what is selected. */
  hostUpdated(): void {
    if (!this.host.linkSelection || !this.host.linkedData) return;
    const selected = this.host.selected || undefined;
    if (selected === this.written) return;
    const current = fragmentId();
    if (selected !== undefined && this.host.hasEvent(selected)) {
      if (current !== selected) this.replaceFragment(`#${encodeURIComponent(selected)}`);
    } else if (current !== undefined && this.host.hasEvent(current)) {
      this.replaceFragment('');
    }
    this.written = selected;
  }

  private replaceFragment(fragment: string): void {
    const { pathname, search } = globalThis.location;
    globalThis.history.replaceState(
      globalThis.history.state,
      '',
      `${pathname}${search}${fragment}`,
    );
  }

  private readonly onHashChange = (): void => {
    if (!this.host.linkSelection || !this.host.linkedData) return;
    const id = fragmentId();
    if (id !== undefined && id !== this.host.selected && this.host.hasEvent(id)) {
      this.written = id;
      this.host.selectFromLink(id);
    }
  };
}
