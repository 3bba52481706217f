/**
 * Media in a card: an image with its caption and credit, or a video or audio file, never a
 * third-party iframe. Images load lazily and decode off the main thread; `width` and `height` go to
 * the element's attributes so the browser reserves the space before the file arrives (no inline
 * style: pages with a strict CSP render it as designed). A file that fails to load leaves its words:
 * the alt text in a note, the caption and the credit.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { css } from './css.js';
import { mediaSrc } from '../model/media.js';
import { isDirectMediaFile } from '../model/media-files.js';
import { pageBase } from './event-thumbnail.js';
import type { MediaItem } from '../model/types.js';
import type { Translation } from '../i18n/translation.js';

/** The words media needs. */
export type MediaWords = Pick<
  Translation,
  'mediaFailed' | 'mediaCredit' | 'mediaOpenVideo' | 'mediaOpenAudio'
>;

/** Media shown per card; more is left out (a card is not a gallery). */
export const MEDIA_SHOWN = 4;

/**
 * Which media failed to load, by address, so the broken state survives re-renders. Not a
 * controller: it has nothing to do when its element connects or updates.
 */
export class MediaErrors {
  readonly #failed = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  has(src: string): boolean {
    return this.#failed.has(src);
  }

  add(src: string): void {
    if (this.#failed.has(src)) return;
    this.#failed.add(src);
    this.host.requestUpdate();
  }
}

export function renderMedia(
  items: readonly MediaItem[] | undefined,
  words: MediaWords,
  errors: MediaErrors,
): TemplateResult | typeof nothing {
  if (!items?.length) return nothing;
  const base = pageBase();
  return html`${items.slice(0, MEDIA_SHOWN).map((item) => renderItem(item, words, errors, base))}`;
}

function renderItem(
  item: MediaItem,
  words: MediaWords,
  errors: MediaErrors,
  base: string,
): TemplateResult {
  const src = mediaSrc(item.url, base);
  const body =
    item.kind === 'image'
      ? renderImage(item, src, words, errors)
      : renderPlayable(item, item.kind, src, words, errors);
  return html`<figure part="media" class="media" data-kind=${item.kind}>
    ${body} ${renderCaption(item, words)}
  </figure>`;
}

function renderImage(
  item: MediaItem,
  src: string | undefined,
  words: MediaWords,
  errors: MediaErrors,
): TemplateResult | typeof nothing {
  // A description that only repeats the caption under the picture would be read twice.
  const alt = item.decorative || item.alt === item.caption ? '' : (item.alt ?? '');
  if (!src || errors.has(src)) {
    // A decorative picture that is missing takes nothing away; a described one leaves its words.
    return item.decorative
      ? nothing
      : html`<p part="media-failed" class="media-failed" dir="auto">${words.mediaFailed(alt)}</p>`;
  }
  return html`<img
    part="image"
    src=${src}
    alt=${alt}
    width=${item.width ?? nothing}
    height=${item.height ?? nothing}
    loading="lazy"
    decoding="async"
    @error=${() => errors.add(src)}
  />`;
}

function renderPlayable(
  item: MediaItem,
  kind: 'video' | 'audio',
  src: string | undefined,
  words: MediaWords,
  errors: MediaErrors,
): TemplateResult {
  if (!src) return html`<p part="media-failed" class="media-failed">${words.mediaFailed('')}</p>`;
  const link = html`<a part="media-link" href=${src} rel="noopener noreferrer" target="_blank"
    >${kind === 'video' ? words.mediaOpenVideo : words.mediaOpenAudio}</a
  >`;
  // A page on a video site is linked, not embedded: no third-party frame ever comes from data.
  if (!isDirectMediaFile(src, kind) || errors.has(src)) return link;
  const label = item.alt || item.caption || nothing;
  return kind === 'video'
    ? html`<video
        part="video"
        src=${src}
        controls
        preload="metadata"
        width=${item.width ?? nothing}
        height=${item.height ?? nothing}
        aria-label=${label}
        @error=${() => errors.add(src)}
      ></video>`
    : html`<audio
        part="audio"
        src=${src}
        controls
        preload="none"
        aria-label=${label}
        @error=${() => errors.add(src)}
      ></audio>`;
}

function renderCaption(item: MediaItem, words: MediaWords): TemplateResult | typeof nothing {
  if (!item.caption && !item.credit) return nothing;
  return html`<figcaption part="caption">
    ${item.caption ? html`<span dir="auto">${item.caption}</span>` : nothing}
    ${
      item.credit
        ? html`<span part="credit" class="credit" dir="auto"
            >${words.mediaCredit(item.credit)}</span
          >`
        : nothing
    }
  </figcaption>`;
}

export const mediaStyles = css`
  .media {
    margin: 0 0 var(--_space);
  }
  .media img,
  .media video {
    display: block;
    max-width: 100%;
    height: auto;
    max-height: 24rem;
    object-fit: contain;
    background: var(--_grid);
    border-radius: calc(var(--_radius) / 2);
  }
  .media audio {
    display: block;
    width: 100%;
  }
  .media figcaption {
    margin-block-start: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .media .credit {
    font-style: italic;
  }
  .media .credit:not(:first-child)::before {
    content: ' · ';
    font-style: normal;
  }
  .media-failed {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_fg);
  }
`;
