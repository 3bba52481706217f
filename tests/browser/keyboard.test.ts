// Keyboard only: the whole article timeline driven with real key presses (Playwright via
// vitest/browser), from tabbing in to tabbing out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import {
  aqueduct,
  berndt,
  blm,
  calderon,
  coronaMeasures,
  corpus,
  exide,
  laTimes,
  lax,
  london,
  mcdade,
  sanBernardino,
  sanOnofre,
  usNews,
} from '../fixtures/corpus/index.js';
import { buildEventIndex } from '../../src/layout/event-index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import {
  bandEventButtons,
  cleanup,
  eventButtons,
  mountBetweenButtons,
  shadow,
  until,
} from './fixtures.js';
import '../../src/news-timeline.js';

afterEach(cleanup);

const TOTAL = iraqTimeline.events.length;

/** The article between two ordinary buttons, so Tab has somewhere to come from and go to. */
async function mountArticle(width = 1200, setup: (el: NewsTimeline) => void = () => {}) {
  const mounted = await mountBetweenButtons((element) => {
    element.timeline = iraqTimeline;
    element.layout = 'horizontal';
    setup(element);
  }, width);
  await until(() => eventButtons(mounted.element).length > 0);
  return mounted;
}

function focused(element: NewsTimeline): HTMLElement | null {
  return shadow(element).activeElement as HTMLElement | null;
}

/** An event or cluster of the drawing, or an event of the list view. */
const isItem = (el: Element | null) =>
  el?.matches('[part~="event"], [part~="cluster"], .list-event') ? (el as HTMLButtonElement) : null;

/** Waits until focus is on an event or cluster other than `previous`. */
async function focusMovedFrom(
  element: NewsTimeline,
  previous: Element | null,
): Promise<HTMLButtonElement> {
  return until(() => {
    const item = isItem(focused(element));
    return item && item !== previous && item.isConnected ? item : null;
  });
}

/**
 * Tabs from the button before the element to its events list: the toolbar's buttons come first
 * (5 stops, with the Story toggle), then the list is exactly one stop. Returns the focused event or cluster.
 */
async function tabIntoEvents(
  element: NewsTimeline,
  before: HTMLElement,
): Promise<HTMLButtonElement> {
  before.focus();
  const stops: string[] = [];
  for (let i = 0; i < 8; i++) {
    await userEvent.keyboard('{Tab}');
    const active = await until(() => document.activeElement !== before && focused(element));
    const item = isItem(active);
    if (item) {
      // The toolbar's five, and the introduction's "Read more" after them where it is cut.
      const more = shadow(element).querySelector('.more') ? 1 : 0;
      expect(stops).toEqual(Array(5 + more).fill('button'));
      return item;
    }
    stops.push(active.getAttribute('part') ?? active.tagName);
    await until(() => focused(element) === active);
  }
  throw new Error(`Tab never reached the events: ${stops.join(', ')}`);
}

function visibleRange(element: NewsTimeline): string {
  // Tick labels and positions change whenever the visible range does.
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="tick"]')]
    .map((tick) => `${tick.textContent}@${tick.style.getPropertyValue('--_p')}`)
    .join('|');
}

function expectFocusVisible(button: HTMLElement): void {
  const style = getComputedStyle(button);
  expect(button.matches(':focus-visible')).toBe(true);
  expect(style.outlineStyle).not.toBe('none');
  expect(parseFloat(style.outlineWidth)).toBeGreaterThan(0);
}

function expectInView(element: NewsTimeline, button: HTMLElement): void {
  if (button.matches('.list-event')) {
    const box = button.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
    return;
  }
  const plot = shadow(element).querySelector('[part~="plot"]')!.getBoundingClientRect();
  const box = button.getBoundingClientRect();
  // The event's start (its mark) is inside the plot, and the plot is on screen.
  expect(box.left).toBeGreaterThanOrEqual(plot.left - 1);
  expect(box.left).toBeLessThanOrEqual(plot.right);
  expect(box.top).toBeGreaterThanOrEqual(plot.top - 1);
  expect(box.bottom).toBeLessThanOrEqual(plot.bottom + 1);
  expect(box.bottom).toBeGreaterThan(0);
  expect(box.top).toBeLessThan(window.innerHeight);
}

describe('keyboard only, the Iraq article', () => {
  it('is one tab stop: Tab enters on one event and the next Tab goes on to the background band', async () => {
    const { element, before, after } = await mountArticle();
    const first = await tabIntoEvents(element, before);
    expect(document.activeElement).toBe(element);
    expectFocusVisible(first);
    const tabbable = [...shadow(element).querySelectorAll('[part~="events"] button')].filter(
      (button) => button.getAttribute('tabindex') === '0',
    );
    expect(tabbable).toEqual([first]);
    // The next Tab leaves the drawing for the band's toggle, then its listed events (open on a
    // wide drawing), then the component (the legend has no stops).
    await userEvent.keyboard('{Tab}');
    const toggle = await until(
      () => focused(element)?.matches('[part~="band-toggle"]') && focused(element),
    );
    expectFocusVisible(toggle);
    for (const _ of bandEventButtons(element)) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    await until(() => document.activeElement === after);
    // Shift+Tab back through the band returns to the same event.
    for (let i = 0; i <= bandEventButtons(element).length + 1; i++) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    }
    await until(() => isItem(focused(element)) === first);
  });

  const WALKS = [
    { name: 'horizontal, 1200px', width: 1200, layout: 'horizontal', forward: '{ArrowRight}' },
    { name: 'horizontal, 400px', width: 400, layout: 'horizontal', forward: '{ArrowRight}' },
    { name: 'vertical, 360px', width: 360, layout: 'auto', forward: '{ArrowDown}' },
  ] as const;

  for (const walk of WALKS) {
    it(`reaches all 15 events in time order, the news by arrows and the background by Tab (${walk.name})`, async () => {
      const { element, before } = await mountArticle(walk.width, (el) => (el.layout = walk.layout));
      const clustersAtStart = shadow(element).querySelectorAll('[part~="cluster"]').length;
      const bandIds = bandEventButtons(element).map((button) => button.dataset.id!);
      const onAxis = TOTAL - bandIds.length;
      let current = await tabIntoEvents(element, before);
      const seen: string[] = [];
      let clustersOpened = 0;
      for (let step = 0; step < 80 && seen.length < onAxis; step++) {
        expectFocusVisible(current);
        expectInView(element, current);
        if (current.matches('[part~="cluster"]')) {
          // Enter zooms in on the cluster; focus follows to its first event.
          const rangeBefore = visibleRange(element);
          await userEvent.keyboard('{Enter}');
          current = await focusMovedFrom(element, current);
          // Either the zoom split the cluster, or (events at one and the same time) the list
          // view took over with focus on the first of them.
          if (element.view === 'list') {
            expect(current.matches('.list-event')).toBe(true);
          } else {
            expect(visibleRange(element)).not.toBe(rangeBefore);
          }
          clustersOpened++;
          continue;
        }
        seen.push(current.dataset.id!);
        if (seen.length === onAxis) break;
        // In the list view the events are plain buttons in a list: Tab goes to the next one.
        await userEvent.keyboard(element.view === 'list' ? '{Tab}' : walk.forward);
        const from = current;
        current = await focusMovedFrom(element, current).catch(() => {
          throw new Error(
            `stuck after ${seen.join(', ')} on ${from.dataset.key}: ${focused(element)?.dataset.key}`,
          );
        });
      }
      // The background band: its toggle is the next Tab stop, open on a phone too.
      if (bandIds.length > 0 && element.view !== 'list') {
        await userEvent.keyboard('{Tab}');
        const toggle = await until(
          () => focused(element)?.matches('[part~="band-toggle"]') && focused(element),
        );
        expectFocusVisible(toggle);
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        for (const id of bandIds) {
          await userEvent.keyboard('{Tab}');
          const row = await until(() => {
            const active = focused(element);
            return active?.matches('[part~="band-event"]') && active.dataset.id === id && active;
          });
          expectFocusVisible(row);
          seen.push(id);
        }
      }
      // Every event, each once: the news on the axis in the order of time, then the background
      // (the fixture is in chronological order).
      const inOrder = iraqTimeline.events.map((e) => e.id);
      expect(seen).toEqual([
        ...inOrder.filter((id) => !bandIds.includes(id)),
        ...inOrder.filter((id) => bandIds.includes(id)),
      ]);
      if (clustersAtStart > 0) expect(clustersOpened).toBeGreaterThan(0);
      if (element.view === 'list') {
        await userEvent.keyboard('{Escape}');
        return;
      }

      // Back on the axis, Home goes to the first event drawn there (or the cluster holding it)
      // and End to the last.
      const axisIds = iraqTimeline.events.map((e) => e.id).filter((id) => !bandIds.includes(id));
      const lastOnAxis = axisIds.at(-1)!;
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}'.repeat(bandIds.length + 1));
      await until(() => isItem(focused(element)));
      await userEvent.keyboard('{Home}');
      await until(() => {
        const item = isItem(focused(element));
        return item && (item.dataset.id === axisIds[0] || item.matches('[part~="cluster"]'));
      });
      await userEvent.keyboard('{End}');
      const last = await until(() => {
        const item = isItem(focused(element));
        return item?.dataset.id === lastOnAxis ? item : null;
      });
      expectFocusVisible(last);
      expectInView(element, last);
    });
  }

  it('opens the detail with Enter and closes it with Escape, focus back on the same event', async () => {
    const { element, before } = await mountArticle();
    await tabIntoEvents(element, before);
    await userEvent.keyboard('{End}');
    const last = await until(() => {
      const item = isItem(focused(element));
      return item?.dataset.id === iraqTimeline.events[TOTAL - 1]!.id ? item : null;
    });
    await userEvent.keyboard('{Enter}');
    const detail = await until(() => shadow(element).querySelector('[part~="detail"]'));
    expect(element.selected).toBe(last.dataset.id);
    expect(last.getAttribute('aria-expanded')).toBe('true');
    expect(last.getAttribute('aria-controls')).toBe(detail.id);
    expect(shadow(element).getElementById(last.getAttribute('aria-controls')!)).toBe(detail);
    await userEvent.keyboard('{Escape}');
    await until(() => !shadow(element).querySelector('[part~="detail"]'));
    const back = await until(() => isItem(focused(element)));
    expect(back.dataset.id).toBe(last.dataset.id);
    expect(back.getAttribute('aria-expanded')).toBe('false');
    expect(back.hasAttribute('aria-controls')).toBe(false);

    // Space opens too (a native button); Escape from inside the detail also returns focus.
    await userEvent.keyboard(' ');
    await until(() => shadow(element).querySelector('[part~="detail"] .close'));
    shadow(element).querySelector<HTMLButtonElement>('[part~="detail"] .close')!.focus();
    await userEvent.keyboard('{Escape}');
    const again = await until(() => isItem(focused(element)));
    expect(again.dataset.id).toBe(last.dataset.id);
  });

  it('zooms with + and - , changing the visible range and keeping focus on an event', async () => {
    const { element, before } = await mountArticle();
    await tabIntoEvents(element, before);
    await userEvent.keyboard('{End}');
    await until(() => {
      const item = isItem(focused(element));
      return item?.dataset.id === iraqTimeline.events[TOTAL - 1]!.id ? item : null;
    });
    const start = visibleRange(element);
    await userEvent.keyboard('+');
    await until(() => visibleRange(element) !== start);
    const zoomedIn = visibleRange(element);
    await new Promise((resolve) => setTimeout(resolve, 400));
    let item = await until(() => isItem(focused(element)));
    expectFocusVisible(item);
    await userEvent.keyboard('-');
    await until(() => visibleRange(element) !== zoomedIn);
    await new Promise((resolve) => setTimeout(resolve, 400));
    item = await until(() => isItem(focused(element)));
    expectFocusVisible(item);
    expect(document.activeElement).toBe(element);
  });
});

describe('keyboard only, real timelines', () => {
  // The tab stop was the first event, wherever the first view was: a story that opens closer in
  // (Calderon, Exide) had it drawn in the margin off screen, named by its headline alone, and
  // Enter opened a card of an event nowhere on the screen.
  const kpcc = { exide, calderon, lax, berndt, mcdade, sanOnofre, laTimes, aqueduct };
  const timelines = [
    ...corpus().map(({ id, timeline }) => [id, timeline] as const),
    ...Object.entries({ ...kpcc, blm, usNews, sanBernardino, coronaMeasures, london }).map(
      ([id, read]) => [id, read()] as const,
    ),
  ];
  const drawn = timelines.filter(
    ([, timeline]) => buildEventIndex(timeline.events, { background: true }).dated.items.length,
  );
  it.each(drawn)(
    '%s: Tab enters on an event in view, named with its time',
    async (_id, timeline) => {
      const { element, before } = await mountBetweenButtons((el) => {
        el.timeline = timeline;
        el.layout = 'horizontal';
      }, 1280);
      await until(() => eventButtons(element).length > 0);
      before.focus();
      let item: HTMLButtonElement | null = null;
      for (let i = 0; i < 8 && !item; i++) {
        await userEvent.keyboard('{Tab}');
        item = isItem(await until(() => focused(element)));
      }
      expectInView(element, item!);
      const name = await until(
        () =>
          item!.getAttribute('aria-label')!.length > item!.textContent!.length &&
          item!.getAttribute('aria-label'),
      );
      expect(name).toMatch(/\d/);
    },
  );
});

describe('keyboard only, after the page moved the view', () => {
  it('Tab enters on an event in view when the focused one is now past the view', async () => {
    // The tab stop stayed on the last event, drawn in the margin after a view the page moved
    // back: Tab went off screen, and Enter opened a card of an event nowhere in sight.
    await page.viewport(1280, 900);
    const republican = corpus().find(({ id }) => id === 'republican-2012')!.timeline;
    const { element, before } = await mountBetweenButtons((el) => {
      el.timeline = republican;
      el.layout = 'horizontal';
    }, 1280);
    await until(() => eventButtons(element).length > 0);
    const tabIn = async () => {
      before.focus();
      let item: HTMLButtonElement | null = null;
      for (let i = 0; i < 8 && !item; i++) {
        await userEvent.keyboard('{Tab}');
        item = isItem(await until(() => focused(element)));
      }
      return item!;
    };
    await tabIn();
    await userEvent.keyboard('{End}');
    const last = await until(
      () => focused(element)?.textContent?.includes('Super Tuesday') && focused(element)!,
    );
    before.focus();
    // Super Tuesday, 6 March, a day past the view's end: drawn in its margin.
    element.range = { start: new Date('2012-02-01T12:00Z'), end: new Date('2012-03-05') };
    const plot = shadow(element).querySelector('[part~="plot"]')!;
    await until(() => last.getBoundingClientRect().left > plot.getBoundingClientRect().right);
    await element.updateComplete;
    expectInView(element, await tabIn());
  });
});

describe('the detail on a phone', () => {
  beforeEach(() => page.viewport(390, 844));
  afterEach(async () => {
    window.scrollTo(0, 0);
    await page.viewport(1280, 900);
  });

  it('comes into view when Enter opens it below the fold, and focus stays on the event', async () => {
    const { element } = await mountArticle(390, (el) => {
      el.layout = 'vertical';
    });
    const maliki = eventButtons(element).find((b) => b.textContent!.includes('Maliki'))!;
    maliki.focus();
    await userEvent.keyboard('{Enter}');
    const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = detail.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(window.innerHeight);
    expect(shadow(element).activeElement).toBe(maliki);
  });

  describe('is a sheet at the foot of the screen, the opened event in view above it', () => {
    /** Apollo 11's 23 rows on a phone, drawn. */
    async function mountApollo(): Promise<NewsTimeline> {
      const { element } = await mountBetweenButtons((el) => {
        el.timeline = corpus().find((entry) => entry.id === 'apollo-11')!.timeline;
        el.layout = 'vertical';
      }, 390);
      await until(() => eventButtons(element).length > 0);
      return element;
    }

    async function openApolloEvent(pick: (buttons: HTMLButtonElement[]) => HTMLButtonElement) {
      const element = await mountApollo();
      const button = pick(eventButtons(element));
      await userEvent.click(button);
      const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
      await until(() => detail.querySelector('news-event-card')?.shadowRoot?.textContent);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // The drawing keeps its place in its own box: the event's room above the sheet is the
      // page's to make, and a drawing scrolled within itself hid its first era's name.
      expect(shadow(element).querySelector('[part~="plot"]')!.scrollTop).toBe(0);
      return { button: button.getBoundingClientRect(), detail: detail.getBoundingClientRect() };
    }

    it('opening the first of 23 rows keeps the row where it was', async () => {
      const { button, detail } = await openApolloEvent((buttons) => buttons[0]!);
      // Under the drawing, the card was a screen and more below the row.
      expect(button.top).toBeGreaterThanOrEqual(0);
      expect(button.bottom).toBeLessThanOrEqual(detail.top + 1);
      expect(detail.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
      expect(detail.height).toBeLessThanOrEqual(window.innerHeight / 2);
    });

    it('a row near the foot of the screen comes out from under the card', async () => {
      const { button, detail } = await openApolloEvent((buttons) =>
        buttons.find((b) => {
          const { top, bottom } = b.getBoundingClientRect();
          return top > window.innerHeight * 0.6 && bottom < window.innerHeight;
        })!,
      );
      expect(button.top).toBeGreaterThanOrEqual(0);
      expect(button.bottom).toBeLessThanOrEqual(detail.top + 1);
      expect(detail.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
    });

    it('moves focus down the rows with its ring clear of the sheet', async () => {
      await page.viewport(390, 844);
      const element = await mountApollo();
      await userEvent.click(eventButtons(element)[0]!);
      const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
      await until(() => detail.querySelector('news-event-card')?.shadowRoot?.textContent);
      const covered: number[] = [];
      for (let step = 0; step < 12; step++) {
        await userEvent.keyboard('{ArrowDown}');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const focused = shadow(element).activeElement!;
        // The ring: 3 px, 2 px off the row (themeTokens' :focus-visible).
        const ring = focused.getBoundingClientRect().bottom + 5;
        covered.push(Math.max(0, Math.round(ring - detail.getBoundingClientRect().top)));
      }
      expect(covered.filter(Boolean)).toEqual([]);
    });

    it("moves focus up the rows with its ring clear of the screen's top", async () => {
      await page.viewport(390, 844);
      const element = await mountApollo();
      const buttons = eventButtons(element);
      buttons.at(-1)!.scrollIntoView({ block: 'end' });
      buttons.at(-1)!.focus();
      const cut: number[] = [];
      for (let step = 0; step < 12; step++) {
        await userEvent.keyboard('{ArrowUp}');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        // The ring: 3 px, 2 px off the row (themeTokens' :focus-visible).
        const ring = shadow(element).activeElement!.getBoundingClientRect().top - 5;
        if (ring < 0) cut.push(Math.round(ring));
      }
      expect(cut).toEqual([]);
    });

    it('keeps the close button in view while the card scrolls within the sheet', async () => {
      // The sheet is at most 45% of the screen and scrolls a long card within it: the close button,
      // placed at the card's top, scrolled away with its first lines.
      const { element } = await mountArticle(390, (el) => {
        el.layout = 'vertical';
      });
      await userEvent.click(eventButtons(element)[0]!);
      const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
      await until(() => detail.querySelector('news-event-card')?.shadowRoot?.textContent);
      await until(() => detail.scrollHeight > detail.clientHeight + 100);
      detail.scrollTop = detail.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const sheet = detail.getBoundingClientRect();
      const close = detail.querySelector('.close')!.getBoundingClientRect();
      expect(close.top).toBeGreaterThanOrEqual(sheet.top);
      expect(close.bottom).toBeLessThanOrEqual(sheet.bottom);
    });

    it('in a scrolling box, brings the row out from under the sheet in the box, not the page', async () => {
      // The sheet sticks to the foot of the box it scrolls in: scrolling the page moved both the
      // row and the sheet, so the row stayed under the sheet and the page jumped.
      await page.viewport(390, 844);
      const spacer = document.createElement('div');
      spacer.style.height = '2000px';
      try {
        const apollo = corpus().find((entry) => entry.id === 'apollo-11')!.timeline;
        const { element } = await mountBetweenButtons((el) => {
          el.timeline = apollo;
          el.layout = 'vertical';
        }, 390);
        const box = element.parentElement!;
        box.style.height = '600px';
        box.style.overflowY = 'auto';
        document.body.append(spacer);
        await until(() => eventButtons(element).length > 0);
        const view = box.getBoundingClientRect();
        const row = eventButtons(element).find((b) => {
          const { top, bottom } = b.getBoundingClientRect();
          return top > view.top + view.height * 0.7 && bottom < view.bottom;
        })!;
        await userEvent.click(row);
        const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
        await until(() => detail.querySelector('news-event-card')?.shadowRoot?.textContent);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(window.scrollY).toBe(0);
        expect(row.getBoundingClientRect().bottom).toBeLessThanOrEqual(
          detail.getBoundingClientRect().top + 1,
        );
        expect(row.getBoundingClientRect().top).toBeGreaterThanOrEqual(
          box.getBoundingClientRect().top,
        );
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
        await page.viewport(1280, 900);
      }
    });

    it('Tab from the opened event through the card and the band passes nothing hidden under it', async () => {
      const { element } = await mountArticle(390, (el) => {
        el.layout = 'vertical';
      });
      // The band open (as it starts), its ten events after the card (they were between the
      // drawing and the card, under the sheet unless it rested while focus was in the band).
      await userEvent.click(eventButtons(element).find((b) => b.dataset.id!.includes('maliki'))!);
      const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
      await until(() => detail.querySelector('news-event-card')?.shadowRoot?.textContent);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // Maliki's row, near the drawing's foot, came out from under the sheet by the page's
      // scrolling, not the drawing's within its own box (which hid its first era's name).
      expect(shadow(element).querySelector('[part~="plot"]')!.scrollTop).toBe(0);
      const passed: string[] = [];
      let inCard = false;
      for (let tab = 0; tab < 40 && focused(element); tab++) {
        await userEvent.keyboard('{Tab}');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const at = focused(element);
        if (!at || detail.contains(at)) {
          inCard ||= !!at;
          continue;
        }
        const sheet = detail.getBoundingClientRect();
        const box = at.getBoundingClientRect();
        const hidden = box.bottom > sheet.top + 1 && box.top < sheet.bottom - 1;
        // The card's close button stays in the card's corner, wherever the card is.
        const close = detail.querySelector('.close')!.getBoundingClientRect();
        const astray = close.top < sheet.top || close.bottom > sheet.bottom;
        passed.push(
          `${inCard ? 'after the card: ' : ''}${at.textContent!.trim().slice(0, 30)}${hidden ? ' (hidden)' : ''}${astray ? ' (close astray)' : ''}`,
        );
      }
      expect(inCard).toBe(true);
      expect(passed.filter((name) => name.startsWith('after the card')).length).toBeGreaterThan(10);
      expect(passed.filter((name) => name.endsWith(')'))).toEqual([]);
    });

    it('under a max-height, arrows keep focus in the drawing it scrolls within', async () => {
      // The sheet's room was a scroll margin on the drawing's buttons: inside a drawing shorter
      // than it, each arrow put the focused row above the drawing's top, out of sight.
      const apollo = corpus().find((entry) => entry.id === 'apollo-11')!.timeline;
      const { element } = await mountBetweenButtons((el) => {
        el.timeline = apollo;
        el.layout = 'vertical';
        el.maxHeight = '300px';
      }, 390);
      await until(() => eventButtons(element).length > 0);
      await userEvent.click(eventButtons(element)[2]!);
      await until(() => shadow(element).querySelector('#detail'));
      const plot = shadow(element).querySelector<HTMLElement>('[part~="plot"]')!;
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
        await userEvent.keyboard(`{${key}}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const box = focused(element)!.getBoundingClientRect();
        const view = plot.getBoundingClientRect();
        expect(box.top, key).toBeGreaterThanOrEqual(view.top - 1);
        expect(box.bottom, key).toBeLessThanOrEqual(view.bottom + 1);
      }
    });
  });
});
