/**
 * Export: the timeline as JSON, as an embed snippet or as a TimelineJS sheet, shown in a read-only
 * text box (select and copy by hand if the clipboard is refused) with Copy and Download buttons.
 * Only what passed validation is exported; problems are counted above the buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorView, ExportFormat } from './editor-view.js';

const FORMATS: readonly ExportFormat[] = ['json', 'embed', 'csv'];

export function exportPanel(
  view: EditorView,
  output: { text: string; notCarried: readonly string[] },
): TemplateResult {
  const { words, validation, draft } = view;
  const warnings = validation.problems.length - validation.errors;
  const pending = draft.timeline.events.filter((e) => draft.status[e.id] === 'pending').length;
  return html`<section class="export" aria-labelledby="export-heading">
    <h2 id="export-heading" tabindex="-1">${words.exportHeading}</h2>
    <p id="export-problems" class=${validation.errors ? 'problem' : 'ok'}>
      ${validation.problems.length === 0 ? words.problemsNone : words.problemsCount(validation.errors, warnings)}
    </p>
    ${pending ? html`<p class="hint">${words.notReviewed(pending)}</p>` : nothing}
    <fieldset class="formats">
      <legend>${words.exportFormat}</legend>
      ${FORMATS.map(
        (format) =>
          html`<label>
            <input
              type="radio"
              name="export-format"
              value=${format}
              .checked=${view.exportFormat === format}
              @change=${() => view.setExportFormat(format)}
            />
            ${words.formats[format]}
          </label>`,
      )}
    </fieldset>
    ${
      view.exportFormat === 'embed'
        ? html`<div class="field">
            <label for="export-script-src">${words.scriptSrc}</label>
            <input
              id="export-script-src"
              type="text"
              spellcheck="false"
              aria-describedby="export-script-src-hint"
              .value=${view.scriptSrc}
              @input=${(e: Event) => view.setScriptSrc((e.target as HTMLInputElement).value)}
            />
            <p id="export-script-src-hint" class="hint">${words.scriptSrcHint}</p>
          </div>`
        : nothing
    }
    <label for="export-text">${words.exportOutput(words.formats[view.exportFormat])}</label>
    <textarea
      id="export-text"
      readonly
      rows="10"
      spellcheck="false"
      .value=${output.text}
    ></textarea>
    ${
      output.notCarried.length
        ? html`<div class="not-carried">
            <p>${words.notInSheet}</p>
            <ul>
              ${output.notCarried.map((line) => html`<li>${line}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    <div class="actions">
      <button
        id="export-copy"
        type="button"
        aria-describedby="export-problems"
        @click=${() => view.copyExport()}
      >
        ${words.copy}
      </button>
      <button
        id="export-download"
        type="button"
        aria-describedby="export-problems"
        @click=${() => view.downloadExport()}
      >
        ${words.download}
      </button>
    </div>
  </section>`;
}
