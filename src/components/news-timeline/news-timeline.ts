import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { newsTimelineStyles } from './news-timeline.styles.js';
// Before the rest: the bundle lays modules out in import order, and the accessible names' wording
// (describe-when, format-when-short) then sits within gzip's reach of the date formats and the
// styles (page payload 48,428 -> 48,357 B). Every module it imports is free of side effects.
import { AccessibleNames } from './accessible-names.js';
import { NewsTimelineProperties } from './news-timeline.properties.js';
import { DataController } from './data-controller.js';
import { NavigationController } from './navigation-controller.js';
import { SummaryController } from './summary-controller.js';
import { AnnouncerController } from './announcer-controller.js';
import { ViewportController } from './viewport-controller.js';
import { ZOOM_STEP } from './zoom-controller.js';
import { LinkSelectionController } from './link-selection-controller.js';
import { loadStory, renderStory } from './story-mode.js';
import type { NewsTimelineStoryStepEvent } from '../news-timeline-story/news-timeline-story.events.js';
import { RevisionsController } from './revisions-controller.js';
import { PlotView } from './plot-view.js';
import { SelectionController } from './selection-controller.js';
import {
  renderDetail,
  renderProblems,
  renderRefreshFailed,
  renderLegend,
  renderStatus,
  renderSummaryToggle,
  renderTitle,
  renderToolbar,
} from './news-timeline.panels.js';
import { count } from '../../i18n/wording/date-formats.js';
import { LocaleController } from '../locale-controller.js';
import { drawingWordsFor, type DrawingWords } from '../../i18n/drawing-words.js';
import { emit } from '../emit.js';
import { inDays } from '../../layout/ticks.js';
import { shownOf } from '../../layout/view.js';

export { VERTICAL_BELOW } from '../../layout/compose.js';
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
 * @tag news-timeline
 * @summary A chronological, zoomable, accessible timeline of a news story.
 *
 * @slot header - Replaces the built-in title and introduction above the timeline.
 * @slot empty - Shown when there are no events.
 *
 * @fires {NewsTimelineSelectEvent} news-timeline-select - The reader opened or closed an event.
 * @fires {NewsTimelineRangeChangeEvent} news-timeline-range-change - The reader zoomed or panned; fired once the range settles.
 * @fires {NewsTimelineLoadEvent} news-timeline-load - Data was read and validated.
 * @fires {NewsTimelineErrorEvent} news-timeline-error - Data could not be loaded, or some events were invalid.
 * @fires {NewsTimelineUpdateEvent} news-timeline-update - A newer version of the same story (`src` with `refresh`, or new data with the same `id`) was applied; the detail has the diff.
 *
 * @csspart base - The outer frame.
 * @csspart header - Title row with the controls.
 * @csspart title - The timeline's title.
 * @csspart summary - The story's introduction (`Timeline.summary`), at most three lines.
 * @csspart toolbar - The zoom and view buttons.
 * @csspart button - Each toolbar button.
 * @csspart plot - The drawing area (pan and zoom happen here); absent when no event is dated.
 * @csspart axis - The time axis with its ticks; across, two: their words over the events (kept at
 *   the screen's top), their grid lines under them. Across, the axes, events and eras reach 3,000 px
 *   past the plot's ends, placed back by `margin-inline-start`: leave it and their insets to us.
 * @csspart tick - One tick label.
 * @csspart axis-caption - The day, month or year a horizontal view starts in, when no tick says it.
 * @csspart events - The ordered list of events and clusters.
 * @csspart event - One event: the button with its headline (its mark is drawn beside it).
 * @csspart label - The headline label of an event.
 * @csspart thumbnail - The small picture at the start of a label (`media-thumbnails`).
 * @csspart cluster - A group of events too close to draw apart (a button).
 * @csspart detail - The detail panel around the event card.
 * @csspart list - The list view.
 * @csspart problems - The panel listing invalid data.
 * @csspart status - Loading, empty and error messages.
 * @csspart legend - The legend element (with the drawing; the list view has none).
 * @csspart band - The background band: events with no time of their own and context spans.
 * @csspart band-toggle - The band's label, a button that opens and closes it.
 * @csspart band-events - The list of the band's events.
 * @csspart band-event - One event of the band (a button).
 * @csspart era - An era, drawn as a band behind the events.
 * @csspart era-label - The name of an era.
 * @csspart published - The line that marks when the story was published.
 * @csspart list-era - An era's row in the list view.
 * @csspart list-published - The publication's row in the list view.
 * @csspart list-band - The heading row of the background band's events in the list view.
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
 * @cssprop --news-timeline-sticky-top - Where the axis's dates stick while the page scrolls: a page's own sticky header's height (default 0).
 * @cssprop --news-timeline-era-background - Fill of era bands.
 * @cssprop --news-timeline-era-edge-color - Edge of era bands.
 * @cssprop --news-timeline-band-background - Background of the background band.
 */
export class NewsTimeline extends NewsTimelineProperties {
  static override styles = newsTimelineStyles;

  /** The reader closed the data's problems (until new data): a render is asked for each change. */
  #problemsDismissed = false;

  readonly #data = new DataController(this, {
    // New data (or none) replaced the old.
    changed: () => {
      this.#problemsDismissed = false;
      this.#plotView.reset();
      this.#names.clear();
      this.#navigation.reset();
      this.#viewport.reset();
      this.#revisions.reset();
      this.requestUpdate();
    },
    // A newer version of the same story arrived.
    updated: (diff, previous) => {
      this.#revisions.apply(
        diff,
        previous.timeline.events.find((event) => event.id === this.selected),
      );
      const locale = this.#resolvedLocale;
      this.#announcer.announceWhenIdle(
        this.#words.updateAnnounced(
          count(diff.added.length, locale),
          count(diff.changed.length, locale),
          count(diff.removed.length, locale),
        ),
        () => this.#navigation.movedWithin(KEYBOARD_PAUSE_MS),
      );
      this.#names.clear();
      this.#navigation.follow(previous.index, this.#data.loadedTimeline!.index);
      this.#viewport.keepRange();
      this.requestUpdate();
    },
  });
  readonly #navigation: NavigationController = new NavigationController(this, {
    context: () => this.#viewport.navigationContext(this.view === 'list'),
    showRange: (start, end, at) => this.#viewport.showRange(start, end, at),
    centerOn: (t) => this.#viewport.centerOn(t),
    // A cluster zooming cannot split: its events are listed instead.
    listCluster: (events) => {
      this.view = 'list';
      this.#announcer.announce(this.#words.clusterAsList(count(events, this.#resolvedLocale)));
    },
    zoomStep: (direction, around) => this.#viewport.zoomBy(ZOOM_STEP ** direction, true, around),
    closeDetail: (): boolean => this.#selection.close(),
  });
  readonly #announcer = new AnnouncerController(this);
  readonly #summary = new SummaryController(this);
  readonly #names = new AccessibleNames();
  readonly #links = new LinkSelectionController(this, {
    enabled: () => this.linkSelection,
    selected: () => this.selected,
    timeline: () => this.#data.loadedTimeline?.timeline,
    select: (id) => this.#selection.select(this.#selection.event(id)),
  });
  readonly #revisions = new RevisionsController(this);
  readonly #localize = new LocaleController(this, {
    fallbackLocale: () => this.#data.loadedTimeline?.timeline.language,
  });
  readonly #viewport = new ViewportController(this, {
    // As the render reads `view`: a value other than 'list' (a typo in the attribute) draws.
    plot: () =>
      (this.view !== 'list' && this.renderRoot?.querySelector<HTMLElement>('[part~="plot"]')) ||
      undefined,
    settled: (report) => {
      this.#navigation.cancelRefocus();
      const frame = this.#viewport.frame;
      if (!report || !frame) return;
      // The settled range: an event for the page, a polite sentence for screen readers.
      const [start, end] = this.#viewport.shownRange().map((t) => new Date(t)) as [Date, Date];
      emit(this, 'news-timeline-range-change', { start, end, granularity: frame.granularity });
      if (this.#selection.following) return;
      // In view, not laid out beyond it as room to pan into: LAX's "15 of 51" showed 7.
      const [shown, total] = this.#shown!;
      const locale = this.#resolvedLocale;
      this.#announcer.announce(
        this.#words.rangeShown(
          this.#names.range(+start, +end, inDays(frame.granularity)),
          count(shown, locale),
          count(total, locale),
        ),
      );
    },
    plainWheel: () => this.#announcer.flashHint(),
    sheetMoved: (width) => void this.#selection.sheetMoved(width),
    nameItems: (items, length, more) =>
      this.#names.prefill(items, this.#data.loadedTimeline?.timeline.events ?? [], length, more),
  });
  readonly #selection: SelectionController = new SelectionController(this, {
    loadedTimeline: () => this.#data.loadedTimeline,
    navigation: this.#navigation,
    announcer: this.#announcer,
    drawingWords: () => this.#words,
  });
  readonly #plotView = new PlotView(this, {
    viewport: this.#viewport,
    navigation: this.#navigation,
    names: this.#names,
    revisions: this.#revisions,
    hintVisible: () => this.#announcer.hintVisible,
  });

  // Both set in every `willUpdate`, before the render and the callbacks of drawn data read them.
  #resolvedLocale!: string;
  #dir!: 'ltr' | 'rtl';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#data.loadedTimeline && this.timeline === undefined && !this.src)
      this.#data.readLightDom();
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
    this.#viewport.fitAll();
  }

  /** Checks `src` for a newer version now, whatever the `refresh` interval. */
  refreshNow(): void {
    this.#data.source.refreshNow();
  }

  /** Zooms in (factor > 1) or out around the middle of the view. */
  zoomBy(factor: number): void {
    this.#viewport.zoomBy(factor);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refresh')) this.#data.source.setRefresh(this.refresh);
    if (changed.has('timeline') || (changed.has('src') && this.timeline === undefined)) {
      this.#data.update(this.timeline, this.src);
    }
    if (changed.has('mode') && this.mode === 'story') {
      // Without the story module (offline, blocked) the reader keeps the drawing and its cards.
      loadStory().catch(() => (this.mode = 'explore'));
    }
    // The localize controller re-renders the element when `locale`, `lang` or `dir` changes.
    this.#resolvedLocale = this.#localize.locale;
    this.#dir = this.#localize.dir;
    const loaded = this.#data.status === 'ready' ? this.#data.loadedTimeline : undefined;
    const settings = {
      layout: this.layout,
      verticalLength: this.verticalLength,
      mediaThumbnails: this.mediaThumbnails,
      width: this.width,
      locale: this.#resolvedLocale,
      timeZone: this.#timeZone,
      rtl: this.#dir === 'rtl',
    };
    const range = changed.has('range') ? this.range : undefined;
    this.#viewport.layOut(loaded, settings, range);
    this.#names.use({
      locale: this.#resolvedLocale,
      timeZone: this.#timeZone,
      vertical: this.#viewport.orientation === 'vertical',
      drawingWords: this.#words,
      loaded,
    });
    if (this.mode === 'story' && (changed.has('selected') || changed.has('mode'))) {
      // Once drawn: moving the view re-lays it out, which must not happen inside this update.
      void this.updateComplete.then(() => this.#selection.reveal());
    }
  }

  /** Events shown and placed (`shownOf`), with data. */
  get #shown(): [number, number] | undefined {
    const { frame, axisLength } = this.#viewport;
    const index = this.#data.loadedTimeline?.index;
    return index && shownOf(frame?.items ?? [], axisLength, index);
  }

  get #timeZone(): string {
    return this.#data.loadedTimeline?.timeline.timeZone ?? 'UTC';
  }

  get #words(): DrawingWords {
    return drawingWordsFor(this.#localize.locale);
  }

  override render(): TemplateResult {
    const words = this.#words;
    const { loadedTimeline: loaded, status } = this.#data;
    const timeline = loaded?.timeline;
    const ready = status === 'ready';
    const list = this.view === 'list';
    const story = this.mode === 'story';
    // The open event's card, or in story mode the story: under the drawing, before the background
    // band and the legend (after them a wide step's card began at the screen's foot); the card
    // under its row in the list view, the story after the list.
    const detail = story
      ? ready
        ? renderStory({
            loadedTimeline: loaded!,
            selected: this.selected,
            locale: this.#resolvedLocale,
            timeZone: this.#timeZone,
            headingLevel: this.headingLevels.card,
            theme: this.theme,
            step: (step: NewsTimelineStoryStepEvent) => this.#selection.select(step.detail.event),
          })
        : nothing
      : renderDetail(
          words,
          this.#selection.event(this.selected),
          this.#revisions.removedSelection?.id === this.selected
            ? this.#revisions.removedSelection
            : undefined,
          {
            timeZone: this.#timeZone,
            locale: this.#resolvedLocale,
            headingLevel: this.headingLevels.card,
            theme: this.theme,
          },
          () => this.#selection.close(),
        );
    return html`
      <div part="base" class="base" dir=${this.#dir} lang=${this.#resolvedLocale}>
        <div part="header" class="header">
          <slot name="header"
            >${renderTitle(timeline, this.headingLevels.title, this.#summary)}</slot
          >
          ${
            ready
              ? renderToolbar(words, list, !!loaded?.index.dated.items.length, {
                  zoom: (factor) => this.#viewport.zoomBy(factor, true, this.selected),
                  canZoom: (factor) => this.#viewport.canZoom(factor),
                  fitAll: () => this.#viewport.fitAll(true),
                  // Across: a page scrolls a drawing down, and a line more above it moved it.
                  shown:
                    this.#viewport.orientation === 'horizontal'
                      ? this.#shown?.map((n) => count(n, this.#resolvedLocale))
                      : undefined,
                  toggleList: () => (this.view = list ? 'timeline' : 'list'),
                  story,
                  toggleStory: () => {
                    this.mode = story ? 'explore' : 'story';
                    if (!story) void this.#selection.scrollToDetail();
                  },
                })
              : nothing
          }
          ${timeline?.summary ? renderSummaryToggle(words, this.#summary) : nothing}
        </div>
        ${
          this.#problemsDismissed
            ? nothing
            : renderProblems(words, this.#resolvedLocale, loaded?.problems ?? [], () => {
                this.#problemsDismissed = true;
                this.requestUpdate();
              })
        }
        ${renderRefreshFailed(words, this.#data.source.refreshError)}
        ${
          ready
            ? this.#plotView.render({
                loadedTimeline: loaded!,
                drawingWords: words,
                locale: this.#resolvedLocale,
                list,
                colorByCategory: this.colorBy === 'category',
                thumbnails: this.mediaThumbnails,
                selected: this.selected,
                maxHeight: this.maxHeight,
                open: (item) => this.#selection.open(item),
                select: (i) => this.#selection.select(this.#selection.eventAt(i)),
                closeDetail: () => this.#selection.close(),
                detail: list && story ? nothing : detail,
                story,
              })
            : renderStatus(words, status, this.#data.fatalError)
        }
        ${
          // The list view draws no marks for a legend to explain.
          ready && !this.noLegend && !list
            ? renderLegend(loaded!, {
                locale: this.#resolvedLocale,
                byCategory: this.colorBy === 'category',
                theme: this.theme,
                viewport: this.#viewport,
              })
            : nothing
        }
        ${list && story ? detail : nothing}
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
          ${this.#announcer.message}
        </div>
      </div>
    `;
  }
}
