import { css } from './css.js';

/**
 * Tokens every element of the library reads. Public `--news-timeline-*` properties with light
 * defaults; the dark set applies on screen for `theme="dark"`, or for `theme="auto"` under a dark
 * `prefers-color-scheme`. Both sets keep text at 4.5:1 or more against the background. The era
 * edge (`--_era-edge`, #b08a2e) is the same in both, so only the light set declares it.
 */
const darkValues = css`
  --_bg: var(--news-timeline-background, #14181d);
  --_fg: var(--news-timeline-color, #e8ecf0);
  --_muted: var(--news-timeline-muted-color, #aab4bf);
  --_accent: var(--news-timeline-accent, #7cb3ff);
  --_accent-fg: var(--news-timeline-accent-contrast, #0b1220);
  --_surface: var(--news-timeline-surface, #1f252c);
  --_border: var(--news-timeline-border-color, #6b7785);
  --_grid: var(--news-timeline-grid-color, #2b333c);
  --_focus: var(--news-timeline-focus-color, #ff8ad8);
  --_danger: var(--news-timeline-danger-color, #ff9b8f);
  --_era-bg: var(--news-timeline-era-background, rgb(255 214 102 / 0.08));
  --_band-bg: var(--news-timeline-band-background, #1a1f25);
  color-scheme: dark;
`;

export const themeTokens = css`
  :host {
    --_bg: var(--news-timeline-background, #ffffff);
    --_fg: var(--news-timeline-color, #1b1f24);
    --_muted: var(--news-timeline-muted-color, #4f5a66);
    --_accent: var(--news-timeline-accent, #0a58ca);
    --_accent-fg: var(--news-timeline-accent-contrast, #ffffff);
    --_surface: var(--news-timeline-surface, #f3f5f7);
    --_border: var(--news-timeline-border-color, #8a96a3);
    --_grid: var(--news-timeline-grid-color, #e2e6ea);
    --_focus: var(--news-timeline-focus-color, #b5179e);
    --_danger: var(--news-timeline-danger-color, #b42318);
    --_era-bg: var(--news-timeline-era-background, rgb(180 130 20 / 0.08));
    --_era-edge: var(--news-timeline-era-edge-color, #b08a2e);
    --_band-bg: var(--news-timeline-band-background, #f6f7f9);
    --_radius: var(--news-timeline-radius, 6px);
    --_space: var(--news-timeline-spacing, 0.5rem);
    color-scheme: light;
    font-family: var(
      --news-timeline-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      sans-serif
    );
    font-size: var(--news-timeline-font-size, 0.875rem);
    color: var(--_fg);
  }
  /* On screen: paper is white, and the card and the legend printed their dark theme on it. */
  @media screen {
    :host([theme='dark']) {
      ${darkValues}
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkValues}
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Korean breaks lines between its words, not inside one: Jinbonet's headlines read "'남 / 산'",
     "(통 / 비법)". A word too long for its line still breaks where a rule says anywhere. */
  :lang(ko) {
    word-break: keep-all;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
