/**
 * Keeps the draft in `localStorage` (this browser only; nothing is sent anywhere) and offers it
 * back when the editor opens again. Saving waits until the editor has been quiet for a moment,
 * and happens at once when the page is hidden. While a saved draft waits for the editor's answer
 * ("restore" or "discard"), nothing is written, so the saved draft cannot be lost by accident.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Timeline } from '../../model/types.js';
import type { Draft, ReviewStatus } from './draft.js';

const VERSION = 1;
const DELAY_MS = 400;

export interface SavedDraft {
  savedAt: string;
  draft: Draft;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The shape the editor reads, checked field by field. Not `parseTimeline`: a draft may hold events
 * that do not validate yet (an empty headline being typed), and restoring must not drop them.
 */
function isTimelineShape(value: unknown): value is Timeline {
  if (!isObject(value) || !Array.isArray(value.events) || !Array.isArray(value.eras)) return false;
  if (![value.id, value.title, value.language, value.published, value.timeZone].every(isText))
    return false;
  if (value.article !== undefined && !(isObject(value.article) && isText(value.article.text)))
    return false;
  return value.events.every(
    (event: unknown) =>
      isObject(event) &&
      isText(event.id) &&
      isText(event.headline) &&
      isObject(event.when) &&
      isText(event.when.start) &&
      (event.when.end === null || isText(event.when.end)) &&
      isText(event.when.precision) &&
      ['places', 'actors', 'quantities', 'sources'].every(
        (list) => Array.isArray(event[list]) && (event[list] as unknown[]).every(isObject),
      ) &&
      Array.isArray(event.tags) &&
      event.tags.every(isText),
  );
}

/** Reads a stored draft back, checking it as untrusted input: it may be old or edited by hand. */
export function readSavedDraft(text: string | null): SavedDraft | undefined {
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as {
      version?: unknown;
      savedAt?: unknown;
      draft?: { timeline?: unknown; status?: unknown; flags?: unknown };
    };
    if (data.version !== VERSION || typeof data.savedAt !== 'string' || !data.draft)
      return undefined;
    const timeline = data.draft.timeline;
    if (!isTimelineShape(timeline)) return undefined;
    const status: Record<string, ReviewStatus> = {};
    const given = (data.draft.status ?? {}) as Record<string, unknown>;
    for (const event of timeline.events) {
      const value = Object.prototype.hasOwnProperty.call(given, event.id)
        ? given[event.id]
        : undefined;
      status[event.id] = value === 'accepted' || value === 'rejected' ? value : 'pending';
    }
    const flags = Array.isArray(data.draft.flags) ? (data.draft.flags as Draft['flags']) : [];
    return { savedAt: data.savedAt, draft: { timeline, status, flags } };
  } catch {
    return undefined;
  }
}

export class AutosaveController implements ReactiveController {
  /** A stored draft waiting for the editor's answer. */
  pending: SavedDraft | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest: Draft | undefined;
  private readonly onHide = () => this.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly key: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.pending = readSavedDraft(this.storage()?.getItem(this.key()) ?? null);
    if (this.pending) this.host.requestUpdate();
    window.addEventListener('pagehide', this.onHide);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.onHide);
  }

  /** Saves `draft` soon (after a quiet moment). */
  schedule(draft: Draft): void {
    this.latest = draft;
    if (this.pending) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DELAY_MS);
  }

  /** Writes now whatever is waiting. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.latest || this.pending) return;
    const record = { version: VERSION, savedAt: new Date().toISOString(), draft: this.latest };
    try {
      this.storage()?.setItem(this.key(), JSON.stringify(record));
    } catch {
      // Full or forbidden storage: the editor still works, the draft is just not kept.
    }
  }

  /** The editor's answer to the prompt: the saved draft (restore) or undefined (discard). */
  answer(restore: boolean): Draft | undefined {
    const saved = this.pending;
    this.pending = undefined;
    if (!restore) this.storage()?.removeItem(this.key());
    this.host.requestUpdate();
    if (this.latest && !restore) this.schedule(this.latest);
    return restore ? saved?.draft : undefined;
  }

  /** Forgets the stored draft (the editor started over). */
  clear(): void {
    clearTimeout(this.timer);
    this.latest = undefined;
    this.storage()?.removeItem(this.key());
  }

  private storage(): Storage | undefined {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  }
}
