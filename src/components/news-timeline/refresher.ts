import type { ReactiveControllerHost } from 'lit';
import type { RefreshedSource, Refresher, RefreshOutcome } from './source-controller.js';

/** After failed refreshes the wait doubles, up to this. */
export const MAX_REFRESH_BACKOFF_MS = 10 * 60_000;

/**
 * Refreshes of `src` on its interval (part of the live-update module, loaded once a page asks for
 * `refresh`): conditional requests with the validators of the last good answer, a wait that
 * doubles after each failure (up to MAX_REFRESH_BACKOFF_MS), and no fetch while the page is
 * hidden; a refresh that fell due meanwhile runs as soon as the page is shown again.
 */
export class SourceRefresher implements Refresher {
  error?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private due = false;
  private failures = 0;
  private listening = false;

  constructor(
    private readonly source: RefreshedSource,
    private readonly host: ReactiveControllerHost,
    private readonly onRefreshed: (outcome: RefreshOutcome) => void,
  ) {}

  reset(): void {
    this.error = undefined;
    this.failures = 0;
  }

  schedule(): void {
    const { source } = this;
    if (!source.connected || source.refreshSeconds <= 0 || source.state.status !== 'loaded') return;
    this.listen(true);
    clearTimeout(this.timer);
    const every = source.refreshSeconds * 1000;
    const wait = Math.min(every * 2 ** this.failures, Math.max(every, MAX_REFRESH_BACKOFF_MS));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (document.hidden) this.due = true;
      else this.refresh();
    }, wait);
  }

  refreshNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.refresh();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
    // A refresh in flight is dropped with its answer; a first load in flight is not ours to stop.
    if (this.source.state.status === 'loaded') {
      this.source.inFlight?.abort();
      this.source.inFlight = undefined;
    }
  }

  disconnected(): void {
    this.listen(false);
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) document.addEventListener('visibilitychange', this.visibilityChanged);
    else document.removeEventListener('visibilitychange', this.visibilityChanged);
  }

  private readonly visibilityChanged = (): void => {
    if (!document.hidden && this.due) this.refresh();
  };

  private refresh(): void {
    const { source } = this;
    const state = source.state;
    if (state.status !== 'loaded') return;
    this.due = false;
    source.inFlight?.abort();
    const controller = new AbortController();
    source.inFlight = controller;
    void source.fetchText(state.url, controller.signal, true).then((result) => {
      // Only the newest request may land: an older answer arriving late is dropped.
      if (source.inFlight !== controller) return;
      source.inFlight = undefined;
      const errorBefore = this.error;
      if (result.status === 'loaded') {
        this.reset();
        source.state = source.landed(result);
        this.onRefreshed({ status: 'changed', url: result.url, text: result.text });
      } else if (result.status === 'failed') {
        this.failures++;
        this.error = result.reason;
        this.onRefreshed(result);
      } else if (result.status === 'not-modified') {
        this.reset();
      }
      // An unchanged story (304) changes nothing on screen: no render every refresh.
      if (this.error !== errorBefore) this.host.requestUpdate();
      this.schedule();
    });
  }
}
