import '../../src/news-timeline.js';
// The card at once, as a page that shows it on its own would: tests read an opened event's card
// right after the click. The timeline's own loading of it (first idle time, or the first open) is
// tested on the real bundle (tests/e2e/csp.test.ts).
import '../../src/news-event-card.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { Timeline } from '../../src/model/types.js';

/** Mounts a fresh <news-timeline> in a sized container and waits for its first render. */
export async function mount(
  setup: (element: NewsTimeline) => void = () => {},
  width = 1200,
): Promise<NewsTimeline> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const element = document.createElement('news-timeline');
  setup(element);
  container.append(element);
  await element.updateComplete;
  return element;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** Resolves once `predicate` holds, re-checking every frame (fails the test after `timeout`). */
export async function until<T>(
  predicate: () => T | undefined | null | false,
  timeout = 5000,
): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (performance.now() - started > timeout)
      throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export function eventButtons(element: Element): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="event"]')];
}

/** A drawn event's mark: it follows the event's button in its item. */
export function markOf(button: Element): HTMLElement {
  const mark = button.nextElementSibling;
  if (!(mark instanceof HTMLElement) || !mark.classList.contains('mark'))
    throw new Error(`no mark after the button of ${button.getAttribute('data-id')}`);
  return mark;
}

export function clusterButtons(element: Element): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="cluster"]')];
}

/** The events of the background band (undated events and context spans), open or closed. */
export function bandEventButtons(element: Element): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="band-event"]')];
}

/** Events drawn on their own, those counted in clusters, and those listed in the background band. */
export function drawnEventCount(element: Element): number {
  return (
    eventButtons(element).length +
    bandEventButtons(element).length +
    // The count in each badge (the span of a cluster's events may follow it in the button).
    clusterButtons(element).reduce(
      (sum, b) => sum + Number(b.querySelector('.mark')?.textContent?.trim() || 0),
      0,
    )
  );
}

/**
 * A fresh <news-timeline> between two ordinary buttons, so Tab has somewhere to come from and go
 * to; `setup` runs before it is connected. Resolves after its first update.
 */
export async function mountBetweenButtons(
  setup: (element: NewsTimeline) => void,
  width: number,
): Promise<{ element: NewsTimeline; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const before = document.createElement('button');
  before.textContent = 'Before';
  const after = document.createElement('button');
  after.textContent = 'After';
  const element = document.createElement('news-timeline');
  setup(element);
  container.append(before, element, after);
  document.body.append(container);
  await element.updateComplete;
  return { element, before, after };
}

/** `timeline` drawn across, 1240 px wide between two buttons, once its events are drawn. */
export async function mountWide(
  timeline: Timeline,
  setup: (element: NewsTimeline) => void = () => {},
): Promise<NewsTimeline> {
  const { element } = await mountBetweenButtons((el) => {
    el.timeline = timeline;
    el.layout = 'horizontal';
    setup(el);
  }, 1240);
  await until(() => eventButtons(element).length > 0);
  return element;
}

/** The drawing's box. */
export const plotOf = (element: Element): HTMLElement =>
  shadow(element).querySelector<HTMLElement>('[part~="plot"]')!;

/** A pointer event as the browser sends it (mouse by default), dispatched on `target`. */
export function pointer(
  target: EventTarget,
  type: string,
  x: number,
  y: number,
  { id = 1, kind = 'mouse' }: { id?: number; kind?: string } = {},
): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      pointerId: id,
      pointerType: kind,
      clientX: x,
      clientY: y,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      isPrimary: id === 1,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}
