/** What the viewport controller (`ViewportController`) reads from its element and tells it. */
import type { ReactiveControllerHost } from 'lit';
import type { ViewItem } from '../../layout/index.js';

/** What the viewport reads from its element at each layout. */
export interface ViewportSettings {
  layout: 'auto' | 'horizontal' | 'vertical';
  verticalLength: number;
  mediaThumbnails: boolean;
  /** Width to lay out at until the element can measure itself (server, first frame). */
  width?: number;
  locale: string;
  timeZone: string;
  rtl: boolean;
}

export interface ViewportHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ViewportCallbacks {
  /** The drawn plot, once rendered (the target of gestures and of the size observer). */
  plot(): HTMLElement | undefined;
  /** A zoom or pan settled; `report` when it was the reader's doing (or our buttons'). */
  settled(report: boolean): void;
  /** A plain vertical wheel over the plot: the page scrolls, and the reader may want a hint. */
  plainWheel(): void;
  /**
   * The open detail became a sheet or stopped being one, or (`width` true) the drawing under it
   * changed width.
   */
  sheetMoved(width: boolean): void;
  /**
   * Builds the accessible names of the drawn `items` (axis `length` px) while `more()` says there
   * is time; true once all are built (`AccessibleNames.prefill`).
   */
  nameItems(items: readonly ViewItem[], length: number, more: () => boolean): boolean;
}
