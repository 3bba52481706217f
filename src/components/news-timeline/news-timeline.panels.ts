/**
 * The templates around the drawing: the toolbar, the panel of invalid data and the detail of the
 * selected event. Stateless; the element passes in what the buttons should call.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../model/problems.js';
import type { TimelineEvent } from '../../model/types.js';
import { eventCard, type CardOptions } from '../news-event-card/card-template.js';
import type { Translation } from '../../i18n/translation.js';
import { count } from '../../i18n/wording/date-formats.js';

/** Problems listed before the panel stops (the `news-timeline-error` event carries them all). */
const PROBLEMS_SHOWN = 50;

export function renderToolbar(
  words: Translation,
  listShown: boolean,
  actions: {
    zoomIn: () => void;
    zoomOut: () => void;
    fitAll: () => void;
    toggleList: () => void;
    story: boolean;
    toggleStory: () => void;
  },
): TemplateResult {
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${words.controls}>
    ${
      listShown
        ? nothing
        : html`
            <button
              part="button"
              type="button"
              @click=${actions.zoomIn}
              aria-label=${words.zoomIn}
              title=${words.zoomIn}
            >
              +
            </button>
            <button
              part="button"
              type="button"
              @click=${actions.zoomOut}
              aria-label=${words.zoomOut}
              title=${words.zoomOut}
            >
              −
            </button>
            <button part="button" type="button" @click=${actions.fitAll}>${words.fitAll}</button>
          `
    }
    <button
      part="button"
      type="button"
      aria-pressed=${listShown ? 'true' : 'false'}
      @click=${actions.toggleList}
    >
      ${words.listView}
    </button>
    <button
      part="button"
      type="button"
      aria-pressed=${actions.story ? 'true' : 'false'}
      @click=${actions.toggleStory}
    >
      ${words.storyMode}
    </button>
  </div>`;
}

export function renderProblems(
  words: Translation,
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

export function renderDetail(
  words: Translation,
  event: TimelineEvent,
  card: CardOptions,
  close: () => void,
): TemplateResult {
  return detailPanel(words, event, close, eventCard(event, card, 'detail'));
}

/** The detail of a selected event that a newer version of the story removed: it says so. */
export function renderRemoved(
  words: Translation,
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
  words: Translation,
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
      ×
    </button>
    ${body}
  </section>`;
}

/** A small status while a refresh failed: the data shown is the last good one. */
export function renderRefreshFailed(
  words: Translation,
  reason: string | undefined,
): TemplateResult | typeof nothing {
  return reason === undefined
    ? nothing
    : html`<p part="status" class="status refresh-failed" role="status">
        ${words.refreshFailed(reason)}
      </p>`;
}
