import { css } from '../css.js';

/** Eras, the publication line, the background band and their rows in the list view. */
export const storyStyles = css`
  /* ---- eras, publication, background band ---- */
  .era,
  .published {
    position: absolute;
    pointer-events: none;
  }
  .horizontal .era {
    top: 0;
    height: var(--_content);
    background: var(--_era-bg);
    border-inline-start: 2px solid var(--_era-edge);
  }
  .vertical .era {
    inset-inline: 0;
    background: var(--_era-bg);
    border-top: 2px solid var(--_era-edge);
  }
  .era.cut {
    /* Not a transparent colour: forced colours would paint it. */
    border-width: 0;
  }
  .era-label {
    position: absolute;
    max-width: var(--_label);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
    /* The band's own colour, opaque: the axis's grid lines, drawn under the eras, stop at it. */
    background: linear-gradient(var(--_era-bg) 0 0), var(--_bg);
  }
  .horizontal .era-label {
    top: calc(
      var(--_axis-size) + (var(--_published-rows, 0) + var(--_era-row, 0)) * var(--_mark-row-size)
    );
    left: 4px;
  }
  .vertical .era-label {
    top: 2px;
    right: 4px;
  }
  /* Physical sides: the name's own direction follows its words (dir="auto"), the band's does not,
     and an English name in a right-to-left band would otherwise stand at the band's far end. */
  .base[dir='rtl'] .horizontal .era-label {
    left: auto;
    right: 4px;
  }
  .base[dir='rtl'] .vertical .era-label {
    right: auto;
    left: 4px;
  }
  /* From under the axis's labels, which it struck through ("Nov 2|025"), its label on top. */
  .horizontal .published {
    top: var(--_axis-size);
    width: 0;
    height: calc(var(--_content) - var(--_axis-size));
    border-inline-start: 2px solid var(--_fg);
  }
  /* A phone's publication line runs across the time column and the rail at its time, and across
     the rows column above its label, which takes its row in time order: after those of the events
     before it, --_drop below the line (above it when a zoomed view's end lifts the rows). A step
     beside the rows between joins the two. */
  .vertical .published {
    inset-inline: calc(var(--_labels-start) - 6px) 0;
    height: 0;
  }
  .vertical .published::before,
  .vertical .published::after {
    content: '';
    position: absolute;
    border: 0 solid var(--_fg);
  }
  .vertical .published::before {
    inset-inline-end: 100%;
    width: calc(var(--_labels-start) - 6px);
    border-top-width: 2px;
  }
  /* The step is a thin dashed guide, not a second heavy line: drawn as the line, it framed the
     rows it waited for like a bracket, and they read as after the moment. */
  .vertical .published::after {
    top: min(0px, var(--_drop));
    height: max(var(--_drop), -1 * var(--_drop));
    border-inline-start: 1px dashed var(--_muted);
  }
  .published-label {
    position: absolute;
    white-space: nowrap;
    font-size: 0.85em;
    font-weight: 700;
    color: var(--_fg);
    background: var(--_bg);
    padding-inline: 2px;
  }
  /* Its own row: the rule along its top, the words at the end (wider, over the rail, and no wider
     than the drawing: a revision's "· Updated Mon 21 April at 10:05" ran out of it). */
  .vertical .published-label {
    top: 0;
    inset-inline-end: 0;
    min-width: 100%;
    max-width: calc(100% + var(--_labels-start) - 10px);
    overflow: hidden;
    text-overflow: ellipsis;
    text-align: end;
    border-top: 2px solid;
    background: none;
  }
  /* A phone's row and its mark: a thin line from the mark's top to the row's first line, however
     far below (or, against a zoomed view's end, above) its mark the row sits. */
  .vertical .item::before {
    content: '';
    position: absolute;
    top: min(4px, var(--_drift) + 10px);
    /* From the mark to the row: the item is a zero-size anchor at the mark's time. */
    inset-inline: calc(var(--_time-column) + var(--_lane) * var(--_lane-column) + 10px)
      calc(4px - var(--_labels-start));
    height: max(var(--_drift) + 6px, -6px - var(--_drift));
    background: linear-gradient(
      to var(--_leader, top) var(--_row-side, right),
      transparent calc(50% - 1px),
      var(--_grid) 0 calc(50% + 0.5px),
      transparent 0
    );
  }
  /* Right to left, the mark is on the right and its row on the left. */
  .vertical .item:dir(rtl)::before {
    --_row-side: left;
  }
  .band {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_band-bg);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  .band-toggle {
    align-items: baseline;
    gap: calc(var(--_space) / 2);
    width: 100%;
    min-height: 24px;
    padding: 0.25em 0;
    font-weight: 600;
  }
  .band-events {
    list-style: none;
    margin: 0;
    padding: 0;
    columns: 2 24em;
    column-gap: calc(var(--_space) * 3);
  }
  .band-events li {
    break-inside: avoid;
  }
  .band-events .wide {
    column-span: all;
  }
  .band-event {
    gap: var(--_space);
    width: 100%;
    min-height: 24px;
    padding: 0.2em 0;
  }
  /* The same honest mark as on the axis (dashed: no time given; fading: ongoing), as a swatch. */
  .band-mark {
    flex: none;
    width: 1.75em;
    margin-block-start: 0.35em;
  }
  .band-when {
    flex: none;
    min-width: 7em;
    color: var(--_muted);
  }
  .band-headline {
    overflow-wrap: anywhere;
  }
  .list-mark {
    padding: calc(var(--_space) / 2) var(--_space);
    color: var(--_muted);
    font-weight: 600;
  }
  /* Not .era or .published: those are the drawing's, placed absolutely on the axis. After
     .list-mark, which they override. */
  .list-published {
    color: var(--_fg);
    border-inline-start: 3px solid var(--_fg);
  }
  .list-band {
    margin-top: var(--_space);
    border-top: 1px dashed var(--_border);
  }
  .list-era {
    border-inline-start: 3px solid var(--_era-edge);
  }
  /* Under the headline, beside the time column while the headline stands beside it too. */
  .list-summary {
    margin: 0;
    /* An imported slide's paragraphs are blank lines in the text. */
    white-space: pre-line;
    padding: 0 var(--_space) var(--_space);
    padding-inline-start: calc(9em + 2 * var(--_space));
  }
  /* Narrow, every headline under its time, not only one too long to stand beside it (Berndt's
     "Berndt sues LA Unified" beside its date among twelve under theirs). */
  @container (width < 40em) {
    .list-summary {
      padding-inline-start: var(--_space);
    }
    .list-headline {
      flex-basis: 100%;
    }
  }
`;
