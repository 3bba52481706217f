import { css } from '../css.js';

/**
 * A story that changes while it is read: a changed event says so in words, an added one is
 * outlined for a moment and, unless the reader asked for less motion, pulses once; a failed
 * refresh is a quiet status; a removed open event's card says so.
 */
export const liveStyles = css`
  .updated-marker {
    display: inline-block;
    margin-inline-end: 0.35em;
    padding: 0 0.3em;
    border-radius: 3px;
    background: var(--_accent);
    color: var(--_accent-fg);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.4;
    vertical-align: 0.1em;
  }
  .item[data-revision='new'] .mark {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    animation: news-timeline-arrived 1.2s ease-out 1;
  }
  @keyframes news-timeline-arrived {
    from {
      outline-offset: 10px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .item[data-revision='new'] .mark {
      animation: none;
    }
  }
  .refresh-failed {
    margin: 0 0 var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .removed-headline {
    margin-block: 0 var(--_space);
    /* Clear of the close button, on the panel's side: physical, since the headline's own
       direction follows its words (dir="auto"). */
    padding-right: 3rem;
    font-weight: 700;
  }
  .base[dir='rtl'] .removed-headline {
    padding-right: 0;
    padding-left: 3rem;
  }
`;
