/**
 * The editor's top bar - the timeline's title, its publication time, Undo and Redo (also Ctrl/⌘+Z,
 * Ctrl/⌘+Shift+Z, Ctrl+Y) - and the report of what was found when the data was opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Problem } from '../../model/problems.js';
import type { EditorView } from './editor-view.js';
import { fromWallInput, toWallInput } from './event-when.js';

export interface ToolbarState {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/**
 * Skips past the events to the preview or the export, shown when focused: from the third of nine
 * events to the export's format took 59 presses of Tab.
 */
function skipLinks(view: EditorView): TemplateResult {
  const { words } = view;
  const targets = [
    ['events-heading', words.eventsLabel],
    ['preview-heading', words.previewHeading],
    ['export-heading', words.exportHeading],
  ] as const;
  return html`<nav class="skip" aria-label=${words.skipTo}>
    ${targets.map(
      ([id, text]) =>
        html`<button type="button" class="sr-only" @click=${() => view.focusLater(id)}>
          ${words.skipToPart(text)}
        </button>`,
    )}
  </nav>`;
}

export function toolbar(view: EditorView, history: ToolbarState): TemplateResult {
  const { words } = view;
  return html`${skipLinks(view)}
    <div class="toolbar" role="toolbar" aria-label=${words.editorLabel}>
      <div class="field title">
        <label for="title">${words.title}</label>
        <input
          id="title"
          type="text"
          .value=${view.draft.timeline.title}
          @input=${(e: Event) =>
            view.apply({ type: 'title', value: (e.target as HTMLInputElement).value }, 'title')}
          @blur=${() => view.sealHistory()}
        />
      </div>
      ${publishedField(view)}
      <div class="history">
        <button
          id="undo"
          type="button"
          aria-keyshortcuts="Control+Z"
          ?disabled=${!history.canUndo}
          @click=${() => history.undo()}
        >
          ${words.undo}
        </button>
        <button
          id="redo"
          type="button"
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          ?disabled=${!history.canRedo}
          @click=${() => history.redo()}
        >
          ${words.redo}
        </button>
      </div>
    </div>`;
}

/** What opening the data found (media not carried over, rows left out), folded away. */
export function loadReport(view: EditorView, problems: readonly Problem[]) {
  if (problems.length === 0) return nothing;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return html`<details class="load-problems">
    <summary>${view.words.loadReport(errors, problems.length - errors)}</summary>
    <ul>
      ${problems.map((p) => html`<li>${p.message}</li>`)}
    </ul>
  </details>`;
}

/**
 * The publication's time on the story's clock: a TimelineJS file gives none, and against the
 * import's guess (its last event) new time words were read and the story drew no Published line.
 */
function publishedField(view: EditorView): TemplateResult {
  const { published, timeZone } = view.draft.timeline;
  return html`<div class="field">
    <label for="published">${view.words.publishedOn(timeZone)}</label>
    <input
      id="published"
      type="datetime-local"
      .value=${live(toWallInput(published, timeZone))}
      @change=${(e: Event) => {
        const value = fromWallInput((e.target as HTMLInputElement).value, timeZone);
        if (value) view.apply({ type: 'published', value });
      }}
    />
  </div>`;
}
