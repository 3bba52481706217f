import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SourceRefresh } from './source-refresh.js';

export type SourceState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; text: string }
  | { status: 'failed'; url: string; reason: string };

/** Bodies larger than this are refused rather than parsed: a timeline is never this big. */
export const MAX_SOURCE_BYTES = 25 * 1024 * 1024;
export const SOURCE_TIMEOUT_MS = 20_000;
/** After failed refreshes the wait doubles, up to this. */
export const MAX_REFRESH_BACKOFF_MS = 10 * 60_000;

interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** A fetch's answer: new text, "not modified", or a failure (an aborted fetch is `idle`). */
export type FetchResult =
  | Exclude<SourceState, { status: 'loaded' }>
  | { status: 'loaded'; url: string; text: string; validators: Validators }
  | { status: 'not-modified' };

/**
 * Fetches the JSON behind the `src` attribute. Only the latest request may land: changing `src`,
 * cancelling, or removing the element aborts the one in flight, so stale data never shows as
 * current. A load interrupted by removing the element starts again when it is connected again
 * (moving an element in the DOM disconnects and reconnects it). The body is read as a stream and
 * refused as soon as it passes MAX_SOURCE_BYTES, whether or not the server sent a Content-Length.
 * Every failure becomes a `failed` state with a reason; nothing rejects unhandled.
 *
 * With a refresh interval, a loaded URL is fetched again on that interval (`SourceRefresh`).
 */
export class SourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  /** Seconds between refreshes of loaded data; 0 never refreshes. */
  refreshSeconds = 0;
  /** Why the last refresh failed, while the data shown is the last good one. */
  refreshError?: string;
  /** The request in flight, a load's or a refresh's: only it may land. */
  inFlight?: AbortController;
  /** The URL whose load was cut short by a disconnect, to resume on reconnect. */
  #interrupted?: string;
  /** Validators of the last good answer, for conditional refreshes. */
  #validators: Validators = {};
  /** After failed refreshes in a row, the wait doubles (`SourceRefresh`). */
  failures = 0;
  connected?: boolean;
  /**
   * The refreshing (source-refresh.ts), fetched when a page sets `refresh`: a page that never
   * refreshes never loads it (page payload 0.1 KB smaller gzipped).
   */
  #refreshing?: Promise<SourceRefresh | undefined>;

  readonly #onSettled: (state: SourceState) => void;

  /**
   * `onRefreshed`: a refresh of data already shown found new text. A failed refresh only sets
   * `refreshError`; the refresh asks for the render when that changes.
   */
  constructor(
    readonly host: ReactiveControllerHost,
    onSettled: (state: SourceState) => void,
    readonly onRefreshed: (text: string) => void,
  ) {
    this.#onSettled = onSettled;
    host.addController(this);
  }

  load(url: string): void {
    this.cancel();
    const controller = new AbortController();
    this.inFlight = controller;
    this.#setState({ status: 'loading', url });
    void this.fetchText(url, controller.signal, false).then((result) => {
      if (this.inFlight !== controller || result.status === 'not-modified') return;
      this.inFlight = undefined;
      const state = this.landed(result);
      this.#setState(state);
      this.#onSettled(state);
      if (state.status === 'loaded') this.schedule();
    });
  }

  cancel(): void {
    this.#interrupted = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.#stopRefreshing();
    this.#validators = {};
    // Loaded data too: a refresh asked for before (the refreshing still loading) or a move in the
    // page must not bring back the URL's data over what replaced it.
    if (this.state.status !== 'idle') this.#setState({ status: 'idle' });
  }

  /** Starts, changes or stops refreshing; takes effect from the next scheduled refresh. */
  setRefresh(seconds: number): void {
    const next = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
    if (next === this.refreshSeconds) return;
    this.refreshSeconds = next;
    this.#stopRefreshing();
    // Fetched as soon as a page asks for refreshes, so it is there when the data lands.
    if (next) void this.#refresher();
    if (this.state.status === 'loaded') this.schedule();
  }

  hostConnected(): void {
    this.connected = true;
    const url = this.#interrupted;
    if (url !== undefined) this.load(url);
    else if (this.state.status === 'loaded') this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    const url = this.state.status === 'loading' ? this.state.url : undefined;
    if (url !== undefined) this.cancel();
    else this.#stopRefreshing();
    this.#interrupted = url;
  }

  /** Refreshes loaded data now; the interval starts again from its answer. */
  refreshNow(): void {
    // The scheduled refresh is dropped, and a refresh in flight with it: this one replaces both.
    this.#stopRefreshing();
    if (this.state.status === 'loaded') void this.#refresher().then((r) => r?.refresh());
  }

  /** Refreshes on the interval from now, if one is set and the element is in the page. */
  schedule(): void {
    if (this.connected && this.refreshSeconds > 0)
      void this.#refresher().then((r) => r?.schedule());
  }

  /** The refreshing, once loaded; none when its file could not be fetched (tried again later). */
  #refresher(): Promise<SourceRefresh | undefined> {
    return (this.#refreshing ??= import('./source-refresh.js').then(
      ({ SourceRefresh }) => new SourceRefresh(this),
      (error: Error) => {
        // The reader is told that updates stopped; the next refresh asked for fetches it again.
        this.#refreshing = undefined;
        this.refreshError = error.message;
        this.host.requestUpdate();
        return undefined;
      },
    ));
  }

  #stopRefreshing(): void {
    void this.#refreshing?.then((r) => r?.stop());
    // A refresh in flight is dropped with its answer; a first load in flight is not ours to stop.
    if (this.state.status === 'loaded') {
      this.inFlight?.abort();
      this.inFlight = undefined;
    }
  }

  /** The state of an answer that landed; its validators serve the next conditional refresh. */
  landed(result: Exclude<FetchResult, { status: 'not-modified' }>): SourceState {
    // The state keeps the validators beside the text; nothing reads them there.
    if (result.status === 'loaded') this.#validators = result.validators;
    return result;
  }

  #setState(state: SourceState): void {
    this.state = state;
    this.refreshError = undefined;
    this.failures = 0;
    this.host.requestUpdate();
  }

  async fetchText(url: string, signal: AbortSignal, conditional: boolean): Promise<FetchResult> {
    // Our own timer rather than `AbortSignal.timeout`: it is cleared as soon as the answer is in,
    // so a refresh every second does not leave twenty pending timers behind it.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), SOURCE_TIMEOUT_MS);
    const headers: Record<string, string> = { accept: 'application/json' };
    // A first load has no validators: `load` cancels what came before, and that forgets them.
    const { etag, lastModified } = this.#validators;
    if (etag) headers['if-none-match'] = etag;
    if (lastModified) headers['if-modified-since'] = lastModified;
    try {
      const response = await fetch(url, {
        signal: AbortSignal.any([signal, timeout.signal]),
        headers,
        // No `credentials`: fetch's default, 'same-origin', is what docs/security.md promises.
        // Our own validators decide freshness; the HTTP cache must not answer for the server.
        cache: conditional ? 'no-store' : 'default',
      });
      if (conditional && response.status === 304) return { status: 'not-modified' };
      if (!response.ok) {
        return {
          status: 'failed',
          url,
          reason: `HTTP ${response.status} ${response.statusText}`.trim(),
        };
      }
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > MAX_SOURCE_BYTES) {
        void response.body?.cancel().catch(() => {});
        return tooLarge(url);
      }
      const text = await readCapped(response);
      if (text === undefined) return tooLarge(url);
      const validators = {
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      return { status: 'loaded', url, text, validators };
    } catch (error) {
      if (timeout.signal.aborted)
        return { status: 'failed', url, reason: 'the server did not answer in time' };
      if (signal.aborted) return { status: 'idle' };
      return {
        status: 'failed',
        url,
        reason: error instanceof Error ? error.message : String(error),
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * The body as text, or undefined once it passes MAX_SOURCE_BYTES: a chunked or lying server cannot
 * make the element buffer more than that. The stream is cancelled as soon as it is over.
 */
async function readCapped(response: Response): Promise<string | undefined> {
  const body = response.body;
  if (!body) {
    const text = await response.text();
    return text.length > MAX_SOURCE_BYTES ? undefined : text;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > MAX_SOURCE_BYTES) {
        void reader.cancel().catch(() => {});
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
  return text + decoder.decode();
}

function tooLarge(url: string): SourceState & { status: 'failed' } {
  return {
    status: 'failed',
    url,
    reason: `the file is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
  };
}
