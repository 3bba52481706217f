import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host: an element with the `width` it lays out at until it can measure itself. */
type Host = ReactiveControllerHost & HTMLElement & { width?: number };

/**
 * Follows one element's width (the host's own, not the window's) and asks the host to update when
 * it changes. The host points it at an empty block in its plot once there is one, so the time axis
 * is exactly as long as the box it is drawn in, whatever padding a theme gives the frame around it.
 * It also follows the drawing's height against the window's (`tall`).
 *
 * A server-rendered element that Lit hydrates (its shadow root already holds the server's drawing
 * when it first connects) renders first at the `width` the server laid out at: Lit adopts the
 * server's DOM only if the first render is the server's. Right after that render it measures
 * itself once and, when the page's column is wider or narrower, lays out again in the same task,
 * so the server's width is never painted by the client.
 */
export class ResizeController implements ReactiveController {
  width: number;
  /**
   * The drawing is taller than 60% of the screen: a card opened under it was below the fold, and
   * showing it scrolled the event just clicked off the top (the detail is then a sheet).
   */
  tall: boolean;
  #observer?: ResizeObserver;
  #observed?: Element;
  /** An element as tall as the drawing, whose height `tall` follows. */
  #drawing?: Element;
  /** 0 until the drawing is measured. */
  #drawingHeight = 0;
  /** Hydrating: the server's width, for the first render only; measured right after it. */
  #serverWidth = 0;
  /**
   * The observed element's width was measured before (the drawing's height: `#drawingHeight` not
   * 0): only a change from a measure moves the sheet. The first measure is the element's first
   * layout, not a window made shorter or a phone turned (a page opened on an event scrolled by
   * itself).
   */
  #widthMeasured = false;

  /**
   * `onSheetMoved`: with a detail open, `tall` changed (the update it asks for makes the detail a
   * sheet or not) or, `width` true, the width did (a phone turned: the drawing laid out anew).
   */
  constructor(
    private readonly host: Host,
    private readonly onSheetMoved: (width: boolean) => void,
  ) {
    // Set here, not where declared: see ViewportController's constructor.
    this.width = 0;
    this.tall = false;
    host.addController(this);
  }

  hostConnected(): void {
    // Before its first measure, an element whose shadow root already holds a drawing (the server's).
    const { width = 0, shadowRoot } = this.host;
    if (!this.width && shadowRoot?.firstChild && width > 0) {
      this.width = this.#serverWidth = width;
    }
    this.#observer = new ResizeObserver((entries) => {
      const heightMeasured = this.#drawingHeight > 0;
      for (const { target, contentRect } of entries) {
        if (target === this.#drawing) {
          this.#drawingHeight = contentRect.height;
          // Its height follows the plot's: grown with its headlines (no max-height, the page's or
          // the attribute's), the plot is no scrolling box (news-timeline.axis.styles.ts).
          const plot = target.parentElement!.parentElement!;
          plot.toggleAttribute('data-grows', getComputedStyle(plot).maxHeight == 'none');
          continue;
        }
        if (contentRect.width !== this.width) {
          this.width = contentRect.width;
          this.host.requestUpdate();
          if (this.#widthMeasured) this.#sheetMoved(true, true);
        }
        this.#widthMeasured = true;
      }
      this.#measureTall(heightMeasured);
    });
    window.addEventListener('resize', this.#onWindowResize);
    const target = this.#observed ?? this.host;
    const drawing = this.#drawing;
    this.#observed = this.#drawing = undefined;
    this.observe(target, drawing);
  }

  readonly #onWindowResize = (): void => this.#measureTall(this.#drawingHeight > 0);

  /** `moved`: the drawing's height was measured before, so a change of `tall` moves the sheet. */
  #measureTall(moved: boolean): void {
    // Apart from 55% to 60%: a phone's toolbar showing and hiding changes the window's height.
    const tall = this.#drawingHeight > innerHeight * (this.tall ? 0.55 : 0.6);
    if (tall === this.tall) return;
    this.tall = tall;
    // Only the open detail reads it (the render that opens one takes it): a drawing with none
    // open is not drawn a second time.
    this.#sheetMoved(moved);
  }

  /**
   * With a detail open, updates the host and then, when the sheet moved under a drawing already
   * measured, tells it (after the update is asked for).
   */
  #sheetMoved(moved: boolean, width = false): void {
    if (!this.host.shadowRoot?.getElementById('detail')) return;
    this.host.requestUpdate();
    if (moved) this.onSheetMoved(width);
  }

  hostUpdated(): void {
    if (!this.#serverWidth) return;
    this.#serverWidth = 0;
    const width = this.host.getBoundingClientRect().width;
    if (width && width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    window.removeEventListener('resize', this.#onWindowResize);
  }

  /**
   * Follows `element`'s width and `drawing`'s height (an element as tall as the drawing) from now
   * on (a no-op when it already does).
   */
  observe(element: Element, drawing?: Element): void {
    if (element !== this.#observed) {
      if (this.#observed) this.#observer?.unobserve(this.#observed);
      this.#observed = element;
      this.#widthMeasured = false;
      this.#observer?.observe(element);
    }
    if (drawing !== this.#drawing) {
      if (this.#drawing) this.#observer?.unobserve(this.#drawing);
      this.#drawing = drawing;
      this.#drawingHeight = 0;
      if (drawing) this.#observer?.observe(drawing);
      else this.#measureTall(false);
    }
  }
}
