import type { TimelineEvent } from '../../model/types.js';
import type { ViewItem } from '../../layout/index.js';
import type { DrawingWords } from '../../i18n/translation.js';
import type { LoadedTimeline } from './data-controller.js';
import { scrollIntoViewAboveSheet, type NavigationController } from './navigation-controller.js';
import type { AnnouncerController } from './announcer-controller.js';
import { emit } from '../emit.js';
import { loadCard } from './card-loading.js';
import { loadStory } from './story-mode.js';

/** How long a sheet's pictures are waited for before the open event is kept clear of it. */
const PICTURE_WAIT_MS = 5000;

/** Once `img` has loaded or failed. */
function settled(img: HTMLImageElement): Promise<unknown> {
  return new Promise((resolve) => {
    img.addEventListener('load', resolve, { once: true });
    img.addEventListener('error', resolve, { once: true });
  });
}

/** A Lit element, or one not yet defined. */
type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/** The element as selection reads and sets it. */
export interface SelectionHost extends HTMLElement {
  selected?: string | undefined;
  readonly mode: 'explore' | 'story';
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The element's parts selection works with. */
export interface SelectionParts {
  loadedTimeline: () => LoadedTimeline | undefined;
  navigation: NavigationController;
  announcer: AnnouncerController;
  drawingWords: () => DrawingWords;
}

/**
 * Which event is open: opening one from the drawing, the list, the band, the story or the
 * address; closing it with focus back on its event; and, in story mode, keeping the drawing on
 * the story's event. Every change is told to the page (`news-timeline-select`) and, outside story
 * mode, which announces its own steps, to screen readers.
 */
export class SelectionController {
  constructor(
    private readonly host: SelectionHost,
    private readonly parts: SelectionParts,
  ) {}

  /** The event with this id in the data shown, if any. */
  event(id: string | undefined): TimelineEvent | undefined {
    // Every event has an id: undefined finds none.
    return this.parts.loadedTimeline()?.timeline.events.find((event) => event.id === id);
  }

  /** The event of input index `i` in the data shown, if any. */
  eventAt(i: number): TimelineEvent | undefined {
    return this.parts.loadedTimeline()?.timeline.events[i];
  }

  select(event: TimelineEvent | null | undefined): void {
    this.host.selected = event?.id;
    emit(this.host, 'news-timeline-select', { event: event ?? null });
    if (event && this.host.mode !== 'story') {
      this.parts.announcer.announce(this.parts.drawingWords().selected(event.headline));
      void this.scrollToDetail();
    }
  }

  /**
   * The detail (the event's card, or the story) opens under the drawing: on a phone, below the
   * fold, where a tap or the Story toggle seemed to do nothing. A card leaves focus where it is;
   * the story takes it. The page scrolls only as far as the detail needs: once drawn, its code may
   * still be on its way (an empty card has no height, and the page scrolled to the close button
   * alone, the card arriving below).
   */
  async scrollToDetail(): Promise<void> {
    await this.host.updateComplete;
    const story = this.host.mode === 'story';
    await (story ? loadStory() : loadCard()).catch(() => {});
    const detail = this.host.renderRoot.querySelector<Updating>('#detail');
    await (story ? detail : detail?.querySelector('news-event-card'))?.updateComplete;
    if (!detail) return;
    if (story) {
      // The reader pressed Story: focus goes into the story (its Next), where the arrow keys step
      // (APG's button pattern: a context change moves focus to where the new action starts); it
      // stayed on the toggle, and → did nothing until two Tabs reached the story. Not scrolled
      // there: the check below shows the story whole, where Chrome's focus scroll cut its foot.
      detail.focus({ preventScroll: true });
      // A story already well in view stays put: scrolled to show it whole, a wide page lost the
      // drawing above it, the overview that follows the story, and the toggle.
      const { top, bottom, height } = detail.getBoundingClientRect();
      const shown = Math.min(bottom, innerHeight) - Math.max(top, 0);
      if (shown >= Math.min(height, innerHeight) / 3) return;
    }
    // A card under its row (the list's, the band's) with its row: a card taller than the screen
    // was scrolled to its top, the row just tapped above the screen.
    (detail.closest('li') ?? detail).scrollIntoView({ block: 'nearest' });
    if (!story) this.#openEventIntoView();
    void this.#afterPictures(detail);
  }

  /**
   * A sheet grows when its step's card renders (after the story's own render) and when its
   * pictures arrive or fail (25 of KPCC's 61 events have one): it rose over the event just
   * brought out from under it. Once they have, the open event, still on the screen, comes out
   * again.
   */
  async #afterPictures(detail: Updating): Promise<void> {
    // The card: in the open event's section, or in the story's step (its title card has none).
    const card = (detail.shadowRoot ?? detail).querySelector<Updating>('news-event-card');
    await card?.updateComplete;
    const pending = [detail, card]
      .flatMap((media) => [...(media?.shadowRoot?.querySelectorAll('img') ?? [])])
      .filter((img) => !img.complete);
    if (pending.length)
      await Promise.race([
        Promise.all(pending.map(settled)),
        new Promise((resolve) => setTimeout(resolve, PICTURE_WAIT_MS)),
      ]);
    // A picture that failed gives way to its words ("The image could not be loaded") in the
    // render its error event asked for (its listener came first).
    await Promise.all([detail.updateComplete, card?.updateComplete]);
    this.#shownOpenEventIntoView();
  }

  /**
   * The detail became a sheet as the window was made shorter: the open event, if on the screen,
   * comes out from under it (it stayed under it until the next open). A phone turned (`width`):
   * the drawing is laid out anew and the open event, anywhere on the page now, comes into view
   * above it (Apollo's flag, at 588 px in a 390 px window).
   */
  async sheetMoved(width: boolean): Promise<void> {
    await this.host.updateComplete;
    // A timeline off the screen stays there: one further down the page, its width changed by the
    // page's scroll bar (a full-page screenshot takes it away and back), scrolled the page to it.
    this.#shownOpenEventIntoView(width ? this.host : undefined);
  }

  /** The open event, if it (or `shown`) is on the screen, out from under the sheet. */
  #shownOpenEventIntoView(shown = this.#openEvent()): void {
    const box = shown?.getBoundingClientRect();
    if (box && box.bottom > 0 && box.top < innerHeight) this.#openEventIntoView();
  }

  /**
   * On a phone, or under a tall wide drawing, the detail is a sheet over the drawing's foot: the
   * open event comes out from under it.
   */
  #openEventIntoView(): void {
    const open = this.#openEvent();
    if (open) scrollIntoViewAboveSheet(open);
  }

  /**
   * The open event drawn where the detail is a sheet, or the cluster that holds it; a story's
   * step of the background band, its row (Peru's quake: 12 of 13 steps, off the screen).
   */
  #openEvent(): Element | null {
    return this.host.renderRoot.querySelector(
      ':is(.vertical, .tall) :is([aria-expanded=true], [aria-current=true]), :is(.vertical, .tall) ~ news-timeline-story ~ .band ol:not([hidden]) [aria-expanded=true]',
    );
  }

  /** Enter or click on a drawn item: an event opens, a cluster zooms in (or lists its events). */
  open(item: ViewItem): void {
    if (item.kind === 'cluster') {
      this.parts.navigation.openCluster(item);
      return;
    }
    this.parts.navigation.focused(item);
    this.select(this.eventAt(item.item.i));
  }

  /** Closes the detail, if open, and returns focus to its event; false when none was open. */
  close(): boolean {
    // In story mode the story is the detail: Escape leaves the reader where they are.
    if (!this.host.selected || this.host.mode === 'story') return false;
    // Opened from the band, focus goes back to its row there (the drawing does not hold it), or
    // to the band's toggle while the reader has closed the band (a card opened by `selected`).
    const root = this.host.renderRoot;
    const band = root.querySelector<HTMLElement>('.band-event[aria-expanded=true]');
    const row = band?.closest('[hidden]') ? root.querySelector<HTMLElement>('.band-toggle') : band;
    this.select(undefined);
    if (row) void this.host.updateComplete.then(() => row.focus());
    else this.parts.navigation.refocus();
    return true;
  }

  /**
   * The overview is moving to the story's step: its range is not read out after the step, which
   * the story says (Exide's overview moved with 14 of its 61 steps, each heard twice).
   */
  following = false;

  /** The overview follows the story: the current event takes the tab stop and comes into view. */
  reveal(): void {
    const loaded = this.parts.loadedTimeline();
    if (!loaded) return;
    this.following = true;
    // An event not found (-1), or of the background band (marked in the band), has no position on
    // the axis: reveal leaves the axis as it is.
    this.parts.navigation.reveal(
      loaded.index.items.findIndex((item) => item.id === this.host.selected),
      true,
    );
    // A move settled as the update it asked for completes, before this (`following`).
    void this.host.updateComplete.then(() => (this.following = false));
    this.#openEventIntoView();
    const story = this.host.renderRoot.querySelector<Updating>('news-timeline-story#detail');
    if (story) void story.updateComplete?.then(() => this.#afterPictures(story));
  }
}
