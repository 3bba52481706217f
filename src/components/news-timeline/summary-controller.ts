import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The story's introduction is three lines at most, so the drawing stays on a phone's first screen
 * (its whole text is read out all the same). Where its text is cut, a button opens it: Kudirka's
 * background and a French glossary were lost after their third line but in story mode's title card.
 */
export class SummaryController implements ReactiveController {
  /** 1: cut on the screen (the button shows), 2: opened by the reader, 0: neither. */
  state = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    // In the next frame, after its layout: read in the update, it forced one before the first paint.
    requestAnimationFrame(() => {
      const summary = this.host.shadowRoot!.querySelector('.summary');
      const state =
        this.state > 1 ? 2 : +(!!summary && summary.scrollHeight > summary.clientHeight);
      if (state !== this.state) {
        this.state = state;
        this.host.requestUpdate();
      }
    });
  }

  /** 1 <-> 2. */
  readonly toggle = (): void => {
    this.state ^= 3;
    this.host.requestUpdate();
  };
}
