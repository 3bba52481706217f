import { css } from '../css.js';

export const editorStyles = css`
  :host {
    display: block;
    background: var(--_bg);
    line-height: 1.45;
  }
  [hidden] {
    display: none !important;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 var(--_space);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_grid);
    margin-bottom: calc(var(--_space) * 2);
  }
  .toolbar .title {
    flex: 1 1 20rem;
  }
  .skip .sr-only:focus {
    position: static;
    width: auto;
    height: auto;
    margin: 0 var(--_space) var(--_space) 0;
    clip-path: none;
  }
  .toolbar .history {
    display: flex;
    gap: var(--_space);
  }
  .load-problems {
    margin-bottom: calc(var(--_space) * 2);
  }
  .workspace.no-article {
    grid-template-columns: minmax(0, 1fr);
  }
  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  @media (max-width: 800px) {
    .workspace {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  section {
    margin-bottom: calc(var(--_space) * 3);
  }
  .sentences {
    max-height: 70vh;
    overflow-y: auto;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Beside the events, the article stays in view while the form of an event further down is
     read against its sentence. */
  @media (width > 800px) {
    .article {
      position: sticky;
      top: 0;
    }
    .sentences {
      max-height: calc(100vh - 10rem);
    }
  }
  .sentence {
    cursor: pointer;
    border-radius: 2px;
  }
  .sentence.paragraph::before {
    content: '';
    display: block;
    margin-top: 0.75em;
  }
  .sentence.has-event {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    box-shadow: inset 0 -2px 0 var(--_accent);
  }
  .sentence.current {
    background: color-mix(in srgb, var(--_accent) 30%, transparent);
    text-decoration: underline 3px var(--_accent);
    text-underline-offset: 3px;
  }
  .sentence.active {
    outline: 2px dashed var(--_fg);
    outline-offset: 1px;
  }
  .sentences:focus-visible .sentence.active {
    outline: 3px solid var(--_focus);
  }
  ol.events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.event {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-bottom: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
  }
  li.event[data-status='rejected'] .headline {
    text-decoration: line-through;
  }
  li.event[data-status='rejected'] {
    background: transparent;
    border-style: dashed;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .toggle {
    flex: 1 1 16rem;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    text-align: start;
  }
  .toggle .when,
  .status,
  .hint {
    color: var(--_muted);
  }
  .hint {
    margin: 0.25em 0;
  }
  .toggle .headline {
    font-weight: 600;
  }
  button {
    font: inherit;
    padding: 0.35em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.review.accepted {
    border-color: var(--_accent);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 3px;
    padding: 0.3em 0.4em;
    box-sizing: border-box;
    max-width: 100%;
  }
  input[type='text'],
  input[type='url'],
  textarea {
    width: 100%;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .problem {
    color: var(--_danger);
    margin: 0.25em 0;
  }
  .problem:empty {
    display: none;
  }
  .field {
    margin: 0 0 var(--_space);
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .field.check > label {
    display: inline;
  }
  fieldset {
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
  }
  legend {
    font-weight: 600;
  }
  .list ol {
    padding-inline-start: 1.2rem;
  }
  .list li {
    margin-bottom: var(--_space);
  }
  .by-hand label {
    display: block;
    margin-bottom: 0.25em;
  }
  .excerpt blockquote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent);
  }
  .excerpt {
    margin: 0;
  }
  .flags {
    border-inline-start: 3px solid var(--_muted);
    padding-inline-start: var(--_space);
  }
  .flags-heading,
  figcaption {
    font-weight: 600;
    margin: 0;
  }
  .restore {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  #export-text {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8rem;
  }
  .actions {
    display: flex;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .formats label {
    margin-inline-end: calc(var(--_space) * 2);
  }
  news-timeline {
    display: block;
    margin-top: var(--_space);
  }
`;
