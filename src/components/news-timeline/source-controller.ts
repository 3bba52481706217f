import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SourceState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; text: string }
  | { status: 'failed'; url: string; reason: string };

/** Bodies larger than this are refused rather than parsed: a timeline is never this big. */
export const MAX_SOURCE_BYTES = 25 * 1024 * 1024;
export const SOURCE_TIMEOUT_MS = 20_000;

/**
 * Fetches the JSON behind the `src` attribute. Only the latest request may land: changing `src`,
 * cancelling, or removing the element aborts the one in flight, so stale data never shows as
 * current. A load interrupted by removing the element starts again when it is connected again
 * (moving an element in the DOM disconnects and reconnects it). The body is read as a stream and
 * refused as soon as it passes MAX_SOURCE_BYTES, whether or not the server sent a Content-Length.
 * Every failure becomes a `failed` state with a reason; nothing rejects unhandled.
 */
export class SourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  private inFlight?: AbortController;
  /** The URL whose load was cut short by a disconnect, to resume on reconnect. */
  private interrupted?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled: (state: SourceState) => void,
  ) {
    host.addController(this);
  }

  load(url: string): void {
    this.cancel();
    this.interrupted = undefined;
    const controller = new AbortController();
    this.inFlight = controller;
    this.setState({ status: 'loading', url });
    void this.fetchText(url, controller.signal).then((state) => {
      if (this.inFlight !== controller) return;
      this.inFlight = undefined;
      this.setState(state);
      this.onSettled(state);
    });
  }

  cancel(): void {
    this.interrupted = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
    if (this.state.status === 'loading') this.setState({ status: 'idle' });
  }

  hostConnected(): void {
    const url = this.interrupted;
    if (url !== undefined) this.load(url);
  }

  hostDisconnected(): void {
    const url = this.state.status === 'loading' ? this.state.url : undefined;
    this.cancel();
    this.interrupted = url;
  }

  private setState(state: SourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async fetchText(url: string, signal: AbortSignal): Promise<SourceState> {
    const timeout = AbortSignal.timeout(SOURCE_TIMEOUT_MS);
    try {
      const response = await fetch(url, {
        signal: AbortSignal.any([signal, timeout]),
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
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
      const text = await readCapped(response, MAX_SOURCE_BYTES);
      if (text === undefined) return tooLarge(url);
      return { status: 'loaded', url, text };
    } catch (error) {
      if (timeout.aborted)
        return { status: 'failed', url, reason: 'the server did not answer in time' };
      if (signal.aborted) return { status: 'idle' };
      return {
        status: 'failed',
        url,
        reason: error instanceof Error ? error.message : String(error),
      };
    }
  }
}

/**
 * The body as text, or undefined once it passes `cap` bytes: a chunked or lying server cannot make
 * the element buffer more than the cap. The stream is cancelled as soon as it is over.
 */
async function readCapped(response: Response, cap: number): Promise<string | undefined> {
  const body = response.body;
  if (!body) {
    const text = await response.text();
    return text.length > cap ? undefined : text;
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
      if (received > cap) {
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

function tooLarge(url: string): SourceState {
  return {
    status: 'failed',
    url,
    reason: `the file is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
  };
}
