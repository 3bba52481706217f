/**
 * The "restore draft" prompt: shown when this browser holds a draft from an earlier visit, with
 * when it was saved and how many events it has; the editor restores it or discards it.
 */
import { html, type TemplateResult } from 'lit';
import type { SavedDraft } from './autosave-controller.js';
import type { EditorWords } from './editor-words.js';

export function restorePrompt(
  words: EditorWords,
  saved: SavedDraft,
  locale: string,
  answer: (restore: boolean) => void,
): TemplateResult {
  const when = new Date(saved.savedAt).toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return html`<section class="restore" aria-labelledby="restore-heading">
    <h2 id="restore-heading">${words.restoreHeading}</h2>
    <p>${words.restoreText(when, saved.draft.timeline.events.length)}</p>
    <button id="restore-yes" type="button" @click=${() => answer(true)}>${words.restore}</button>
    <button id="restore-no" type="button" @click=${() => answer(false)}>${words.discard}</button>
  </section>`;
}
