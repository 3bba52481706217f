import { css } from '../css.js';

/** The card's surface, shared with story mode's title card. */
export const cardSurface = css`
  background: var(--_surface);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: calc(var(--_space) * 2);
  line-height: 1.5;
  overflow-wrap: anywhere;
`;

export const eventCardStyles = css`
  :host {
    display: block;
    ${cardSurface}
  }
  :host([hidden]) {
    display: none;
  }
  .headline,
  .summary {
    margin: 0 0 var(--_space);
  }
  /* An imported slide's paragraphs are blank lines in the text. */
  .summary {
    white-space: pre-line;
  }
  .headline {
    font-size: 1.2em;
    line-height: 1.3;
  }
  dl,
  dd,
  ul {
    margin: 0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
  }
  dt,
  .as-written {
    color: var(--_muted);
  }
  dt {
    font-weight: 600;
  }
  ul {
    padding-inline-start: 1.1em;
  }
  .confidence {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 999px;
    font-size: 0.9em;
  }
  blockquote {
    margin: var(--_space) 0 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent);
    font-style: italic;
  }
  a {
    color: var(--_accent);
  }
  .planned {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px dashed;
    border-radius: var(--_radius);
    font-weight: 600;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: calc(var(--_space) / 2);
    }
  }
`;
