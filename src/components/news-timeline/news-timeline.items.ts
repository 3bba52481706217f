/**
 * The drawn items of `<news-timeline>`: an event (its mark and headline) or a cluster, each one
 * `<li>` of the drawing's list, with the lengths it is drawn with and what its template reads.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { styleProperties } from '../style-properties.js';
import { categoryColor, markLook } from '../marks.js';
import type { LabelBox, ViewCluster, ViewEvent, ViewItem } from '../../layout/index.js';
import { itemKey, type Frame, type Orientation } from '../../layout/frame.js';
import { count, formatNumber } from '../../i18n/wording/date-formats.js';
import { estimateLabelWidth, LABEL_FONT_ESTIMATE_PX } from '../../layout/measure.js';
import type { TimelineEvent } from '../../model/types.js';
import { namedInView } from './accessible-names.js';
import { matchSlots, type SlotItem } from './item-slots.js';
import { drawInParts } from './ordered-parts.js';
import { renderThumbnail, thumbnailSrc } from '../event-thumbnail.js';
import {
  eventName,
  shortWhen,
  updatedMarker,
  type PlotContext,
} from './news-timeline.templates.js';

/** A cluster's count in its small mark: the locale's digits, no grouping separator. */
const MARK_COUNT: Intl.NumberFormatOptions = { useGrouping: false };

/** Lanes drawn side by side on the narrow vertical rail. */
const RAIL_LANES = 6;
/** The smallest target a drawn button makes (WCAG 2.2 target size), and the narrowest mark. */
const MIN_TARGET_PX = 24;
const MIN_MARK_PX = 12;
/** Between a cluster's badge and the span after it. */
const LABEL_GAP_PX = 6;

/** The CSS property that places things along the time axis. */
export function alongProperty(orientation: Orientation): 'inset-inline-start' | 'top' {
  return orientation === 'vertical' ? 'top' : 'inset-inline-start';
}

/**
 * The drawn events and clusters, each skipped while its own inputs stay the same. One directive
 * for the list keeps every item's last inputs, where a `guard` per item was one more directive to
 * create for each drawn item, and its inputs copied, on every first render.
 *
 * An item new to the drawing is drawn in the nodes of one that left where it can (`matchSlots`).
 */
class DrawnItems extends Directive {
  /** The drawn items in list order: key, kind, and the inputs each was last rendered with. */
  #drawn: readonly Drawn[] = [];
  /** What the whole list was last rendered with (`listInputs`). */
  #list: readonly unknown[] = [];

  render(context: PlotContext, frame: Frame, focusKey: string): unknown {
    return frame.items.map((item) => renderItem(context, item, focusKey));
  }

  override update(
    part: ChildPart,
    [context, frame, focusKey]: [PlotContext, Frame, string],
  ): unknown {
    // Lit's `guard` in the directive itself: the page bundle holds one directive less.
    const list = listInputs(context, frame, focusKey);
    if (sameInputs(this.#list, list)) return noChange;
    this.#list = list;
    const items = frame.items;
    const last = this.#drawn;
    const lastInputs = new Map(last.map((drawn) => [drawn.key, drawn.inputs]));
    const next = items.map((item): Drawn => {
      const key = itemKey(item);
      // An event a live update just added is a kind of its own: drawn in new nodes, it pulses
      // (a node that had pulsed for another added event would not pulse again). It keeps its
      // nodes when its highlight ends, and so keeps focus.
      const kind = context.revision(key) === 'new' ? `new ${key}` : item.kind;
      return { key, kind, inputs: itemInputs(context, item, key === focusKey) };
    });
    const unchanged = next.map(({ key, inputs }) => {
      const previous = lastInputs.get(key);
      return previous !== undefined && sameInputs(previous, inputs);
    });
    const focused = focusedKey(part);
    const fixed = next.map(({ key }, k) => unchanged[k]! || key === focused);
    const from = matchSlots(last, next, fixed, focused);
    const drawn = drawInParts(
      part,
      from,
      items.map((item, k) =>
        unchanged[k] && last[from[k]!]?.key === next[k]!.key
          ? noChange
          : renderItem(context, item, focusKey),
      ),
    );
    // Only once drawn: an item template that throws leaves the list of the parts that are there.
    this.#drawn = next;
    return drawn;
  }
}

/** The key of the drawn item that has focus, if one has: its nodes stay its own. */
function focusedKey(part: ChildPart): string {
  const root = part.parentNode.getRootNode() as Document | ShadowRoot;
  return root.activeElement?.getAttribute('data-key') ?? '';
}

/** A drawn item: its key and kind, and the inputs it was last rendered with. */
interface Drawn extends SlotItem {
  readonly inputs: readonly unknown[];
}

export const renderItems = directive(DrawnItems);

/**
 * Everything the drawn items depend on. A pan shown by moving the drawing, an announcement or the
 * wheel hint re-render the element with all of these unchanged, and then the items are skipped.
 */
function listInputs(context: PlotContext, frame: Frame, focusKey: string): unknown[] {
  return [frame, focusKey, context.drawing, context.labelEdge, context.shift];
}

export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, k) => value === b[k]);
}

/**
 * What one drawn item's template reads: the drawing, and its own place, label and focus. A layout
 * during a pan keeps most items where they were (`PlotContext.shift`), and they are then skipped:
 * no template values, names or styles are built or compared for them. Lengths are compared in the
 * 1/64 px they are written in (`px`).
 */
function itemInputs(context: PlotContext, item: ViewItem, focused: boolean): unknown[] {
  return [
    context.drawing,
    focused,
    sixtyFourths(item.p0 + context.shift),
    sixtyFourths(item.p1 - item.p0),
    item.lane,
    item.kind === 'cluster' ? item.count : 0,
    item.label?.p === undefined ? undefined : sixtyFourths(item.label.p - item.p0),
    item.label?.size,
    item.label?.lines,
    sixtyFourths(labelWidth(context, item)),
    // A line's place in the label (a cluster without one would redraw at each pan).
    item.label && sixtyFourths(lineInLabel(context, item)),
    namedNow(context, item, focused),
  ];
}

/**
 * Whether a drawn item gets its full name in this render. Names are built with Intl, costly per
 * item: items laid out beyond the view only as room to pan into get them when a layout finds them
 * in view, a large drawing's first paint does not wait for them, and a layout during a pan (the
 * drawing still shifted, `PlotContext.shift`) builds only the focused item's: the layout once the
 * pan settles names the rest. Until then items are named by what they show (vertically labels
 * are names).
 */
function namedNow(context: PlotContext, item: ViewItem, focused: boolean): boolean {
  return (
    context.fullNames &&
    namedInView(item, context.axisLength) &&
    (context.shift === 0 || focused || context.names.known(item))
  );
}

/**
 * A length in px, rounded to the 1/64 px layout works in: the frame of a pan's next layout gives
 * the items that stay the same positions up to rounding, and so the same styles.
 */
export function px(value: number): string {
  return `${sixtyFourths(value) / 64}px`;
}

/** A length in the 1/64 px of `px`. */
function sixtyFourths(value: number): number {
  return Math.round(value * 64);
}

/*
 * Per-item lengths are written on the elements that use them, as plain properties where they can
 * be: a custom property on the item would be inherited by every element inside it, and values
 * unique to each item (widths) kept the browser from sharing computed styles between the items'
 * buttons, marks and labels (measured: style recalculation of a 1,000-event first render about
 * halved). The vertical layout, a zero-size anchor with a rail and a label row, keeps them as
 * custom properties of the item.
 */

/**
 * The item's classes: horizontally, its lane and the lines of wrapped labels in the lanes above,
 * which push it down a line each (their rules are in the element's styles).
 */
function itemClass(context: PlotContext, item: ViewItem, vertical: boolean): string {
  if (vertical) return 'item';
  return `item lane-${item.lane} lines-${context.story.linesBefore[item.lane] ?? 0}`;
}

/** The item's own style: its place and, horizontally, its width (vertically, its lane too). */
function itemStyle(
  context: PlotContext,
  item: ViewItem,
  vertical: boolean,
): Record<string, string> {
  const event =
    item.kind === 'event' ? context.loadedTimeline.timeline.events[item.item.i] : undefined;
  const category =
    context.colorByCategory && event?.category
      ? context.loadedTimeline.categories.indexOf(event.category)
      : -1;
  const width = markWidth(item);
  const style: Record<string, string> = {
    // The position along the axis changes every frame of a pan: it is set as a plain property,
    // because a custom property would restyle every descendant that inherits it.
    [alongProperty(context.orientation)]: px(item.p0 + context.shift),
  };
  if (category >= 0) style['--_mark-color'] = categoryColor(category);
  if (vertical) {
    // The rail is narrow: deeper lanes share its last column (the labels carry the meaning).
    style['--_lane'] = `${Math.min(item.lane, RAIL_LANES - 1)}`;
    style['--_w'] = px(width);
    // How far the label row is pushed below its mark (above it, against a zoomed view's end).
    // Down, every item has its row: 'stacked' labels them all (`stackedLabel`).
    const drift = item.label!.p - item.p0;
    style['--_drift'] = px(drift);
    // The leader from the mark's top to the row's first line then runs up, not down.
    if (drift < -6) style['--_leader'] = 'bottom';
    style['--_label'] = px(item.label!.size);
  } else {
    // The button spans its mark and its label, and is a target of at least 24 px.
    const content = item.kind === 'event' ? Math.max(width, labelEnd(context, item)) : width;
    style.width = px(Math.max(content, MIN_TARGET_PX));
  }
  return style;
}

/** Width of the drawn mark: the span's length along the axis. */
function markWidth(item: ViewItem): number {
  return Math.max(0, item.p1 - item.p0);
}

/** A horizontal label stops at the edge of the view, so its ellipsis stays visible there. */
function labelWidth(context: PlotContext, item: ViewItem): number {
  return item.label ? Math.min(item.label.size, context.labelEdge - item.label.p) : 0;
}

/**
 * Where a horizontal label ends, from the item's start: a label moved on to the view's near edge
 * (`fitLabels`) starts after the mark, and the button reaches to its end.
 */
function labelEnd(context: PlotContext, item: ViewItem): number {
  return item.label ? Math.max(0, item.label.p - item.p0) + labelWidth(context, item) : 0;
}

/** The horizontal mark of an event, at least 12 px wide so that an instant shows. */
function eventMarkStyle(context: PlotContext, item: ViewItem): Record<string, string> {
  return context.orientation === 'vertical'
    ? {}
    : { width: px(Math.max(markWidth(item), MIN_MARK_PX)) };
}

/**
 * The horizontal label's width and, near the far edge, how far it starts before its mark so that
 * it ends at the edge.
 */
function labelStyle(context: PlotContext, item: ViewItem, box: LabelBox): Record<string, string> {
  if (context.orientation === 'vertical') return {};
  const shift = box.p - item.p0;
  const width = labelWidth(context, item);
  const style: Record<string, string> = {};
  // A label starting beyond the edge (laid out as room to pan into) is not cut: a negative width
  // is no width, and the browser would keep the one it had (the nodes may have drawn another item).
  if (width >= 0) style['max-width'] = px(width);
  if (shift !== 0) style['--_label-shift'] = px(shift);
  const line = lineInLabel(context, item);
  if (line < Infinity) style['--_line'] = px(line - 2);
  return style;
}

/**
 * Where the publication line or an era's edge runs across a horizontal label, px from its start
 * (Infinity: none does): the label breaks it (styles: `.label`), as it struck the words through.
 */
function lineInLabel(context: PlotContext, item: ViewItem): number {
  const width = labelWidth(context, item);
  return (
    context.lines.map((line) => line - item.label!.p).find((line) => line > -4 && line < width) ??
    Infinity
  );
}

/**
 * A cluster holding the open event, or story mode's current one: marked as the event would be (a
 * 61-event saga's step 40, in a cluster of 29, showed nowhere in the drawing).
 */
function holdsSelected(context: PlotContext, item: ViewCluster): boolean {
  const { selected } = context;
  return !!selected && item.members.some((m) => m.id === selected);
}

/*
 * The item templates have no white space between tags and only the bindings they need (hence
 * prettier-ignore: the formatter would put white space back). Every drawn item is cloned from one
 * of them, and white-space text nodes and Lit's comment markers were three of every four nodes of
 * a drawing (1,500 of 2,000 at 100 events), all cloned, inserted and walked by style and layout
 * before the first paint.
 */
function renderItem(context: PlotContext, item: ViewItem, focusKey: string): TemplateResult {
  const key = itemKey(item);
  const vertical = context.orientation === 'vertical';
  const style = styleProperties(itemStyle(context, item, vertical));
  const className = itemClass(context, item, vertical);
  const tabindex = key === focusKey ? 0 : -1;
  const inView = vertical || namedNow(context, item, key === focusKey);
  if (item.kind === 'cluster') {
    const label = inView
      ? context.names.cluster(item)
      : context.drawingWords.cluster(count(item.count, context.locale), '…');
    const name = `${label}. ${context.drawingWords.clusterHint}`;
    const current = holdsSelected(context, item) || nothing;
    // prettier-ignore
    return vertical
      ? html`<li class=${className} style=${style}><span class="mark" data-look="soft"
          aria-hidden="true" data-current=${current}></span><button part="cluster" class="cluster" type="button"
          data-key=${key} tabindex=${tabindex} aria-label=${name} aria-current=${current}><span class="label" aria-hidden="true">${label}</span></button></li>`
      : html`<li class=${className} style=${style}><button part="cluster" class="cluster" type="button"
          data-key=${key} tabindex=${tabindex} aria-label=${name} aria-current=${current}><span class="mark" data-look="cluster" aria-hidden="true"
          >${formatNumber(item.count, context.locale, MARK_COUNT)}</span>${inView && item.label ? clusterSpan(context, item, item.label) : nothing}</button></li>`;
  }
  const event = context.loadedTimeline.timeline.events[item.item.i]!;
  const look = markLook(event.when);
  // A boolean in an attribute binding is written as its string, "true" or "false". An event's
  // key is its id (`itemKey`).
  const expanded = context.selected === key;
  const controls = expanded ? 'detail' : nothing;
  const label = item.label ? renderLabel(context, item, item.label, event) : nothing;
  const buttonClass = `event${(item.label?.lines ?? 1) > 1 ? ' two-lines' : ''}`;
  const name = inView ? eventName(context, item.item.i, event) : event.headline;
  const revision = context.revision(key) ?? nothing;
  // One template for both orientations (a server drawing hydrated at a narrow width turns
  // vertical and keeps its nodes), and one mark: above the label across, on the rail down. It
  // follows the button, so that the open event's outline can find it (`.event + .mark`).
  // prettier-ignore
  return html`<li class=${className} data-revision=${revision} style=${style}><button part="event"
    class=${buttonClass} type="button" data-key=${key} data-id=${key} tabindex=${tabindex}
    aria-label=${name} aria-expanded=${expanded} aria-controls=${controls}>${label}</button><span
    class="mark" data-look=${look} aria-hidden="true" style=${styleProperties(eventMarkStyle(context, item))}
    ></span></li>`;
}

/**
 * After a horizontal cluster's badge, the span its events cover ("19 September 2013 – 12 August
 * 2014"), when the room after it holds the words whole (estimated wide): the badge alone said how
 * many, not when. Within that room, as a headline within its own (a page's larger font than the
 * estimate's ends it in an ellipsis, not cut off by the drawing's edge).
 */
function clusterSpan(
  context: PlotContext,
  item: ViewCluster,
  box: LabelBox,
): TemplateResult | typeof nothing {
  const text = context.names.span(item);
  const badge = Math.max(markWidth(item), MIN_TARGET_PX) + LABEL_GAP_PX;
  return badge + estimateLabelWidth(text, LABEL_FONT_ESTIMATE_PX, Infinity) > box.size
    ? nothing
    : html`<span
        class="label"
        aria-hidden="true"
        style=${styleProperties({ 'max-width': px(box.size - badge) })}
        ><bdi>${text}</bdi></span
      >`;
}

/** The headline a drawn event shows, after its time (vertical), picture and "Updated" badge. */
function renderLabel(
  context: PlotContext,
  item: ViewEvent,
  box: LabelBox,
  event: TimelineEvent,
): TemplateResult {
  const vertical = context.orientation === 'vertical';
  const before = vertical
    ? html`<span class="label-when">${shortWhen(context, item.item)}</span> `
    : labelThumbnail(context, item, box, event);
  const marker = updatedMarker(context, event.id);
  // One binding for the usual label, the headline alone. After a date or a marker the headline
  // is isolated: the label takes its direction from them (the page's language), and an English
  // headline starting with a number in an Arabic drawing read "basiji 1,500 forces" unisolated.
  // After a thumbnail alone it is not: the label then takes the headline's own direction.
  const text =
    before === nothing && marker === nothing
      ? event.headline
      : vertical || marker !== nothing
        ? html`${before}${marker}<bdi>${event.headline}</bdi>`
        : html`${before}${event.headline}`;
  // prettier-ignore
  return html`<span part="label" class="label" aria-hidden="true" dir="auto"
    style=${styleProperties(labelStyle(context, item, box))}>${text}</span>`;
}

/**
 * The thumbnail before a horizontal label, when asked for and there is room: only a label that
 * got the whole width it was packed with (which counts the thumbnail), so the headline is never
 * cut for a picture.
 */
function labelThumbnail(
  context: PlotContext,
  item: ViewEvent,
  box: LabelBox,
  event: TimelineEvent,
): TemplateResult | typeof nothing {
  const plan = context.thumbnails ? context.story.labels?.get(item.item.i) : undefined;
  const src =
    plan && !plan.cut && box.size >= plan.width - 1 ? thumbnailSrc(event.media) : undefined;
  return src ? renderThumbnail(src) : nothing;
}
