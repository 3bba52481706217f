import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a burst of changes may run before it is announced once. */
const ANNOUNCE_DELAY_MS = 400;
/** How long the "use Ctrl + wheel to zoom" hint stays up. */
const HINT_MS = 1500;
/** How often a message that waits for the reader to pause checks again. */
const IDLE_RETRY_MS = 1000;

/**
 * The polite live region's message and the short-lived wheel hint. Both are timers that must not
 * outlive the element; the host renders `message` in its live region and shows the hint while
 * `hintVisible`.
 */
export class AnnouncerController implements ReactiveController {
  message = '';
  hintVisible = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #hintTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#hintTimer);
    this.hintVisible = false;
  }

  /** Says `message` once the changes that led to it have stopped for a moment. */
  announce(message: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  /**
   * Says `message` once `busy()` is false: news of an update must not talk over the events a
   * keyboard reader is moving through. A newer message replaces one still waiting.
   */
  announceWhenIdle(message: string, busy: () => boolean): void {
    clearTimeout(this.#announceTimer);
    if (!busy()) {
      this.announce(message);
      return;
    }
    this.#announceTimer = setTimeout(() => this.announceWhenIdle(message, busy), IDLE_RETRY_MS);
  }

  flashHint(): void {
    clearTimeout(this.#hintTimer);
    this.#setHint(true);
    this.#hintTimer = setTimeout(() => this.#setHint(false), HINT_MS);
  }

  #setHint(visible: boolean): void {
    this.hintVisible = visible;
    this.host.requestUpdate();
  }
}
