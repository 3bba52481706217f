// A wide drawing taller than the screen keeps its axis's words at the top of the screen while it
// scrolls under them: Exide's 61 headlines filled the screen with no date in sight.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { corpus } from '../fixtures/corpus/index.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import {
  cleanup,
  eventButtons,
  mountBetweenButtons,
  mountWide,
  plotOf,
  shadow,
  until,
} from './fixtures.js';

/** Room to scroll a drawing's lower rows to the screen's top. */
const spacer = Object.assign(document.createElement('div'), { style: 'height: 1000px' });

afterEach(async () => {
  cleanup();
  spacer.remove();
  window.scrollTo(0, 0);
  await page.viewport(1280, 900);
});

/** Apollo 11's 23 lanes: a drawing about 650 px tall at 1240 px, taller than a 500 px screen. */
async function mountApollo(setup: (el: NewsTimeline) => void = () => {}): Promise<NewsTimeline> {
  await page.viewport(1280, 500);
  return mountWide(corpus().find((entry) => entry.id === 'apollo-11')!.timeline, setup);
}

/** The ticks that say a time (their words' layer is the first axis). */
const tickWords = (element: NewsTimeline) =>
  [...shadow(element).querySelectorAll<HTMLElement>('[part~="axis"] [part~="tick"]')].filter(
    (tick) => tick.textContent!.trim(),
  );
/** The box of a tick's words, not of its grid line. */
function wordsBox(tick: HTMLElement): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(tick);
  return range.getBoundingClientRect();
}
/** The topmost element at a point that takes the pointer (the ticks' words do not). */
const seenAt = (element: NewsTimeline, box: DOMRect) =>
  shadow(element).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe("a tall wide drawing's axis", () => {
  it('keeps its words at the top of the screen, over the headlines scrolled under them', async () => {
    const element = await mountApollo();
    const plot = plotOf(element);
    expect(plot.getBoundingClientRect().height).toBeGreaterThan(innerHeight);
    // At rest, the words are on the drawing's first row, on an opaque strip.
    const restTop = wordsBox(tickWords(element)[0]!).top;
    expect(Math.abs(restTop - plot.getBoundingClientRect().top)).toBeLessThan(20);
    const strip = tickWords(element)[0]!.closest('.tick-row')!;
    expect(getComputedStyle(strip).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    // Scrolled 300 px into the drawing, the words are still at the screen's top, and nothing of
    // the drawing is over them.
    window.scrollTo(0, plot.getBoundingClientRect().top + scrollY + 300);
    await settle();
    const words = tickWords(element);
    const events = shadow(element).querySelector('[part~="events"]')!;
    expect(words.length).toBeGreaterThan(2);
    for (const tick of words) {
      const box = wordsBox(tick);
      expect(box.top, tick.textContent!).toBeGreaterThanOrEqual(0);
      expect(box.bottom, tick.textContent!).toBeLessThan(40);
      expect(events.contains(seenAt(element, box)), tick.textContent!).toBe(false);
    }
    // Headlines under the strip are hidden, not crossed by its words.
    expect(eventButtons(element).some((button) => button.getBoundingClientRect().top > 40)).toBe(
      true,
    );
  });

  it('under a max-height, keeps its words at the top of the box the drawing scrolls in', async () => {
    const element = await mountApollo((el) => (el.maxHeight = '300px'));
    const plot = plotOf(element);
    await until(() => plot.scrollHeight > plot.clientHeight + 100);
    plot.scrollTop = 200;
    await settle();
    const top = plot.getBoundingClientRect().top;
    for (const tick of tickWords(element)) {
      const box = wordsBox(tick);
      expect(box.top - top, tick.textContent!).toBeGreaterThanOrEqual(0);
      expect(box.bottom - top, tick.textContent!).toBeLessThan(40);
    }
  });

  it('sticks under a page’s own sticky header, as far down as the page says', async () => {
    const element = await mountApollo((el) =>
      el.style.setProperty('--news-timeline-sticky-top', '56px'),
    );
    const plot = plotOf(element);
    window.scrollTo(0, plot.getBoundingClientRect().top + scrollY + 300);
    await settle();
    const strip = tickWords(element)[0]!.closest('.tick-row')!.getBoundingClientRect();
    expect(strip.top).toBeCloseTo(56, 0);
  });

  it("scrolls a drawing a page's own ::part(plot) rule caps, as before", async () => {
    const style = document.createElement('style');
    style.textContent = 'news-timeline::part(plot) { max-height: 300px; }';
    document.head.append(style);
    try {
      const element = await mountApollo();
      const plot = plotOf(element);
      await until(() => plot.scrollHeight > plot.clientHeight + 100);
      plot.scrollTop = 200;
      expect(plot.scrollTop).toBe(200);
    } finally {
      style.remove();
    }
  });

  it('keeps its words at the top of the screen with a max-height of none', async () => {
    const element = await mountApollo((el) => (el.maxHeight = 'none'));
    const plot = plotOf(element);
    await until(() => plot.hasAttribute('data-grows'));
    window.scrollTo(0, plot.getBoundingClientRect().top + scrollY + 300);
    await settle();
    expect(wordsBox(tickWords(element)[0]!).top).toBeGreaterThanOrEqual(0);
  });

  it('brings the row an arrow moves to out from under the stuck words', async () => {
    const element = await mountApollo();
    const buttons = eventButtons(element);
    // An event whose next one (in time: the right arrow's) is drawn lower down the drawing.
    const k = buttons.findIndex(
      (button, j) =>
        j + 1 < buttons.length &&
        buttons[j + 1]!.getBoundingClientRect().top > button.getBoundingClientRect().top + 100,
    );
    expect(k).toBeGreaterThanOrEqual(0);
    const next = buttons[k + 1]!;
    // The next row scrolled to 10 px from the screen's top (the page long enough for it): under
    // the stuck words, on screen.
    document.body.append(spacer);
    window.scrollBy(0, next.getBoundingClientRect().top - 10);
    await settle();
    const strip = tickWords(element)[0]!.closest('.tick-row')!.getBoundingClientRect();
    expect(next.getBoundingClientRect().top).toBeLessThan(strip.bottom);
    buttons[k]!.focus({ preventScroll: true });
    await userEvent.keyboard('{ArrowRight}');
    await until(() => shadow(element).activeElement === next);
    await settle();
    // Its focus ring too (3 px, 2 px off).
    expect(next.getBoundingClientRect().top - 5).toBeGreaterThanOrEqual(strip.bottom);
  });

  it('puts the caption on the strip’s ground, so no grid line runs through its words', async () => {
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'horizontal';
      el.range = {
        start: new Date('2014-06-13T06:00:00+03:00'),
        end: new Date('2014-06-13T12:00:00+03:00'),
      };
    }, 1200);
    const caption = await until(() =>
      shadow(element).querySelector<HTMLElement>('[part~="axis-caption"]'),
    );
    const strip = caption.closest('.tick-row')!;
    expect(getComputedStyle(caption).backgroundColor).toBe(getComputedStyle(strip).backgroundColor);
    expect(getComputedStyle(caption).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  });
});
