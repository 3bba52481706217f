import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ViewItem } from '../../layout/index.js';
import type { DrawingWords } from '../../i18n/translation.js';
import type { LoadedTimeline } from './data-controller.js';
import type { ViewportController } from './viewport-controller.js';
import type { NavigationController } from './navigation-controller.js';
import type { AccessibleNames } from './accessible-names.js';
import type { RevisionsController } from './revisions-controller.js';
import {
  drawingDependencies,
  renderList,
  renderPlot,
  type PlotContext,
} from './news-timeline.templates.js';
import { renderBand } from './news-timeline.story.js';
import { loadCardWhenIdle } from './card-loading.js';
import { sameInputs } from './news-timeline.items.js';

/** Rows the list view shows before its "show more" button, and adds on each press. */
const LIST_PAGE = 500;

/** The element's parts the body reads from. */
export interface PlotViewParts {
  viewport: ViewportController;
  navigation: NavigationController;
  names: AccessibleNames;
  revisions: RevisionsController;
  /** The hint that a plain wheel scrolls the page (Ctrl/⌘ + wheel zooms) is showing. */
  hintVisible: () => boolean;
}

/** What one render of the body depends on besides the parts. */
export interface PlotViewInput {
  loadedTimeline: LoadedTimeline;
  drawingWords: DrawingWords;
  locale: string;
  list: boolean;
  colorByCategory: boolean;
  thumbnails: boolean;
  selected: string | undefined;
  /** `max-height` as the page wrote it (CSS, or a plain number of px). */
  maxHeight: string | undefined;
  /** Enter or click on a drawn event or cluster. */
  open: (item: ViewItem) => void;
  /** The reader chose the event of input index `i` (list row, band). */
  select: (i: number) => void;
  /** Escape in the list or the band: closes the open detail; false when none was open. */
  closeDetail: () => boolean;
  /**
   * The open event's card, or the story: under the drawing, before the band; a card of the list's
   * or the open band's event under its row.
   */
  detail: unknown;
  /** The detail is the story, which stays under the drawing whichever event it shows. */
  story: boolean;
}

/**
 * The element's body once data is ready: the drawing with its background band (the band alone when
 * no event is dated), or the list view.
 * Holds the reader's choices that belong to the body alone: whether the band is open and how many
 * rows the list shows. New data resets them.
 */
export class PlotView {
  /** Whether the background band is open: it starts open, and the reader may close it. */
  #bandOpen = true;
  #listShown = LIST_PAGE;
  /** The last `drawingDependencies` and their number (`PlotContext.drawing`). */
  #drawingInputs: unknown[] = [];
  #drawing = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: PlotViewParts,
  ) {}

  /** New data: the band and the list start as they do for a new reader. */
  reset(): void {
    this.#bandOpen = true;
    this.#listShown = LIST_PAGE;
  }

  render(input: PlotViewInput): TemplateResult {
    const { viewport, navigation, names, revisions, hintVisible } = this.parts;
    const { loadedTimeline: loaded } = input;
    // Laid out in this update's willUpdate, as the data is ready.
    const frame = viewport.frame!;
    const context: PlotContext = {
      drawing: this.#drawing,
      loadedTimeline: loaded,
      drawingWords: input.drawingWords,
      names,
      locale: input.locale,
      timeZone: loaded.timeline.timeZone,
      orientation: viewport.orientation,
      axisLength: viewport.axisLength,
      fullNames: !viewport.namesWaiting,
      labelEdge: viewport.labelEdge,
      shift: viewport.drawnShift,
      lines:
        viewport.orientation === 'vertical'
          ? []
          : [loaded.published ?? NaN, ...loaded.marks].map((t) => frame.scale(t)),
      story: viewport.drawnStory!,
      colorByCategory: input.colorByCategory,
      thumbnails: input.thumbnails,
      selected: input.selected,
      open: input.open,
      focused: (item) => navigation.focused(item),
      select: (item) => {
        navigation.focused(item);
        input.select(item.i);
      },
      revisionGeneration: revisions.generation,
      revision: (id) => revisions.revision(id),
    };
    const inputs = drawingDependencies(context);
    if (!sameInputs(this.#drawingInputs, inputs)) {
      this.#drawingInputs = inputs;
      this.#drawing += 1;
    }
    context.drawing = this.#drawing;
    // The card's code once the drawing (or the list) has rendered, not while it does.
    loadCardWhenIdle();
    const closeOnEscape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && input.closeDetail()) e.preventDefault();
    };
    if (input.list) {
      return renderList(context, {
        shown: this.#listShown,
        showMore: () => this.#change(() => (this.#listShown += LIST_PAGE)),
        detail: input.detail,
        onKeydown: closeOnEscape,
      });
    }
    const maxHeight = input.maxHeight?.trim();
    const dated = loaded.index.dated.items.length > 0;
    // Open until the reader closes it, on a phone too: the band lists the story's background
    // below its news, and closed there it hid 10 of the article's 15 headlines (Isis's fall of
    // Mosul and Tikrit, Suleimani's arrival) behind a tap (docs/design.md, "Readability").
    const bandOpen = this.#bandOpen;
    // Opened from the band, a card under the drawing pushed the band, and the row just clicked,
    // 360 px down, off a wide screen.
    const inBand =
      bandOpen &&
      !input.story &&
      loaded.index.band.items.some((item) => item.id === input.selected);
    // Nothing dated, nothing to draw: a wide page showed an empty day of axis above the band (an
    // extractor's draft of a quake with no time words), a phone a drawing 1 px long.
    return html`${
      dated
        ? renderPlot(context, frame, {
            focusKey: navigation.focusKey(frame.items),
            hintVisible: hintVisible(),
            tall: viewport.tall,
            onKeydown: (e: KeyboardEvent) => navigation.handleKeydown(e),
            // None, or '' when the page wrote only white space: renderPlot sets no max-height for either.
            maxHeight:
              maxHeight && (/^\d+(\.\d+)?$/.test(maxHeight) ? `${maxHeight}px` : maxHeight),
          })
        : nothing
    }${inBand ? nothing : input.detail}${renderBand(context, {
      open: bandOpen,
      // Closed, the band hides the row of its open card: the card closes with it (it had moved
      // under the drawing, away from where the reader is), and focus stays on the toggle (close()
      // returns it to the row after the update, and the closed band's row takes none).
      toggle: () =>
        this.#change(() => {
          this.#bandOpen = !bandOpen;
          if (inBand) input.closeDetail();
        }),
      select: (item) => input.select(item.i),
      detail: inBand ? input.detail : nothing,
      // Only the card under a row of the band, from its row, its card or the toggle: one under
      // the drawing is not where the reader is.
      onKeydown: (e) => inBand && closeOnEscape(e),
    })}`;
  }

  #change(apply: () => void): void {
    apply();
    this.host.requestUpdate();
  }
}
