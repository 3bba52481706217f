import { LitElement, html, nothing } from 'lit';
import { css } from '../css.js';
import { styleProperties } from '../style-properties.js';
import { themeTokens } from '../shared-styles.js';
import { categoryColor, markStyles } from '../marks.js';
import { LEGEND_LOOKS } from '../../layout/mark-look.js';
import { LocaleController } from '../locale-controller.js';
import { drawingWordsFor } from '../../i18n/drawing-words.js';

/**
 * Says what each mark of a timeline means (those it draws, given `looks`): exact times, day bands,
 * uncertain ranges, times not given, ongoing events, clusters, the colour of each category when
 * the timeline colours by category, the publication line when the story gives one, the hatch of a
 * phone's drawing where it cut quiet time short, and the timeline's eras.
 *
 * @tag news-timeline-legend
 * @summary The legend of a news timeline.
 *
 * @csspart list - The list of legend entries.
 * @csspart item - One legend entry.
 *
 * @cssprop --news-timeline-category-0 - Colour of the first category (also --news-timeline-category-1 ... -5).
 */
export class NewsTimelineLegend extends LitElement {
  /** Lit's static declarations, not decorators: see `NewsTimelineProperties.properties`. */
  static override properties = {
    locale: {},
    looks: {},
    categories: { attribute: false },
    eras: { attribute: false },
    published: { type: Boolean },
    cut: { type: Boolean },
    theme: { reflect: true },
  };

  static override styles = [
    themeTokens,
    markStyles,
    css`
      :host {
        display: block;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space) calc(var(--_space) * 2);
        list-style: none;
        margin: 0;
        padding: 0;
        color: var(--_muted);
      }
      li {
        display: flex;
        align-items: center;
        gap: calc(var(--_space) / 1.5);
      }
      .mark,
      .era-swatch {
        width: 28px;
        flex: none;
      }
      .mark[data-look='cluster'] {
        width: auto;
      }
      .published-swatch {
        height: 1.1em;
        border-inline-start: 2px solid var(--_fg);
        margin-inline: 13px;
      }
      .era-swatch {
        height: 1.1em;
        background: var(--_era-bg);
        border-inline-start: 2px solid var(--_era-edge);
      }
    `,
  ];

  /** BCP 47 locale of the legend's words; defaults to the nearest `lang`, then English. */
  locale?: string;

  /** Categories in colour order; each gets the matching `--news-timeline-category-N`. */
  categories: string[] = [];

  /**
   * The marks the drawing shows, space-separated (`point band soft unspecified ongoing cluster`):
   * the legend explains those alone. Unset, it lists every mark.
   */
  looks?: string;

  /** Names of the timeline's eras, drawn as bands behind the events. */
  eras: string[] = [];

  /** Show the publication line's entry (the timeline marks when the story was published). */
  published = false;

  /** Show the hatch's entry: where a phone's drawing cut short a stretch in which nothing starts. */
  cut = false;

  /** `light`, `dark`, or `auto`. */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  readonly #localize = new LocaleController(this);

  override render() {
    const words = drawingWordsFor(this.#localize.locale);
    return html`
      <ul
        part="list"
        aria-label=${words.legend}
        lang=${this.#localize.locale}
        dir=${this.#localize.dir}
      >
        ${LEGEND_LOOKS.filter(([look]) => this.looks?.split(' ').includes(look) ?? true).map(
          ([look, key]) =>
            html`<li part="item">
              <span class="mark" data-look=${look} aria-hidden="true"
                >${look === 'cluster' ? '3' : nothing}</span
              >
              ${words[key]}
            </li>`,
        )}
        ${this.categories.map(
          (category, index) =>
            html`<li part="item">
              <span
                class="mark"
                data-look="band"
                aria-hidden="true"
                style=${styleProperties({
                  '--_mark-color': categoryColor(index),
                })}
              ></span>
              ${category}
            </li>`,
        )}
        ${
          this.published
            ? html`<li part="item">
                <span class="published-swatch" aria-hidden="true"></span>${words.legendPublished}
              </li>`
            : nothing
        }
        ${
          this.cut
            ? html`<li part="item">
                <span class="mark cut" aria-hidden="true"></span>${words.legendCut}
              </li>`
            : nothing
        }
        ${this.eras.map(
          (era) =>
            html`<li part="item era">
              <span class="era-swatch" aria-hidden="true"></span>${words.era(era, '')}
            </li>`,
        )}
      </ul>
    `;
  }
}
