/**
 * When `<news-event-card>`'s code loads: it is not in the page's first download (docs/decisions.md,
 * round twenty-four), and the detail, the side-effect module and the drawing ask for it here.
 */
import { isServer } from 'lit';
import { whenIdle } from '../idle.js';
import { loadOnce } from '../load-once.js';

/**
 * Defines `<news-event-card>`, whose code is not in the page's first download: asked for in an idle
 * time after a timeline draws, or by the detail the first time it shows an event.
 */
export const loadCard = loadOnce(() => import('../news-event-card/news-event-card.define.js'));

/**
 * Calls `define` at once, or, on a server-rendered page open on an event, once the card's code is
 * there: upgraded at once, a timeline's first render swapped the server's card for an empty one
 * until the code came, and the page under it jumped up and back.
 */
export function whenServerCardReady(define: () => void): void {
  const open = (element: Element) => element.shadowRoot?.querySelector('news-event-card');
  if (isServer || ![...document.querySelectorAll('news-timeline[selected]')].some(open)) define();
  else loadCard().then(define, define);
}

let cardAsked = false;

/**
 * Asks for the card's code once, in an idle time after a drawing renders (`PlotView`): asked for
 * in the page's first idle time, it was compiled while a timeline given its data then drew.
 */
export function loadCardWhenIdle(): void {
  if (isServer || cardAsked) return;
  cardAsked = true;
  whenIdle(() => loadCard().catch(() => {}));
}

/**
 * A page with a card on its own (one in the document, not a timeline's) or no timeline asks for it
 * in its first idle time: a timeline that never draws (its data failed) would not ask.
 */
export function loadCardForCardsAlone(): void {
  if (!isServer)
    whenIdle(
      () =>
        (document.querySelector('news-event-card') || !document.querySelector('news-timeline')) &&
        loadCardWhenIdle(),
    );
}
