import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host: an element with the `width` it lays out at until it can measure itself. */
type Host = ReactiveControllerHost & HTMLElement & { width?: number };

/**
 * Follows one element's width (the host's own, not the window's) and asks the host to update when
 * it changes. The host points it at an empty block in its plot once there is one, so the time axis
 * is exactly as long as the box it is drawn in, whatever padding a theme gives the frame around it.
 *
 * A server-rendered element that Lit hydrates (its shadow root already holds the server's drawing
 * when it first connects) renders first at the `width` the server laid out at: Lit adopts the
 * server's DOM only if the first render is the server's. Right after that render it measures
 * itself once and, when the page's column is wider or narrower, lays out again in the same task,
 * so the server's width is never painted by the client.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  #observer?: ResizeObserver;
  #observed?: Element;
  /** Hydrating: the server's width, for the first render only; measured right after it. */
  #serverWidth = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Before its first measure, an element whose shadow root already holds a drawing (the server's).
    const { width = 0, shadowRoot } = this.host;
    if (!this.width && shadowRoot?.firstChild && width > 0) {
      this.width = this.#serverWidth = width;
    }
    this.#observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (!box || box.width === this.width) return;
      this.width = box.width;
      this.host.requestUpdate();
    });
    const target = this.#observed ?? this.host;
    this.#observed = undefined;
    this.observe(target);
  }

  hostUpdated(): void {
    if (!this.#serverWidth) return;
    this.#serverWidth = 0;
    const width = this.host.getBoundingClientRect().width;
    if (width && width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Follows `element` from now on (a no-op when it already does). */
  observe(element: Element): void {
    if (element === this.#observed) return;
    if (this.#observed) this.#observer?.unobserve(this.#observed);
    this.#observed = element;
    this.#observer?.observe(element);
  }
}
