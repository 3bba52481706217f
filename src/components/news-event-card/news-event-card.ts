import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { themeTokens } from '../shared-styles.js';
import { eventCardStyles } from './news-event-card.styles.js';
import type { TimelineEvent } from '../../model/types.js';
import { describeWhen, precisionLabel } from '../../model/describe-when.js';
import { deriveConfidence, describeConfidence } from '../../model/confidence.js';
import { describePlace, describeQuantity, describeSource } from '../../model/describe.js';
import { safeHref } from '../../model/safe-url.js';
import { stringsFor } from '../../i18n/strings.js';

/**
 * One event of a news timeline, told in full: headline, the time in words beside the reporter's own
 * words and their precision, places, people and groups, numbers, sources with their verbs, the
 * confidence that follows from them, and the excerpt of the article. `<news-timeline>` shows it as
 * its detail view; it also stands alone, e.g. in an article's sidebar.
 *
 * @summary The detail card of one timeline event.
 *
 * @csspart headline - The event's headline.
 * @csspart when - The time in words.
 * @csspart facts - The list of places, people, numbers and sources.
 * @csspart excerpt - The quoted sentence of the article.
 *
 * @cssprop --news-timeline-surface - Card background.
 * @cssprop --news-timeline-color - Text colour.
 * @cssprop --news-timeline-muted-color - Secondary text colour.
 * @cssprop --news-timeline-accent - Links and the excerpt rule.
 * @cssprop --news-timeline-border-color - Card border.
 * @cssprop --news-timeline-font-family - Font family.
 */
export class NewsEventCard extends LitElement {
  static override styles = [themeTokens, eventCardStyles];

  /** The event to show. Its strings are rendered as text, never as HTML. */
  @property({ attribute: false }) event?: TimelineEvent;

  /** IANA zone the time is told in; the timeline's zone, so "Friday" means Friday there. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';

  /** BCP 47 locale for dates, numbers and the card's words. */
  @property() locale = 'en';

  /** Level of the headline, so the card fits the host page's outline (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  override render() {
    const event = this.event;
    if (!event) return nothing;
    const words = stringsFor(this.locale);
    const confidence = deriveConfidence(event.sources);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`
      <div role="heading" aria-level=${level} class="headline" part="headline" dir="auto">
        ${event.headline}
      </div>
      ${event.summary ? html`<p class="summary" dir="auto">${event.summary}</p>` : nothing}
      <dl part="facts">
        <dt>${words.when}</dt>
        <dd part="when">
          ${describeWhen(event.when, { locale: this.locale, timeZone: this.timeZone })}
          <span class="as-written">
            (${event.when.text ? html`${words.asWritten}: “${event.when.text}”, ` : nothing}${words.precision}:
            ${precisionLabel(event.when.precision, this.locale)})
          </span>
        </dd>
        ${this.renderList(words.places, event.places.map(describePlace))}
        ${this.renderList(
          words.actors,
          event.actors.map((actor) => (actor.role ? `${actor.name}, ${actor.role}` : actor.name)),
        )}
        ${this.renderList(
          words.quantities,
          event.quantities.map((quantity) => describeQuantity(quantity, this.locale)),
        )}
        <dt>${words.sources}</dt>
        <dd>
          ${
            event.sources.length === 0
              ? words.noSources
              : html`<ul>
                  ${event.sources.map((source) => {
                    const href = safeHref(source.url);
                    const text = describeSource(source, this.locale);
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
          }
        </dd>
        <dt>${words.confidence}</dt>
        <dd><span class="confidence">${describeConfidence(confidence)}</span></dd>
      </dl>
      ${
        event.excerpt
          ? html`<blockquote part="excerpt" aria-label=${words.excerpt} dir="auto">
              ${event.excerpt.text}
            </blockquote>`
          : nothing
      }
    `;
  }

  private renderList(term: string, items: string[]): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
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
