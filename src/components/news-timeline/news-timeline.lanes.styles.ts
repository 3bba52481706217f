import { unsafeCSS } from 'lit';
import { LANE_PX, STORY_MAX_LANES } from '../../layout/lane-sizes.js';

/** A lane is a line of label (em) and its mark (px), and never less than the layout's lane. */
const LANE_EM = 1.3;
const LANE_MARK_PX = 17;
/** The height of a lane, written into the drawing's `--_content`. */
const LANE_SIZE = `max(${LANE_PX}px,calc(${LANE_EM}em + ${LANE_MARK_PX}px))`;
/** One more line of a wrapped label. */
const LINE_EM = 1.3;

/**
 * The lanes, which grow with the text (zoomed to 200%, a label still fits its lane), and where a
 * horizontal item stands: its lane and the wrapped lines above it, a class each (`lane-n`,
 * `lines-m`; see `itemClass`), n lanes and m lines below the top of the list. Written out once
 * here: the same sum as each item's own `top: calc(var() …)` made the browser substitute and
 * parse it again for every item (style recalculation of a
 * 1,000-event drawing about 0.65x without it). Lanes, and so the lines above one, are fewer than
 * `STORY_MAX_LANES`.
 */
export const laneStyles = unsafeCSS(
  // The drawing grows with its lanes and wrapped labels, up to a max-height, then scrolls (each
  // length in place: a private property on the host that only this read cost bytes).
  `.plot.horizontal{--_content:calc(var(--_axis-size) + var(--_mark-rows,0)*var(--_mark-row-size) + 16px + var(--_lanes)*${LANE_SIZE} + var(--_extra-lines,0)*${LINE_EM}em)}` +
    Array.from(
      { length: STORY_MAX_LANES },
      (_, n) =>
        `.lane-${n}{top:max(${n * LANE_PX}px,${n * LANE_EM}em + ${n * LANE_MARK_PX}px)}.lines-${n}{margin-top:${n * LINE_EM}em}`,
    ).join('') +
    // The span after a horizontal cluster's badge, on its lane, in the room its layout keeps
    // (`clusterSpan`): after it in either direction, over the right-to-left labels' `right`.
    '.base .horizontal .cluster .label{position:absolute;inset-inline-start:calc(100% + 6px)}',
);
