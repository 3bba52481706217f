/** Work for the main thread's idle time. */
import { isServer } from 'lit';
import { SHORT_DATE, count, formatDate } from '../i18n/wording/date-formats.js';

/** Idle work waits at most this long (a page that is never idle still gets it done). */
const IDLE_TIMEOUT_MS = 500;

/** What idle work reads of its `IdleDeadline`: the time left. */
export type Deadline = Pick<IdleDeadline, 'timeRemaining'>;

/** `requestIdleCallback`, or a timer with a frame's worth of time where there is none (Safari). */
export function whenIdle(callback: (deadline: Deadline) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return;
  }
  setTimeout(() => {
    const end = performance.now() + 16;
    callback({ timeRemaining: () => Math.max(0, end - performance.now()) });
  });
}

/**
 * A page's first `Intl` formatter starts ICU: 11-20 ms of work here, whatever its locale and
 * options; the next ones cost 0.1-2 ms. Asked for when the elements are defined, a date and a
 * number formatter are made in the page's first idle time, so that a first render after it does
 * not pay for the start: that of an element that waited for its data, or of one a page builds
 * later from data it holds. Elements already in the page with their data render before any idle
 * time, and pay it. A worker could start ICU off the main thread, since its data is the
 * process's, but a blob worker trips strict pages' `worker-src` (docs/decisions.md, round
 * sixteen).
 */
export function startFormattingWhenIdle(): void {
  if (isServer) return;
  // In English, whatever the page's language: the start costs the same in every locale, and a
  // page's `lang` may not be a valid tag (the elements repair or drop one; Intl would throw).
  whenIdle(() => {
    formatDate(0, { locale: 'en', timeZone: 'UTC' }, SHORT_DATE);
    count(0, 'en');
  });
}
