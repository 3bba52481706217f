import { isServer, type ReactiveController } from 'lit';
import { ResizeController } from './resize-controller.js';
import { ZoomController } from './zoom-controller.js';
import { PanLayer } from './pan-layer.js';
import type { LoadedTimeline } from './data-controller.js';
import type { NavigationContext } from './navigation-controller.js';
import type { ViewportCallbacks, ViewportHost, ViewportSettings } from './viewport-types.js';
import type { StoryLayout } from '../../layout/story.js';
import { StoryChoice } from './story-choice.js';
import { MIN_VISIBLE_SPAN_MS } from '../../layout/story-lanes.js';
import { orientationFor } from '../../layout/compose.js';
import {
  DEFAULT_OVERSCAN,
  IDENTITY_TRANSFORM,
  memoizedFrame,
  seenThrough,
  transformFor,
  type AxisTransform,
  type Frame,
  type Orientation,
} from '../../layout/frame.js';
import { dateLocale } from '../../i18n/wording/date-formats.js';
import { whenIdle, type Deadline } from '../idle.js';
import { scrollIntoViewAboveSheet } from './navigation-controller.js';

/** How long fit-all and the zoom buttons animate; `ZoomController` jumps for reduced motion. */
const ANIMATION_MS = 250;
/** A drawing with more items than this is painted before its accessible names are built. */
const NAMES_BEFORE_PAINT = 60;

/** A slice of name building stops with this much of the idle period left (the render follows). */
const NAMES_SLICE_RESERVE_MS = 3;

/**
 * The part of the time axis the reader sees, and the frame drawn for it. Owns the zoom transform,
 * the gestures that move it (`ZoomController`), the pan layer that shows small moves without
 * laying out, the element's size, and the story layout (lanes and label rows) that only data,
 * size and words change. The element asks it for a frame once per update (`layOut`); after the
 * render it finds the plot (`callbacks.plot`) to move, observe and attach the gestures to.
 */
export class ViewportController implements ReactiveController {
  orientation: Orientation;
  /** Length in px of the time axis. */
  axisLength: number;
  frame?: Frame;
  story?: StoryLayout;
  /** What the frame is drawn with: `story`, or its lanes for the zoom level (`StoryLayout.zoomed`). */
  drawnStory?: StoryLayout;
  /** The scale the drawn lanes were taken at. */
  #lanesScale = 0;
  /** The drawn lanes are a new zoom level's (`StoryLayout.zoomed`), after the scale of the last. */
  #newRows = false;
  #zoomedFrom = 0;
  /** The last settled zoom was the reader's doing. */
  #readerZoom = false;
  #transform: AxisTransform = IDENTITY_TRANSFORM;
  #settings?: ViewportSettings;
  /** New data: the first layout frames the dated events (`StoryLayout.firstView`). */
  #firstViewPending?: boolean;
  /** The transform of the first view, while it is what the view shows. */
  #firstTransform?: AxisTransform;
  /** The gesture code must be told the transform we set (new data, `range`) after the render. */
  #pendingTransformSync?: boolean;
  /** The next settled zoom came from our own buttons or keys, so it is the reader's doing. */
  #userAction = false;
  /** New data: a large first drawing is painted first, and named in the update right after. */
  #namesAfterPaint = false;
  #namesScheduled?: boolean;
  /** Counts new data sets, so a naming timer of older data does not name newer data too early. */
  #dataGeneration = 0;
  #data?: LoadedTimeline;
  readonly #size: ResizeController;
  readonly #zoomer: ZoomController;
  readonly #panLayer: PanLayer;
  readonly #frameFor = memoizedFrame();
  readonly #stories = new StoryChoice();

  constructor(
    private readonly host: ViewportHost,
    private readonly callbacks: ViewportCallbacks,
  ) {
    // Public fields start here, not where declared: one initialised there takes every private
    // field's initialiser into the constructor with it (assign semantics), bytes for nothing.
    this.orientation = 'horizontal';
    this.axisLength = 1;
    this.#size = new ResizeController(host, (width) => callbacks.sheetMoved(width));
    this.#zoomer = new ZoomController(
      host,
      (transform) => this.#moveTo(transform),
      (transform, byUser) => this.#zoomSettled(transform, byUser),
      () => callbacks.plainWheel(),
    );
    this.#panLayer = new PanLayer(host);
    // Last of its controllers: after the render, the pan layer and the gestures are up to date.
    host.addController(this);
  }

  /** The zoom: scale `k` and offset `x` of the axis (identity shows every event). */
  #setTransform(transform: AxisTransform): void {
    if (transform === this.#transform) return;
    this.#transform = transform;
    this.host.requestUpdate();
  }

  /** New data: the view starts over, framing the dated news. */
  reset(): void {
    this.#setTransform(IDENTITY_TRANSFORM);
    this.#firstViewPending = true;
    this.#pendingTransformSync = true;
    this.#namesAfterPaint = true;
    this.#namesScheduled = false;
    this.#dataGeneration += 1;
  }

  /** A newer version of the story: the reader keeps the range they saw (`layOut` keeps it). */
  keepRange(): void {
    this.#pendingTransformSync = true;
  }

  /** Lays out the frame for `loaded` (none: nothing drawn); a `range` just set moves there first. */
  layOut(
    loaded: LoadedTimeline | undefined,
    settings: ViewportSettings,
    range?: { start: Date; end: Date },
  ): void {
    this.#data = loaded;
    this.#settings = settings;
    if (!loaded) {
      this.frame = undefined;
      return;
    }
    const width =
      this.#size.width ||
      (isServer ? 0 : this.host.getBoundingClientRect().width) ||
      settings.width ||
      800;
    const previous = this.story;
    const previousLength = this.axisLength;
    const orientation = orientationFor(settings.layout, width);
    const story = (this.story = this.#stories.layOut(loaded, width, orientation, settings));
    // Or drawn down, where it reads better so (`readsDown`).
    const vertical = orientation === 'vertical' || !!story.rows;
    this.orientation = vertical ? 'vertical' : 'horizontal';
    const length = (this.axisLength = story.length);
    const showRange = (start: number, end: number) =>
      this.#setTransform(this.#transformFor(start, end));
    // A new story layout (a newer version of the data, a resize, after hydration the first
    // measure, other words) keeps the range shown; an unzoomed view keeps showing everything.
    if (
      previous &&
      story !== previous &&
      !this.#firstViewPending &&
      this.#transform !== IDENTITY_TRANSFORM
    ) {
      // A view the reader has not moved from the first view shows the new layout's (a phone's is
      // trimmed: the wide drawing's range there was 0.87x too far out), as does a view of an axis
      // with nothing on it. Others are read through the story layout they were shown on.
      if (this.#transform === this.#firstTransform || !previous.index.dated.items.length)
        this.#firstViewPending = true;
      else showRange(...this.shownRange(previous, previousLength));
      this.#pendingTransformSync = true;
    }
    if (this.#firstViewPending) {
      this.#firstViewPending = false;
      showRange(...(story.opening ?? story.firstView));
      this.#firstTransform = this.#transform;
    }
    const [start, end] = loaded.baseDomain;
    this.#zoomer.frame = {
      length,
      vertical,
      rtl: !vertical && settings.rtl,
      maxScale: Math.max(1, (end - start) / MIN_VISIBLE_SPAN_MS),
    };
    // A `range` the page has just set moves the view there, and the gesture code with it; one that
    // names no stretch of time (an Invalid Date, an end not after its start) is left unapplied.
    if (range && +range.end > +range.start) {
      showRange(+range.start, +range.end);
      this.#pendingTransformSync = true;
      // A page may step `range` like a gesture: pans move the drawing until the steps pause.
      this.#panLayer.notePan();
    }
    const gesture = this.#zoomer.active || this.#panLayer.panning;
    const drawn = this.#panLayer.plan(this.#transform, length, gesture, story.packed);
    // A zoom level's lanes are taken at rest: rows moving under a gesture lose the reader's place.
    if (!gesture || this.drawnStory?.base !== story.base) {
      const lanes = story.zoomed?.(drawn.transform.k) ?? story;
      // Rows a reader's zoom brought, not a page's `range` (a scrolling story moves its own page).
      this.#newRows =
        this.#readerZoom && lanes !== this.drawnStory && lanes.base === this.drawnStory?.base;
      if (this.#newRows) this.#zoomedFrom = this.#lanesScale;
      this.drawnStory = lanes;
      this.#lanesScale = drawn.transform.k;
    }
    this.frame = this.#frameFor({
      ...loaded,
      length,
      orientation: this.orientation,
      transform: drawn.transform,
      overscan: drawn.overscan,
      timeZone: settings.timeZone,
      locale: dateLocale(settings.locale),
      story: this.drawnStory,
    });
  }

  /** After the render: moves the drawn layers, attaches the gestures, names what was painted. */
  hostUpdated(): void {
    const plot = this.frame ? this.callbacks.plot() : undefined;
    if (plot) {
      this.#panLayer.apply(this.#transform, this.orientation === 'vertical', this.#settings!.rtl);
    }
    if (this.#namesAfterPaint && plot && !this.#namesScheduled) this.#nameAfterPaint();
    // A zoom level's rows fill the drawing from its top: zoomed into with the wheel over a cluster
    // low in a long drawing, its headlines went up off the screen. Focus from the keyboard brings
    // its own event's row instead (zoomed out with `-`, it had gone below the screen).
    if (this.#newRows && plot) {
      const focused = (this.host.renderRoot as ShadowRoot).activeElement;
      if (focused?.matches('[data-key]:focus-visible')) scrollIntoViewAboveSheet(focused);
      else if (this.#transform.k > this.#zoomedFrom && plot.getBoundingClientRect().top < 0)
        plot.scrollIntoView();
    }
    this.#newRows = false;
    this.#zoomer.attach(plot);
    // The plot's first child, an empty block, is as wide as the plot and never taller: a new
    // layout's height (turning vertical at 600 px) is no size change in the observer's own loop.
    // Its child is as tall as the plot and deeper than the block, so the observer delivers a
    // height that a render for a new width changed in the same loop, without a loop error.
    const block = plot?.firstElementChild;
    this.#size.observe(block ?? this.host, block?.firstElementChild ?? undefined);
    if (this.#pendingTransformSync && plot) {
      this.#pendingTransformSync = false;
      this.#zoomer.transformTo(this.#transform);
    }
  }

  /** After the first paint, names are built in idle time, in slices, and the drawing redrawn. */
  #nameAfterPaint(): void {
    this.#namesScheduled = true;
    // A newer version of the same story (`keepRange`) is named by this pass too.
    const generation = this.#dataGeneration;
    const step = (deadline: Deadline) => {
      if (this.#dataGeneration !== generation || !this.#namesAfterPaint) return;
      const frame = this.frame;
      if (!frame || !this.namesWaiting) {
        this.#namesAfterPaint = false;
        return;
      }
      const more = () => deadline.timeRemaining() > NAMES_SLICE_RESERVE_MS;
      if (!this.callbacks.nameItems(frame.items, this.axisLength, more)) {
        whenIdle(step);
        return;
      }
      this.#namesAfterPaint = false;
      this.host.requestUpdate();
    };
    requestAnimationFrame(() => whenIdle(step));
  }

  /** The drawing is taller than most of the screen (`ResizeController.tall`). */
  get tall(): boolean {
    return this.#size.tall;
  }

  /**
   * The first paint of new data with a large drawing goes ahead without accessible names. Read
   * with a frame only (the plot's render, the naming pass).
   */
  get namesWaiting(): boolean {
    return this.#namesAfterPaint && this.frame!.items.length > NAMES_BEFORE_PAINT;
  }

  /** px added to the frame's positions of events and ticks (`PanLayer.shift`). */
  get drawnShift(): number {
    return this.#panLayer.shift;
  }

  /**
   * How far along the axis labels may reach: a frame laid out for a pan keeps them whole. Read
   * with a frame only, planned with it.
   */
  get labelEdge(): number {
    const overscan = this.#panLayer.drawn!.overscan;
    return this.axisLength + (overscan > DEFAULT_OVERSCAN ? overscan : 0);
  }

  /** The drawing as keyboard navigation reads it, or undefined when nothing is drawn. */
  navigationContext(list: boolean): NavigationContext | undefined {
    const loaded = this.#data;
    const frame = this.frame;
    if (!loaded || !frame) return undefined;
    return {
      index: loaded.index,
      items: frame.items,
      vertical: this.orientation === 'vertical',
      rtl: this.#settings!.rtl,
      viewed: this.shownRange(),
      list,
    };
  }

  /** The time range the reader sees, ms (during a pan the drawing may be laid out for another). */
  shownRange(story = this.story!, length = this.axisLength): [number, number] {
    const scale = seenThrough(story.base, this.#transform, 0, length);
    const domain = scale.domain();
    return [+domain[0]!, +domain.at(-1)!];
  }

  /**
   * Shows every event. Wide, that is the first view: the background band's events are listed under
   * the drawing, not drawn, and their span showed the article's three empty days before Thursday.
   * A phone draws the band's span with its quiet stretches cut short (`storyLayout`): the base
   * domain, on to the end of a first view made longer for its last headlines.
   */
  fitAll(byReader = false): void {
    if (!this.story) return;
    this.#userAction ||= byReader;
    const [start, end] = this.story.firstView;
    const [baseStart, baseEnd] = this.#data!.baseDomain;
    const all =
      this.orientation === 'horizontal'
        ? this.#transformFor(start, end)
        : end > baseEnd
          ? this.#transformFor(baseStart, end)
          : IDENTITY_TRANSFORM;
    this.#zoomer.transformTo(all, ANIMATION_MS);
  }

  /**
   * Zooms in (factor > 1) or out around the start of the event `around` names (the open one, the
   * focused one for keys; Exide's middle was the quiet 2000s) when on the axis in view, clustered
   * or not, else the view's middle. Not at a limit: the same range was announced again.
   */
  zoomBy(factor: number, byReader = false, around?: string): void {
    if (!this.canZoom(factor)) return;
    this.#userAction ||= byReader;
    const hit = this.#data?.index.dated.items.find((item) => item.id === around);
    this.#zoomer.scaleBy(factor, ANIMATION_MS, hit && this.story!.base(hit.start));
  }

  /** For the toolbar, which marks + or − at a limit (it did nothing there and said nothing). */
  canZoom(factor: number): boolean {
    return this.#zoomer.canZoom(factor, this.#transform.k);
  }

  /**
   * Jumps (never animates: focus must find its item at once) to show [start, end], for the reader.
   * A phone's drawing is many screens long: there it gets half a screen from `at` (a tapped
   * cluster's row), within the drawing, its start first (a long span's is longer than the drawing).
   */
  showRange(start: number, end: number, at?: number): void {
    if (!this.#data) return;
    this.#userAction = true;
    if (this.orientation !== 'vertical')
      return this.#zoomer.transformTo(this.#transformFor(start, end));
    const { k, x } = this.#transform;
    const base = this.story!.base;
    const from = base(start);
    const scale = Math.max(2 * k, innerHeight / 2 / (base(end) - from));
    const y = Math.min((at ?? k * from + x) - scale * from, this.axisLength - scale * base(end));
    this.#zoomer.transformTo({ k: scale, x: Math.max(y, -scale * from) });
  }

  /** Jumps to have `t` in the middle of the view at the zoom it has, for the reader. */
  centerOn(t: number): void {
    const { k } = this.#transform;
    this.#userAction = true;
    this.#zoomer.transformTo({ k, x: this.axisLength / 2 - k * this.story!.base(t) });
  }

  /** The transform that shows [start, end] on the current story layout. */
  #transformFor(start: number, end: number): AxisTransform {
    return transformFor(this.#data!.baseDomain, this.axisLength, start, end, this.story!.base);
  }

  /** Takes a zoom step; an echo of the transform we set ourselves changes nothing and costs nothing. */
  #moveTo(transform: AxisTransform): void {
    const { k, x } = this.#transform;
    if (Math.abs(transform.k - k) > 1e-9 * k || Math.abs(transform.x - x) > 1e-6) {
      this.#setTransform(transform);
    }
  }

  #zoomSettled(transform: AxisTransform, byUser: boolean): void {
    this.#moveTo(transform);
    // The reader's gesture ends a page's `range` steps that had not yet paused.
    if (byUser) this.#panLayer.endPan();
    // A pan shown by moving the drawing is laid out exactly now that it has ended, and with the
    // zoom level's lanes. (Range steps that are still coming lay it out when they pause.)
    const lanes = this.story?.zoomed && this.#lanesScale !== this.#transform.k;
    if (!this.#panLayer.panning && (this.#panLayer.inexact(this.#transform) || lanes))
      this.host.requestUpdate();
    const report = byUser || this.#userAction;
    this.#userAction = false;
    this.#readerZoom = report;
    void this.host.updateComplete.then(() => this.callbacks.settled(report));
  }
}
