/**
 * A horizontal swipe on a touch screen or with a pen: pointer down, a mostly sideways move of at
 * least `SWIPE_MIN_PX`, pointer up. The slide sets `touch-action: pan-y`, so vertical moves still
 * scroll the page and only sideways ones reach us. A mouse drag selects text, as it always does.
 */
export const SWIPE_MIN_PX = 40;

interface Start {
  id: number;
  x: number;
  y: number;
}

export class SwipeTracker {
  #start?: Start;

  down(event: PointerEvent): void {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    this.#start = { id: event.pointerId, x: event.clientX, y: event.clientY };
  }

  cancel(): void {
    this.#start = undefined;
  }

  /**
   * The step the swipe asks for: 1 forward, -1 back, 0 none. Forward is a swipe towards the start
   * of the line (leftwards in left-to-right text, rightwards in right-to-left), as pages turn.
   */
  up(event: PointerEvent, rtl: boolean): -1 | 0 | 1 {
    const start = this.#start;
    this.#start = undefined;
    if (!start || start.id !== event.pointerId) return 0;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
    const towardsStart = rtl ? dx > 0 : dx < 0;
    return towardsStart ? 1 : -1;
  }
}
