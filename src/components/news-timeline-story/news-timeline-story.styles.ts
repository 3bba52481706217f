import { css } from '../css.js';
import { cardSurface } from '../news-event-card/news-event-card.styles.js';

export const storyStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .nav button {
    min-width: 44px;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .nav button:hover:not([aria-disabled='true']) {
    border-color: var(--_accent);
  }
  .nav button[aria-disabled='true'] {
    border-style: dashed;
    color: var(--_muted);
    font-weight: 400;
    cursor: default;
  }
  .position {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .slide {
    /* Vertical moves scroll the page; sideways ones are swipes. */
    touch-action: pan-y;
    border-radius: var(--_radius);
    /* A step slides in from 1.5rem aside: unclipped, it widened the page (or a phone's sheet) and
       a scrollbar came and went at every step. */
    overflow-x: clip;
  }
  .title-card {
    ${cardSurface}
  }
  .title {
    margin: 0 0 var(--_space);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .summary {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
    white-space: pre-line;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
  }
  .context {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0 0 var(--_space);
  }
  .tag {
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .slide.forward {
    --_from: 1.5rem;
  }
  .slide.back {
    --_from: -1.5rem;
  }
  .story[dir='rtl'] .slide.forward {
    --_from: -1.5rem;
  }
  .story[dir='rtl'] .slide.back {
    --_from: 1.5rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .step {
      animation: step-in 180ms ease-out;
    }
  }
  @keyframes step-in {
    from {
      opacity: 0;
      transform: translateX(var(--_from));
    }
  }
  @media (forced-colors: active) {
    .nav button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
