import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_OVERSCAN, type AxisTransform } from '../../layout/frame.js';

/** A programmatic pan (`range` set again and again) ends this long after the last one. */
const PAN_IDLE_MS = 150;

/** What a frame was laid out for: the transform, the axis length and the px laid out beyond it. */
export interface DrawnFrame {
  transform: AxisTransform;
  length: number;
  overscan: number;
}

export interface PanHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

function sameScale(a: AxisTransform, b: AxisTransform): boolean {
  return Math.abs(a.k - b.k) <= 1e-9 * a.k;
}

/**
 * Pans without laying out again. While the reader drags, swipes or a page sets `range` step by
 * step, a view that differs from the drawn one only by an offset is shown by moving the drawn
 * layers (the axis and the events) with one compositor transform. The drawing is laid out again
 * when the pan has gone past what was laid out beyond the view, with a screen's worth on either
 * side so that happens at most once a screen, and once more, exactly, when the pan pauses.
 * Zooming changes the scale, which a transform would stretch, so every zoom step lays out.
 */
export class PanLayer implements ReactiveController {
  drawn?: DrawnFrame;
  private panTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: PanHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.panTimer);
    this.panTimer = undefined;
  }

  /** A programmatic pan step: the exact layout waits until the steps pause. */
  notePan(): void {
    clearTimeout(this.panTimer);
    this.panTimer = setTimeout(() => this.settle(), PAN_IDLE_MS);
  }

  /**
   * The pause is counted from the end of the update that drew a step, not from the step: a slow
   * update must not pass for a pause and bring the exact layout between two steps.
   */
  hostUpdated(): void {
    if (this.panTimer !== undefined) this.notePan();
  }

  private settle(): void {
    this.panTimer = undefined;
    this.host.requestUpdate();
  }

  get panning(): boolean {
    return this.panTimer !== undefined;
  }

  /**
   * The transform and overscan to lay out for the view `wanted`: the drawn ones while a gesture
   * can still be shown by moving them, else `wanted` itself, with a screen of overscan on either
   * side when it is a pan under way.
   */
  plan(wanted: AxisTransform, length: number, gesture: boolean): DrawnFrame {
    const drawn = this.drawn;
    const pan = gesture && drawn !== undefined && sameScale(drawn.transform, wanted);
    if (
      pan &&
      drawn.length === length &&
      Math.abs(wanted.x - drawn.transform.x) <= drawn.overscan
    ) {
      return drawn;
    }
    this.drawn = { transform: wanted, length, overscan: pan ? length : DEFAULT_OVERSCAN };
    return this.drawn;
  }

  /** Whether what is drawn is not the exact layout of `shown` (moved, or laid out for a pan). */
  inexact(shown: AxisTransform): boolean {
    const drawn = this.drawn;
    return (
      drawn !== undefined &&
      (drawn.overscan !== DEFAULT_OVERSCAN ||
        drawn.transform.x !== shown.x ||
        drawn.transform.k !== shown.k)
    );
  }

  /** px along the axis the drawn layers are moved by to show `shown`. */
  offset(shown: AxisTransform): number {
    return this.drawn ? shown.x - this.drawn.transform.x : 0;
  }

  /** Moves the drawn axis and events to show `shown` (a no-op once they are laid out for it). */
  apply(shown: AxisTransform, vertical: boolean, rtl: boolean): void {
    const offset = this.offset(shown);
    const transform =
      offset === 0
        ? ''
        : vertical
          ? `translateY(${offset}px)`
          : `translateX(${rtl ? -offset : offset}px)`;
    for (const layer of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-pan-layer]')) {
      if (layer.style.transform !== transform) layer.style.transform = transform;
    }
  }
}
