import { css } from '../css.js';

/**
 * Paper: the whole timeline in the light theme, without controls. The drawing does not scroll,
 * the background band is open, and nothing is cut across pages where it can be kept whole.
 */
export const printStyles = css`
  @media print {
    /* :host alone outranks no theme: the dark values apply on screen only (themeTokens). */
    :host {
      --_bg: #fff;
      --_fg: #000;
      --_muted: #333;
      --_accent: #0a58ca;
      --_surface: #fff;
      --_border: #666;
      --_grid: #ccc;
      --_band-bg: #fff;
      --_era-bg: rgb(180 130 20 / 0.12);
      color-scheme: light;
      print-color-adjust: exact;
    }
    .toolbar,
    .wheel-hint,
    .band-chevron,
    .close,
    .more,
    .problems button,
    #detail::part(nav) {
      display: none;
    }
    /* The introduction in full: three lines on a screen, all of it on paper. */
    .summary {
      --_lines: none;
    }
    .plot {
      /* Beats the max-height attribute, which the element sets on the plot itself. Not scrolled,
         and not showing what the drawing lays out beyond its ends (a phone's ticks and hatches
         over the title and the band). */
      max-height: none !important;
      overflow: clip !important;
      break-inside: avoid;
    }
    /* The sheet (a phone's, a tall wide drawing's) is in its place on paper, its story too: under
       the drawing, not after the band and the legend where the screen's sheet rests. */
    :is(.vertical, .tall) ~ #detail {
      position: static;
      max-height: none;
      order: 0 !important;
    }
    .band-events[hidden] {
      display: block;
    }
    /* The band's rows avoid breaks already (storyStyles). */
    .list li {
      break-inside: avoid;
    }
  }
`;
