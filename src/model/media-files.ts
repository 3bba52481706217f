/**
 * Which media files a browser plays itself, so the detail card can embed them rather than link
 * them. Apart from media.ts, which the page's validation and thumbnails use: only the card (loaded
 * on demand) and the TimelineJS importer ask this.
 */
import type { MediaKind } from './types.js';

/** File endings a browser plays itself: anything else is shown as a link, never embedded. */
const DIRECT_FILES: Record<Exclude<MediaKind, 'image'>, readonly string[]> = {
  video: ['mp4', 'm4v', 'webm', 'ogv', 'mov'],
  audio: ['mp3', 'm4a', 'aac', 'oga', 'ogg', 'opus', 'wav', 'flac', 'weba'],
};

/** True when the URL names a file the browser plays itself (by its ending), so it can be embedded. */
export function isDirectMediaFile(url: string, kind: Exclude<MediaKind, 'image'>): boolean {
  // The ending of the path, before any query or fragment.
  const ending = /^[^?#]*\.([a-z\d]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return ending !== undefined && DIRECT_FILES[kind].includes(ending);
}
