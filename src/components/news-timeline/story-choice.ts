/**
 * The story layout the viewport draws (`StoryLayout`): computed again only when the data, size or
 * words change, and, under `layout="auto"`, across or down as the story reads better
 * (`readsDown`), a choice a width near the one it was made at keeps.
 */
import { storyLayout, type StoryLayout } from '../../layout/story.js';
import type { Orientation } from '../../layout/frame.js';
import { THUMBNAIL_PX, thumbnailSrc } from '../event-thumbnail.js';
import type { LoadedTimeline } from './data-controller.js';
import { shortWhenOf } from './short-when.js';
import type { ViewportSettings } from './viewport-types.js';

/**
 * px from the width the choice across or down was made at within which the same data keeps it: a
 * page's scrollbar, there once a story is drawn down and gone when it is across, took 15 px and
 * turned Black Lives Matter's June 2020 across and down ten times a second at 1,155 px.
 */
const KEEP_CHOICE_PX = 48;

export class StoryChoice {
  story?: StoryLayout;
  #key?: string;
  /** The last choice 'auto' made: at what width, for what else, and whether down. */
  #chosen?: { at: number; rest: string; down: boolean };

  /** The story for `loaded` at `width`, drawn `orientation` unless 'auto' draws it down. */
  layOut(
    loaded: LoadedTimeline,
    width: number,
    orientation: Orientation,
    { verticalLength, locale, timeZone, mediaThumbnails, layout }: ViewportSettings,
  ): StoryLayout {
    const rest = `${orientation}|${layout}|${verticalLength}|${locale}|${timeZone}|${mediaThumbnails}`;
    const key = `${Math.round(width)}|${rest}`;
    const same = this.story?.index.items === loaded.index.items;
    if (same && this.#key === key) return this.story!;
    const events = loaded.timeline.events;
    const choose = layout === 'auto' && orientation === 'horizontal';
    // Kept only for the same data, words and settings: a phone's width, or `layout`, between
    // (which draw down for their own reasons) makes the choice again.
    let chosen = this.#chosen;
    if (!(choose && same && chosen?.rest === rest && Math.abs(width - chosen.at) < KEEP_CHOICE_PX))
      chosen = undefined;
    const vertical = orientation === 'vertical' || !!chosen?.down;
    // Vertical rows show the time before the headline.
    const downText = (i: number) =>
      `${shortWhenOf(loaded, i, { locale, timeZone })} ${events[i]!.headline}`;
    this.story = storyLayout({
      ...loaded,
      labelText: vertical ? downText : (i) => events[i]!.headline,
      downText: choose && !chosen ? downText : undefined,
      labelExtra:
        mediaThumbnails && !vertical
          ? (i) => (thumbnailSrc(events[i]!.media) ? THUMBNAIL_PX : 0)
          : undefined,
      width,
      vertical,
      verticalLength,
    });
    this.#key = key;
    this.#chosen = choose ? (chosen ?? { at: width, rest, down: !!this.story.rows }) : undefined;
    return this.story;
  }
}
