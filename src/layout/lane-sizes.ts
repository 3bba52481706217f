/**
 * The lanes of a horizontal drawing, shared by the story layout (which packs labels into them)
 * and the element's styles (which place each lane).
 */

/** One lane with a one-line label, in px at the default font size. */
export const LANE_PX = 36;
/** Lanes at most for a packed story; more fold into the last one and cluster there. */
export const STORY_MAX_LANES = 24;
/** One more line of a label, in px at the default font size. */
export const LINE_PX = 19;
/**
 * px between two headlines of a lane, and from a zoomed view's near edge: at 8, two headlines on
 * one line read as one ("…1500 pounds of lead Exide admits ai…"); a word space is 4-5 px.
 */
export const HEADLINE_GAP_PX = 12;
