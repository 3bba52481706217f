/**
 * Defects a review found in how the element takes its inputs and keeps its state; each test here
 * failed before its fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineRangeChangeEvent } from '../../src/components/news-timeline/news-timeline.events.js';
import { cleanup, drawnEventCount, eventButtons, mount, shadow, until } from './fixtures.js';

afterEach(cleanup);

function title(element: NewsTimeline): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>('[part~="title"]');
}

function toolbarButton(element: NewsTimeline, label: string): HTMLButtonElement {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find(
    (button) => button.getAttribute('aria-label') === label || button.textContent?.trim() === label,
  )!;
}

/** Clicks a toolbar button and resolves with the span (ms) of the range it settles on. */
async function settledSpanAfter(element: NewsTimeline, button: HTMLButtonElement): Promise<number> {
  const settled = new Promise<number>((resolve) =>
    element.addEventListener(
      'news-timeline-range-change',
      (event: NewsTimelineRangeChangeEvent) => resolve(+event.detail.end - +event.detail.start),
      { once: true },
    ),
  );
  button.click();
  return settled;
}

describe('the timeline property', () => {
  it('clearing it takes the old data off the screen', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    await until(() => eventButtons(element).length > 0);
    element.timeline = undefined;
    await element.updateComplete;
    expect(drawnEventCount(element)).toBe(0);
    expect(title(element)).toBeNull();
    expect(shadow(element).querySelector('[part~="status"]')).not.toBeNull();
  });

  it('clearing it loads the src that was set meanwhile', async () => {
    const fromSrc = {
      ...iraqTimeline,
      title: 'Loaded from src',
      events: iraqTimeline.events.slice(0, 3),
    };
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(fromSrc)], { type: 'application/json' }),
    );
    const element = await mount((el) => (el.timeline = iraqTimeline));
    element.src = url;
    await element.updateComplete;
    // The property still wins while it is set.
    expect(title(element)?.textContent?.trim()).toBe(iraqTimeline.title);
    element.timeline = undefined;
    await until(() => title(element)?.textContent?.trim() === 'Loaded from src');
    expect(drawnEventCount(element)).toBe(3);
  });
});

/** The article's timeline drawn wide, its events on screen. */
async function mountArticleWide(): Promise<NewsTimeline> {
  const element = await mount((el) => {
    el.timeline = iraqTimeline;
    el.layout = 'horizontal';
  });
  await until(() => eventButtons(element).length > 0);
  return element;
}

describe('new data', () => {
  it('starts the next zoom step from the whole story, not from the old zoom', async () => {
    const element = await mountArticleWide();
    const zoomIn = () => toolbarButton(element, 'Zoom in');
    const half = await settledSpanAfter(element, zoomIn());
    const quarter = await settledSpanAfter(element, zoomIn());
    expect(quarter / half).toBeCloseTo(0.5, 2);
    element.timeline = { ...iraqTimeline, id: 'another-story', title: 'The same story again' };
    await until(() => title(element)?.textContent?.trim() === 'The same story again');
    const afterReload = await settledSpanAfter(element, zoomIn());
    expect(afterReload / half).toBeCloseTo(1, 2);
  });
});

describe('the range property', () => {
  it('ignores a range that names no stretch of time, and keeps drawing', async () => {
    const element = await mountArticleWide();
    const errors: unknown[] = [];
    const onError = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('unhandledrejection', onError);
    try {
      for (const range of [
        { start: new Date(Number.NaN), end: new Date('2014-06-14T00:00:00Z') },
        { start: new Date('2014-06-14T00:00:00Z'), end: new Date('2014-06-13T00:00:00Z') },
      ]) {
        element.range = range;
        await element.updateComplete;
      }
      // A good range after them is drawn: six hours of Friday, ticked by the hour or half hour.
      element.range = {
        start: new Date('2014-06-13T06:00:00+03:00'),
        end: new Date('2014-06-13T12:00:00+03:00'),
      };
      await element.updateComplete;
    } finally {
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(errors).toEqual([]);
    await until(() =>
      /07:00/.test(shadow(element).querySelector('[part~="axis"]')?.textContent ?? ''),
    );
    expect(drawnEventCount(element)).toBeGreaterThan(0);
  });
});

describe('heading levels', () => {
  for (const [asked, titleLevel, cardLevel] of [
    [1, '1', '2'],
    [2, '2', '3'],
    [6, '5', '6'],
  ] as const) {
    it(`heading-level=${asked}: the card heading is one level below the title`, async () => {
      const element = await mount((el) => {
        el.timeline = iraqTimeline;
        el.setAttribute('heading-level', String(asked));
        el.selected = iraqTimeline.events[0]!.id;
      });
      const card = await until(() => shadow(element).querySelector('news-event-card'));
      await card.updateComplete;
      const cardHeading = card.shadowRoot!.querySelector('[role="heading"]')!;
      expect(title(element)!.getAttribute('aria-level')).toBe(titleLevel);
      expect(cardHeading.getAttribute('aria-level')).toBe(cardLevel);
    });
  }
});
