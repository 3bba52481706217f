import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventIndex, IndexedEvent, ViewCluster, ViewItem } from '../../layout/index.js';
import { itemKey, leadingEvent } from '../../layout/frame.js';
import { BAND_LANE } from '../../layout/event-index.js';
import { reachOf } from '../../layout/background.js';

/** What the navigation needs of the drawing as it is now. */
export interface NavigationContext {
  index: EventIndex;
  /** Drawn items in chronological order. */
  items: readonly ViewItem[];
  vertical: boolean;
  rtl: boolean;
  /** Visible time range, ms. */
  viewed: readonly [number, number];
  /** The list view is shown instead of the drawing. */
  list: boolean;
}

export interface NavigationHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What keyboard navigation reads of the drawing and may ask of the element. */
export interface NavigationActions {
  /** The drawing now, or undefined when nothing is drawn. */
  context(): NavigationContext | undefined;
  /** Shows [start, end] at once, as the reader's own move; a phone's from `at` px down. */
  showRange(start: number, end: number, at?: number): void;
  /** Moves the view at once to have `t` in its middle, at the zoom it has (the reader's move). */
  centerOn(t: number): void;
  /** A cluster that zooming cannot split: its events go to the list view. */
  listCluster(count: number): void;
  /** `+` or `-`: zoom in (1) or out (-1) around the focused event (its id), when in view. */
  zoomStep(direction: 1 | -1, around?: string): void;
  /** Escape: closes the open detail; false when none was open. */
  closeDetail(): boolean;
}

/** Whether any of [t0, t1] is in `viewed`, the range the reader sees. */
function inRange(t0: number, t1: number, [start, end]: readonly [number, number]): boolean {
  return t0 <= end && t1 >= start;
}

/** The narrowest range Enter on a cluster zooms to. */
const MIN_CLUSTER_SPAN_MS = 10 * 60_000;

/**
 * Keyboard navigation of the drawn events: one tab stop (roving tabindex) on the event in focus,
 * arrows through time (mirrored right to left), Up/Down between lanes, Home/End. Focus follows
 * its event through zooms and re-layouts, and moves the view when the event is off screen. A
 * cluster that zooming cannot split falls back to the list view, so every event stays reachable.
 */
export class NavigationController implements ReactiveController {
  /** The event keyboard focus is on: its place in chronological order (`index.items`). */
  position = 0;
  /** Focus should land on `position`'s item once it is drawn (after a zoom or re-layout). */
  #pendingFocus?: boolean;
  /** Key of the cluster Enter just zoomed into, to check that zooming did split it. */
  #openingCluster?: string;
  #lastMoveAt = Number.NEGATIVE_INFINITY;

  readonly #actions: NavigationActions;

  constructor(
    private readonly host: NavigationHost,
    actions: NavigationActions,
  ) {
    this.#actions = actions;
    host.addController(this);
  }

  /** New data: start from the first event. */
  reset(): void {
    this.position = 0;
    this.#pendingFocus = false;
    this.#openingCluster = undefined;
  }

  /**
   * A new version of the story reordered the events: focus stays on the same event when it is
   * still there, else on the event now at its place in time.
   */
  follow(previous: EventIndex, next: EventIndex): void {
    const id = previous.items[this.position]?.id;
    // Every indexed event has an id: without an old one, none is found.
    const found = next.items.findIndex((item) => item.id === id);
    this.position =
      found >= 0 ? found : Math.min(this.position, Math.max(0, next.items.length - 1));
  }

  /** Focus goes back to the current event once it is drawn again (after closing the detail, a zoom). */
  refocus(): void {
    this.#pendingFocus = true;
  }

  /** Focus waited for a zoom to end; after that it must not jump on its own. */
  cancelRefocus(): void {
    this.#pendingFocus = false;
  }

  /**
   * The key of the item holding the tab stop: its event's, or where that is out of the view the
   * first in view (a first view opened closer in drew the first event in its margin, and Tab went
   * there, Enter opening a card of an event nowhere in sight). In view by time, not px: a pan
   * moves the drawn layer, and its items keep their px until the next layout.
   */
  focusKey(items: readonly ViewItem[]): string {
    // Read once: the context is built anew at each call, a scale with it.
    const viewed = this.#actions.context()!.viewed;
    const inView = (item?: ViewItem) =>
      item &&
      inRange(
        leadingEvent(item).start,
        item.kind === 'cluster' ? item.t1 : reachOf(item.item),
        viewed,
      );
    const at = this.#itemAt(this.position);
    const item = inView(at) ? at : (items.find(inView) ?? items[0]);
    return item ? itemKey(item) : '';
  }

  /** The reader focused `item` with the pointer or Tab. */
  focused(item: ViewItem | IndexedEvent): void {
    const event = 'kind' in item ? leadingEvent(item) : item;
    this.position = this.#positionOf(event);
  }

  /** Enter on a cluster: zoom to its members, keeping focus on the first of them. */
  openCluster(item: ViewCluster): void {
    this.focused(item);
    this.#pendingFocus = true;
    this.#openingCluster = itemKey(item);
    this.#zoomInto(item);
  }

  #zoomInto(item: ViewCluster): void {
    const pad = Math.max((item.t1 - item.t0) * 0.15, MIN_CLUSTER_SPAN_MS);
    // A phone's from the cluster's row, where the reader tapped (its mark can be far above it).
    this.#actions.showRange(item.t0 - pad, item.t1 + pad, item.label?.p);
  }

  /** Keydown on the drawn events: handled keys do not reach the page. */
  handleKeydown(event: KeyboardEvent): void {
    if (!this.#handleKey(event.key)) return;
    event.preventDefault();
    this.#lastMoveAt = performance.now();
  }

  /** Whether the reader moved through the events by keyboard within the last `ms`. */
  movedWithin(ms: number): boolean {
    return performance.now() - this.#lastMoveAt < ms;
  }

  #handleKey(key: string): boolean {
    const context = this.#actions.context();
    if (!context) return false;
    const current = this.#itemAt(this.position);
    const { vertical, rtl } = context;
    const forward = vertical ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = vertical ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
    const laneDown = vertical ? (rtl ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
    const laneUp = vertical ? (rtl ? 'ArrowRight' : 'ArrowLeft') : 'ArrowUp';
    switch (key) {
      case forward:
        this.#moveTo(this.#nextPosition(current, 1), 1);
        return true;
      case back:
        this.#moveTo(this.#nextPosition(current, -1), -1);
        return true;
      case laneDown:
      case laneUp: {
        // To the item nearest along the axis in the next lane, if there is one.
        if (!current) return true;
        const lane = current.lane + (key === laneDown ? 1 : -1);
        let best: ViewItem | undefined;
        for (const item of context.items) {
          if (item.lane !== lane) continue;
          if (!best || Math.abs(item.p0 - current.p0) < Math.abs(best.p0 - current.p0)) best = item;
        }
        if (best) this.#moveTo(this.#positionOf(leadingEvent(best)));
        return true;
      }
      case 'Home':
        this.#moveTo(0, 1);
        return true;
      case 'End':
        this.#moveTo(context.index.items.length - 1, -1);
        return true;
      case '+':
      case '=':
      case '-':
      case '_':
        this.#actions.zoomStep(
          key === '+' || key === '=' ? 1 : -1,
          context.index.items[this.position]?.id,
        );
        this.#pendingFocus = true;
        return true;
      case 'Escape':
        return this.#actions.closeDetail();
      default:
        return false;
    }
  }

  /** After each update, once the drawing is in the DOM. */
  hostUpdated(): void {
    /*
     * Events the data puts at the same time (seven "sometime this week" events share one span)
     * stay one cluster however far the reader zooms, and a cluster hides its members from the
     * keyboard. When zooming in did not split the cluster, its events are shown in the list view
     * instead, with focus on the first of them.
     */
    const opening = this.#openingCluster;
    const item = opening === undefined ? undefined : this.#itemAt(this.position);
    if (item) {
      this.#openingCluster = undefined;
      if (item.kind === 'cluster' && itemKey(item) === opening) {
        const count = item.count;
        queueMicrotask(() => {
          this.#actions.listCluster(count);
          void this.host.updateComplete.then(() => this.#focusCurrent());
        });
      }
    }
    if (this.#pendingFocus && this.#focusCurrent()) this.#pendingFocus = false;
  }

  /**
   * Moves keyboard focus to another event on the axis, bringing it into view when it is off
   * screen. Events of the background band are not on the axis (their list is the next Tab stop):
   * the move goes on past them in `direction`, and stays where it is when none is left.
   */
  #moveTo(position: number, direction: 1 | -1 = 1): void {
    // With nothing drawn there is no event to reveal: `reveal(-1)` below says so.
    const items = this.#actions.context()?.index.items ?? [];
    let next = Math.min(items.length - 1, Math.max(0, position));
    while (items[next]?.lane === BAND_LANE) next += direction;
    if (!this.reveal(next)) return;
    this.#pendingFocus = true;
    this.host.requestUpdate();
  }

  /**
   * Gives the event at `position`, on the axis, the tab stop and brings it into view when it is
   * off screen, without moving focus (story mode's overview follows the story this way). False
   * for a position that is not an event on the axis. With `intoCluster`, a wide drawing zooms into
   * the cluster that holds it: story mode's overview of KPCC's Exide saga marked the same badge of
   * 30 events for 30 of its 61 steps, where zoomed in each headline has a row of its own.
   */
  reveal(position: number, intoCluster?: boolean): boolean {
    const context = this.#actions.context();
    const target = context?.index.items[position];
    if (!target || target.lane === BAND_LANE) return false;
    // Drawn again with its tab stop: revealed after the render, the stop lagged a step behind
    // (Shift+Tab from the story's buttons went to the event before).
    if (this.position !== position) this.host.requestUpdate();
    this.position = position;
    // At the zoom the reader chose: on a phone's cut axis a range of the same length of time
    // could be mostly hatch, or show an hour where it showed a day.
    if (!inRange(target.start, reachOf(target), context!.viewed)) {
      this.#actions.centerOn(target.start);
    } else if (intoCluster && !context!.vertical) {
      const item = this.#itemAt(position);
      if (item?.kind === 'cluster') this.#zoomInto(item);
    }
    return true;
  }

  #nextPosition(from: ViewItem | undefined, direction: 1 | -1): number {
    if (!from) return this.position + direction;
    // From a cluster: past its last event going forward, before its first going back.
    const event =
      direction < 0 || from.kind === 'event' ? leadingEvent(from) : from.members.at(-1)!;
    return this.#positionOf(event) + direction;
  }

  #positionOf(event: IndexedEvent): number {
    return this.#actions.context()?.index.position[event.i] ?? 0;
  }

  /** The drawn item holding the event at `position`: the event itself or its cluster. */
  #itemAt(position: number): ViewItem | undefined {
    const context = this.#actions.context();
    const target = context?.index.items[position];
    if (!context || !target) return undefined;
    return context.items.find((item) =>
      item.kind === 'cluster' ? item.members.includes(target) : item.item === target,
    );
  }

  #focusCurrent(): boolean {
    const context = this.#actions.context();
    if (!context) return false;
    const root = this.host.renderRoot;
    if (context.list) {
      const event = context.index.items[this.position];
      const button = event
        ? root.querySelector<HTMLElement>(`.list-event[data-id="${CSS.escape(event.id)}"]`)
        : null;
      button?.focus();
      return Boolean(button);
    }
    const item = this.#itemAt(this.position);
    const button = item
      ? root.querySelector<HTMLElement>(`[data-key="${CSS.escape(itemKey(item))}"]`)
      : null;
    if (!button) return false;
    button.focus();
    scrollIntoViewAboveSheet(button);
    return true;
  }
}

/**
 * Brings a drawn item into view (`inline` is 'nearest' by default) and, where the detail is
 * a sheet at the screen's foot (news-timeline.detail.styles.ts), scrolls on as far as the sheet
 * covers it: the box the sheet sticks in, a scrolling box the timeline sits in or the page. A
 * scroll margin did this in CSS, but it also scrolled the drawing within its own box: past its
 * foot, and under a max-height out of sight.
 */
export function scrollIntoViewAboveSheet(item: Element): void {
  // The plot never scrolls along its width (the view is moved by the pan transform): an item cut
  // at its end scrolled it sideways, the drawing then off its axis box until reloaded.
  const plot = item.closest('.plot');
  const left = plot?.scrollLeft ?? 0;
  item.scrollIntoView({ block: 'nearest' });
  if (plot && plot.scrollLeft !== left) plot.scrollLeft = left;
  // Its focus ring clear of the screen's edges too: 'nearest' left it flush there, the ring cut.
  const { top, bottom } = item.getBoundingClientRect();
  if (top < 8) window.scrollBy(0, top - 8);
  else if (bottom > innerHeight - 8) window.scrollBy(0, bottom + 8 - innerHeight);
  // A card rests above the band (it is no sheet over its rows); a story's sheet, after it.
  const sheet = item
    .closest('.vertical, .tall, news-timeline-story ~ .band')
    ?.parentElement?.querySelector(':scope > #detail');
  if (sheet && getComputedStyle(sheet).position === 'sticky') {
    // With room for its focus ring (3 px, 2 px off) and the sheet's shadow: flush against the
    // sheet, the focused row's ring was under it.
    const covered = item.getBoundingClientRect().bottom + 8 - sheet.getBoundingClientRect().top;
    // The sheet sticks to the foot of the box it scrolls in: in a scrolling box, the page
    // scrolled the row and the sheet together, the row stayed under it and the page jumped.
    if (covered > 0) (scrollerOf(sheet) ?? window).scrollBy(0, covered);
  }
}

/** The box an element scrolls in (across shadow roots), or null for the page. */
function scrollerOf(element: Element): Element | null {
  for (let node = element; ;) {
    const parent: Element | null =
      node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    if (!parent || parent === document.body || parent === document.documentElement) return null;
    if (!/^(visible|clip)$/.test(getComputedStyle(parent).overflowY)) return parent;
    node = parent;
  }
}
