import { css } from '../css.js';

/**
 * The layers a pan moves and a zoom gesture scales (`PanLayer`): the eras, the axis and the
 * events, each its own compositor layer, and their text kept at its size while they scale; and
 * the hint a wheel turned without Ctrl shows.
 */
export const panLayerStyles = css`
  [data-pan-layer] {
    /* Its own compositor layer: a pan moves it without painting it again. */
    will-change: transform;
    /* Axis px 0 (see PanLayer.apply): a zoom gesture scales the layer about it. */
    transform-origin: 0 0;
  }
  .horizontal [data-pan-layer] {
    /* Far wider than the plot, what is in it placed back by a margin: what a layout draws beyond
       the view (a pan shows it next) then lies inside the box, and the browser keeps it in the
       layer's one compositor layer. Outside it, each item and tick took a layer of its own and
       brought more by overlap: 35 layers at 10,000 events against 9, at every step of a pan.
       The reach, 3000px, is written in each of the four places that use it. */
    inset-inline: -3000px;
    transform-origin: 3000px 0;
  }
  .horizontal [data-pan-layer] > * {
    margin-inline-start: 3000px;
  }
  .base[dir='rtl'] .horizontal [data-pan-layer] {
    transform-origin: calc(100% - 3000px) 0;
  }
  /* During a zoom gesture the layer is scaled along the axis and its text scaled back about the
     text's start (PanLayer.unscaleText), so marks and spans stretch while labels keep their size. */
  [data-pan-layer] :is(.label, .tick, .era-label, .published-label, .event, .cluster) {
    transform-origin: 0 0;
  }
  /* Once zoomed, that text keeps an identity transform at rest, so that the next zoom changes a
     transform instead of adding one (which lays the text out again; PanLayer.unscaleText). */
  .horizontal [data-zoomed] :is(.label, .tick, .era-label, .published-label) {
    transform: scaleX(1);
  }
  .vertical [data-zoomed] :is(.event, .cluster, .tick, .era-label, .published-label) {
    transform: scaleY(1);
  }
  .base[dir='rtl'] .horizontal [data-pan-layer] :is(.label, .tick, .era-label, .published-label) {
    transform-origin: 100% 0;
  }
  /* Scaled back, a label's strip that stops a line (the publication's, an era's edge; --_line,
     in its own px) would part from it, which the layer stretches: none until the gesture settles. */
  .horizontal [data-scaling] .label {
    background: none;
  }
  .wheel-hint {
    position: absolute;
    inset-inline: 0;
    bottom: 8px;
    margin: auto;
    width: fit-content;
    padding: 0.25em 0.75em;
    background: var(--_fg);
    color: var(--_bg);
    border-radius: var(--_radius);
    pointer-events: none;
  }
`;
