/**
 * The element's theme tokens as plain colours, for pictures that have no CSS custom properties.
 * The same values as `themeTokens` (src/components/shared-styles.ts); a unit test keeps them equal.
 */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  grid: string;
  border: string;
  /** Era fill and its opacity (an SVG renderer may not read `rgb(r g b / a)`). */
  eraBg: string;
  eraOpacity: number;
  eraEdge: string;
  bandBg: string;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    bg: '#ffffff',
    fg: '#1b1f24',
    muted: '#4f5a66',
    accent: '#0a58ca',
    grid: '#e2e6ea',
    border: '#8a96a3',
    eraBg: '#b48214', // rgb(180 130 20 / 0.08)
    eraOpacity: 0.08,
    eraEdge: '#b08a2e',
    bandBg: '#f6f7f9',
  },
  dark: {
    bg: '#14181d',
    fg: '#e8ecf0',
    muted: '#aab4bf',
    accent: '#7cb3ff',
    grid: '#2b333c',
    border: '#6b7785',
    eraBg: '#ffd666', // rgb(255 214 102 / 0.08)
    eraOpacity: 0.08,
    eraEdge: '#b08a2e',
    bandBg: '#1a1f25',
  },
};

/** The element's font stack (`--news-timeline-font-family`'s default), named in the picture. */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif";
