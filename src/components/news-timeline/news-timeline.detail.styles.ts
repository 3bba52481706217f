import { css } from '../css.js';

/**
 * The open event's card: under the drawing, under its row in the list view, and on a phone a
 * sheet at the foot of the screen.
 */
export const detailStyles = css`
  .detail {
    position: relative;
  }
  .close {
    position: absolute;
    top: var(--_space);
    inset-inline-end: var(--_space);
    width: 32px;
    height: 32px;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    cursor: pointer;
    font-size: 1.2em;
    line-height: 1;
    z-index: 1;
  }
  news-event-card {
    padding-inline-end: 3rem;
  }
  /* On a phone, and wide under a drawing taller than 60% of the screen (.tall), the detail (the
     card, or in story mode the story) is a sheet at the bottom of the screen while the drawing is
     in view: under the drawing, a tap on its first row scrolled the page a screen or more away
     from the row, and a story's step showed its card far below its event. The drawing's events
     keep out from under it when they come into view (scrollIntoViewAboveSheet). Past the drawing
     the card rests in its place, before the band; the story's sheet after it (below). */
  :is(.vertical, .tall) ~ #detail {
    position: sticky;
    bottom: 0;
    z-index: 2;
    /* Padding included: 45% of the screen at most. */
    box-sizing: border-box;
    max-height: 45vh;
    overflow: auto;
    margin: 0;
    padding: var(--_space);
    background: var(--_bg);
    box-shadow: 0 -2px 10px #0004;
    /* The shadow, which forced colours drop and the dark theme's background hides, was the
       sheet's only edge: a row cut by it read as a glitch. */
    border-top: 1px solid var(--_border);
  }
  /* The story's buttons at the sheet's foot, in its corner however far its step is scrolled: the
     sheet grows up from the screen's foot (from step to step, and as pictures arrive), and at its
     top Next moved up under the pointer, 32-60 px, the next tap missing it. */
  :is(.vertical, .tall) ~ #detail::part(base) {
    display: flex;
    flex-direction: column;
  }
  :is(.vertical, .tall) ~ #detail::part(nav) {
    order: 1;
    position: sticky;
    bottom: 0;
    margin: var(--_space) 0 0;
    /* An edge over a long step scrolled under them: a line cut by bare buttons read as a glitch. */
    padding-block: var(--_space);
    border-top: 1px solid var(--_border);
    background: var(--_bg);
  }
  /* The story's sheet rests after the band (and the legend), where it is still on the screen
     while the band is: a step of the band's events brings its row into view above the sheet. In
     the tab order it stays before the band. */
  :is(.vertical, .tall) ~ news-timeline-story#detail {
    order: 1;
    padding-bottom: 0;
    /* A link Tab reaches in a long step stops above the buttons, its ring (3 px, 2 px off) clear:
       scrolled to the sheet's foot, it was under them. The buttons: 44 px, their padding and edge. */
    scroll-padding-block-end: calc(44px + 2 * var(--_space) + 9px);
  }
  /* As tall as the plot, for ResizeController.tall: whether the detail is a sheet. */
  .height {
    position: absolute;
    inset-block: 0;
  }
  /* In the sheet's corner however far its card is scrolled: placed at the card's top, it scrolled
     away with the first lines of a long card. Floated, so it takes no line of its own. */
  :is(.vertical, .tall) ~ #detail .close {
    position: sticky;
    top: 0;
    float: inline-end;
    margin: 0;
  }
`;
