/**
 * The article, sentence by sentence, as a list box: Up and Down (or Home and End) move between
 * sentences, Enter - or the button under it - adds an event from the sentence, a click picks one.
 * Sentences that already have an event are highlighted, and the sentence of the open event more.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { EditorView } from './editor-view.js';
import { overlaps } from './sentence-event.js';

export function sentenceId(index: number): string {
  return `sentence-${index}`;
}

function onKeydown(view: EditorView, event: KeyboardEvent): void {
  const last = view.sentences.length - 1;
  const moves: Record<string, number> = {
    ArrowDown: Math.min(last, view.activeSentence + 1),
    ArrowUp: Math.max(0, view.activeSentence - 1),
    Home: 0,
    End: last,
  };
  if (event.key in moves) {
    event.preventDefault();
    view.setActiveSentence(moves[event.key]!);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    view.addFromSentence(view.activeSentence);
  }
}

export function articlePanel(view: EditorView): TemplateResult {
  const { words, draft } = view;
  if (view.sentences.length === 0) {
    return html`<section class="article" aria-labelledby="article-heading">
      <h2 id="article-heading">${words.articleHeading}</h2>
      <p>${words.noArticle}</p>
    </section>`;
  }
  const live = draft.timeline.events.filter((e) => draft.status[e.id] !== 'rejected');
  const covered = (start: number, end: number) =>
    live.some((e) => e.excerpt !== undefined && overlaps(e.excerpt, { start, end }));
  const open = live.filter((e) => view.expanded.has(e.id) && e.excerpt);
  const current = (start: number, end: number) =>
    open.some((e) => overlaps(e.excerpt!, { start, end }));
  let paragraph = -1;
  return html`<section class="article" aria-labelledby="article-heading">
    <h2 id="article-heading">${words.articleHeading}</h2>
    <p id="article-help" class="hint">${words.articleHelp}</p>
    <div
      class="sentences"
      role="listbox"
      tabindex="0"
      aria-label=${words.articleSentences}
      aria-describedby="article-help"
      aria-activedescendant=${sentenceId(view.activeSentence)}
      @keydown=${(e: KeyboardEvent) => onKeydown(view, e)}
    >
      ${view.sentences.map((sentence, index) => {
        const starts = sentence.paragraph !== paragraph;
        paragraph = sentence.paragraph;
        const has = covered(sentence.start, sentence.end);
        return html`<span
            id=${sentenceId(index)}
            role="option"
            aria-selected=${index === view.activeSentence ? 'true' : 'false'}
            class=${classMap({
              sentence: true,
              paragraph: starts && index > 0,
              'has-event': has,
              current: current(sentence.start, sentence.end),
              active: index === view.activeSentence,
            })}
            @click=${() => view.setActiveSentence(index)}
            >${sentence.text}${has ? html`<span class="sr-only"> (${words.hasEvent})</span>` : nothing}</span
          >${' '}`;
      })}
    </div>
    <button type="button" @click=${() => view.addFromSentence(view.activeSentence)}>
      ${words.addFromSentence}
    </button>
  </section>`;
}

/** Scrolls the article's box, not the page, to the sentence of the event `id` just opened. */
export function showSentenceOf(view: EditorView, root: ParentNode, id: string): void {
  const excerpt = view.draft.timeline.events.find((event) => event.id === id)?.excerpt;
  const index = excerpt ? view.sentences.findIndex((sentence) => overlaps(sentence, excerpt)) : -1;
  const box = root.querySelector('.sentences');
  const sentence = index < 0 ? null : root.querySelector(`#${sentenceId(index)}`);
  if (!box || !sentence) return;
  const offset = sentence.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTop += offset - box.clientHeight / 3;
}
