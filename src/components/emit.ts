/**
 * Dispatches one of our events: a `CustomEvent` that bubbles and is composed, so a page hears it
 * from outside every shadow root it crosses.
 */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
