import { MAX_REFRESH_BACKOFF_MS, type SourceController } from './source-controller.js';

/**
 * `src` fetched again on the `refresh` interval (`SourceController`, which loads this module
 * once something is to be refreshed): with `If-None-Match` / `If-Modified-Since`, so an unchanged
 * file costs a 304. A refresh never shows a loading state: the data shown stays until a newer
 * answer replaces it, a failure backs off (doubling the wait), and nothing is fetched while the
 * page is hidden; a refresh that fell due meanwhile runs as soon as the page is shown again.
 */
export class SourceRefresh {
  #timer?: ReturnType<typeof setTimeout>;
  #due?: boolean;

  constructor(private readonly source: SourceController) {}

  /** The next refresh, after the interval (longer after failures). */
  schedule(): void {
    const { source } = this;
    if (!source.connected || source.refreshSeconds <= 0) return;
    clearTimeout(this.#timer);
    document.addEventListener('visibilitychange', this.#visibilityChanged);
    const every = source.refreshSeconds * 1000;
    const wait = Math.min(every * 2 ** source.failures, Math.max(every, MAX_REFRESH_BACKOFF_MS));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (document.hidden) this.#due = true;
      else this.refresh();
    }, wait);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#due = false;
    document.removeEventListener('visibilitychange', this.#visibilityChanged);
  }

  readonly #visibilityChanged = (): void => {
    if (!document.hidden && this.#due) this.refresh();
  };

  refresh(): void {
    const { source } = this;
    const state = source.state;
    // Asked for before the element left the page (this file still loading): not while it is out.
    if (state.status !== 'loaded' || !source.connected) return;
    this.#due = false;
    source.inFlight?.abort();
    const controller = new AbortController();
    source.inFlight = controller;
    void source.fetchText(state.url, controller.signal, true).then((result) => {
      // Only the newest request may land: an older answer arriving late is dropped.
      if (source.inFlight !== controller) return;
      source.inFlight = undefined;
      const errorBefore = source.refreshError;
      if (result.status === 'failed') {
        source.failures++;
        source.refreshError = result.reason;
      } else if (result.status !== 'idle') {
        // New text or "not modified": the server answered.
        source.failures = 0;
        source.refreshError = undefined;
        if (result.status === 'loaded') {
          source.state = source.landed(result);
          source.onRefreshed(result.text);
        }
      }
      // An unchanged story (304) changes nothing on screen: no render every refresh.
      if (source.refreshError !== errorBefore) source.host.requestUpdate();
      this.schedule();
    });
  }
}
