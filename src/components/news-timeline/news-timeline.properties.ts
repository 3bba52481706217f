import { LitElement, type PropertyDeclarations } from 'lit';
import type { Timeline } from '../../model/types.js';

/**
 * The public properties of `<news-timeline>`, with their attributes: what a page can set. The
 * behaviour that reads them is `NewsTimeline`'s; keeping them apart lets each file say one thing.
 */
export class NewsTimelineProperties extends LitElement {
  /**
   * Each property's attribute and conversion, documented at its field below. Lit's `static
   * properties` rather than its decorators, in every element of the page: without decorators the
   * page bundle holds neither TypeScript's decorator helper nor Lit's decorator functions nor a
   * call per field (570 B less min+gzip, measured with `npm run size`).
   */
  static override properties: PropertyDeclarations = {
    timeline: { attribute: false },
    src: {},
    layout: { reflect: true },
    theme: { reflect: true },
    locale: {},
    view: { reflect: true },
    colorBy: { attribute: 'color-by' },
    range: { attribute: false },
    selected: { reflect: true },
    mode: { reflect: true },
    linkSelection: { type: Boolean, attribute: 'link-selection' },
    mediaThumbnails: { type: Boolean, attribute: 'media-thumbnails' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    refresh: { type: Number },
    noLegend: { type: Boolean, attribute: 'no-legend' },
    verticalLength: { type: Number, attribute: 'vertical-length' },
    maxHeight: { attribute: 'max-height' },
    width: { type: Number },
  };

  /** The story: a `Timeline` object, or JSON text of one. Validated by `parseTimeline`. */
  timeline?: Timeline | string;

  /** URL of the timeline's JSON. Fetched with a loading state; a newer value cancels the old. */
  src?: string;

  /** `auto` follows the element's own width; `horizontal` or `vertical` force one. */
  layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** BCP 47 locale for dates, numbers and the UI's words; defaults to the nearest `lang`, then the data's language. */
  locale?: string;

  /** `timeline` draws the time scale; `list` shows a plain chronological list. */
  view: 'timeline' | 'list' = 'timeline';

  /** `category` colours events by category and adds the categories to the legend. */
  colorBy: 'none' | 'category' = 'none';

  /** The visible time range. Settable; reported by `news-timeline-range-change` after the reader zooms. */
  range?: { start: Date; end: Date };

  /** Id of the event whose detail is open (in story mode: the event the story shows). */
  selected?: string;

  /**
   * `explore` (the default): the drawing, with a detail card for the event the reader opens.
   * `story`: the story read one step at a time below the drawing, as slides: a title card, then
   * each event in chronological order (`<news-timeline-story>`, loaded on demand). The toolbar
   * toggles it too.
   */
  mode: 'explore' | 'story' = 'explore';

  /**
   * Deep links: the selected event's id goes into the page's address fragment (`#event-id`), and a
   * page opened with such a fragment starts on that event. Off unless the page opts in.
   */
  linkSelection = false;

  /**
   * A small picture at the start of a drawn headline, for events with a picture, where the
   * horizontal drawing has room for it without cutting the headline.
   */
  mediaThumbnails = false;

  /**
   * Outline level of the title heading, 1 to 5, to fit the host page's outline; the detail card's
   * heading is one level below it.
   */
  headingLevel = 2;

  /**
   * Seconds between refreshes of `src` (0, the default, never refreshes). A newer version of the
   * same story is applied as an update: the reader keeps the range, selection and focus. Refreshes
   * are conditional (ETag, Last-Modified), back off after errors, and pause while the page is hidden.
   */
  refresh = 0;

  /** Hides the legend (the list view, which draws no marks, never shows it). */
  noLegend = false;

  /** Length in px of the time axis when drawn vertically. */
  verticalLength = 560;

  /**
   * Tallest the drawing grows, as CSS (`480px`, `60vh`; a plain number is px), before it scrolls
   * on its own. Overrides `--news-timeline-max-height`. By default it grows with its headlines.
   */
  maxHeight?: string;

  /**
   * Width in px to lay out at until the element can measure itself: on the server (see
   * `news-timeline/ssr`) and in the first frame. The measured width wins once known.
   */
  width?: number;

  /** Title and card heading levels: the card sits one level below the title, whatever is asked. */
  protected get headingLevels(): { title: number; card: number } {
    const title = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    return { title, card: title + 1 };
  }
}
