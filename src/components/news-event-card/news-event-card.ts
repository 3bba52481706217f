import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { themeTokens } from '../shared-styles.js';
import { eventCardStyles } from './news-event-card.styles.js';
import type { Precision, TimelineEvent, When } from '../../model/types.js';
import type { Translation } from '../../i18n/translation.js';
import { deriveConfidence } from '../../model/confidence.js';
import { safeHref } from '../../model/safe-url.js';
import { describeWhen } from '../../i18n/wording/describe-when.js';
import { describePlace, describeSource } from '../../i18n/wording/describe-event.js';
import {
  describeActor,
  describeConfidence,
  describeQuantity,
  precisionLabel,
} from '../../i18n/wording/describe-details.js';
import { formatMoment } from '../../i18n/wording/date-formats.js';
import { parseInstant } from '../../model/zoned.js';
import { LocalizeController } from '../localize-controller.js';
import { MediaErrors, mediaStyles, renderMedia } from '../event-media.js';

/**
 * Precisions the time in words (`describeWhen`) does not name: "Friday 13 June 2014 at 15:00" may
 * be exact or to the minute, and "between 14:30 and 15:30" an hour's span.
 */
const CLOCK_PRECISIONS = new Set<Precision>(['instant', 'minute', 'hour']);

/**
 * One event of a news timeline, told in full: headline, the time in words beside the reporter's own
 * words and their precision, places, people and groups, numbers, sources with their verbs, the
 * confidence that follows from them, and the excerpt of the article. `<news-timeline>` shows it as
 * its detail view; it also stands alone, e.g. in an article's sidebar.
 *
 * @summary The detail card of one timeline event.
 *
 * @csspart base - The wrapper, carrying the card's `lang` and `dir`.
 * @csspart headline - The event's headline.
 * @csspart when - The time in words.
 * @csspart planned - The "Planned" mark of an event that had not happened at publication.
 * @csspart facts - The list of places, people, numbers and sources.
 * @csspart excerpt - The quoted sentence of the article.
 * @csspart media - A picture, video or audio with its caption (a `<figure>`).
 * @csspart image - The picture.
 * @csspart caption - The caption with the credit.
 * @csspart credit - Who made the picture, for whom.
 * @csspart media-failed - The note shown in place of a picture that could not be loaded.
 *
 * @cssprop --news-timeline-surface - Card background.
 * @cssprop --news-timeline-color - Text colour.
 * @cssprop --news-timeline-muted-color - Secondary text colour.
 * @cssprop --news-timeline-accent - Links and the excerpt rule.
 * @cssprop --news-timeline-border-color - Card border.
 * @cssprop --news-timeline-font-family - Font family.
 */
export class NewsEventCard extends LitElement {
  /** Lit's static declarations, not decorators: see `NewsTimelineProperties.properties`. */
  static override properties = {
    event: { attribute: false },
    timeZone: { attribute: 'time-zone' },
    locale: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
  };

  static override styles = [themeTokens, mediaStyles, eventCardStyles];

  /** The event to show. Its strings are rendered as text, never as HTML. */
  event?: TimelineEvent;

  /** IANA zone the time is told in; the timeline's zone, so "Friday" means Friday there. */
  timeZone = 'UTC';

  /**
   * BCP 47 locale for dates, numbers and the card's words; defaults to the nearest `lang`, then
   * English. Words come from the registered translation (see `registerTranslation`).
   */
  locale?: string;

  /** Level of the headline, so the card fits the host page's outline (2 to 6). */
  headingLevel = 3;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  readonly #localize = new LocalizeController(this);
  readonly #mediaErrors = new MediaErrors(this);

  override render() {
    const event = this.event;
    if (!event) return nothing;
    const locale = this.#localize.locale;
    const words = this.#localize.translation;
    const confidence = deriveConfidence(event.sources);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<div part="base" lang=${locale} dir=${this.#localize.dir}>
      <div role="heading" aria-level=${level} class="headline" part="headline" dir="auto">
        ${event.headline}
      </div>
      ${renderMedia(event.media, words, this.#mediaErrors)}
      ${event.summary ? html`<p class="summary" dir="auto">${event.summary}</p>` : nothing}
      <dl part="facts">
        <dt>${words.when}</dt>
        <dd part="when">
          ${event.planned ? html`<span class="planned" part="planned">${words.planned}</span> ` : nothing}
          ${describeWhen(event.when, { locale, timeZone: this.timeZone })}
          ${this.#renderWhenNote(event.when, words, locale)}
        </dd>
        ${this.#renderList(
          words.places,
          event.places.map((place) => describePlace(place, locale)),
        )}
        ${this.#renderList(
          words.actors,
          event.actors.map((actor) => describeActor(actor, locale)),
        )}
        ${this.#renderList(
          words.quantities,
          event.quantities.map((quantity) => describeQuantity(quantity, locale)),
        )}
        <dt>${words.sources}</dt>
        <dd>
          ${
            event.sources.length
              ? html`<ul>
                  ${event.sources.map((source) => {
                    const href = safeHref(source.url);
                    const text = describeSource(source, locale);
                    return html`<li>
                      ${
                        href
                          ? html`<a href=${href} rel="noopener noreferrer" target="_blank"
                              >${text}</a
                            >`
                          : text
                      }
                    </li>`;
                  })}
                </ul>`
              : words.noSources
          }
        </dd>
        ${
          // With no source, the sources' row has said so: the badge would say it again.
          confidence === 'unsourced'
            ? nothing
            : html`<dt>${words.confidence}</dt>
                <dd><span class="confidence">${describeConfidence(confidence, locale)}</span></dd>`
        }
        ${this.#renderList(
          words.corrections,
          (event.corrections ?? []).map(
            (correction) =>
              `${formatMoment(parseInstant(correction.at), { locale, timeZone: this.timeZone })}: ${correction.note}`,
          ),
        )}
      </dl>
      ${
        event.excerpt
          ? html`<blockquote part="excerpt" aria-label=${words.excerpt} dir="auto">
              ${event.excerpt.text}
            </blockquote>`
          : nothing
      }
    </div>`;
  }

  /**
   * The reporter's words, and the precision where the time in words does not say it: "sometime
   * on", "during the week of" do; a clock time does not say whether it is exact or to the minute.
   */
  #renderWhenNote(when: When, words: Translation, locale: string): TemplateResult | typeof nothing {
    const precision = CLOCK_PRECISIONS.has(when.precision)
      ? precisionLabel(when.precision, locale)
      : undefined;
    const note = words.whenNote(when.text, precision);
    return note ? html`<span class="as-written">${note}</span>` : nothing;
  }

  #renderList(term: string, items: string[]): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    return html`<dt>${term}</dt>
      <dd>
        ${
          items.length === 1
            ? items[0]
            : html`<ul>
                ${items.map((item) => html`<li>${item}</li>`)}
              </ul>`
        }
      </dd>`;
  }
}
