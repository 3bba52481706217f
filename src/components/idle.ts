/** Work for the main thread's idle time. */
import { isServer } from 'lit';
import { SHORT_DATE, count, formatDate } from '../i18n/wording/date-formats.js';

/** Idle work waits at most this long (a page that is never idle still gets it done). */
const IDLE_TIMEOUT_MS = 500;

/** `requestIdleCallback`, or a timer with a frame's worth of time where there is none (Safari). */
export function whenIdle(callback: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return;
  }
  setTimeout(() => {
    const end = performance.now() + 16;
    callback({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
  });
}

/**
 * A page's first `Intl` formatter starts ICU: 11-20 ms of work here, whatever its locale and
 * options; the next ones cost 0.1-2 ms. Asked for when the elements are defined, a date and a
 * number formatter are made in the page's first idle time, so that no first render pays for the
 * start: not the one of an element that waits for its data, nor of one a page builds later from
 * data it holds. (A worker could start ICU off the main thread, since its data is the process's,
 * but a blob worker trips strict pages' `worker-src`: docs/decisions.md, round sixteen.)
 */
export function startFormattingWhenIdle(): void {
  if (isServer) return;
  whenIdle(() => {
    // The page's language, as an element without a `lang` of its own would speak.
    const locale = document.documentElement.lang || 'en';
    formatDate(0, { locale, timeZone: 'UTC' }, SHORT_DATE);
    count(0, locale);
  });
}
