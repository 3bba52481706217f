import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_OVERSCAN, type AxisTransform } from '../../layout/frame.js';

/** A programmatic pan (`range` set again and again) ends this long after the last one. */
const PAN_IDLE_MS = 150;

/** What a frame was laid out for: the transform, the axis length and the px laid out beyond it. */
export interface DrawnFrame {
  transform: AxisTransform;
  length: number;
  overscan: number;
  /**
   * The offset `x` of the axis px the events and ticks are placed in (`data-pan-origin` layers):
   * the drawn transform's at rest; during a pan, the one it started with, so that a layout during
   * the pan leaves the items that stay where they were and only adds and removes those at its edges.
   */
  origin: number;
}

export interface PanHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

function sameScale(a: AxisTransform, b: AxisTransform): boolean {
  return Math.abs(a.k - b.k) <= 1e-9 * a.k;
}

function sameTransform(a: AxisTransform, b: AxisTransform): boolean {
  return a.x === b.x && a.k === b.k;
}

/**
 * A zoom gesture is shown by scaling the drawn layers while the scale stays within this factor of
 * the drawn one (two of a mouse's notches with Ctrl); beyond it the drawing is laid out again.
 */
const GESTURE_SCALE_LIMIT = 4;
/** ...and while no more than this share of the view is left without drawing (a zoom out). */
const GESTURE_BLANK_SHARE = 0.75;

/**
 * px laid out beyond each end of the view during a pan: more than at rest, so that labels stay
 * whole while the view moves over them (see `ViewportController.labelEdge`).
 */
const PAN_OVERSCAN = 1.2 * DEFAULT_OVERSCAN;
/**
 * A pan is laid out again once it has moved this far from the drawn frame, well before it runs
 * out of what was laid out beyond the view: a layout during a pan only adds and removes the items
 * at its edges (see `DrawnFrame.origin`), so it costs in proportion to the distance, and small
 * layouts often keep every step within a frame where large ones seldom do not.
 */
const PAN_RELAYOUT_PX = DEFAULT_OVERSCAN / 2;

/**
 * Pans and zooms without laying out again. While the reader drags, swipes, pinches, zooms with
 * the wheel or a zoom animates, or a page sets `range` step by step, the drawn layers (the axis,
 * the events, the eras) are moved and scaled along the axis with one compositor transform, their
 * text scaled back so it stays as it was. A pan is laid out again when it has gone past what was
 * laid out beyond the view, in the axis px it started in (`DrawnFrame.origin`), so only the items
 * at the edges change; a zoom when it has gone 4x past the drawn scale; and both once more,
 * exactly, when the gesture pauses.
 */
export class PanLayer implements ReactiveController {
  drawn?: DrawnFrame;
  #panTimer?: ReturnType<typeof setTimeout>;
  /** Text in the layers carries a scale of its own (a zoom gesture is under way). */
  #textScaled?: boolean;
  /** The scale `plan` was last asked for: a step that keeps it only moves the view. */
  #lastScale?: number;

  constructor(private readonly host: PanHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.endPan();
  }

  /** The page's pan steps are over: the reader's own gesture has taken the view. */
  endPan(): void {
    clearTimeout(this.#panTimer);
    this.#panTimer = undefined;
  }

  /** A programmatic pan step: the exact layout waits until the steps pause. */
  notePan(): void {
    clearTimeout(this.#panTimer);
    this.#panTimer = setTimeout(() => {
      this.#panTimer = undefined;
      this.host.requestUpdate();
    }, PAN_IDLE_MS);
  }

  /**
   * The pause is counted from the end of the update that drew a step, not from the step: a slow
   * update must not pass for a pause and bring the exact layout between two steps.
   */
  hostUpdated(): void {
    if (this.#panTimer !== undefined) this.notePan();
  }

  get panning(): boolean {
    return this.#panTimer !== undefined;
  }

  /**
   * The transform and overscan to lay out for the view `wanted`: the drawn ones while a gesture
   * can still be shown by moving and scaling them, else `wanted` itself, with more overscan and
   * the drawn origin kept when it is a pan under way.
   *
   * With `exactPans` (a story laid out for reading) every step that only moves the view is laid
   * out, with the overscan of a view at rest, also after a zoom in the same gesture: moving the
   * drawing would slide the headlines fitted to the view's edge, the eras and the axis caption
   * along with it, and bring in tick labels the edges cut, until the next layout. Its zoom steps
   * still scale the drawing: laying each of them out took 2-2.5x the work (31-41 ms p95 at 100-600
   * events).
   */
  plan(wanted: AxisTransform, length: number, gesture: boolean, exactPans: boolean): DrawnFrame {
    const drawn = this.drawn;
    const same = gesture && drawn?.length === length;
    const exact = exactPans && this.#lastScale === wanted.k;
    this.#lastScale = wanted.k;
    if (same && (exact ? sameTransform(drawn.transform, wanted) : shows(drawn, wanted))) {
      return drawn;
    }
    const pan = same && sameScale(drawn.transform, wanted);
    this.drawn = {
      transform: wanted,
      length,
      overscan: pan && !exactPans ? PAN_OVERSCAN : DEFAULT_OVERSCAN,
      origin: pan ? drawn.origin : wanted.x,
    };
    return this.drawn;
  }

  /**
   * px added to the drawn frame's positions of events and ticks to place them in its origin. Read
   * with a frame only, planned with it.
   */
  get shift(): number {
    return this.drawn!.origin - this.drawn!.transform.x;
  }

  /** Whether what is drawn is not the exact layout of `shown` (moved, or laid out for a pan). */
  inexact(shown: AxisTransform): boolean {
    const drawn = this.drawn;
    return (
      !!drawn &&
      (drawn.overscan !== DEFAULT_OVERSCAN ||
        drawn.origin !== drawn.transform.x ||
        !sameTransform(drawn.transform, shown))
    );
  }

  /** Moves (and scales) the drawn layers to show `shown`; a no-op once laid out for it. */
  apply(shown: AxisTransform, vertical: boolean, rtl: boolean): void {
    // How the drawn layers are moved (px along the axis) and scaled: axis px p of the drawing is
    // shown at offset + scale × p, `offset` for the layers placed in the drawn transform's px,
    // `originOffset` for those in the origin's.
    // Called with a frame only, planned with it.
    const drawn = this.drawn!;
    const scale = sameScale(drawn.transform, shown) ? 1 : shown.k / drawn.transform.k;
    const offset = shown.x - scale * drawn.transform.x;
    const originOffset = shown.x - scale * drawn.origin;
    const axis = vertical ? 'Y' : 'X';
    const transformFor = (by: number) => {
      const move = by === 0 ? '' : `translate${axis}(${!vertical && rtl ? -by : by}px)`;
      return scale === 1 ? move : `${move} scale${axis}(${scale})`.trim();
    };
    const layers = this.host.renderRoot.querySelectorAll<HTMLElement>('[data-pan-layer]');
    for (const layer of layers) {
      const transform = transformFor(layer.hasAttribute('data-pan-origin') ? originOffset : offset);
      if (layer.style.transform !== transform) layer.style.transform = transform;
    }
    /*
     * The text of the layers is scaled back (labels, tick labels; the rows of a vertical drawing),
     * so that during a zoom gesture marks and spans stretch while text keeps its size. Set on
     * those elements alone: a custom property on the layer would restyle every element in it.
     *
     * A layer once zoomed is marked `data-zoomed`, and its styles then give that text an identity
     * transform at rest: text that gains or loses a transform is laid out again, which was a large
     * part of a zoom step's work (the layout of every label in the drawing, at each step that
     * follows a pause), where a change from one transform to another is only painted. Layers
     * never zoomed keep their text without transforms, so that a first render does not pay for
     * them.
     */
    const unscale = scale === 1 ? '' : `scale${axis}(${1 / scale})`;
    if (unscale === '' && !this.#textScaled) return;
    this.#textScaled = unscale !== '';
    for (const layer of layers) {
      if (this.#textScaled) layer.toggleAttribute('data-zoomed', true);
      // Scaled back only while the gesture lasts (styles: the publication line's strips go).
      layer.toggleAttribute('data-scaling', this.#textScaled);
      for (const element of layer.querySelectorAll<HTMLElement>(
        vertical ? VERTICAL_TEXT : HORIZONTAL_TEXT,
      )) {
        if (element.style.transform !== unscale) element.style.transform = unscale;
      }
    }
  }
}

/**
 * What a zoom gesture scales back (see `PanLayer.apply`; styles set its origin and, once
 * zoomed, its identity transform).
 */
const HORIZONTAL_TEXT = '.label,.tick,.era-label,.published-label';
const VERTICAL_TEXT = '.event,.cluster,.tick,.era-label,.published-label';

/**
 * Whether the drawn frame can show `wanted` by a move and a scale: a pan within what was laid out
 * beyond the view, or a zoom within `GESTURE_SCALE_LIMIT` of the drawn scale that leaves no more
 * than `GESTURE_BLANK_SHARE` of the view without drawing.
 */
function shows(drawn: DrawnFrame, wanted: AxisTransform): boolean {
  const { transform, length, overscan } = drawn;
  if (sameScale(transform, wanted)) {
    // Within either overscan (`plan` lays out no other): PAN_RELAYOUT_PX is less than both.
    return Math.abs(wanted.x - transform.x) <= PAN_RELAYOUT_PX;
  }
  const scale = wanted.k / transform.k;
  if (scale > GESTURE_SCALE_LIMIT || scale < 1 / GESTURE_SCALE_LIMIT) return false;
  // The view [0, length] in drawn axis px, against what was laid out: [-overscan, length + overscan].
  const offset = wanted.x - scale * transform.x;
  const from = -offset / scale;
  const to = (length - offset) / scale;
  const blank = Math.max(0, -overscan - from) + Math.max(0, to - (length + overscan));
  return blank * scale <= GESTURE_BLANK_SHARE * length;
}
