import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { themeTokens } from '../shared-styles.js';
import { MediaErrors, mediaStyles, renderMedia } from '../event-media.js';
import { AnnouncerController } from '../news-timeline/announcer-controller.js';
import { storyStyles } from './news-timeline-story.styles.js';
import { LocalizeController } from '../localize-controller.js';
import { eventCard } from '../news-event-card/card-template.js';
import { SwipeTracker } from './swipe.js';
import type { Timeline, TimelineEvent } from '../../model/types.js';

import { sortEvents, spanOf } from '../../model/sort.js';
import { listFormat } from '../../model/list-format.js';
import { FULL_DATE, formatDate } from '../../i18n/wording/date-formats.js';
import type { Translation } from '../../i18n/translation.js';
import { emit } from '../emit.js';

/**
 * A news timeline read one step at a time, as slides: a title card (title, summary, the opening
 * picture, publication), then each event in chronological order on its `<news-event-card>`, with
 * Previous and Next, the position ("4 of 15"), arrow keys, Page Up/Page Down, Home/End and swipes.
 * It follows the WAI-ARIA carousel pattern without rotation and without a focus trap: a region
 * named as a carousel, one slide group at a time named by its position, each step announced once
 * in a polite live region (its position and headline, never the whole card). Steps slide in
 * unless the reader prefers reduced motion.
 *
 * `<news-timeline mode="story">` shows it below the drawing, which follows the current event. It
 * also stands alone: give it a `timeline` (validated data, e.g. from `parseTimeline`).
 *
 * @summary A step-by-step reading of a news timeline: title card, then one event at a time.
 *
 * @fires {NewsTimelineStoryStepEvent} news-timeline-story-step - The reader moved to another step.
 *
 * @csspart base - The story region.
 * @csspart nav - The row with Previous, the position and Next.
 * @csspart button - Previous and Next (also `previous` and `next`).
 * @csspart position - "4 of 15".
 * @csspart slide - The current step.
 * @csspart title-card - The first step: title, summary, picture.
 * @csspart title - The title on the title card.
 * @csspart context - The era and background notes above an event's card.
 * @csspart media - A picture, video or audio with its caption (title card).
 * @csspart caption - A caption with its credit.
 *
 * @cssprop --news-timeline-surface - Card background.
 * @cssprop --news-timeline-border-color - Borders.
 * @cssprop --news-timeline-muted-color - Position, context and captions.
 */
export class NewsTimelineStory extends LitElement {
  /** Lit's static declarations, not decorators: see `NewsTimelineProperties.properties`. */
  static override properties = {
    timeline: { attribute: false },
    selected: { reflect: true },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    background: { attribute: false },
    direction: { state: true, attribute: false },
  };

  static override styles = [themeTokens, mediaStyles, storyStyles];

  /** The story: validated data (see `parseTimeline`). */
  timeline?: Timeline;

  /** Id of the event shown; none (or an unknown id) shows the title card. */
  selected?: string;

  /** BCP 47 locale; defaults to the nearest `lang`, then the data's language. */
  locale?: string;

  /** IANA zone times are told in; defaults to the timeline's. */
  timeZone?: string;

  /** Level of the title card's and the events' headings (2 to 6). */
  headingLevel = 3;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /**
   * Ids of the events the drawing gathers in its background band (no time of their own, or wide
   * context). Their cards say so; unset, events with no time of their own are the background.
   */
  background?: ReadonlySet<string>;

  /** Which way the last step went, for the slide-in. */
  private direction: 1 | -1 = 1;

  get #slide(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.slide') ?? undefined;
  }

  #order: TimelineEvent[] = [];
  #eraSpans: { label: string; start: number; end: number }[] = [];
  readonly #announcer = new AnnouncerController(this);
  readonly #localize = new LocalizeController(this, {
    fallbackLocale: () => this.timeline?.language,
  });
  readonly #mediaErrors = new MediaErrors(this);
  readonly #swipe = new SwipeTracker();
  /** Focus was inside the step that is being replaced: it moves to the new step. */
  #focusStep = false;
  /**
   * How far the reader scrolled the step where the story scrolls in its own box (a sheet). The
   * buttons stay in its corner (sticky) but sit at its foot in its flow: Tab to them scrolled the
   * sheet there, the headline out of sight. Scroll events come a frame late: a focus's is not in.
   */
  #top = 0;

  constructor() {
    super();
    this.addEventListener('scroll', () => (this.#top = this.scrollTop), { passive: true });
  }

  /** Steps in all: the title card and one per event. */
  get total(): number {
    return this.#order.length;
  }

  /** 0 on the title card, else the event's place in chronological order (1 to `total`). */
  get position(): number {
    if (!this.selected) return 0;
    return this.#order.findIndex((event) => event.id === this.selected) + 1;
  }

  /**
   * Focus goes to Next: the reader's next move, from where the arrow keys step at once and what
   * follows it is the step. `<news-timeline>`'s Story toggle calls it once the story is drawn.
   */
  override focus(options?: FocusOptions): void {
    const next = this.renderRoot?.querySelector<HTMLElement>('.next');
    if (next) next.focus(options);
    else super.focus(options);
  }

  /** Goes to the next event (from the title card, the first). */
  next(): void {
    this.#move(this.position + 1);
  }

  /** Goes to the previous event, or back to the title card. */
  previous(): void {
    this.#move(this.position - 1);
  }

  /** Goes to `position`: 0 for the title card, 1 to `total` for the events. */
  goTo(position: number): void {
    this.#move(position);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timeline') || changed.has('background')) {
      // As the drawing and the list read: the dated news, then the background, each in time order
      // (ten "by 14 June" cards had come before the news of the day).
      const news: TimelineEvent[] = [];
      const background: TimelineEvent[] = [];
      for (const event of sortEvents(this.timeline?.events ?? [])) {
        (this.#inBackground(event) ? background : news).push(event);
      }
      this.#order = news.concat(background);
    }
    if (changed.has('timeline')) {
      this.#eraSpans = (this.timeline?.eras ?? []).map((era) => {
        const span = spanOf(era.when);
        return { label: era.label, start: span.start, end: span.open ? Infinity : span.end };
      });
    }
    // A step the reader (or the page) moved to is said once; new data or the first view is not.
    if (changed.has('selected') && this.hasUpdated && !changed.has('timeline')) {
      const old = changed.get('selected');
      if ((old || undefined) !== (this.selected || undefined) && !this.#focusStep) {
        this.#announceStep();
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new step opens at its top: in a sheet (the story scrolls in its own box) a step read to its
    // foot left the next one as far, its headline 337 px out of sight. One chosen in the list view
    // (its row 5,000 px above) brings the story into view where none of it was; not one chosen in
    // the drawing, which the reader is looking at.
    if (changed.has('selected')) {
      this.scrollTop = this.#top = 0;
      const { top, bottom } = this.getBoundingClientRect();
      const from = (this.getRootNode() as ShadowRoot).activeElement;
      if ((bottom <= 0 || top >= innerHeight) && from?.matches('.list-event'))
        this.scrollIntoView();
    }
    if (this.#focusStep) {
      this.#focusStep = false;
      this.#slide?.focus();
    }
  }

  get #resolvedLocale(): string {
    return this.#localize.locale;
  }

  get #isRtl(): boolean {
    return this.#localize.dir === 'rtl';
  }

  get #zone(): string {
    return this.timeZone || this.timeline?.timeZone || 'UTC';
  }

  get #words(): Translation {
    return this.#localize.translation;
  }

  /** The step's name: "Introduction" or "4 of 15". */
  #stepName(position: number): string {
    const words = this.#words;
    return position === 0
      ? words.storyIntro
      : words.storyPosition(this.#localize.count(position), this.#localize.count(this.total));
  }

  #announceStep(): void {
    const position = this.position;
    const headline =
      position === 0 ? (this.timeline?.title ?? '') : this.#order[position - 1]!.headline;
    this.#announcer.announce(this.#words.storyAnnounce(this.#stepName(position), headline));
  }

  #move(to: number): void {
    if (!this.timeline) return;
    const from = this.position;
    const position = Math.min(this.total, Math.max(0, to));
    if (position === from) return;
    this.direction = position > from ? 1 : -1;
    // Focus inside the old step (a link on its card) would be lost with it: it goes to the step.
    const active = this.shadowRoot?.activeElement;
    this.#focusStep = Boolean(active && active !== this.#slide && this.#slide?.contains(active));
    const event = position === 0 ? undefined : this.#order[position - 1]!;
    this.selected = event?.id;
    emit(this, 'news-timeline-story-step', {
      position,
      total: this.total,
      event: event ?? null,
    });
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.shiftKey) return;
    // Players keep their own keys (seek, volume).
    if (event.composedPath()[0] instanceof HTMLMediaElement) return;
    const rtl = this.#isRtl;
    const position = this.position;
    let to: number | undefined;
    switch (event.key) {
      case rtl ? 'ArrowLeft' : 'ArrowRight':
      case 'PageDown':
        to = position + 1;
        break;
      case rtl ? 'ArrowRight' : 'ArrowLeft':
      case 'PageUp':
        to = position - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = this.total;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#move(to);
  }

  #onPointerUp(event: PointerEvent): void {
    const step = this.#swipe.up(event, this.#isRtl);
    if (step !== 0) this.#move(this.position + step);
  }

  override render(): TemplateResult | typeof nothing {
    const timeline = this.timeline;
    if (!timeline) return nothing;
    const words = this.#words;
    const position = this.position;
    const total = this.total;
    const event = position === 0 ? undefined : this.#order[position - 1];
    const name = this.#stepName(position);
    return html`<section
      part="base"
      class="story"
      lang=${this.#resolvedLocale}
      dir=${this.#isRtl ? 'rtl' : 'ltr'}
      aria-roledescription=${words.storyRole}
      aria-label=${words.storyLabel(timeline.title)}
      @keydown=${this.#onKeydown}
    >
      <div part="nav" class="nav" @focusin=${() => (this.scrollTop = this.#top)}>
        <button
          part="button previous"
          class="previous"
          type="button"
          aria-controls="slide"
          aria-disabled=${position === 0 ? 'true' : 'false'}
          @click=${() => this.#move(position - 1)}
        >
          ${words.previous}
        </button>
        <span part="position" class="position" aria-hidden="true"
          >${position === 0 ? words.storyEventCount(this.#localize.count(total)) : name}</span
        >
        <button
          part="button next"
          class="next"
          type="button"
          aria-controls="slide"
          aria-disabled=${position === total ? 'true' : 'false'}
          @click=${() => this.#move(position + 1)}
        >
          ${words.next}
        </button>
      </div>
      <div
        id="slide"
        part="slide"
        class="slide ${this.direction > 0 ? 'forward' : 'back'}"
        role="group"
        aria-roledescription=${words.stepRole}
        aria-label=${name}
        tabindex="-1"
        @pointerdown=${(e: PointerEvent) => this.#swipe.down(e)}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${() => this.#swipe.cancel()}
      >
        ${keyed(
          position,
          html`<div class="step">
            ${event ? this.#renderEvent(event, words) : this.#renderTitleCard(timeline, words)}
          </div>`,
        )}
      </div>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        ${this.#announcer.message}
      </div>
    </section>`;
  }

  get #level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
  }

  #renderTitleCard(timeline: Timeline, words: Translation): TemplateResult {
    // A publication time filled in by the parser (the latest event) is not the story's.
    const published = timeline.publishedDefaulted ? '' : this.#formatDate(timeline.published);
    const outlet = timeline.article?.outlet;
    return html`<div part="title-card" class="title-card">
      ${renderMedia(timeline.media, words, this.#mediaErrors)}
      <div part="title" class="title" role="heading" aria-level=${this.#level} dir="auto">
        ${timeline.title}
      </div>
      ${timeline.summary ? html`<p class="summary" dir="auto">${timeline.summary}</p>` : nothing}
      ${
        published
          ? html`<p class="meta">
              ${words.storyPublished(published)}${outlet ? html` · <span dir="auto">${outlet}</span>` : nothing}
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderEvent(event: TimelineEvent, words: Translation): TemplateResult {
    const context = this.#contextOf(event, words);
    return html`${
      context.length > 0
        ? html`<p part="context" class="context">
            ${context.map((text) => html`<span class="tag" dir="auto">${text}</span>`)}
          </p>`
        : nothing
    }
    ${eventCard(
      event,
      {
        timeZone: this.#zone,
        locale: this.#resolvedLocale,
        headingLevel: this.#level,
        theme: this.theme,
      },
      'card',
    )}`;
  }

  #inBackground(event: TimelineEvent): boolean {
    return this.background ? this.background.has(event.id) : event.when.precision === 'unspecified';
  }

  /** The background band and the eras an event falls in, as context above its card. */
  #contextOf(event: TimelineEvent, words: Translation): string[] {
    const context: string[] = [];
    if (this.#inBackground(event)) context.push(words.storyBackground);
    const span = spanOf(event.when);
    const end = span.open ? Infinity : span.end;
    const eras = this.#eraSpans.filter((era) => era.start <= end && era.end >= span.start);
    if (eras.length > 0) {
      const names = eras.map((era) => era.label);
      context.push(words.storyDuring(listFormat(this.#resolvedLocale).format(names)));
    }
    return context;
  }

  #formatDate(iso: string): string {
    const ms = spanOf({ start: iso, end: iso, precision: 'instant' }).start;
    if (Number.isNaN(ms)) return '';
    return formatDate(ms, { locale: this.#resolvedLocale, timeZone: this.#zone }, FULL_DATE);
  }
}
