import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a burst of changes may run before it is announced once. */
const ANNOUNCE_DELAY_MS = 400;
/** How long the "use Ctrl + wheel to zoom" hint stays up. */
const HINT_MS = 1500;

/**
 * The polite live region's message and the short-lived wheel hint. Both are timers that must not
 * outlive the element; the host renders `message` in its live region and shows the hint while
 * `hintVisible`.
 */
export class AnnouncerController implements ReactiveController {
  message = '';
  hintVisible = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private hintTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.announceTimer);
    clearTimeout(this.hintTimer);
    this.hintVisible = false;
  }

  /** Says `message` once the changes that led to it have stopped for a moment. */
  announce(message: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  flashHint(): void {
    clearTimeout(this.hintTimer);
    this.setHint(true);
    this.hintTimer = setTimeout(() => this.setHint(false), HINT_MS);
  }

  private setHint(visible: boolean): void {
    this.hintVisible = visible;
    this.host.requestUpdate();
  }
}
