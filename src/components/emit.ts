/** The detail type of one of our events, by its name. */
export type DetailOf<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of our events: a `CustomEvent` that bubbles and is composed, so a page hears it
 * from outside every shadow root it crosses. The name and its detail are checked against the
 * event maps the `*.events.ts` files declare.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
