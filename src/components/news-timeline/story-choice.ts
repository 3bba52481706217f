/**
 * The story layout the viewport draws (`StoryLayout`): computed again only when the data, size or
 * words change, and, under `layout="auto"`, across or down as the story reads better
 * (`readsDown`), a choice a width near the one it was made at keeps.
 */
import { storyLayout, type StoryLayout } from '../../layout/story.js';
import type { Orientation } from '../../layout/frame.js';
import { formatWhenShort } from '../../i18n/wording/format-when-short.js';
import { THUMBNAIL_PX, thumbnailSrc } from '../event-thumbnail.js';
import type { LoadedTimeline } from './data-controller.js';
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
  #chosenAt = -Infinity;

  /** The story for `loaded` at `width`, drawn `orientation` unless 'auto' draws it down. */
  layOut(
    loaded: LoadedTimeline,
    width: number,
    orientation: Orientation,
    { verticalLength, locale, timeZone, mediaThumbnails, layout }: ViewportSettings,
  ): StoryLayout {
    const key = `${Math.round(width)}|${orientation}|${layout}|${verticalLength}|${locale}|${mediaThumbnails}`;
    const previous = this.story;
    const same = previous?.index.items === loaded.index.items;
    if (same && this.#key === key) return previous!;
    const events = loaded.timeline.events;
    const choose = layout === 'auto' && orientation === 'horizontal';
    const kept = choose && same && Math.abs(width - this.#chosenAt) < KEEP_CHOICE_PX;
    if (choose && !kept) this.#chosenAt = width;
    const vertical = orientation === 'vertical' || (kept && !!previous!.rows);
    // Vertical rows show the time before the headline.
    const downText = (i: number) =>
      `${formatWhenShort(events[i]!.when, { locale, timeZone, years: loaded.years })} ${events[i]!.headline}`;
    this.story = storyLayout({
      ...loaded,
      labelText: vertical ? downText : (i) => events[i]!.headline,
      downText: choose && !kept ? downText : undefined,
      labelExtra:
        mediaThumbnails && !vertical
          ? (i) => (thumbnailSrc(events[i]!.media) ? THUMBNAIL_PX : 0)
          : undefined,
      width,
      vertical,
      verticalLength,
    });
    this.#key = key;
    return this.story;
  }
}
