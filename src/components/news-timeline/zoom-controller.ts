import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import 'd3-transition';
import {
  zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';

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

/**
 * Wires d3-zoom to the plot: drag, touch, pinch and Ctrl/⌘ + wheel zoom; horizontal wheel or
 * trackpad swipes pan. A plain vertical wheel is left to the page so a timeline never traps
 * scrolling; `onPlainWheel` lets the element hint at the modifier. d3 works in screen pixels; the
 * element thinks along the time axis, so transforms are mirrored here for RTL and vertical layouts.
 */
export class ZoomController implements ReactiveController {
  frame: ZoomFrame = { length: 1, vertical: false, rtl: false, maxScale: 1 };
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private target?: HTMLElement;
  private detachedTarget?: HTMLElement;

  constructor(
    host: ReactiveControllerHost,
    private readonly onZoom: Handler,
    private readonly onSettle: Handler,
    private readonly onPlainWheel: () => void,
  ) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel')
          return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) =>
        this.onZoom(this.toAxis(event.transform), Boolean(event.sourceEvent)),
      )
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) =>
        this.onSettle(this.toAxis(event.transform), Boolean(event.sourceEvent)),
      );
  }

  /** Re-attaches after the element is moved or re-added: disconnecting detached the listeners. */
  hostConnected(): void {
    const element = this.detachedTarget;
    this.detachedTarget = undefined;
    if (element) this.attach(element);
  }

  hostDisconnected(): void {
    this.detachedTarget = this.target;
    this.detach();
  }

  /** Attaches to the plot; a no-op when already attached to it. */
  attach(element: HTMLElement | null | undefined): void {
    if (element === this.target) return;
    this.detach();
    if (!element) return;
    this.target = element;
    select(element).call(this.behavior).on('dblclick.zoom', null);
    element.addEventListener('wheel', this.handleWheel, { passive: false });
  }

  detach(): void {
    if (!this.target) return;
    select(this.target).interrupt().on('.zoom', null);
    this.target.removeEventListener('wheel', this.handleWheel);
    this.target = undefined;
  }

  setFrame(frame: ZoomFrame): void {
    this.frame = frame;
    const { length, vertical } = frame;
    // A known extent spares d3 from reading clientWidth, which would force a layout per gesture.
    this.behavior
      .extent(
        vertical
          ? [
              [0, 0],
              [1, length],
            ]
          : [
              [0, 0],
              [length, 1],
            ],
      )
      .scaleExtent([0.5, frame.maxScale])
      .translateExtent(
        vertical
          ? [
              [-Infinity, -length * 0.5],
              [Infinity, length * 1.5],
            ]
          : [
              [-length * 0.5, -Infinity],
              [length * 1.5, Infinity],
            ],
      );
  }

  /** Moves to a transform, animated unless `duration` is 0 (reduced motion, keyboard paging). */
  transformTo(transform: AxisTransform, duration = 0): void {
    if (!this.target) return;
    const selection = select(this.target);
    const physical = this.toScreen(transform);
    if (duration > 0)
      selection.transition().duration(duration).call(this.behavior.transform, physical);
    else selection.interrupt().call(this.behavior.transform, physical);
  }

  scaleBy(factor: number, duration = 0): void {
    if (!this.target) return;
    const selection = select(this.target);
    if (duration > 0) selection.transition().duration(duration).call(this.behavior.scaleBy, factor);
    else selection.interrupt().call(this.behavior.scaleBy, factor);
  }

  private readonly handleWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey || !this.target) return;
    const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (sideways && !this.frame.vertical) {
      event.preventDefault();
      const delta = event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX;
      select(this.target)
        .interrupt()
        .call(this.behavior.translateBy, -delta / this.currentScale(), 0);
    } else if (!sideways) {
      this.onPlainWheel();
    }
  };

  private currentScale(): number {
    return this.target ? zoomTransform(this.target).k : 1;
  }

  /** Screen transform -> axis transform; mirroring is its own inverse, so this also goes back. */
  private toAxis(transform: ZoomTransform): AxisTransform {
    const { length, vertical, rtl } = this.frame;
    if (vertical) return { k: transform.k, x: transform.y };
    return { k: transform.k, x: rtl ? length - transform.x - transform.k * length : transform.x };
  }

  private toScreen(axis: AxisTransform): ZoomTransform {
    const { length, vertical, rtl } = this.frame;
    if (vertical) return zoomIdentity.translate(0, axis.x).scale(axis.k);
    return zoomIdentity
      .translate(rtl ? length - axis.x - axis.k * length : axis.x, 0)
      .scale(axis.k);
  }
}
