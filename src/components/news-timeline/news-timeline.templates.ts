/**
 * The templates of the drawing and of the list view: what one frame of layout looks like in the
 * DOM. Stateless; the element passes in the frame and what the reader's actions should call.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProperties } from '../style-properties.js';
import type { IndexedEvent, ViewItem } from '../../layout/index.js';
import { itemKey, type Frame, type Orientation } from '../../layout/frame.js';
import type { DrawingWords } from '../../i18n/translation.js';
import { count } from '../../i18n/wording/date-formats.js';
import type { StoryLayout } from '../../layout/story.js';
import type { TimelineEvent } from '../../model/types.js';
import type { AccessibleNames } from './accessible-names.js';
import { shortWhenOf } from './short-when.js';
import type { LoadedTimeline } from './data-controller.js';
import { bandLabel, layoutMarks, listMarks, renderMarks } from './news-timeline.story.js';
import { alongProperty, px, renderItems } from './news-timeline.items.js';
import { inOrder } from './ordered-parts.js';

export interface PlotContext {
  loadedTimeline: LoadedTimeline;
  drawingWords: DrawingWords;
  names: AccessibleNames;
  locale: string;
  timeZone: string;
  orientation: Orientation;
  axisLength: number;
  /** Where labels must stop along the axis: the view's end, or the overscan's while panning. */
  labelEdge: number;
  /**
   * px added to the frame's positions of events and ticks, which are placed in the pan's origin
   * (`PanLayer`): a layout during a pan leaves the items that stay as they were.
   */
  shift: number;
  /**
   * Horizontally, where the publication line and the eras' edges stand in the frame, px (NaN for
   * none): a label they cross breaks them.
   */
  lines: number[];
  /** False for the first paint of a large drawing: accessible names follow right after it. */
  fullNames: boolean;
  /** Lanes and label plans of the first view. */
  story: StoryLayout;
  colorByCategory: boolean;
  /** Show a small picture at the start of labels that have room for it (`media-thumbnails`). */
  thumbnails: boolean;
  selected: string | undefined;
  /** Enter or click on a drawn event or cluster. */
  open: (item: ViewItem) => void;
  /** A drawn item took focus. */
  focused: (item: ViewItem) => void;
  /** Enter or click on a row of the list view. */
  select: (item: IndexedEvent) => void;
  /** What live updates did to an event: just added, or changed since the story was opened. */
  revision: (id: string) => 'new' | 'updated' | undefined;
  /** Changes whenever `revision` may answer differently. */
  revisionGeneration: number;
  /** Changes whenever `drawingDependencies` do. */
  drawing: number;
}

/** The "Updated" badge before a changed event's headline (the name says it at its end). */
export function updatedMarker(context: PlotContext, id: string): TemplateResult | typeof nothing {
  return context.revision(id) === 'updated'
    ? html`<span part="updated-marker" class="updated-marker"
        >${context.drawingWords.updatedMarker}</span
      > `
    : nothing;
}

/** An event's accessible name, with "Updated" at its end when a live update changed it. */
export function eventName(context: PlotContext, i: number, event: TimelineEvent): string {
  const name = context.names.event(i, event);
  return context.revision(event.id) === 'updated'
    ? `${name}${context.drawingWords.sentenceSeparator}${context.drawingWords.updatedMarker}`
    : name;
}

export function renderPlot(
  context: PlotContext,
  frame: Frame,
  options: {
    focusKey: string;
    hintVisible: boolean;
    onKeydown: (event: KeyboardEvent) => void;
    /** CSS max-height of the drawing (the `max-height` attribute); it scrolls beyond. */
    maxHeight?: string;
    /** Taller than most of the screen (`ResizeController.tall`): the detail after it is a sheet. */
    tall: boolean;
  },
): TemplateResult {
  const { drawingWords: words, orientation, story } = context;
  const along = alongProperty(orientation);
  const marks = layoutMarks(context, frame);
  // A row under the axis for the publication label and one per row of era labels.
  const publishedRows = marks.published ? 1 : 0;
  const plotStyle = {
    '--_length': `${context.axisLength}px`,
    '--_lanes': `${Math.max(1, story.index.laneCount)}`,
    '--_extra-lines': `${story.extraLines}`,
    '--_mark-rows': `${orientation === 'vertical' ? 0 : publishedRows + marks.eraRows}`,
    '--_published-rows': `${publishedRows}`,
    // CSSOM names, not camelCase: `style.setProperty('maxHeight')` would set nothing.
    ...(options.maxHeight ? { 'max-height': options.maxHeight } : {}),
  };
  const tall = options.tall ? ' tall' : '';
  const horizontal = orientation === 'horizontal';
  // The axis's layer: its ticks' grid lines and, `labelled`, their words. A major tick with a
  // date context ("Fri 13 Jun" at midnight) says the date, not "00:00". A label that would cross
  // the far edge is left out (`Frame.tickLabels`, a boolean per tick); its grid line stays.
  const axis = (labelled: boolean) =>
    html`<div
      part="axis"
      class="axis"
      data-pan-layer
      data-pan-origin
      aria-hidden="true"
      data-granularity=${frame.granularity}
    >
      ${inOrder(
        frame.ticks,
        // Keyed by instant: a tick that stays in a new layout (another width, a zoom) keeps its
        // node, so it moves rather than turning into another tick (no layout shift for it).
        (tick) => tick.t,
        (tick, k) =>
          html`<span
            part="tick"
            class="tick ${tick.major ? 'major' : ''}"
            style=${styleProperties({ [along]: px(tick.p + context.shift) })}
            >${labelled && frame.tickLabels[k] ? (tick.context ?? tick.label) : ''}</span
          >`,
      )}
      ${frame.cuts.map(
        // The time column jumps there, and the hatch says so.
        ([from, to]) =>
          html`<i
            class="cut"
            style=${styleProperties({ top: px(from + context.shift), height: px(to - from) })}
          ></i>`,
      )}
    </div>`;
  return html`
    <div part="plot" class="plot ${orientation}${tall}" style=${styleProperties(plotStyle)}>
      <div><div class="height"></div></div>
      ${
        // Across, the ticks' words are a strip of their own over the events, which sticks to the
        // top of the screen while the drawing scrolls under it (news-timeline.axis.styles.ts);
        // their grid lines stay under the events. With the caption (across only, frame.ts).
        horizontal
          ? html`<div class="tick-row">
              ${axis(true)}
              ${
                frame.caption === undefined
                  ? nothing
                  : html`<span part="axis-caption" class="axis-caption" aria-hidden="true"
                      >${frame.caption}</span
                    >`
              }
            </div>`
          : nothing
      }
      ${axis(!horizontal)}
      <div class="marks" data-pan-layer>${renderMarks(context, marks)}</div>
      <ol
        part="events"
        class="events"
        data-pan-layer
        data-pan-origin
        aria-label=${words.eventsLabel(context.loadedTimeline.timeline.title)}
        @keydown=${options.onKeydown}
        @click=${(event: Event) => withItem(frame, event, context.open)}
        @focusin=${(event: Event) => withItem(frame, event, context.focused)}
      >
        ${renderItems(context, frame, options.focusKey)}
      </ol>
      <p class="wheel-hint" ?hidden=${!options.hintVisible} aria-hidden="true">
        ${words.wheelHint}
      </p>
    </div>
  `;
}

/**
 * Calls `act` with the drawn item whose button an event came from. The drawing's list listens for
 * its items (delegation): two listeners and two closures per item were a share of every render
 * that creates items, the first one and the one after each zoom.
 */
function withItem(frame: Frame, event: Event, act: (item: ViewItem) => void): void {
  const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
  // No key (a click beside the buttons) matches no item: keys are strings.
  const item = frame.items.find((candidate) => itemKey(candidate) === key);
  if (item) act(item);
}

/**
 * What every drawn item depends on besides its own place: `PlotView` numbers each distinct list
 * (`PlotContext.drawing`), so an item compares one number for all of it.
 */
export function drawingDependencies(context: PlotContext): unknown[] {
  return [
    context.loadedTimeline,
    context.drawingWords,
    context.names,
    context.locale,
    context.timeZone,
    context.orientation,
    context.axisLength,
    context.fullNames,
    context.story,
    context.revisionGeneration,
    context.colorByCategory,
    context.thumbnails,
    context.selected,
  ];
}

export const shortWhen = (context: PlotContext, item: IndexedEvent): string =>
  shortWhenOf(context.loadedTimeline, item.i, context);

export function renderList(
  context: PlotContext,
  options: {
    shown: number;
    showMore: () => void;
    onKeydown: (event: KeyboardEvent) => void;
    /** The open event's detail: under its row, where a reader (and a screen reader) is. */
    detail: unknown;
  },
): TemplateResult {
  const { loadedTimeline: loaded, drawingWords: words } = context;
  // As the drawing reads: the dated news in time order, then the background band's events under
  // the band's own heading (the band is empty unless the index gathered one, and then `dated` is
  // all of the index).
  const { dated, band } = loaded.index;
  const items = [...dated.items, ...band.items];
  const firstOfBand = band.items[0];
  const shown = items.slice(0, options.shown);
  // The open event's row may not be there: past the rows shown ("show more"), or removed by a
  // newer version of the story (its card then says so). Its detail then follows the list.
  const inRow = shown.some((item) => item.id === context.selected);
  const marks = listMarks(context);
  let nextMark = 0;
  /** Era and publication rows due before an event starting at `start` (all of them at the end). */
  const marksBefore = (start: number) => {
    const rows: TemplateResult[] = [];
    while (nextMark < marks.length && marks[nextMark]!.at <= start) {
      const mark = marks[nextMark++]!;
      rows.push(
        html`<li class="list-mark list-${mark.kind}" part="list-${mark.kind}">${mark.text}</li>`,
      );
    }
    return rows;
  };
  return html`<ol
      part="list"
      class="list"
      aria-label=${words.eventsLabel(loaded.timeline.title)}
      @keydown=${options.onKeydown}
    >
      ${shown.map((item) => {
        const event = loaded.timeline.events[item.i]!;
        // A boolean binding: Lit writes `aria-expanded` as "true" or "false".
        const expanded = context.selected === event.id;
        return html`${
            item === firstOfBand
              ? html`${marksBefore(Number.POSITIVE_INFINITY)}
                  <li class="list-mark list-band" part="list-band">${bandLabel(context)}</li>`
              : marksBefore(item.start)
          }
          <li>
            <button
              type="button"
              class="list-event"
              data-id=${event.id}
              aria-expanded=${expanded}
              aria-controls=${expanded ? 'detail' : nothing}
              @click=${() => context.select(item)}
            >
              <span class="list-when">${shortWhen(context, item)}</span>
              <span class="list-headline" dir="auto"
                >${updatedMarker(context, event.id)}${event.headline}</span
              >
            </button>
            ${
              // Read as the list is: headline, then what happened. Outside the button, whose name
              // stays the headline.
              event.summary
                ? html`<p class="list-summary" dir="auto">${event.summary}</p>`
                : nothing
            }
            ${expanded ? options.detail : nothing}
          </li>`;
      })}
      ${shown.length === items.length ? marksBefore(Number.POSITIVE_INFINITY) : nothing}
    </ol>
    ${
      items.length > shown.length
        ? html`<button part="button" type="button" @click=${options.showMore}>
            ${words.showMore(count(Math.min(items.length - shown.length, options.shown), context.locale))}
          </button>`
        : nothing
    }${inRow ? nothing : options.detail}`;
}
