import { css } from '../css.js';

/**
 * The time axis: its ticks (across, their grid lines under the events and their words in a strip
 * over them, which stays at the top of the screen while a tall drawing scrolls under it), the
 * caption that names the view, and the eras' and publication's layer beside it.
 */
export const axisStyles = css`
  /* The plot's box, like the events, so a pan moves ticks, eras and the publication line. */
  .axis,
  .marks {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  /* As tall as the drawing, which scrolls under a max-height: what is below the fold lies in
     the box too (see panLayerStyles). */
  .horizontal :is(.axis, .marks) {
    bottom: auto;
    height: var(--_content);
  }
  /* The caption's colour is .major's, below. */
  .tick,
  .axis-caption {
    position: absolute;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .horizontal .tick {
    white-space: nowrap;
    inset-block: 0;
    padding-inline-start: 4px;
    padding-top: 8px;
    border-inline-start: 1px solid var(--_grid);
  }
  /* Not across the rows (one below its mark read as the tick's time); wraps before the bars. */
  .vertical .tick {
    width: calc(var(--_time-column) - 6px);
    padding-inline-end: calc(var(--_labels-start) - var(--_time-column));
    padding-inline-start: 2px;
    border-top: 1px solid var(--_grid);
    line-height: 1.2;
  }
  .cut {
    position: absolute;
    inset-inline: 0;
  }
  .major,
  .axis-caption {
    font-weight: 700;
    color: var(--_fg);
  }
  /* Outside the ticks' pan layer: it names the view, wherever a pan has moved the ticks. On the
     strip's ground, the strip's height: a grid line a pan brought under it ran through its words
     ("2|005"), and below them to the strip's edge. */
  .axis-caption {
    inset-block: 0;
    inset-inline-start: 0;
    padding: 8px 4px 0;
    background: var(--_bg);
  }
  /* Across, the ticks' words and the caption are a strip over the events (z-index; the axis's grid
     lines stay under them), which a drawing taller than the screen keeps at the screen's top while
     it scrolls under: Exide's 61 headlines filled the screen with no date in sight. Opaque, so a headline scrolled under it is hidden, not crossed by its words. The plot
     scrolls the drawing under a max-height (the strip sticks in it); else it is no scrolling box
     (ResizeController marks it), so the strip sticks to the page's. */
  .tick-row {
    position: sticky;
    /* Under a page's own sticky header, which would hide it. */
    top: var(--news-timeline-sticky-top, 0);
    z-index: 1;
    height: var(--_axis-size);
    overflow: clip;
    background: var(--_bg);
  }
  .plot.horizontal[data-grows] {
    overflow: clip;
  }
  /* Brought into view below the stuck strip (scrollIntoViewAboveSheet, focus), not under it. */
  .horizontal [data-key] {
    scroll-margin-top: calc(var(--_axis-size) + 8px);
  }
`;
