import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { themeTokens } from '../shared-styles.js';
import { styleProperties } from '../style-properties.js';
import { CATEGORY_COLOR_COUNT, markLook, markStyles } from '../marks.js';
import { newsTimelineStyles } from './news-timeline.styles.js';
import { ResizeController } from './resize-controller.js';
import { SourceController, type SourceState } from './source-controller.js';
import { ZoomController, type AxisTransform } from './zoom-controller.js';
import { readEventList, readInlineJson } from './light-dom-data.js';
import type {
  DataOrigin,
  NewsTimelineErrorDetail,
  NewsTimelineLoadDetail,
  NewsTimelineRangeChangeDetail,
  NewsTimelineSelectDetail,
} from './news-timeline.events.js';
import type { Timeline, TimelineEvent } from '../../model/types.js';
import type { Problem } from '../../model/problems.js';
import { parseTimeline } from '../../model/parse-timeline.js';
import {
  dateLocale,
  describeTimeRange,
  describeWhen,
  formatWhenShort,
} from '../../model/describe-when.js';
import { describePlace, describeSources } from '../../model/describe.js';
import {
  buildEventIndex,
  estimateLabelWidth,
  fitDomain,
  layoutView,
  timeTicks,
  type EventIndex,
  type IndexedEvent,
  type Tick,
  type TickGranularity,
  type TimeTicks,
  type ViewItem,
} from '../../layout/index.js';
import { isRtlLocale, stringsFor, type UiStrings } from '../../i18n/strings.js';

/** Below this width (px) `layout="auto"` draws time top to bottom. */
export const VERTICAL_BELOW = 600;
const MIN_VISIBLE_SPAN_MS = 10 * 60_000;
const ZOOM_STEP = 2;
const LIST_PAGE = 500;
const MAX_LANES = 16;
/** Lanes drawn side by side on the narrow vertical rail. */
const RAIL_LANES = 6;
/** px each label takes along a vertical axis, and how far one may be pushed below its mark. */
const STACKED_LABEL = 48;
const STACKED_DRIFT = 4 * STACKED_LABEL;
const DEFAULT_TICK_SPACING = 90;
/** Labels render at 14 px; estimating at 16 px leaves room for wide fallback fonts (DejaVu). */
const LABEL_FONT_ESTIMATE_PX = 16;
const TICK_FONT_PX = 12;
const TICK_GAP = 12;

type Orientation = 'horizontal' | 'vertical';
type Status = 'empty' | 'loading' | 'ready' | 'failed';

interface LoadedData {
  timeline: Timeline;
  problems: Problem[];
  origin: DataOrigin;
}

/**
 * An interactive, accessible timeline of a news story. Events are drawn on a time scale in the
 * story's time zone, with uncertain times drawn as the spans they are; the drawing is an ordered
 * list of buttons, so keyboard and screen-reader users read the same timeline as everyone else.
 *
 * Data comes from the `timeline` property (an object or JSON text), the `src` attribute (a URL of
 * JSON), an inline `<script type="application/json">` child, or an `<ol>` of `<li>` with `<time>`
 * children written in the page - in that order of precedence. Setting `timeline` while `src` is
 * loading cancels the load: the property wins.
 *
 * @summary A chronological, zoomable, accessible timeline of a news story.
 *
 * @slot header - Replaces the built-in title above the timeline.
 * @slot empty - Shown when there are no events.
 *
 * @fires {NewsTimelineSelectEvent} news-timeline-select - The reader opened or closed an event.
 * @fires {NewsTimelineRangeChangeEvent} news-timeline-range-change - The reader zoomed or panned; fired once the range settles.
 * @fires {NewsTimelineLoadEvent} news-timeline-load - Data was read and validated.
 * @fires {NewsTimelineErrorEvent} news-timeline-error - Data could not be loaded, or some events were invalid.
 *
 * @csspart base - The outer frame.
 * @csspart header - Title row with the controls.
 * @csspart title - The timeline's title.
 * @csspart toolbar - The zoom and view buttons.
 * @csspart button - Each toolbar button.
 * @csspart plot - The drawing area (pan and zoom happen here).
 * @csspart axis - The time axis with its ticks.
 * @csspart tick - One tick label.
 * @csspart events - The ordered list of events and clusters.
 * @csspart event - One event (a button).
 * @csspart label - The headline label of an event.
 * @csspart cluster - A group of events too close to draw apart (a button).
 * @csspart detail - The detail panel around the event card.
 * @csspart list - The list view.
 * @csspart problems - The panel listing invalid data.
 * @csspart status - Loading, empty and error messages.
 * @csspart legend - The legend element.
 *
 * @cssprop --news-timeline-background - Background colour.
 * @cssprop --news-timeline-color - Text colour.
 * @cssprop --news-timeline-muted-color - Secondary text (ticks, times).
 * @cssprop --news-timeline-accent - Marks, links, selection.
 * @cssprop --news-timeline-accent-contrast - Text on accent colour.
 * @cssprop --news-timeline-surface - Panels and cards.
 * @cssprop --news-timeline-border-color - Borders.
 * @cssprop --news-timeline-grid-color - Tick grid lines.
 * @cssprop --news-timeline-focus-color - Focus ring.
 * @cssprop --news-timeline-danger-color - Error text.
 * @cssprop --news-timeline-font-family - Font family.
 * @cssprop --news-timeline-font-size - Base font size.
 * @cssprop --news-timeline-radius - Corner radius.
 * @cssprop --news-timeline-spacing - Base spacing unit.
 * @cssprop --news-timeline-category-0 - Colour of the first category (up to --news-timeline-category-5).
 */
export class NewsTimeline extends LitElement {
  static override styles = [themeTokens, markStyles, newsTimelineStyles];

  /** The story: a `Timeline` object, or JSON text of one. Validated by `parseTimeline`. */
  @property({ attribute: false }) timeline?: Timeline | string;

  /** URL of the timeline's JSON. Fetched with a loading state; a newer value cancels the old. */
  @property() src?: string;

  /** `auto` follows the element's own width; `horizontal` or `vertical` force one. */
  @property({ reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** BCP 47 locale for dates, numbers and the UI's words; defaults to the nearest `lang`, then the data's language. */
  @property() locale?: string;

  /** `timeline` draws the time scale; `list` shows a plain chronological list. */
  @property({ reflect: true }) view: 'timeline' | 'list' = 'timeline';

  /** `category` colours events by category and adds the categories to the legend. */
  @property({ attribute: 'color-by' }) colorBy: 'none' | 'category' = 'none';

  /** The visible time range. Settable; reported by `news-timeline-range-change` after the reader zooms. */
  @property({ attribute: false }) range?: { start: Date; end: Date };

  /** Id of the event whose detail is open. */
  @property({ reflect: true }) selected?: string;

  /** Level of the title heading, to fit the host page's outline (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hides the legend. */
  @property({ type: Boolean, attribute: 'no-legend' }) noLegend = false;

  /** Length in px of the time axis when drawn vertically. */
  @property({ type: Number, attribute: 'vertical-length' }) verticalLength = 560;

  @state() private data?: LoadedData;
  @state() private fatalError?: string;
  @state() private axisTransform: AxisTransform = { k: 1, x: 0 };
  @state() private problemsDismissed = false;
  @state() private announcement = '';
  @state() private wheelHintVisible = false;
  @state() private listShown = LIST_PAGE;

  @query('[part~="plot"]') private plot?: HTMLElement;

  private readonly size = new ResizeController(this);
  private readonly source = new SourceController(this, (state) => this.handleSourceSettled(state));
  private readonly zoomer = new ZoomController(
    this,
    (transform) => this.moveTo(transform),
    (transform, byUser) => this.handleZoomSettled(transform, byUser),
    () => this.flashWheelHint(),
  );

  private index?: EventIndex;
  private resolvedLocale = 'en';
  private isRtl = false;
  private baseDomain: [number, number] = [0, 1];
  private categories: string[] = [];
  private orientation: Orientation = 'horizontal';
  private axisLength = 1;
  private scale: ScaleTime<number, number> = scaleUtc();
  private viewItems: ViewItem[] = [];
  private ticks: Tick[] = [];
  private granularity: TickGranularity = 'day';
  private tickStep = 1;
  private accessibleNames = new Map<number, string>();
  private clusterNames = new Map<string, string>();
  /** The event keyboard focus is on (index into `index.items`), kept across re-layouts. */
  private focusPosition = 0;
  /** Focus should land on `focusPosition`'s item once it is drawn (after a zoom or re-layout). */
  private pendingFocus = false;
  private pendingRangeSync = false;
  /** Key of the cluster Enter just zoomed into, to check that zooming did split it. */
  private openingCluster?: string;
  /** The next settled zoom came from our own buttons or keys, so it is the reader's doing. */
  private userAction = false;
  private wheelHintTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data && this.timeline === undefined && !this.src) this.readLightDom();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.wheelHintTimer);
    clearTimeout(this.announceTimer);
  }

  /** The CSS property that places things along the time axis. */
  private get along(): 'inset-inline-start' | 'top' {
    return this.orientation === 'vertical' ? 'top' : 'inset-inline-start';
  }

  /** Shows every event. */
  fitAll(): void {
    this.zoomer.transformTo({ k: 1, x: 0 }, this.motionDuration());
  }

  /** Zooms in (factor > 1) or out around the middle of the view. */
  zoomBy(factor: number): void {
    this.zoomer.scaleBy(factor, this.motionDuration());
  }

  private userZoomBy(factor: number): void {
    this.userAction = true;
    this.zoomBy(factor);
  }

  private userFitAll(): void {
    this.userAction = true;
    this.fitAll();
  }

  // ---- data in -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timeline') && this.timeline !== undefined) {
      this.source.cancel();
      this.accept(parseTimeline(this.timeline), 'property');
    } else if (changed.has('src') && this.timeline === undefined) {
      if (this.src) this.source.load(this.src);
      else this.source.cancel();
    }
    this.readContext();
    this.computeLayout(changed);
  }

  private readLightDom(): void {
    const json = readInlineJson(this);
    if (json !== undefined) {
      this.accept(parseTimeline(json), 'inline-json');
      return;
    }
    const list = readEventList(this, this.getAttribute('time-zone') ?? 'UTC');
    if (list) this.accept(parseTimeline(list), 'list');
  }

  private handleSourceSettled(state: SourceState): void {
    if (state.status === 'loaded') this.accept(parseTimeline(state.text), 'src');
    else if (state.status === 'failed') this.fail(state.reason, [], 'src');
  }

  private accept(
    result: { timeline: Timeline | null; problems: Problem[] },
    origin: DataOrigin,
  ): void {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (!result.timeline) {
      this.fail(errors[0]?.message ?? 'the data is not a timeline', result.problems, origin);
      return;
    }
    this.fatalError = undefined;
    this.data = { timeline: result.timeline, problems: result.problems, origin };
    this.problemsDismissed = false;
    this.listShown = LIST_PAGE;
    this.index = buildEventIndex(result.timeline.events, { maxLanes: MAX_LANES });
    this.baseDomain = fitDomain(this.index) ?? this.baseDomain;
    this.categories = uniqueCategories(result.timeline.events);
    this.accessibleNames.clear();
    this.clusterNames.clear();
    this.focusPosition = 0;
    this.axisTransform = { k: 1, x: 0 };
    this.dispatch<NewsTimelineLoadDetail>('news-timeline-load', {
      timeline: result.timeline,
      problems: result.problems,
      origin,
    });
    if (errors.length > 0) {
      this.dispatch<NewsTimelineErrorDetail>('news-timeline-error', {
        message: stringsFor('en').problemsTitle(errors.length),
        problems: result.problems,
        fatal: false,
        origin,
      });
    }
  }

  private fail(message: string, problems: Problem[], origin: DataOrigin): void {
    this.fatalError = message;
    this.data = undefined;
    this.index = undefined;
    this.dispatch<NewsTimelineErrorDetail>('news-timeline-error', {
      message,
      problems,
      fatal: true,
      origin,
    });
  }

  // ---- layout --------------------------------------------------------------------------------

  private get status(): Status {
    if (this.source.state.status === 'loading') return 'loading';
    if (this.fatalError !== undefined) return 'failed';
    if (!this.data || this.data.timeline.events.length === 0) return 'empty';
    return 'ready';
  }

  /**
   * The locale and direction in force: the `locale` property, else the nearest `lang`, else the
   * data's language; `dir` likewise. Read once per update: the DOM walks are too costly per label.
   */
  private readContext(): void {
    const locale =
      this.locale ||
      this.closest('[lang]')?.getAttribute('lang') ||
      this.data?.timeline.language ||
      'en';
    if (locale !== this.resolvedLocale) {
      this.accessibleNames.clear();
      this.clusterNames.clear();
    }
    this.resolvedLocale = locale;
    const dir = this.closest('[dir]')?.getAttribute('dir');
    this.isRtl = dir ? dir === 'rtl' : isRtlLocale(locale);
  }

  private get timeZone(): string {
    return this.data?.timeline.timeZone ?? 'UTC';
  }

  private computeLayout(changed: PropertyValues<this>): void {
    const index = this.index;
    if (!index || this.status !== 'ready') return;
    const width = this.size.width || this.getBoundingClientRect().width || 800;
    const orientation =
      this.layout === 'auto' ? (width < VERTICAL_BELOW ? 'vertical' : 'horizontal') : this.layout;
    // Vertical names start with the date shown beside the headline (see `accessibleName`).
    if (orientation !== this.orientation) this.accessibleNames.clear();
    this.orientation = orientation;
    const vertical = this.orientation === 'vertical';
    // Vertically every event of a short story gets a row: the axis grows with it, up to a point.
    const events = this.data!.timeline.events;
    const length = vertical
      ? Math.max(this.verticalLength, Math.min(events.length, 24) * STACKED_LABEL)
      : Math.max(120, width);
    this.axisLength = length;
    const base = scaleUtc().domain(this.baseDomain).range([0, length]);
    const span = this.baseDomain[1] - this.baseDomain[0];
    this.zoomer.setFrame({
      length,
      vertical,
      rtl: !vertical && this.isRtl,
      maxScale: Math.max(1, span / MIN_VISIBLE_SPAN_MS),
    });
    // A resize keeps the zoom as it is (k and x scale with the new length): re-syncing d3's
    // transform here would interrupt a zoom the reader has under way.
    if (changed.has('range') && this.range) {
      this.axisTransform = this.transformFor(base, +this.range.start, +this.range.end);
      this.pendingRangeSync = true;
    }
    const { k, x } = this.axisTransform;
    this.scale = base.copy().domain([base.invert(-x / k), base.invert((length - x) / k)]);
    const view = layoutView(index, {
      scale: this.scale,
      mode: vertical ? 'stacked' : 'beside',
      labelWidth: (item) =>
        estimateLabelWidth(events[item.i]?.headline ?? '', LABEL_FONT_ESTIMATE_PX, 440),
      labelExtent: STACKED_LABEL,
      maxDrift: STACKED_DRIFT,
    });
    // The drawing is also the accessible list, so its DOM order must be the order of time.
    const order = (item: ViewItem) =>
      this.positionOf(item.kind === 'cluster' ? item.members[0]! : item.item);
    this.viewItems = view.items.sort((a, b) => order(a) - order(b));
    const ticks = this.ticksThatFit(dateLocale(this.resolvedLocale));
    this.ticks = ticks.ticks;
    this.granularity = ticks.granularity;
    this.tickStep = ticks.step;
  }

  /**
   * Ticks far enough apart for their own labels: some locales write longer dates ("الجمعة، 13
   * يونيو"), so when the widest label outgrows the default spacing the ticks are chosen again.
   */
  private ticksThatFit(locale: string): TimeTicks {
    const options = { scale: this.scale, timeZone: this.timeZone, locale };
    const ticks = timeTicks(options);
    const widest = Math.max(
      0,
      ...ticks.ticks.map((tick) =>
        estimateLabelWidth(tick.context ?? tick.label, TICK_FONT_PX, Infinity),
      ),
    );
    return widest + TICK_GAP > DEFAULT_TICK_SPACING
      ? timeTicks({ ...options, minSpacing: widest + TICK_GAP })
      : ticks;
  }

  private transformFor(base: ScaleTime<number, number>, start: number, end: number): AxisTransform {
    const p0 = base(start);
    const p1 = base(end);
    const k = this.axisLength / Math.max(1e-9, p1 - p0);
    return { k, x: -k * p0 };
  }

  protected override updated(): void {
    const plot = this.view === 'timeline' && this.status === 'ready' ? this.plot : undefined;
    this.zoomer.attach(plot);
    this.size.observe(plot ?? this);
    if (this.pendingRangeSync) {
      this.pendingRangeSync = false;
      this.zoomer.transformTo(this.axisTransform);
    }
    if (this.openingCluster !== undefined) this.checkClusterOpened(this.openingCluster);
    if (this.pendingFocus && this.focusItemAt(this.focusPosition)) this.pendingFocus = false;
  }

  /**
   * Events the data puts at the same time (seven "sometime this week" events share one span) stay
   * one cluster however far the reader zooms, and a cluster hides its members from the keyboard.
   * When zooming in did not split the cluster, its events are shown in the list view instead, with
   * focus on the first of them, so every event stays reachable.
   */
  private checkClusterOpened(key: string): void {
    const item = this.viewItemAt(this.focusPosition);
    if (!item) return;
    this.openingCluster = undefined;
    if (item.kind !== 'cluster' || this.itemKey(item) !== key) return;
    const count = item.count;
    queueMicrotask(() => {
      this.view = 'list';
      this.announce(this.words.clusterAsList(count));
      void this.updateComplete.then(() => this.focusItemAt(this.focusPosition));
    });
  }

  // ---- zoom ----------------------------------------------------------------------------------

  private motionDuration(): number {
    return this.reducedMotion?.matches ? 0 : 250;
  }

  /** Takes a zoom step; an echo of the transform we set ourselves changes nothing and costs nothing. */
  private moveTo(transform: AxisTransform): void {
    const { k, x } = this.axisTransform;
    if (Math.abs(transform.k - k) > 1e-9 * k || Math.abs(transform.x - x) > 1e-6) {
      this.axisTransform = transform;
    }
  }

  private handleZoomSettled(transform: AxisTransform, byUser: boolean): void {
    this.moveTo(transform);
    // Focus waits for the zoom to end at the latest; after that it must not jump on its own.
    const report = byUser || this.userAction;
    this.userAction = false;
    void this.updateComplete.then(() => {
      this.pendingFocus = false;
      if (report) this.reportRange();
    });
  }

  /** Reports the settled range: an event for the page, a polite sentence for screen readers. */
  private reportRange(): void {
    const [start, end] = this.scale.domain() as [Date, Date];
    this.dispatch<NewsTimelineRangeChangeDetail>('news-timeline-range-change', {
      start,
      end,
      granularity: this.granularity,
    });
    const visible = this.viewItems.reduce(
      (sum, item) => sum + (item.kind === 'cluster' ? item.count : 1),
      0,
    );
    this.announce(
      this.words.rangeShown(
        this.formatRange(+start, +end),
        visible,
        this.data?.timeline.events.length ?? 0,
      ),
    );
  }

  private flashWheelHint(): void {
    this.wheelHintVisible = true;
    clearTimeout(this.wheelHintTimer);
    this.wheelHintTimer = setTimeout(() => (this.wheelHintVisible = false), 1500);
  }

  private announce(message: string): void {
    clearTimeout(this.announceTimer);
    // Waiting lets a burst of changes end in one announcement instead of a stream of them.
    this.announceTimer = setTimeout(() => (this.announcement = message), 400);
  }

  // ---- selection and keyboard ----------------------------------------------------------------

  private get words(): UiStrings {
    return stringsFor(this.resolvedLocale);
  }

  private get selectedEvent(): TimelineEvent | undefined {
    return this.selected
      ? this.data?.timeline.events.find((event) => event.id === this.selected)
      : undefined;
  }

  private select(event: TimelineEvent | undefined): void {
    this.selected = event?.id;
    this.dispatch<NewsTimelineSelectDetail>('news-timeline-select', { event: event ?? null });
    if (event) this.announce(this.words.selected(event.headline));
  }

  private closeDetail(): void {
    this.select(undefined);
    this.pendingFocus = true;
  }

  private openItem(item: ViewItem): void {
    if (item.kind === 'cluster') {
      this.focusPosition = this.positionOf(item.members[0]!);
      this.pendingFocus = true;
      const pad = Math.max((item.t1 - item.t0) * 0.15, MIN_VISIBLE_SPAN_MS);
      this.userAction = true;
      this.openingCluster = this.itemKey(item);
      this.zoomToRange(item.t0 - pad, item.t1 + pad);
      return;
    }
    this.focusPosition = this.positionOf(item.item);
    this.select(this.data?.timeline.events[item.item.i]);
  }

  /** Jumps (never animates: focus must find its item at once) to show [start, end]. */
  private zoomToRange(start: number, end: number): void {
    const base = scaleUtc().domain(this.baseDomain).range([0, this.axisLength]);
    this.zoomer.transformTo(this.transformFor(base, start, end));
  }

  /** Where an event sits in chronological order, for keyboard moves and DOM order. */
  private positionOf(item: IndexedEvent): number {
    return this.index?.position[item.i] ?? 0;
  }

  private itemKey(item: ViewItem): string {
    return item.kind === 'cluster' ? `cluster:${item.members[0]!.id}` : item.item.id;
  }

  /** The drawn item holding the event at `position`: the event itself or its cluster. */
  private viewItemAt(position: number): ViewItem | undefined {
    const target = this.index?.items[position];
    if (!target) return undefined;
    return this.viewItems.find((item) =>
      item.kind === 'cluster' ? item.members.includes(target) : item.item === target,
    );
  }

  private focusItemAt(position: number): boolean {
    if (this.view === 'list') {
      const event = this.index?.items[position];
      const button = event
        ? this.renderRoot.querySelector<HTMLElement>(
            `.list-event[data-id="${CSS.escape(this.data!.timeline.events[event.i]!.id)}"]`,
          )
        : null;
      button?.focus();
      return Boolean(button);
    }
    const item = this.viewItemAt(position);
    if (!item) return false;
    const button = this.renderRoot.querySelector<HTMLElement>(
      `[data-key="${CSS.escape(this.itemKey(item))}"]`,
    );
    if (!button) return false;
    button.focus();
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return true;
  }

  /** Moves keyboard focus to another event, bringing it into view when it is off screen. */
  private moveFocus(position: number): void {
    const items = this.index?.items;
    if (!items || items.length === 0) return;
    this.focusPosition = Math.min(items.length - 1, Math.max(0, position));
    const target = items[this.focusPosition]!;
    const [start, end] = this.scale.domain().map(Number) as [number, number];
    if (target.start > end || Math.max(target.end, target.start) < start) {
      const half = (end - start) / 2;
      this.userAction = true;
      this.zoomToRange(target.start - half, target.start + half);
    }
    this.pendingFocus = true;
    this.requestUpdate();
  }

  private nextPosition(from: ViewItem | undefined, direction: 1 | -1): number {
    if (!from) return this.focusPosition + direction;
    if (from.kind === 'event') return this.positionOf(from.item) + direction;
    const members = from.members;
    return direction > 0
      ? this.positionOf(members[members.length - 1]!) + 1
      : this.positionOf(members[0]!) - 1;
  }

  private neighbourInLane(from: ViewItem | undefined, laneStep: number): number | undefined {
    if (!from) return undefined;
    const lane = from.lane + laneStep;
    let best: ViewItem | undefined;
    for (const item of this.viewItems) {
      if (item.lane !== lane) continue;
      if (!best || Math.abs(item.p0 - from.p0) < Math.abs(best.p0 - from.p0)) best = item;
    }
    if (!best) return undefined;
    return this.positionOf(best.kind === 'cluster' ? best.members[0]! : best.item);
  }

  private handleKeydown(event: KeyboardEvent): void {
    const current = this.viewItemAt(this.focusPosition);
    const vertical = this.orientation === 'vertical';
    const forwardKey = vertical ? 'ArrowDown' : this.isRtl ? 'ArrowLeft' : 'ArrowRight';
    const backKey = vertical ? 'ArrowUp' : this.isRtl ? 'ArrowRight' : 'ArrowLeft';
    const laneDown = vertical ? (this.isRtl ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
    const laneUp = vertical ? (this.isRtl ? 'ArrowRight' : 'ArrowLeft') : 'ArrowUp';
    let handled = true;
    switch (event.key) {
      case forwardKey:
        this.moveFocus(this.nextPosition(current, 1));
        break;
      case backKey:
        this.moveFocus(this.nextPosition(current, -1));
        break;
      case laneDown:
      case laneUp: {
        const position = this.neighbourInLane(current, event.key === laneDown ? 1 : -1);
        if (position !== undefined) this.moveFocus(position);
        break;
      }
      case 'Home':
        this.moveFocus(0);
        break;
      case 'End':
        this.moveFocus((this.index?.items.length ?? 1) - 1);
        break;
      case '+':
      case '=':
        this.userZoomBy(ZOOM_STEP);
        this.pendingFocus = true;
        break;
      case '-':
      case '_':
        this.userZoomBy(1 / ZOOM_STEP);
        this.pendingFocus = true;
        break;
      case 'Escape':
        if (this.selected) this.closeDetail();
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render(): TemplateResult {
    const words = this.words;
    const timeline = this.data?.timeline;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`
      <div part="base" class="base" dir=${this.isRtl ? 'rtl' : 'ltr'} lang=${this.resolvedLocale}>
        <div part="header" class="header">
          <slot name="header">
            ${
              timeline?.title
                ? html`<div
                    part="title"
                    class="title"
                    role="heading"
                    aria-level=${level}
                    dir="auto"
                  >
                    ${timeline.title}
                  </div>`
                : nothing
            }
          </slot>
          ${this.status === 'ready' ? this.renderToolbar(words) : nothing}
        </div>
        ${this.renderProblems(words)} ${this.renderBody(words)}
        ${
          this.status === 'ready' && !this.noLegend
            ? html`<news-timeline-legend
                part="legend"
                exportparts="list: legend-list, item: legend-item"
                .locale=${this.resolvedLocale}
                .categories=${this.colorBy === 'category' ? this.categories : []}
                theme=${this.theme}
              ></news-timeline-legend>`
            : nothing
        }
        ${this.renderDetail(words)}
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </div>
      </div>
    `;
  }

  private renderToolbar(words: UiStrings): TemplateResult {
    const list = this.view === 'list';
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${words.controls}>
      ${
        list
          ? nothing
          : html`
              <button
                part="button"
                type="button"
                @click=${() => this.userZoomBy(ZOOM_STEP)}
                aria-label=${words.zoomIn}
                title=${words.zoomIn}
              >
                +
              </button>
              <button
                part="button"
                type="button"
                @click=${() => this.userZoomBy(1 / ZOOM_STEP)}
                aria-label=${words.zoomOut}
                title=${words.zoomOut}
              >
                −
              </button>
              <button part="button" type="button" @click=${() => this.userFitAll()}>
                ${words.fitAll}
              </button>
            `
      }
      <button
        part="button"
        type="button"
        aria-pressed=${list ? 'true' : 'false'}
        @click=${() => (this.view = list ? 'timeline' : 'list')}
      >
        ${words.listView}
      </button>
    </div>`;
  }

  private renderProblems(words: UiStrings): TemplateResult | typeof nothing {
    const problems = this.data?.problems.filter((problem) => problem.severity === 'error') ?? [];
    if (problems.length === 0 || this.problemsDismissed) return nothing;
    return html`<section
      part="problems"
      class="problems"
      aria-label=${words.problemsTitle(problems.length)}
    >
      <strong>${words.problemsTitle(problems.length)}</strong>
      <ul>
        ${problems.slice(0, 50).map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
      </ul>
      <button part="button" type="button" @click=${() => (this.problemsDismissed = true)}>
        ${words.dismiss}
      </button>
    </section>`;
  }

  private renderBody(words: UiStrings): TemplateResult {
    switch (this.status) {
      case 'loading':
        return html`<p part="status" class="status" role="status">${words.loading}</p>`;
      case 'failed':
        return html`<p part="status" class="status error" role="alert">
          ${words.loadFailed(this.fatalError ?? '')}
        </p>`;
      case 'empty':
        return html`<div part="status" class="status">
          <slot name="empty">${words.empty}</slot>
        </div>`;
      default:
        return this.view === 'list' ? this.renderList(words) : this.renderPlot(words);
    }
  }

  private renderPlot(words: UiStrings): TemplateResult {
    const lanes = Math.max(1, this.index?.laneCount ?? 1);
    const focusItem = this.viewItemAt(this.focusPosition) ?? this.viewItems[0];
    const focusKey = focusItem ? this.itemKey(focusItem) : '';
    const plotStyle = { '--_length': `${this.axisLength}px`, '--_lanes': String(lanes) };
    return html`
      <div part="plot" class="plot ${this.orientation}" ${styleProperties(plotStyle)}>
        <div
          part="axis"
          class="axis"
          aria-hidden="true"
          data-granularity=${this.granularity}
          data-step=${this.tickStep}
        >
          ${this.ticks.map(
            (tick) =>
              // A major tick with a date context ("Fri 13 Jun" at midnight) says the date, not "00:00".
              html`<span
                part="tick"
                class="tick ${tick.major ? 'major' : ''}"
                ${styleProperties({ [this.along]: `${tick.p}px` })}
                >${tick.context ?? tick.label}</span
              >`,
          )}
        </div>
        <ol
          part="events"
          class="events"
          aria-label=${words.eventsLabel(this.data?.timeline.title ?? '')}
          @keydown=${this.handleKeydown}
        >
          ${repeat(
            this.viewItems,
            (item) => this.itemKey(item),
            (item) => this.renderItem(item, focusKey),
          )}
        </ol>
        <p class="wheel-hint" ?hidden=${!this.wheelHintVisible} aria-hidden="true">
          ${words.wheelHint}
        </p>
      </div>
    `;
  }

  private renderItem(item: ViewItem, focusKey: string): TemplateResult {
    const key = this.itemKey(item);
    const vertical = this.orientation === 'vertical';
    const event = item.kind === 'event' ? this.data!.timeline.events[item.item.i]! : undefined;
    const category =
      this.colorBy === 'category' && event?.category ? this.categories.indexOf(event.category) : -1;
    const style = {
      // The position along the axis changes every frame of a pan: it is set as a plain property,
      // because a custom property would restyle every descendant that inherits it.
      [this.along]: `${item.p0}px`,
      '--_w': `${Math.max(0, item.p1 - item.p0)}px`,
      // Vertically the rail is narrow: deeper lanes share its last column (the labels carry the meaning).
      '--_lane': String(vertical ? Math.min(item.lane, RAIL_LANES - 1) : item.lane),
      // How far the label row is pushed below its mark (vertical layout).
      '--_drift': `${(item.label?.p ?? item.p0) - item.p0}px`,
      // A label stops at the edge of the view, so its ellipsis stays visible there (also in RTL).
      '--_label': `${item.label ? (vertical ? item.label.size : Math.min(item.label.size, this.axisLength - item.label.p)) : 0}px`,
      ...(category >= 0
        ? { '--_mark-color': `var(--_category-${category % CATEGORY_COLOR_COUNT})` }
        : {}),
    };
    const look = event ? markLook(event.when.precision, event.when.end === null) : 'cluster';
    const mark = html`<span class="mark" data-look=${look} aria-hidden="true"
      >${item.kind === 'cluster' ? item.count : nothing}</span
    >`;
    const rail = vertical
      ? html`<span
          class="rail mark"
          data-look=${look === 'cluster' ? 'soft' : look}
          aria-hidden="true"
        ></span>`
      : nothing;
    if (item.kind === 'cluster') {
      const label = this.clusterName(item);
      return html`<li class="item" ${styleProperties(style)}>
        ${rail}
        <button
          part="cluster"
          class="cluster"
          type="button"
          data-key=${key}
          tabindex=${key === focusKey ? 0 : -1}
          aria-label=${`${label}. ${this.words.clusterHint}`}
          @click=${() => this.openItem(item)}
          @focus=${() => (this.focusPosition = this.positionOf(item.members[0]!))}
        >
          ${vertical ? html`<span class="label" aria-hidden="true">${label}</span>` : mark}
        </button>
      </li>`;
    }
    const shownEvent = event!;
    return html`<li class="item" ${styleProperties(style)}>
      ${rail}
      <button
        part="event"
        class="event"
        type="button"
        data-key=${key}
        data-id=${shownEvent.id}
        tabindex=${key === focusKey ? 0 : -1}
        aria-label=${this.accessibleName(item.item.i, shownEvent)}
        aria-expanded=${this.selected === shownEvent.id ? 'true' : 'false'}
        aria-controls=${this.selected === shownEvent.id ? 'detail' : nothing}
        @click=${() => this.openItem(item)}
        @focus=${() => (this.focusPosition = this.positionOf(item.item))}
      >
        ${vertical ? nothing : mark}
        ${
          item.label
            ? html`<span part="label" class="label" aria-hidden="true" dir="auto"
                >${
                  vertical
                    ? html`<span class="label-when"
                        >${formatWhenShort(shownEvent.when, { locale: this.resolvedLocale, timeZone: this.timeZone })}</span
                      > `
                    : nothing
                }${shownEvent.headline}</span
              >`
            : nothing
        }
      </button>
    </li>`;
  }

  private renderList(words: UiStrings): TemplateResult {
    const items = this.index?.items ?? [];
    const events = this.data!.timeline.events;
    const shown = items.slice(0, this.listShown);
    return html`<ol
        part="list"
        class="list"
        aria-label=${words.eventsLabel(this.data?.timeline.title ?? '')}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Escape' && this.selected) {
            e.preventDefault();
            this.closeDetail();
          }
        }}
      >
        ${shown.map((item) => {
          const event = events[item.i]!;
          return html`<li>
            <button
              type="button"
              class="list-event"
              data-id=${event.id}
              aria-expanded=${this.selected === event.id ? 'true' : 'false'}
              aria-controls=${this.selected === event.id ? 'detail' : nothing}
              @click=${() => {
                this.focusPosition = this.positionOf(item);
                this.select(event);
              }}
            >
              <span class="list-when"
                >${formatWhenShort(event.when, { locale: this.resolvedLocale, timeZone: this.timeZone })}</span
              >
              <span class="list-headline" dir="auto">${event.headline}</span>
            </button>
          </li>`;
        })}
      </ol>
      ${
        items.length > shown.length
          ? html`<button part="button" type="button" @click=${() => (this.listShown += LIST_PAGE)}>
              ${`+${Math.min(LIST_PAGE, items.length - shown.length)}`}
            </button>`
          : nothing
      }`;
  }

  private renderDetail(words: UiStrings): TemplateResult | typeof nothing {
    const event = this.selectedEvent;
    if (!event) return nothing;
    return html`<section
      part="detail"
      id="detail"
      class="detail"
      aria-label=${event.headline}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeDetail()}
    >
      <button
        part="button"
        class="close"
        type="button"
        @click=${() => this.closeDetail()}
        aria-label=${words.close}
        title=${words.close}
      >
        ×
      </button>
      <news-event-card
        exportparts="headline: detail-headline, when: detail-when, facts: detail-facts, excerpt: detail-excerpt"
        .event=${event}
        time-zone=${this.timeZone}
        locale=${this.resolvedLocale}
        heading-level=${Math.min(6, this.headingLevel + 1)}
        theme=${this.theme}
      ></news-event-card>
    </section>`;
  }

  // ---- wording -------------------------------------------------------------------------------

  /** "Headline, sometime on Friday 13 June 2014, Khanaqin, Diyala, according to …". Cached per event. */
  private accessibleName(index: number, event: TimelineEvent): string {
    let name = this.accessibleNames.get(index);
    if (name === undefined) {
      const locale = this.resolvedLocale;
      // Label in name (WCAG 2.5.3): the vertical row shows "Fri 13 Jun" before the headline, so
      // the name starts with the same words, and speech users can say what they see.
      const shown =
        this.orientation === 'vertical'
          ? `${formatWhenShort(event.when, { locale, timeZone: this.timeZone })} ${event.headline}`
          : event.headline;
      name = [
        shown,
        describeWhen(event.when, { locale, timeZone: this.timeZone }),
        event.places.map(describePlace).join('; '),
        describeSources(event.sources, locale),
      ]
        .filter(Boolean)
        .join('. ');
      this.accessibleNames.set(index, name);
    }
    return name;
  }

  private formatRange(start: number, end: number): string {
    return describeTimeRange(start, end, { locale: this.resolvedLocale, timeZone: this.timeZone });
  }

  /**
   * A cluster's name, "12 events, 9 – 11 June 2014". Panning redraws the same clusters frame after
   * frame and Intl's range formatting is slow, so names are kept until the data or locale change.
   */
  private clusterName(item: ViewItem & { kind: 'cluster' }): string {
    const key = `${item.count}|${item.t0}|${item.t1}`;
    let name = this.clusterNames.get(key);
    if (name === undefined) {
      if (this.clusterNames.size > 2000) this.clusterNames.clear();
      name = this.words.cluster(item.count, this.formatRange(item.t0, item.t1));
      this.clusterNames.set(key, name);
    }
    return name;
  }

  private dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

function uniqueCategories(events: readonly TimelineEvent[]): string[] {
  return [...new Set(events.map((event) => event.category).filter((c): c is string => Boolean(c)))];
}
