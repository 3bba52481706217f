import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { themeTokens } from '../shared-styles.js';
import { markStyles } from '../marks.js';
import { newsTimelineStyles } from './news-timeline.styles.js';
import { storyStyles } from './news-timeline.story.styles.js';
import { liveStyles } from './news-timeline.live.styles.js';
import { printStyles } from './news-timeline.print.styles.js';
import { ResizeController } from './resize-controller.js';
import { ZoomController } from './zoom-controller.js';
import { PanLayer } from './pan-layer.js';
import { DataController, type DataStatus, type LoadedTimeline } from './data-controller.js';
import { NavigationController, type NavigationContext } from './navigation-controller.js';
import { AnnouncerController } from './announcer-controller.js';
import { AccessibleNames } from './accessible-names.js';
import { LinkSelectionController } from './link-selection-controller.js';
import { backgroundIds, loadStory, renderStory } from './story-mode.js';
import { THUMBNAIL_PX, thumbnailSrc } from '../event-media.js';
import { RevisionsController } from './revisions-controller.js';
import { renderList, renderPlot, type PlotContext } from './news-timeline.templates.js';
import {
  renderDetail,
  renderProblems,
  renderRefreshFailed,
  renderRemoved,
  renderToolbar,
} from './news-timeline.panels.js';
import { renderBand } from './news-timeline.story.js';
import type {
  NewsTimelineRangeChangeDetail,
  NewsTimelineSelectDetail,
} from './news-timeline.events.js';
import type { Timeline, TimelineEvent } from '../../model/types.js';
import type { TimelineDiff } from '../../model/diff.js';
import { storyLayout, type StoryLayout } from '../../layout/story.js';
import { orientationFor } from '../../layout/compose.js';
import { formatWhenShort } from '../../i18n/wording/format-when-short.js';
import {
  DEFAULT_OVERSCAN,
  IDENTITY_TRANSFORM,
  memoizedFrame,
  transformFor,
  visibleScale,
  type AxisTransform,
  type Frame,
  type Orientation,
} from '../../layout/frame.js';
import type { ViewItem } from '../../layout/index.js';
import type { Translation } from '../../i18n/translation.js';
import { count, dateLocale } from '../../i18n/wording/date-formats.js';
import { LocalizeController } from '../localize-controller.js';

export { VERTICAL_BELOW } from '../../layout/compose.js';
const MIN_VISIBLE_SPAN_MS = 10 * 60_000;
const ZOOM_STEP = 2;
const LIST_PAGE = 500;
const ANIMATION_MS = 250;
/** A drawing with more items than this is painted before its accessible names are built. */
const NAMES_BEFORE_PAINT = 60;
/** A keyboard reader who moved more recently than this is still reading: updates wait. */
const KEYBOARD_PAUSE_MS = 1500;

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
 * @csspart thumbnail - The small picture at the start of a label (`media-thumbnails`).
 * @csspart cluster - A group of events too close to draw apart (a button).
 * @csspart detail - The detail panel around the event card.
 * @csspart list - The list view.
 * @csspart problems - The panel listing invalid data.
 * @csspart status - Loading, empty and error messages.
 * @csspart legend - The legend element.
 * @csspart band - The background band: events with no time of their own and context spans.
 * @csspart band-toggle - The band's label, a button that opens and closes it.
 * @csspart band-events - The list of the band's events.
 * @csspart band-event - One event of the band (a button).
 * @csspart era - An era, drawn as a band behind the events.
 * @csspart era-label - The name of an era.
 * @csspart published - The line that marks when the story was published.
 * @csspart list-era - An era's row in the list view.
 * @csspart list-published - The publication's row in the list view.
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
 * @cssprop --news-timeline-max-height - Tallest the drawing grows before it scrolls (default none).
 * @cssprop --news-timeline-era-background - Fill of era bands.
 * @cssprop --news-timeline-era-edge-color - Edge of era bands.
 * @cssprop --news-timeline-band-background - Background of the background band.
 */
export class NewsTimeline extends LitElement {
  static override styles = [
    themeTokens,
    markStyles,
    newsTimelineStyles,
    storyStyles,
    liveStyles,
    // Last: paper overrides the theme and the layout variables.
    printStyles,
  ];

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

  /** Id of the event whose detail is open (in story mode: the event the story shows). */
  @property({ reflect: true }) selected?: string;

  /**
   * `explore` (the default): the drawing, with a detail card for the event the reader opens.
   * `story`: the story read one step at a time below the drawing, as slides: a title card, then
   * each event in chronological order (`<news-timeline-story>`, loaded on demand). The toolbar
   * toggles it too.
   */
  @property({ reflect: true }) mode: 'explore' | 'story' = 'explore';

  /**
   * Deep links: the selected event's id goes into the page's address fragment (`#event-id`), and a
   * page opened with such a fragment starts on that event. Off unless the page opts in.
   */
  @property({ type: Boolean, attribute: 'link-selection' }) linkSelection = false;

  /**
   * A small picture at the start of a drawn headline, for events with a picture, where the
   * horizontal drawing has room for it without cutting the headline.
   */
  @property({ type: Boolean, attribute: 'media-thumbnails' }) mediaThumbnails = false;

  /**
   * Outline level of the title heading, 1 to 5, to fit the host page's outline; the detail card's
   * heading is one level below it.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Seconds between refreshes of `src` (0, the default, never refreshes). A newer version of the
   * same story is applied as an update: the reader keeps the range, selection and focus. Refreshes
   * are conditional (ETag, Last-Modified), back off after errors, and pause while the page is hidden.
   */
  @property({ type: Number }) refresh = 0;

  /** Hides the legend. */
  @property({ type: Boolean, attribute: 'no-legend' }) noLegend = false;

  /** Length in px of the time axis when drawn vertically. */
  @property({ type: Number, attribute: 'vertical-length' }) verticalLength = 560;

  /**
   * Tallest the drawing grows, as CSS (`480px`, `60vh`; a plain number is px), before it scrolls
   * on its own. Overrides `--news-timeline-max-height`. By default it grows with its headlines.
   */
  @property({ attribute: 'max-height' }) maxHeight?: string;

  /**
   * Width in px to lay out at until the element can measure itself: on the server (see
   * `news-timeline/ssr`) and in the first frame. The measured width wins once known.
   */
  @property({ type: Number }) width?: number;

  /** Whether the background band is open; by default open on wide drawings, closed on narrow ones. */
  @state() private bandOpen?: boolean;

  @state() private axisTransform: AxisTransform = IDENTITY_TRANSFORM;
  @state() private problemsDismissed = false;
  @state() private listShown = LIST_PAGE;

  @query('[part~="plot"]') private plot?: HTMLElement;

  private readonly size = new ResizeController(this);
  private readonly data = new DataController(this);
  private readonly navigation = new NavigationController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly names = new AccessibleNames();
  private readonly links = new LinkSelectionController(this, {
    enabled: () => this.linkSelection,
    selected: () => this.selected,
    timeline: () => this.data.loaded?.timeline,
    select: (id) => this.select(this.data.loaded?.timeline.events.find((e) => e.id === id)),
  });
  private readonly revisions = new RevisionsController(this);
  private readonly localize = new LocalizeController(this, {
    fallbackLocale: () => this.data.loaded?.timeline.language,
  });
  private readonly zoomer = new ZoomController(
    this,
    (transform) => this.moveTo(transform),
    (transform, byUser) => this.zoomSettled(transform, byUser),
    () => this.announcer.flashHint(),
  );
  private readonly frameFor = memoizedFrame();
  private readonly panLayer = new PanLayer(this);

  private resolvedLocale = 'en';
  private isRtl = false;
  private orientation: Orientation = 'horizontal';
  private axisLength = 1;
  private frame?: Frame;
  /** New data: a large first drawing is painted first, and named in the update right after. */
  private namesAfterPaint = false;
  private namesScheduled = false;
  private story?: StoryLayout;
  private storyKey = '';
  /** New data: the first layout frames the dated events (`LoadedTimeline.firstView`). */
  private firstViewPending = false;
  /** The gesture code must be told the transform we set (new data, `range`) after the render. */
  private pendingTransformSync = false;
  /** The next settled zoom came from our own buttons or keys, so it is the reader's doing. */
  private userAction = false;
  private readonly reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data.loaded && this.timeline === undefined && !this.src) this.data.readLightDom();
  }

  /**
   * A server-rendered (declarative) shadow root is drawn again from the same data in the same
   * frame; without Lit's hydration support loaded, Lit would add its drawing after the server's.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!('litElementHydrateSupport' in globalThis)) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Shows every event. */
  fitAll(): void {
    this.zoomer.transformTo(IDENTITY_TRANSFORM, this.motionDuration());
  }

  /** Checks `src` for a newer version now, whatever the `refresh` interval. */
  refreshNow(): void {
    this.data.refreshNow();
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

  /** @internal Called by the data controller when new data (or none) replaced the old. */
  dataChanged(): void {
    this.problemsDismissed = false;
    this.listShown = LIST_PAGE;
    this.names.clear();
    this.namesAfterPaint = true;
    this.namesScheduled = false;
    this.navigation.reset();
    this.axisTransform = IDENTITY_TRANSFORM;
    this.firstViewPending = true;
    this.bandOpen = undefined;
    this.revisions.reset();
    this.pendingTransformSync = true;
    this.requestUpdate();
  }

  /** @internal Called by the data controller when a newer version of the same story arrived. */
  dataUpdated(diff: TimelineDiff, previous: LoadedTimeline): void {
    const loaded = this.data.loaded!;
    this.revisions.apply(
      diff,
      previous.timeline.events.find((event) => event.id === this.selected),
    );
    const locale = this.resolvedLocale;
    this.announcer.announceWhenIdle(
      this.words.updateAnnounced(
        count(diff.added.length, locale),
        count(diff.changed.length, locale),
        count(diff.removed.length, locale),
      ),
      () => this.navigation.movedWithin(KEYBOARD_PAUSE_MS),
    );
    this.names.clear();
    this.navigation.follow(previous.index, loaded.index);
    // The reader keeps the range they were looking at; an unzoomed view keeps showing everything.
    if (this.frame && this.axisTransform !== IDENTITY_TRANSFORM) {
      const [start, end] = this.shownRange(previous.baseDomain);
      this.axisTransform = transformFor(loaded.baseDomain, this.axisLength, start, end);
    } else {
      this.axisTransform = IDENTITY_TRANSFORM;
    }
    this.pendingTransformSync = true;
    this.requestUpdate();
  }

  private get status(): DataStatus {
    return this.data.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refresh')) this.data.setRefresh(this.refresh);
    if (changed.has('timeline') || (changed.has('src') && this.timeline === undefined)) {
      this.data.update(this.timeline, this.src);
    }
    if (changed.has('mode') && this.mode === 'story') {
      // Without the story module (offline, blocked) the reader keeps the drawing and its cards.
      loadStory().catch(() => (this.mode = 'explore'));
    }
    this.readContext();
    this.layOut(changed);
    if (this.mode === 'story' && (changed.has('selected') || changed.has('mode'))) {
      // Once drawn: moving the view re-lays it out, which must not happen inside this update.
      void this.updateComplete.then(() => this.revealSelected());
    }
  }

  /**
   * The locale and direction in force, from the localize controller: the `locale` property, else
   * the nearest `lang`, else the data's language; the nearest `dir`, else the translation's. The
   * controller re-renders the element when any of them changes.
   */
  private readContext(): void {
    this.resolvedLocale = this.localize.locale;
    this.isRtl = this.localize.dir === 'rtl';
  }

  private get timeZone(): string {
    return this.data.loaded?.timeline.timeZone ?? 'UTC';
  }

  private layOut(changed: PropertyValues<this>): void {
    const loaded = this.data.loaded;
    if (!loaded || this.status !== 'ready') {
      this.frame = undefined;
      return;
    }
    const width =
      this.size.width || (isServer ? 0 : this.getBoundingClientRect().width) || this.width || 800;
    this.orientation = orientationFor(this.layout, width);
    const vertical = this.orientation === 'vertical';
    const story = this.storyFor(loaded, width, vertical);
    const length = story.length;
    // A new axis length (a resize; after hydration, the first measure) keeps the range shown: the
    // offset is in px of the axis, so it scales with it; k is relative and stays.
    if (length !== this.axisLength && this.axisLength > 1 && !this.firstViewPending) {
      const { k, x } = this.axisTransform;
      this.axisTransform = { k, x: (x * length) / this.axisLength };
      this.pendingTransformSync = true;
    }
    this.axisLength = length;
    if (this.firstViewPending) {
      this.firstViewPending = false;
      const [from, to] = loaded.firstView;
      this.axisTransform = transformFor(loaded.baseDomain, length, from, to);
    }
    const [start, end] = loaded.baseDomain;
    this.zoomer.setFrame({
      length,
      vertical,
      rtl: !vertical && this.isRtl,
      maxScale: Math.max(1, (end - start) / MIN_VISIBLE_SPAN_MS),
    });
    // A resize keeps the zoom as it is (k and x scale with the new length): re-syncing the
    // gesture code here would interrupt a zoom the reader has under way.
    if (changed.has('range') && this.range) {
      this.axisTransform = transformFor(
        loaded.baseDomain,
        length,
        +this.range.start,
        +this.range.end,
      );
      this.pendingTransformSync = true;
      // A page may step `range` like a gesture: pans move the drawing until the steps pause.
      this.panLayer.notePan();
    }
    const drawn = this.panLayer.plan(
      this.axisTransform,
      length,
      this.zoomer.active || this.panLayer.panning,
    );
    this.frame = this.frameFor({
      index: loaded.index,
      headlines: loaded.headlines,
      baseDomain: loaded.baseDomain,
      length,
      orientation: this.orientation,
      transform: drawn.transform,
      overscan: drawn.overscan,
      timeZone: this.timeZone,
      locale: dateLocale(this.resolvedLocale),
      story,
    });
    this.names.use({
      locale: this.resolvedLocale,
      timeZone: this.timeZone,
      vertical,
      words: this.words,
    });
  }

  /** The story's lanes and label rows, computed again only when the data, size or words change. */
  private storyFor(loaded: LoadedTimeline, width: number, vertical: boolean): StoryLayout {
    const key = `${Math.round(width)}|${vertical}|${this.verticalLength}|${this.resolvedLocale}|${this.mediaThumbnails}`;
    if (this.story && this.storyKey === key && this.story.index.items === loaded.index.items) {
      return this.story;
    }
    const events = loaded.timeline.events;
    const options = { locale: this.resolvedLocale, timeZone: this.timeZone };
    this.story = storyLayout({
      index: loaded.index,
      // Vertical rows show the time before the headline.
      labelText: vertical
        ? (i) => `${formatWhenShort(events[i]!.when, options)} ${events[i]!.headline}`
        : (i) => events[i]!.headline,
      ...(this.mediaThumbnails && !vertical
        ? { labelExtra: (i: number) => (thumbnailSrc(events[i]!.media) ? THUMBNAIL_PX : 0) }
        : {}),
      firstView: loaded.firstView,
      baseDomain: loaded.baseDomain,
      width,
      vertical,
      verticalLength: this.verticalLength,
    });
    this.storyKey = key;
    return this.story;
  }

  protected override updated(): void {
    const plot = this.view === 'timeline' && this.status === 'ready' ? this.plot : undefined;
    if (plot) {
      this.panLayer.apply(this.axisTransform, this.orientation === 'vertical', this.isRtl);
    }
    if (this.namesAfterPaint && plot && !this.namesScheduled) {
      this.namesScheduled = true;
      const data = this.data.loaded;
      // After the frame is painted: a timer queued from the next animation frame runs after it.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (this.data.loaded !== data) return;
          this.namesAfterPaint = false;
          this.requestUpdate();
        }),
      );
    }
    this.zoomer.attach(plot);
    this.size.observe(plot ?? this);
    if (this.pendingTransformSync && plot) {
      this.pendingTransformSync = false;
      this.zoomer.transformTo(this.axisTransform);
    }
  }

  /** The first paint of new data with a large drawing goes ahead without accessible names. */
  private get namesWaiting(): boolean {
    return this.namesAfterPaint && (this.frame?.items.length ?? 0) > NAMES_BEFORE_PAINT;
  }

  // ---- zoom ----------------------------------------------------------------------------------

  /** The time range the reader sees, ms (during a pan the drawing may be laid out for another). */
  private shownRange(baseDomain = this.data.loaded?.baseDomain ?? [0, 1]): [number, number] {
    const scale = visibleScale(baseDomain, this.axisLength, this.axisTransform);
    return scale.domain().map(Number) as [number, number];
  }

  private motionDuration(): number {
    return this.reducedMotion?.matches ? 0 : ANIMATION_MS;
  }

  /** Takes a zoom step; an echo of the transform we set ourselves changes nothing and costs nothing. */
  private moveTo(transform: AxisTransform): void {
    const { k, x } = this.axisTransform;
    if (Math.abs(transform.k - k) > 1e-9 * k || Math.abs(transform.x - x) > 1e-6) {
      this.axisTransform = transform;
    }
  }

  private zoomSettled(transform: AxisTransform, byUser: boolean): void {
    this.moveTo(transform);
    // A pan shown by moving the drawing is laid out exactly now that it has ended.
    // (Range steps that are still coming lay it out when they pause.)
    if (!this.panLayer.panning && this.panLayer.inexact(this.axisTransform)) this.requestUpdate();
    const report = byUser || this.userAction;
    this.userAction = false;
    void this.updateComplete.then(() => {
      this.navigation.cancelRefocus();
      if (report) this.reportRange();
    });
  }

  /** Reports the settled range: an event for the page, a polite sentence for screen readers. */
  private reportRange(): void {
    if (!this.frame) return;
    const [start, end] = this.shownRange().map((t) => new Date(t)) as [Date, Date];
    this.dispatch<NewsTimelineRangeChangeDetail>('news-timeline-range-change', {
      start,
      end,
      granularity: this.frame.granularity,
    });
    const visible = this.frame.items.reduce(
      (sum, item) => sum + (item.kind === 'cluster' ? item.count : 1),
      0,
    );
    this.announcer.announce(
      this.words.rangeShown(
        this.names.range(+start, +end),
        count(visible, this.resolvedLocale),
        count(this.data.loaded?.timeline.events.length ?? 0, this.resolvedLocale),
      ),
    );
  }

  // ---- navigation ----------------------------------------------------------------------------

  /** @internal For the navigation controller. */
  navigationContext(): NavigationContext | undefined {
    const loaded = this.data.loaded;
    if (!loaded || !this.frame) return undefined;
    const [start, end] = this.shownRange();
    return {
      index: loaded.index,
      items: this.frame.items,
      vertical: this.orientation === 'vertical',
      rtl: this.isRtl,
      visible: [start, end],
      list: this.view === 'list',
      eventId: (i) => loaded.timeline.events[i]!.id,
    };
  }

  /** @internal Jumps (never animates: focus must find its item at once) to show [start, end]. */
  showRange(start: number, end: number): void {
    const loaded = this.data.loaded;
    if (!loaded) return;
    this.userAction = true;
    this.zoomer.transformTo(transformFor(loaded.baseDomain, this.axisLength, start, end));
  }

  /** @internal A cluster zooming cannot split: its events are listed instead. */
  listCluster(events: number): void {
    this.view = 'list';
    this.announcer.announce(this.words.clusterAsList(count(events, this.resolvedLocale)));
  }

  private get words(): Translation {
    return this.localize.translation;
  }

  private get selectedEvent(): TimelineEvent | undefined {
    return this.selected
      ? this.data.loaded?.timeline.events.find((event) => event.id === this.selected)
      : undefined;
  }

  private select(event: TimelineEvent | undefined): void {
    this.selected = event?.id;
    this.dispatch<NewsTimelineSelectDetail>('news-timeline-select', { event: event ?? null });
    // The story announces its own steps, once.
    if (event && this.mode !== 'story')
      this.announcer.announce(this.words.selected(event.headline));
  }

  /** The overview follows the story: the current event takes the tab stop and comes into view. */
  private revealSelected(): void {
    const loaded = this.data.loaded;
    const i = loaded?.timeline.events.findIndex((e) => e.id === this.selected) ?? -1;
    // An event of the background band is marked in the band: reveal leaves the axis as it is.
    if (loaded && i >= 0 && this.frame) this.navigation.reveal(loaded.index.position[i] ?? -1);
  }

  /** @internal Closes the detail, if open, and returns focus to its event. */
  closeDetail(): boolean {
    // In story mode the story is the detail: Escape leaves the reader where they are.
    if (!this.selected || this.mode === 'story') return false;
    this.select(undefined);
    this.navigation.refocus();
    return true;
  }

  private openItem(item: ViewItem): void {
    if (item.kind === 'cluster') {
      this.navigation.openCluster(item);
      return;
    }
    this.navigation.focused(item);
    this.select(this.data.loaded?.timeline.events[item.item.i]);
  }

  /** @internal For the navigation controller's `+` and `-`. */
  zoomStep(direction: 1 | -1): void {
    this.userZoomBy(direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** Title and card heading levels: the card sits one level below the title, whatever is asked. */
  private get headingLevels(): { title: number; card: number } {
    const title = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    return { title, card: title + 1 };
  }

  override render(): TemplateResult {
    const words = this.words;
    const timeline = this.data.loaded?.timeline;
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
                    aria-level=${this.headingLevels.title}
                    dir="auto"
                  >
                    ${timeline.title}
                  </div>`
                : nothing
            }
          </slot>
          ${
            this.status === 'ready'
              ? renderToolbar(words, this.view === 'list', {
                  zoomIn: () => this.userZoomBy(ZOOM_STEP),
                  zoomOut: () => this.userZoomBy(1 / ZOOM_STEP),
                  fitAll: () => this.userFitAll(),
                  toggleList: () => (this.view = this.view === 'list' ? 'timeline' : 'list'),
                  story: this.mode === 'story',
                  toggleStory: () => (this.mode = this.mode === 'story' ? 'explore' : 'story'),
                })
              : nothing
          }
        </div>
        ${
          this.problemsDismissed
            ? nothing
            : renderProblems(words, this.resolvedLocale, this.data.loaded?.problems ?? [], () => {
                this.problemsDismissed = true;
              })
        }
        ${renderRefreshFailed(words, this.data.refreshError)} ${this.renderBody(words)}
        ${
          this.status === 'ready' && !this.noLegend
            ? html`<news-timeline-legend
                part="legend"
                exportparts="list: legend-list, item: legend-item"
                .locale=${this.resolvedLocale}
                .categories=${this.colorBy === 'category' ? (this.data.loaded?.categories ?? []) : []}
                .eras=${timeline?.eras.map((era) => era.label) ?? []}
                ?published=${Boolean(timeline && !timeline.publishedDefaulted)}
                theme=${this.theme}
              ></news-timeline-legend>`
            : nothing
        }
        ${this.renderDetail(words)}
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcer.message}
        </div>
      </div>
    `;
  }
  private renderBody(words: Translation): TemplateResult {
    switch (this.status) {
      case 'loading':
        return html`<p part="status" class="status" role="status">${words.loading}</p>`;
      case 'failed':
        return html`<p part="status" class="status error" role="alert">
          ${words.loadFailed(this.data.fatalError ?? '')}
        </p>`;
      case 'empty':
        return html`<div part="status" class="status">
          <slot name="empty">${words.empty}</slot>
        </div>`;
      default:
        return this.renderPlotOrList(words);
    }
  }

  private renderPlotOrList(words: Translation): TemplateResult {
    const loaded = this.data.loaded!;
    if (this.view === 'list') {
      return renderList(this.plotContext(loaded, words), {
        shown: this.listShown,
        showMore: () => (this.listShown += LIST_PAGE),
        onKeydown: (e: KeyboardEvent) => {
          if (e.key === 'Escape' && this.closeDetail()) e.preventDefault();
        },
      });
    }
    const context = this.plotContext(loaded, words);
    const maxHeight = this.maxHeight?.trim();
    return html`${renderPlot(context, this.frame!, {
      focusKey: this.navigation.focusKey(this.frame!.items),
      hintVisible: this.announcer.hintVisible,
      onKeydown: (e: KeyboardEvent) => this.navigation.handleKeydown(e),
      ...(maxHeight
        ? { maxHeight: /^\d+(\.\d+)?$/.test(maxHeight) ? `${maxHeight}px` : maxHeight }
        : {}),
    })}${renderBand(context, {
      open: this.bandIsOpen,
      toggle: () => (this.bandOpen = !this.bandIsOpen),
      select: (item) => this.select(loaded.timeline.events[item.i]),
    })}`;
  }

  /**
   * Wide drawings have room to list the band's headlines; narrow ones open it on request, unless
   * the band is all there is.
   */
  private get bandIsOpen(): boolean {
    const dated = this.data.loaded?.index.dated.items.length ?? 0;
    return this.bandOpen ?? (this.orientation === 'horizontal' || dated === 0);
  }

  private plotContext(loaded: LoadedTimeline, words: Translation): PlotContext {
    return {
      loaded,
      words,
      names: this.names,
      locale: this.resolvedLocale,
      timeZone: this.timeZone,
      orientation: this.orientation,
      axisLength: this.axisLength,
      fullNames: !this.namesWaiting,
      // A frame laid out a screen beyond the view for a pan keeps its labels whole out there.
      labelEdge:
        this.axisLength +
        ((this.panLayer.drawn?.overscan ?? 0) > DEFAULT_OVERSCAN
          ? this.panLayer.drawn!.overscan
          : 0),
      story: this.story!,
      colorByCategory: this.colorBy === 'category',
      thumbnails: this.mediaThumbnails,
      selected: this.selected,
      open: (item) => this.openItem(item),
      focused: (item) => this.navigation.focused(item),
      select: (item) => {
        this.navigation.focused(item);
        this.select(loaded.timeline.events[item.i]);
      },
      revisionGeneration: this.revisions.generation,
      revision: (id) =>
        this.revisions.isNew(id) ? 'new' : this.revisions.isUpdated(id) ? 'updated' : undefined,
    };
  }

  private renderDetail(words: Translation): TemplateResult | typeof nothing {
    const loaded = this.data.loaded;
    if (this.mode === 'story' && loaded && this.status === 'ready') {
      return renderStory({
        timeline: loaded.timeline,
        selected: this.selected,
        locale: this.resolvedLocale,
        timeZone: this.timeZone,
        headingLevel: this.headingLevels.card,
        theme: this.theme,
        background: backgroundIds(loaded.index),
        step: (step) => this.select(step.detail.event ?? undefined),
      });
    }
    const event = this.selectedEvent;
    const removed = this.revisions.removedSelection;
    if (!event && removed && removed.id === this.selected) {
      return renderRemoved(words, removed, () => this.closeDetail());
    }
    if (!event) return nothing;
    const card = {
      timeZone: this.timeZone,
      locale: this.resolvedLocale,
      headingLevel: this.headingLevels.card,
      theme: this.theme,
    };
    return renderDetail(words, event, card, () => this.closeDetail());
  }

  private dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}
