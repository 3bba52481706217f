import { css } from '../css.js';
import { themeTokens } from '../shared-styles.js';
import { markStyles } from '../marks.js';
import { panLayerStyles } from './news-timeline.pan.styles.js';
import { axisStyles } from './news-timeline.axis.styles.js';
import { laneStyles } from './news-timeline.lanes.styles.js';
import { storyStyles } from './news-timeline.story.styles.js';
import { detailStyles } from './news-timeline.detail.styles.js';
import { liveStyles } from './news-timeline.live.styles.js';
import { printStyles } from './news-timeline.print.styles.js';

/** The plot, its items and the panels around it. */
const layoutStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* A row of era or publication labels under the axis, and the axis: they grow with the text,
       as the lanes do (laneStyles). */
    --_mark-row-size: calc(1.2em + 6px);
    --_axis-size: max(32px, calc(1.2em + 14px));
    --_lane-column: 10px;
    --_time-column: 64px;
    --_labels-start: calc(var(--_time-column) + 6 * var(--_lane-column) + 8px);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    background: var(--_bg);
    color: var(--_fg);
    border-radius: var(--_radius);
    /* The plot spans the element's whole width, so the time axis is as long as the element is
       wide from the very first frame; everything else keeps the frame's inline padding. */
    padding: var(--_space) 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    line-height: 1.4;
  }
  .base > :not(.plot) {
    margin-inline: var(--_space);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
  }
  /* The story's introduction (a TimelineJS title slide's text), on its own row below the title and
     the toolbar, at most three lines: the drawing stays on the first screen of a phone. Where they
     cut it, a button under it opens it (SummaryController). */
  .summary {
    order: 1;
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    --_lines: 3;
    overflow: hidden;
    /* A long address breaks (Eras' "…/wiki/Timeline_of_the_Middl" ran out of the box). */
    overflow-wrap: anywhere;
  }
  .summary.open {
    --_lines: none;
  }
  .more {
    order: 1;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    /* Tight enough for one row on a 390 px phone: a second row took a headline's height. */
    gap: 4px;
  }
  /* "39 of 61 events in view", before "Show all events". */
  .shown {
    align-self: center;
    color: var(--_muted);
  }
  button {
    font: inherit;
    color: inherit;
  }
  .toolbar button,
  .more,
  .problems button,
  .list + button {
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  /* + or − at its limit. */
  .toolbar [aria-disabled='true'] {
    /* Its words alone in grey barely told it from the others (a reader's review). */
    opacity: 0.5;
    cursor: default;
  }
  .status {
    margin: 0;
    padding: calc(var(--_space) * 3) var(--_space);
    text-align: center;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .error {
    color: var(--_danger);
  }
  .problems {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .problems ul {
    margin: calc(var(--_space) / 2) 0;
    padding-inline-start: 1.2em;
    max-height: 12em;
    overflow: auto;
  }

  /* ---- the plot ---- */
  .plot {
    position: relative;
    overflow: hidden;
    touch-action: none;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
    border-block: 1px solid var(--_grid);
    max-height: var(--news-timeline-max-height, none);
  }
  .plot:active {
    cursor: grabbing;
  }
  .plot.horizontal {
    /* The drawing's height, --_content, is laneStyles'. Where lane 0 starts, the list's top:
       each item adds its lane and the lines above it. */
    --_lanes-top: calc(var(--_axis-size) + var(--_mark-rows, 0) * var(--_mark-row-size) + 8px);
    height: var(--_content);
    overflow-y: auto;
  }
  .plot.vertical {
    height: var(--_length);
    overflow-y: auto;
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    /* The plot's box, so moving the list (a pan) moves the items without re-placing them. */
    position: absolute;
    inset: 0;
  }
  .horizontal .events {
    top: var(--_lanes-top);
    /* Down to the drawing's end, as the axis. */
    bottom: auto;
    height: calc(var(--_content) - var(--_lanes-top));
  }
  .item {
    position: absolute;
    /* Each item lays out on its own: moving one never re-lays the others. */
    contain: layout style;
  }
  /* Physical sides: the label's own direction follows its text (dir="auto"), the plot's does not. */
  .horizontal .label {
    position: relative;
    left: var(--_label-shift, 0px);
    /* A halo, so the publication line and era edges (vertical) break around the letters; why
       not a text stroke or four shadows: docs/decisions.md, round twenty-one. */
    text-shadow:
      1.5px 0 var(--_bg),
      -1.5px 0 var(--_bg);
    /* ...and the publication line or an era's edge stops at a label it meets (--_line: 2 px
       before it), as it struck the words through between letters. Unset, no background. */
    background: linear-gradient(var(--_bg) 0 0) var(--_line) 0 / 6px no-repeat;
  }
  .base[dir='rtl'] .horizontal .label {
    left: auto;
    right: var(--_label-shift, 0px);
    background-position-x: right var(--_line);
    /* Lines end at the mark, as one-line labels do, in the label's own direction too. */
    text-align: right;
  }
  /* Across, labels wrap to two lines only where their lanes are packed for it; down, to as many
     as a row holds (rowHeight's STACKED_MAX_LINES), and a longer headline ends in "…" there, not
     cut through a line at the row's edge. */
  .two-lines .label,
  .vertical .label,
  .summary {
    white-space: normal;
    display: -webkit-box;
    -webkit-line-clamp: var(--_lines, 2);
    -webkit-box-orient: vertical;
  }
  .vertical .item {
    /* A zero-size anchor at the mark's time: the rail mark and the label row hang from it. */
    inset-inline-start: 0;
    width: 0;
    height: 0;
  }
  /* Buttons that read as text: the drawn items, the list's and the band's (storyStyles) rows. */
  .event,
  .cluster,
  .list-event,
  .band-toggle,
  .band-event {
    display: flex;
    border: 0;
    background: none;
    cursor: pointer;
    text-align: start;
  }
  .event,
  .cluster {
    padding: 0;
    min-width: 24px;
    min-height: 24px;
    border-radius: 4px;
  }
  .horizontal .event {
    flex-direction: column;
    align-items: flex-start;
    /* The item's width: its mark's and its label's, at least 24 px (templates' itemStyle). Its
       mark is drawn over its top. */
    width: 100%;
    padding-top: 14px;
  }
  /* An event's one mark, beside its button (one element less per event than a mark in the
     button and a rail beside it): clicks go through it to the button. */
  .item > .mark {
    position: absolute;
    pointer-events: none;
  }
  .horizontal .item > .mark {
    top: 2px;
    inset-inline-start: 0;
    height: 10px;
  }
  .horizontal .cluster {
    width: 100%;
    /* As wide as its count, "147" read "14" in a 24 px badge (KPCC's Dorner manhunt), and the
       span after it after that. */
    min-width: max-content;
    position: relative;
    padding-top: 1px;
  }
  /* The count inside a horizontal cluster (a vertical cluster's mark is the item's own). */
  .cluster .mark {
    width: 100%;
  }
  .vertical .item > .mark {
    top: 0;
    inset-inline-start: calc(var(--_time-column) + var(--_lane) * var(--_lane-column));
    width: 8px;
    min-width: 8px;
    height: max(var(--_w), 8px);
    /* Down the rail later is below in either direction: outranks the shared marks' rtl rule. */
    --_end-side: bottom;
  }
  /* A point however far rows stretch its minute: 250 px tall, it read as a duration. */
  .vertical .item > [data-look='point'] {
    height: 8px;
  }
  /* Down the rail a mark's long sides are its left and right, where the shared marks (drawn
     across) have their top and bottom: a range's dotted edges were its ends. */
  .vertical .item > [data-look='soft'] {
    border-block: 0;
    border-inline: 2px dotted;
  }
  .vertical .item > [data-look='ongoing'] {
    border: 2px solid;
    border-bottom: 0;
  }
  .vertical :is(.event, .cluster) {
    position: absolute;
    top: var(--_drift);
    inset-inline-start: var(--_labels-start);
    width: calc(100cqi - var(--_labels-start) - 2 * var(--_space));
    height: calc(var(--_label) - 4px);
    align-items: flex-start;
    gap: 6px;
    overflow: hidden;
  }
  /* Story mode opens on its title card, which has all of it: the steps' cards stay on the screen. */
  :host([mode='story']) .summary {
    display: none;
  }
  .vertical .label {
    --_lines: 12;
    /* A word wider than a phone's column breaks rather than run under the row's edge (Moscow's
       "радиовещательный", 147 px in a 140 px column at 288 px); rowHeight counts its lines. */
    overflow-wrap: anywhere;
  }
  .thumb {
    /* The label's width counts it (THUMBNAIL_PX = 20 + 4): it never cuts the headline. */
    display: inline-block;
    width: 20px;
    height: 20px;
    margin-block: -3px;
    margin-inline-end: 4px;
    vertical-align: middle;
    object-fit: cover;
    border-radius: 3px;
    background: var(--_grid);
  }
  .thumb[hidden] {
    display: none;
  }
  .label-when {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .label {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    line-height: 1.3;
  }
  /* The drawing's and the background band's (storyStyles) open or hovered headlines: one rule. */
  .event:is(:hover, [aria-expanded='true']) .label,
  .band-event:is(:hover, [aria-expanded='true']) .band-headline {
    text-decoration: underline;
  }
  .event[aria-expanded='true'] + .mark,
  .vertical .event:focus-visible + .mark,
  [aria-current] .mark,
  .mark[data-current] {
    outline: 3px solid var(--_fg);
    outline-offset: 1px;
  }
  /* Down a phone's drawing the focused row and its mark on the rail stand apart: both ringed. */
  .vertical .event:focus-visible + .mark {
    outline-color: var(--_focus);
  }
  /* Above its neighbours, so they do not hide its ring (themeTokens' :focus-visible). */
  :is(.event, .cluster):focus-visible {
    z-index: 1;
    position: relative;
  }

  /* ---- list view ---- */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_grid);
    /* A link's address in a summary (KPCC's rows) ran a phone's page sideways. */
    overflow-wrap: anywhere;
  }
  .list li {
    border-bottom: 1px solid var(--_grid);
  }
  .list-event {
    flex-wrap: wrap;
    gap: 0 var(--_space);
    width: 100%;
    padding: var(--_space);
  }
  .list-when {
    color: var(--_muted);
    min-width: 9em;
  }
  .list-headline {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .event[aria-expanded='true'] + .mark,
    .vertical .event:focus-visible + .mark,
    [aria-current] .mark,
    .mark[data-current] {
      outline-color: Highlight;
    }
    .toolbar button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .toolbar [aria-disabled='true'] {
      color: GrayText;
    }
  }
`;

/** `<news-timeline>`'s style sheets, in cascade order. */
export const newsTimelineStyles = [
  themeTokens,
  markStyles,
  layoutStyles,
  axisStyles,
  panLayerStyles,
  laneStyles,
  storyStyles,
  detailStyles,
  liveStyles,
  // Last: paper overrides the theme and the layout variables.
  printStyles,
];
