/**
 * Where the editor starts when it has nothing yet: paste an article (with its publication time and
 * zone) to have a timeline drafted, or open a timeline JSON or a TimelineJS sheet from disk. Files
 * are read in the browser; nothing is uploaded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorWords } from './editor-words.js';

export interface StartPanelHandlers {
  words: EditorWords;
  /** A message about the last attempt ("Paste the article text first."), tied to the form. */
  message: string;
  defaults: { published: string; timeZone: string };
  draft(article: string, published: string, timeZone: string): void;
  open(file: File): void;
}

/** A labelled one-line input with its hint; `name` is also its form name ("zone" -> timeZone). */
function textField(
  name: 'published' | 'zone',
  label: string,
  hint: string,
  value: string,
  placeholder?: string,
): TemplateResult {
  const id = `start-${name}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${name === 'zone' ? 'timeZone' : name}
      type="text"
      autocomplete="off"
      placeholder=${placeholder ?? nothing}
      .value=${value}
      aria-describedby=${`${id}-hint`}
    />
    <p id=${`${id}-hint`} class="hint">${hint}</p>
  </div>`;
}

export function startPanel(handlers: StartPanelHandlers): TemplateResult {
  const { words } = handlers;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    handlers.draft(value('article'), value('published'), value('timeZone'));
  };
  return html`<section class="start" aria-labelledby="start-heading">
    <h2 id="start-heading">${words.startHeading}</h2>
    <form @submit=${submit} aria-describedby=${handlers.message ? 'start-message' : nothing}>
      <div class="field">
        <label for="start-article">${words.articleText}</label>
        <textarea
          id="start-article"
          name="article"
          rows="12"
          aria-describedby="start-article-hint"
        ></textarea>
        <p id="start-article-hint" class="hint">${words.articleHint}</p>
      </div>
      ${textField('published', words.published, words.publishedHint, handlers.defaults.published, '2014-06-14 12:00')}
      ${textField('zone', words.timeZone, words.timeZoneHint, handlers.defaults.timeZone)}
      <p id="start-message" class="problem" role="alert">${handlers.message}</p>
      <button type="submit">${words.draftButton}</button>
    </form>
    <div class="field">
      <label for="start-file">${words.openFile}</label>
      <input
        id="start-file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) handlers.open(file);
        }}
      />
    </div>
  </section>`;
}
