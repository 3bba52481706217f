import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows one element's content box (the host's own size, not the window's) and asks the host to
 * update when it changes. The host points it at its plot once there is one, so the time axis is
 * exactly as long as the box it is drawn in, whatever padding a theme gives the frame around it.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || (box.width === this.width && box.height === this.height)) return;
      this.width = box.width;
      this.height = box.height;
      this.host.requestUpdate();
    });
    const target = this.observed ?? this.host;
    this.observed = undefined;
    this.observe(target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Follows `element` from now on (a no-op when it already does). */
  observe(element: Element): void {
    if (element === this.observed) return;
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = element;
    this.observer?.observe(element);
  }
}
