/**
 * The templates around the drawing: the title, the toolbar, the status, the panel of invalid data
 * and the detail of the selected event. Stateless; the element passes in what the buttons should call.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../model/problems.js';
import type { Timeline, TimelineEvent } from '../../model/types.js';
import { eventCard, type CardOptions } from '../news-event-card/card-template.js';
import type { Count, DrawingWords } from '../../i18n/translation.js';
import { count } from '../../i18n/wording/date-formats.js';
import type { LoadedTimeline } from './data-controller.js';
import { loadCard } from './card-loading.js';
import { ZOOM_STEP } from './zoom-controller.js';
import type { ViewportController } from './viewport-controller.js';
import type { SummaryController } from './summary-controller.js';
import { meetsView } from '../../layout/view.js';

/** Problems listed before the panel stops (the `news-timeline-error` event carries them all). */
const PROBLEMS_SHOWN = 50;

/** What the toolbar's buttons call, and whether story mode is on. */
export interface ToolbarActions {
  /** Zoom the drawing by this factor (+ and −), around the open event. */
  zoom: (factor: number) => void;
  /** Whether a zoom by this factor changes anything: + or − at a limit is `aria-disabled`. */
  canZoom: (factor: number) => boolean;
  fitAll: () => void;
  /** Events in view and placed: "39 of 61 events in view" goes before "Show all events". */
  shown?: Count[] | undefined;
  toggleList: () => void;
  story: boolean;
  toggleStory: () => void;
}

/**
 * The toolbar. Its toggles' `aria-pressed` and the zoom buttons' `aria-disabled` bindings take
 * booleans: Lit writes "true" or "false". `aria-disabled`, not `disabled`: a button pressed to its
 * limit keeps the keyboard's focus (a disabled one drops it to the page).
 * The zoom buttons only with a drawing to zoom: not in the list view, nor for a story with nothing
 * dated (three controls that did nothing, in a keyboard's way).
 */
export function renderToolbar(
  words: DrawingWords,
  listShown: boolean,
  zoomable: boolean,
  actions: ToolbarActions,
): TemplateResult {
  const { shown } = actions;
  // A view of part of the story (a dense story's opening) says so, first: the buttons stay where
  // they were when it comes and goes ("+" had moved 168 px, under the pointer that pressed it).
  const status = shown && shown[0]!.value < shown[1]!.value && words.shownOf(shown[0]!, shown[1]!);
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${words.controls}>
    ${
      listShown || !zoomable
        ? nothing
        : html`
            ${status ? html`<span id="shown" class="shown">${status}</span>` : nothing}
            <button
              part="button"
              type="button"
              @click=${() => actions.zoom(ZOOM_STEP)}
              aria-disabled=${!actions.canZoom(ZOOM_STEP)}
              aria-label=${words.zoomIn}
              title=${words.zoomIn}
            >
              +
            </button>
            <button
              part="button"
              type="button"
              @click=${() => actions.zoom(1 / ZOOM_STEP)}
              aria-disabled=${!actions.canZoom(1 / ZOOM_STEP)}
              aria-label=${words.zoomOut}
              title=${words.zoomOut}
            >
              &minus;
            </button>
            <button
              part="button"
              type="button"
              @click=${actions.fitAll}
              aria-describedby=${status ? 'shown' : nothing}
            >
              ${words.fitAll}
            </button>
          `
    }
    <button part="button" type="button" aria-pressed=${listShown} @click=${actions.toggleList}>
      ${words.listView}
    </button>
    <button part="button" type="button" aria-pressed=${actions.story} @click=${actions.toggleStory}>
      ${words.storyMode}
    </button>
  </div>`;
}

export function renderProblems(
  words: DrawingWords,
  locale: string,
  problems: readonly Problem[],
  dismiss: () => void,
): TemplateResult | typeof nothing {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return nothing;
  const title = words.problemsTitle(count(errors.length, locale));
  return html`<section part="problems" class="problems" aria-label=${title}>
    <strong>${title}</strong>
    <ul>
      ${errors
        .slice(0, PROBLEMS_SHOWN)
        .map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
    </ul>
    <button part="button" type="button" @click=${dismiss}>${words.dismiss}</button>
  </section>`;
}

/**
 * The detail of the selected event: its card, or, when a newer version of the story removed it,
 * a note that says so (`removed`, the event as it was).
 */
export function renderDetail(
  words: DrawingWords,
  event: TimelineEvent | undefined,
  removed: TimelineEvent | undefined,
  card: CardOptions,
  close: () => void,
): TemplateResult | typeof nothing {
  if (!event) return removed ? renderRemoved(words, removed, close) : nothing;
  // Until its code is there the card is an empty element, which takes its content on definition.
  loadCard().catch(() => {});
  return detailPanel(words, event, close, eventCard(event, card, 'detail'));
}

function renderRemoved(
  words: DrawingWords,
  event: TimelineEvent,
  close: () => void,
): TemplateResult {
  return detailPanel(
    words,
    event,
    close,
    html`<p class="removed-headline" dir="auto"><s>${event.headline}</s></p>
      <p role="status">${words.eventRemoved}</p>`,
    'removed',
  );
}

/** The panel under the drawing that holds an event's detail, with its close button. */
function detailPanel(
  words: DrawingWords,
  event: TimelineEvent,
  close: () => void,
  body: TemplateResult,
  kind = '',
): TemplateResult {
  return html`<section
    part="detail"
    id="detail"
    class="detail ${kind}"
    aria-label=${event.headline}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && close()}
  >
    <button
      part="button"
      class="close"
      type="button"
      @click=${close}
      aria-label=${words.close}
      title=${words.close}
    >
      &times;
    </button>
    ${body}
  </section>`;
}

/** A small status while a refresh failed: the data shown is the last good one. */
export function renderRefreshFailed(
  words: DrawingWords,
  reason: string | undefined,
): TemplateResult | typeof nothing {
  return reason === undefined
    ? nothing
    : html`<p part="status" class="status refresh-failed" role="status">
        ${words.refreshFailed(reason)}
      </p>`;
}

/**
 * The story's title as a heading at the level that fits the host page's outline, and its
 * introduction (either may come alone: the schema defaults a missing title to '').
 */
export function renderTitle(
  timeline: Pick<Timeline, 'title' | 'summary'> | undefined,
  level: number,
  summary: SummaryController,
): TemplateResult {
  const summaryClass = summary.state > 1 ? 'summary open' : 'summary';
  return html`${
    timeline?.title
      ? html`<div part="title" class="title" role="heading" aria-level=${level} dir="auto">
          ${timeline.title}
        </div>`
      : nothing
  }${
    timeline?.summary
      ? html`<p part="summary" class=${summaryClass} dir="auto">${timeline.summary}</p>`
      : nothing
  }`;
}

/**
 * The button that opens the introduction where its three lines cut it: after the toolbar, as it
 * is shown (under the introduction), so focus goes in the order the eye does.
 */
export function renderSummaryToggle(words: DrawingWords, summary: SummaryController) {
  const open = summary.state > 1;
  return summary.state
    ? html`<button part="button" class="more" aria-expanded=${open} @click=${summary.toggle}>
        ${open ? words.showLess : words.readMore}
      </button>`
    : nothing;
}

/**
 * What stands in for the drawing while there is none: loading, failed (with the data's fatal
 * error, which is what makes the status failed), or no events.
 */
export function renderStatus(
  words: DrawingWords,
  status: 'loading' | 'failed' | 'empty',
  reason: string | undefined,
): TemplateResult {
  switch (status) {
    case 'loading':
      return html`<p part="status" class="status" role="status">${words.loading}</p>`;
    case 'failed':
      return html`<p part="status" class="status error" role="alert">
        ${words.loadFailed(reason!)}
      </p>`;
    default:
      return html`<div part="status" class="status">
        <slot name="empty">${words.empty}</slot>
      </div>`;
  }
}

/**
 * The legend: what the marks mean, the categories when colour says them, the eras, the publication
 * (when its line is in view: with nothing dated there is no axis to draw it on).
 */
export function renderLegend(
  loaded: LoadedTimeline,
  options: {
    locale: string;
    byCategory: boolean;
    theme: string;
    /** What is in view: the legend names only the looks the reader sees. */
    viewport: Pick<ViewportController, 'frame' | 'axisLength' | 'orientation'>;
  },
): TemplateResult {
  const { frame, axisLength: length, orientation } = options.viewport;
  const clusters =
    // One in view (the frame also holds the overscan's items).
    frame?.items.some((item) => item.kind === 'cluster' && meetsView(length, item.p0, item.p1)) &&
    // A vertical drawing's cluster is a faint band with soft ends and a row, not a counted pill.
    (orientation === 'vertical' ? ' soft cluster' : ' cluster');
  // A hatch in view (`Frame.cuts` has all of the axis's, also those out of view).
  const cut = frame?.cuts.some(([a, b]) => b > 0 && a < length);
  return html`<news-timeline-legend
    part="legend"
    exportparts="list:legend-list,item:legend-item"
    .locale=${options.locale}
    .looks=${loaded.looks + (clusters || '')}
    .categories=${options.byCategory ? loaded.categories : []}
    .eras=${loaded.eraNames}
    ?published=${
      // Its line in view: a bridge's 45 minutes, published the next day, had an entry for a line
      // the reader never saw.
      !!loaded.index.dated.items.length && meetsView(length, frame?.scale(loaded.published ?? NaN))
    }
    ?cut=${cut}
    theme=${options.theme}
  ></news-timeline-legend>`;
}
