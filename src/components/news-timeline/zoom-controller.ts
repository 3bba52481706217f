import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clamp } from '../../layout/measure.js';

import type { AxisTransform } from '../../layout/frame.js';

export interface ZoomFrame {
  /** Length of the time axis in px. */
  length: number;
  vertical: boolean;
  /** Horizontal right-to-left: time runs from the right edge, so pointer gestures are mirrored. */
  rtl: boolean;
  maxScale: number;
}

type Handler = (transform: AxisTransform, byUser: boolean) => void;

const MIN_SCALE = 0.5;
/** The + and − buttons' and keys' zoom factor, and the most a wheel event zooms. */
export const ZOOM_STEP = 2;
/** A wheel gesture ends this long after its last event (as d3-zoom). */
const WHEEL_IDLE_MS = 150;
/** A press that moves less than this (px) is a click, not a drag. */
const CLICK_DISTANCE = 3;

/** One finger, pen or mouse on the plot: where it is (axis px) and the time (world) it holds. */
interface Pointer {
  p: number;
  world: number;
  clientX: number;
  clientY: number;
}

type ClientPoint = Pick<Pointer, 'clientX' | 'clientY'>;

interface Pinch {
  distance: number;
  k: number;
  world: number;
}

const cubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/**
 * Pointer, wheel and programmatic zoom of the plot, in place of d3-zoom: drag (mouse, pen, one
 * finger) pans, two fingers pinch, Ctrl/⌘ + wheel zooms around the pointer, a sideways wheel or
 * trackpad swipe pans, and `transformTo`/`scaleBy` move there, animated unless reduced motion is
 * asked for. A plain vertical wheel is left to the page so a timeline never traps scrolling;
 * `onPlainWheel` lets the element hint at the modifier.
 *
 * Everything is in axis coordinates (0 at the start of time, mirrored here for right-to-left and
 * read along y for vertical layouts): a time `w` px from the start at k = 1 is drawn at
 * `x + k * w`. The view may not leave half an axis length beyond either end (d3's translateExtent
 * [-L/2, 3L/2]) nor zoom out below k = 0.5 (vertically, k = 1).
 */
export class ZoomController implements ReactiveController {
  /** The axis the gestures move along; the viewport sets it at each layout. */
  frame: ZoomFrame;
  #transform: AxisTransform = { k: 1, x: 0 };
  #target?: HTMLElement;
  #detachedTarget?: HTMLElement;
  /** Where the axis starts on screen (client px), read once per gesture (it forces a layout). */
  #origin!: number;
  readonly #pointers = new Map<number, Pointer>();
  #pinch?: Pinch;
  #pressedAt?: ClientPoint;
  #moved?: boolean;
  /** Aborted to remove the window's listeners of a drag or pinch. */
  #dragListeners?: AbortController;
  #wheelTimer?: ReturnType<typeof setTimeout>;
  /** The time a wheel zoom holds under the pointer while the pointer stays put. */
  #wheelAnchor?: Pointer;
  #animation?: number;
  // None on the server, which makes controllers but never animates; `isServer` is a constant the
  // page bundle drops.
  readonly #reducedMotion = isServer
    ? undefined
    : window.matchMedia('(prefers-reduced-motion: reduce)');

  readonly #onZoom: Handler;
  readonly #onSettle: Handler;
  readonly #onPlainWheel: () => void;

  constructor(
    host: ReactiveControllerHost,
    onZoom: Handler,
    onSettle: Handler,
    onPlainWheel: () => void,
  ) {
    // Set here, not where declared: see ViewportController's constructor.
    this.frame = { length: 1, vertical: false, rtl: false, maxScale: 1 };
    this.#onZoom = onZoom;
    this.#onSettle = onSettle;
    this.#onPlainWheel = onPlainWheel;
    host.addController(this);
  }

  /** A wheel, pointer or animated zoom is under way. */
  get active(): boolean {
    return (
      this.#pointers.size > 0 || this.#wheelTimer !== undefined || this.#animation !== undefined
    );
  }

  /** Re-attaches after the element is moved or re-added: disconnecting detached the listeners. */
  hostConnected(): void {
    const element = this.#detachedTarget;
    this.#detachedTarget = undefined;
    if (element) this.attach(element);
  }

  hostDisconnected(): void {
    this.#detachedTarget = this.#target;
    this.detach();
  }

  /** Attaches to the plot; a no-op when already attached to it. */
  attach(element: HTMLElement | null | undefined): void {
    if (element === this.#target) return;
    this.detach();
    if (!element) return;
    this.#target = element;
    element.addEventListener('pointerdown', this.#handlePointerDown);
    // Not passive (it may prevent the page's scroll): an element's wheel listeners are not by default.
    element.addEventListener('wheel', this.#handleWheel);
  }

  detach(): void {
    const target = this.#target;
    if (!target) return;
    this.#stopAnimation();
    this.#endWheel();
    this.#endPointers();
    target.removeEventListener('pointerdown', this.#handlePointerDown);
    target.removeEventListener('wheel', this.#handleWheel);
    this.#target = undefined;
  }

  /** Moves to a transform, animated unless `duration` is 0 or the reader asks for less motion. */
  transformTo(transform: AxisTransform, duration = 0): void {
    if (!this.#target) return;
    this.#stopAnimation(true);
    if (duration > 0 && !this.#reducedMotion?.matches) {
      this.#animate(transform, duration);
      return;
    }
    this.#emit(transform, false);
    this.#onSettle(this.#transform, false);
  }

  /**
   * Zooms by `factor`, within the limits, around the time drawn `world` px from the start at
   * k = 1 when it is on screen (by the transform of now: the drawing may still be catching up with
   * a pan), else around the middle of the drawing's part on screen: a phone's drawing is pages
   * long, and a + pressed at its top zoomed around its middle, off the screen, taking the events
   * the reader was reading out of the drawing.
   */
  scaleBy(factor: number, duration: number, world = NaN): void {
    const { k, x } = this.#transform;
    let from = 0;
    let to = this.frame.length;
    if (this.frame.vertical && this.#target) {
      // The window's part of the plot's box: a plot with a max-height scrolls the drawing itself.
      const { top, bottom } = this.#readOrigin();
      from = Math.max(0, Math.max(top, 0) - this.#origin);
      to = Math.min(to, Math.min(bottom, innerHeight) - this.#origin);
      // None of it on screen (a page's `zoomBy`): around the drawing's middle, as before.
      if (from >= to) {
        from = 0;
        to = this.frame.length;
      }
    }
    const p = x + k * world;
    const at = p >= from && p <= to ? p : (from + to) / 2;
    this.transformTo(this.#zoomAround(k * factor, at, this.#worldAt(at)), duration);
  }

  // ---- geometry ------------------------------------------------------------------------------

  #worldAt(p: number): number {
    return (p - this.#transform.x) / this.#transform.k;
  }

  /** `k` within the limits, zooming from scale `from`. */
  #clampScale(k: number, from = this.#transform.k): number {
    // A vertical drawing shows every event at k = 1 (a little less after "Show all events"):
    // further out its rows, as tall as ever, fold and run over the stretches it cuts short.
    const least = this.frame.vertical ? Math.min(1, from) : MIN_SCALE;
    return clamp(k, least, this.frame.maxScale);
  }

  /** Whether a zoom by `factor` moves the scale its way: not at a limit, nor past one (`range`). */
  canZoom(factor: number, from = this.#transform.k): boolean {
    return (this.#clampScale(from * factor, from) - from) * (factor - 1) > 0;
  }

  /** The transform at scale `k` (clamped) that draws time `world` at axis position `p`. */
  #zoomAround(k: number, p: number, world: number): AxisTransform {
    const scale = this.#clampScale(k);
    return this.#constrain({ k: scale, x: p - world * scale });
  }

  /** Keeps the view within half an axis length beyond either end, as d3-zoom's translateExtent. */
  #constrain({ k, x }: AxisTransform): AxisTransform {
    const length = this.frame.length;
    const before = -x / k + length / 2;
    const after = (length - x) / k - length * 1.5;
    const shift = after > before ? (before + after) / 2 : Math.min(0, before) || Math.max(0, after);
    return { k, x: x + k * shift };
  }

  /** Reads where the axis starts on screen (down a plot that scrolls, its scrolled-off part too). */
  #readOrigin(): DOMRect {
    const target = this.#target!;
    const box = target.getBoundingClientRect();
    this.#origin = this.frame.vertical
      ? box.top + target.clientTop - target.scrollTop
      : this.frame.rtl
        ? box.right - target.clientLeft
        : box.left + target.clientLeft;
    return box;
  }

  /** A pointer's position along the axis, in px from the axis start. */
  #axisPoint(event: MouseEvent): number {
    if (this.frame.vertical) return event.clientY - this.#origin;
    return this.frame.rtl ? this.#origin - event.clientX : event.clientX - this.#origin;
  }

  #emit(transform: AxisTransform, byUser: boolean): void {
    this.#transform = transform;
    this.#onZoom(transform, byUser);
  }

  // ---- animation -----------------------------------------------------------------------------

  /** Glides there: the view's middle moves linearly, its width geometrically, eased in and out. */
  #animate(to: AxisTransform, duration: number): void {
    const length = this.frame.length;
    const from = this.#transform;
    const middle = (t: AxisTransform) => (length / 2 - t.x) / t.k;
    const m0 = middle(from);
    const m1 = middle(to);
    const w0 = length / from.k;
    const w1 = length / to.k;
    const started = performance.now();
    const tick = (now: number) => {
      const e = cubicInOut(Math.min(1, (now - started) / duration));
      if (e >= 1) {
        this.#animation = undefined;
        this.#emit(to, false);
        this.#onSettle(to, false);
        return;
      }
      const width = w0 * (w1 / w0) ** e;
      const k = length / width;
      this.#emit({ k, x: length / 2 - k * (m0 + (m1 - m0) * e) }, false);
      this.#animation = requestAnimationFrame(tick);
    };
    this.#animation = requestAnimationFrame(tick);
  }

  /** Stops an animation where it is; `settle` reports that stop, as an interrupted d3 zoom did. */
  #stopAnimation(settle?: boolean): void {
    if (this.#animation === undefined) return;
    cancelAnimationFrame(this.#animation);
    this.#animation = undefined;
    if (settle) this.#onSettle(this.#transform, false);
  }

  // ---- wheel ---------------------------------------------------------------------------------

  readonly #handleWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      // d3-zoom's wheel: 2^(-deltaY × 0.002) per pixel, 10× for pinch-zoom trackpads (ctrlKey),
      // and at most twice or half the scale per event, as a button press: a mouse's notch with
      // Ctrl (deltaY 100) zoomed 4x and lost the reader's place. A pinch's events are far smaller.
      const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      const power = -event.deltaY * unit * (event.ctrlKey ? 10 : 1);
      const k = this.#transform.k * ZOOM_STEP ** clamp(power, -1, 1);
      // At a zoom limit a new gesture changes nothing, so it does not start; past one (a page's
      // `range`) it would zoom the other way, to the limit.
      if (this.#wheelTimer === undefined && !this.canZoom(k / this.#transform.k)) return;
      this.#startWheel();
      const pointer = this.#pointerAt(event);
      // A new gesture has no anchor yet (`#endWheel` dropped the last one).
      if (this.#wheelAnchor?.p !== pointer.p) this.#wheelAnchor = pointer;
      this.#emit(this.#zoomAround(k, pointer.p, this.#wheelAnchor!.world), true);
      return;
    }
    const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (sideways && !this.frame.vertical) {
      event.preventDefault();
      const delta = event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX;
      this.#startWheel();
      const { k, x } = this.#transform;
      // Content moves against the wheel on screen; on screen right-to-left that is along the axis.
      this.#emit(this.#constrain({ k, x: this.frame.rtl ? x + delta : x - delta }), true);
    } else if (!sideways) {
      this.#onPlainWheel();
    }
  };

  /** Starts or extends a wheel gesture. */
  #startWheel(): void {
    if (this.#wheelTimer === undefined) {
      this.#stopAnimation(true);
      this.#readOrigin();
    }
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => this.#endWheel(true), WHEEL_IDLE_MS);
  }

  #endWheel(settle?: boolean): void {
    if (this.#wheelTimer === undefined) return;
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = undefined;
    this.#wheelAnchor = undefined;
    if (settle) this.#onSettle(this.#transform, true);
  }

  // ---- drag and pinch ------------------------------------------------------------------------

  readonly #handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || event.ctrlKey || this.#pointers.size >= 2) return;
    if (this.#pointers.size === 0) {
      this.#stopAnimation(true);
      this.#readOrigin();
      this.#moved = false;
      this.#pressedAt = this.#pointerAt(event);
      this.#dragListeners = new AbortController();
      const options = { capture: true, signal: this.#dragListeners.signal };
      window.addEventListener('pointermove', this.#handlePointerMove, options);
      window.addEventListener('pointerup', this.#handlePointerUp, options);
      window.addEventListener('pointercancel', this.#handlePointerUp, options);
      window.addEventListener('selectstart', preventDefault, options);
      window.addEventListener('dragstart', preventDefault, options);
    }
    this.#pointers.set(event.pointerId, this.#pointerAt(event));
    this.#anchorPointers();
  };

  #pointerAt(event: MouseEvent): Pointer {
    const p = this.#axisPoint(event);
    return { p, world: this.#worldAt(p), clientX: event.clientX, clientY: event.clientY };
  }

  /** Each finger holds the time under it now; two fingers also remember their spread. */
  #anchorPointers(): void {
    const fingers = [...this.#pointers.values()];
    for (const finger of fingers) finger.world = this.#worldAt(finger.p);
    const [a, b] = fingers;
    this.#pinch =
      a && b
        ? { distance: spread(a, b), k: this.#transform.k, world: (a.world + b.world) / 2 }
        : undefined;
  }

  readonly #handlePointerMove = (event: PointerEvent): void => {
    const pointer = this.#pointers.get(event.pointerId);
    if (!pointer) return;
    Object.assign(pointer, {
      p: this.#axisPoint(event),
      clientX: event.clientX,
      clientY: event.clientY,
    });
    this.#moved ||= spread(pointer, this.#pressedAt!) >= CLICK_DISTANCE;
    // Two fingers down have a pinch (`#anchorPointers`), one has none.
    const pinch = this.#pinch;
    if (pinch && pinch.distance > 0) {
      const [a, b] = [...this.#pointers.values()] as [Pointer, Pointer];
      const k = (pinch.k * spread(a, b)) / pinch.distance;
      this.#emit(this.#zoomAround(k, (a.p + b.p) / 2, pinch.world), true);
    } else {
      this.#emit(
        this.#constrain({ k: this.#transform.k, x: pointer.p - pointer.world * this.#transform.k }),
        true,
      );
    }
  };

  readonly #handlePointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    if (this.#pointers.size > 0) this.#anchorPointers();
    else this.#endPointers(true);
  };

  #endPointers(settle?: boolean): void {
    this.#dragListeners?.abort();
    this.#pointers.clear();
    this.#pinch = undefined;
    // A press that did not move was a click on whatever it pressed, not a pan. (The next press
    // starts `#moved` again.)
    if (settle && this.#moved) {
      suppressNextClick();
      this.#onSettle(this.#transform, true);
    }
  }
}

function spread(a: ClientPoint, b: ClientPoint): number {
  return Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);
}

function preventDefault(event: Event): void {
  event.preventDefault();
}

/** The click that ends a drag is not a click on what lies under the pointer (as d3-drag). */
function suppressNextClick(): void {
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  setTimeout(() => window.removeEventListener('click', swallow, true), 0);
}
