/**
 * The templates of what frames the events: the background band (events with no time of their own
 * and context spans, gathered out of the lanes), the publication line and the eras behind the
 * events. Stateless; the element passes in the frame and what the reader's actions call.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProperties } from '../style-properties.js';
import { markLook } from '../marks.js';
import { count } from '../../i18n/wording/date-formats.js';
import { describePublication } from '../../i18n/wording/publication.js';
import type { IndexedEvent } from '../../layout/index.js';
import {
  eraSpans,
  layoutStoryMarks,
  viewSpansYears,
  type MarksLayout,
} from '../../layout/compose.js';
import type { Frame } from '../../layout/frame.js';
import { alongProperty } from './news-timeline.items.js';
import { scrollIntoViewAboveSheet } from './navigation-controller.js';
import {
  eventName,
  shortWhen,
  updatedMarker,
  type PlotContext,
} from './news-timeline.templates.js';

/**
 * "Published Sat 14 June at 12:00", and the latest revision when there was one; in a drawing
 * whose view reaches into a second year (`frame`), with its year.
 */
function publicationText(context: PlotContext, frame?: Frame): string {
  const { locale, timeZone, loadedTimeline: loaded } = context;
  return describePublication(loaded.timeline, context.drawingWords, {
    locale,
    timeZone,
    years: loaded.years || (!!frame && viewSpansYears(frame.scale, timeZone)),
  });
}

/** Where eras and the publication line go in this frame. */
export function layoutMarks(context: PlotContext, frame: Frame): MarksLayout {
  return layoutStoryMarks({
    eras: eraSpans(context.loadedTimeline.timeline),
    published: context.loadedTimeline.published,
    publishedLabel: frame.publishedLabel,
    publicationText: () => publicationText(context, frame),
    project: (t) => frame.scale(t),
    length: context.axisLength,
    vertical: context.orientation === 'vertical',
  });
}

/** Era bands behind the events and the publication line, inside the plot. */
export function renderMarks(context: PlotContext, marks: MarksLayout): TemplateResult {
  const along = alongProperty(context.orientation);
  const size = context.orientation === 'vertical' ? 'height' : 'width';
  const eras = context.loadedTimeline.timeline.eras;
  const published = marks.published;
  return html`
    ${marks.eras.map(
      (era) =>
        html`<div
          part="era"
          class=${era.cut ? 'era cut' : 'era'}
          aria-hidden="true"
          style=${styleProperties({ [along]: `${era.p0}px`, [size]: `${era.p1 - era.p0}px`, '--_era-row': `${era.row}` })}
        >
          ${
            era.label
              ? html`<span
                  part="era-label"
                  class="era-label"
                  dir="auto"
                  style=${styleProperties({ '--_label': `${era.label.size}px` })}
                  >${eras[era.i]!.label}</span
                >`
              : nothing
          }
        </div>`,
    )}
    ${
      published
        ? html`<div
            part="published"
            class="published"
            aria-hidden="true"
            style=${styleProperties({
              [along]: `${published.p}px`,
              // Vertically, how far below its line the label's row is (the step down to it).
              '--_drop': `${(published.labelAt ?? 0) - published.p}px`,
            })}
          >
            ${
              published.labelAt !== null
                ? html`<span
                    class="published-label"
                    style=${styleProperties({ [along]: `${published.labelAt - published.p}px` })}
                    >${published.text}</span
                  >`
                : nothing
            }
          </div>`
        : nothing
    }
  `;
}

export interface BandOptions {
  open: boolean;
  toggle: () => void;
  select: (item: IndexedEvent) => void;
  /** The open event's card, under its row when the event is the band's. */
  detail: unknown;
  /** Keydown in the band: its toggle, rows and card (Escape closes the card). */
  onKeydown: (event: KeyboardEvent) => void;
}

/** "9 – 14 June 2014, background and time not given: 10 events", or undefined with no band. */
export function bandLabel(context: PlotContext): string | undefined {
  const band = context.loadedTimeline.index.band;
  // An empty band has no span.
  if (!band.span) return undefined;
  const kind = band.context === 0 ? 'undated' : band.undated === 0 ? 'context' : 'mixed';
  return context.drawingWords.backgroundBand(
    count(band.items.length, context.locale),
    // Its span in days: the background's times of day are the bounds of what was not said.
    context.names.range(band.span[0], band.span[1], true),
    kind,
  );
}

/**
 * The background band: a labelled toggle and, open, every headline in full with its time. Its
 * `aria-expanded` bindings take booleans: Lit writes "true" or "false".
 */
export function renderBand(context: PlotContext, options: BandOptions): TemplateResult {
  const label = bandLabel(context);
  if (label === undefined) return html``;
  const { loadedTimeline: loaded } = context;
  const band = loaded.index.band;
  // A row or the toggle that Tab reaches comes out from under a story's sheet, which rests after
  // the band and is stuck over it at the screen's foot; one a pointer pressed stays under it (moved
  // between the press and the release, the click fell on another row).
  return html`<section
    part="band"
    class="band"
    aria-label=${label}
    @keydown=${options.onKeydown}
    @focusin=${({ target }: { target: Element }) => {
      if (target.matches(':focus-visible')) scrollIntoViewAboveSheet(target);
    }}
  >
    <button
      part="band-toggle"
      class="band-toggle"
      type="button"
      aria-expanded=${options.open}
      aria-controls="band-events"
      @click=${options.toggle}
    >
      <span class="band-chevron" aria-hidden="true">${options.open ? '▾' : '▸'}</span>
      <span>${label}</span>
    </button>
    <ol id="band-events" part="band-events" class="band-events" ?hidden=${!options.open}>
      ${band.items.map((item) => {
        const event = loaded.timeline.events[item.i]!;
        const expanded = context.selected === event.id;
        const when = shortWhen(context, item);
        // An open row and its card across the band's columns, the rows before it above. (The
        // class is not `open`: the page bundle renames that property, scripts/bundle.mjs.)
        const open = expanded && options.detail !== nothing;
        return html`<li class=${open ? 'wide' : ''}>
          <button
            part="band-event"
            type="button"
            class="band-event"
            data-id=${event.id}
            aria-label=${
              // Vertically, a name starts with the row's date (AccessibleNames.event) already.
              `${context.orientation == 'vertical' ? '' : when + ' '}${eventName(context, item.i, event)}`
            }
            aria-expanded=${expanded}
            aria-controls=${expanded ? 'detail' : nothing}
            @click=${() => options.select(item)}
          >
            <span
              class="mark band-mark"
              data-look=${markLook(event.when)}
              aria-hidden="true"
            ></span>
            <span class="band-when">${when}</span>
            <span part="label" class="band-headline" dir="auto"
              >${updatedMarker(context, event.id)}${event.headline}</span
            >
          </button>
          ${open ? options.detail : nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}

/** Rows the list view adds among the events: the eras where they begin, and the publication. */
export function listMarks(context: PlotContext): { at: number; text: string; kind: string }[] {
  const rows = eraSpans(context.loadedTimeline.timeline).map(({ label, start, end }) => ({
    at: start,
    text: context.drawingWords.era(label, context.names.range(start, end ?? start)),
    kind: 'era',
  }));
  const t = context.loadedTimeline.published;
  if (t !== null) rows.push({ at: t, text: publicationText(context), kind: 'published' });
  return rows.sort((a, b) => a.at - b.at);
}
