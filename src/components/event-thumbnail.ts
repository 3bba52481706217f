/**
 * An event's picture as a thumbnail at the start of its drawn label (`media-thumbnails`). Apart
 * from the card's media (event-media.ts), which only the card's and the story's chunks load: the
 * page bundle held all of it for these few lines.
 */
import { html, isServer, type TemplateResult } from 'lit';
import { mediaSrc } from '../model/media.js';
import type { MediaItem } from '../model/types.js';

/**
 * The page's address, which relative media URLs are read against, as an `<img>` in it would be; on
 * the server, which has no page, localhost (`isServer`, a constant, leaves the page bundle the
 * plain read).
 */
export function pageBase(): string {
  return isServer ? 'http://localhost/' : document.baseURI;
}

/** px a thumbnail takes before a drawn label: the picture and its gap. */
export const THUMBNAIL_PX = 24;

/** The address of an event's first picture, for a thumbnail in the drawing, if it has one. */
export function thumbnailSrc(media: readonly MediaItem[] | undefined): string | undefined {
  const picture = media?.find((item) => item.kind === 'image');
  return picture ? mediaSrc(picture.url, pageBase()) : undefined;
}

/**
 * A small picture at the start of a drawn label: decorative there (the button's name and the card
 * say everything), lazily loaded, and gone without a trace if the file fails.
 */
export function renderThumbnail(src: string): TemplateResult {
  return html`<img
    class="thumb"
    part="thumbnail"
    src=${src}
    alt=""
    width="20"
    height="20"
    loading="lazy"
    decoding="async"
    @error=${(event: Event) => ((event.target as HTMLImageElement).hidden = true)}
  />`;
}
