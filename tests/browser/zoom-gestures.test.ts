// Pointer, wheel and pinch gestures on the plot (ZoomController): real wheel input through the
// browser for Ctrl+wheel, dispatched pointer events for drags and two-finger pinches.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineRangeChangeEvent } from '../../src/components/news-timeline/news-timeline.events.js';
import { buildEventIndex, fitDomain } from '../../src/layout/index.js';
import { prepareStory } from '../../src/layout/compose.js';
import { corpus, exide } from '../fixtures/corpus/index.js';
import { cleanup, eventButtons, markOf, mount, pointer, shadow, until } from './fixtures.js';

afterEach(cleanup);

const FIRST = 'basiji-cross-into-khanaqin';
const LATER = 'basiji-enter-badra-jassan';

async function mountArticle(setup: (el: NewsTimeline) => void = () => {}): Promise<NewsTimeline> {
  const element = await mount((el) => {
    el.timeline = iraqTimeline;
    el.layout = 'horizontal';
    setup(el);
  });
  await until(() => eventButtons(element).length > 0);
  return element;
}

function plot(element: NewsTimeline): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part~="plot"]')!;
}

/** The layers a pan moves and a zoom scales (`PanLayer`). */
function layers(element: NewsTimeline): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[data-pan-layer]')];
}

/** Screen x of an event's mark, or undefined when it is not drawn on its own. */
function markX(element: NewsTimeline, id: string): number | undefined {
  const button = eventButtons(element).find((b) => b.dataset.id === id);
  const box = button && markOf(button).getBoundingClientRect();
  return box ? box.left + box.width / 2 : undefined;
}

function ranges(element: NewsTimeline): { start: number; end: number }[] {
  const seen: { start: number; end: number }[] = [];
  element.addEventListener('news-timeline-range-change', (event: NewsTimelineRangeChangeEvent) =>
    seen.push({ start: +event.detail.start, end: +event.detail.end }),
  );
  return seen;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 250));
/** After a button's or key's zoom: its 250 ms animation, with room for late frames on a busy machine. */
const animated = () => new Promise((resolve) => setTimeout(resolve, 600));

/** A point on the plot's empty band between the axis and the first lane, clear of events. */
function emptySpot(element: NewsTimeline, fraction: number): { x: number; y: number } {
  const box = plot(element).getBoundingClientRect();
  return { x: box.left + box.width * fraction, y: box.top + 4 };
}

function wheel(target: EventTarget, init: WheelEventInit): WheelEvent {
  const event = new WheelEvent('wheel', {
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}

describe('Ctrl/⌘ + wheel', () => {
  it('zooms in around the pointer and reports the range once the wheel stops', async () => {
    const element = await mountArticle();
    const seen = ranges(element);
    const mark = markOf(eventButtons(element).find((b) => b.dataset.id === LATER)!);
    // Clicks go through a mark to its button; Playwright aims only at what the pointer can hit.
    mark.style.pointerEvents = 'auto';
    // Hovering first: the 1200 px element is wider than the test frame, so the browser scrolls.
    await userEvent.hover(mark);
    const x0 = markX(element, LATER)!;
    const first0 = markX(element, FIRST)!;
    // When each notch is handled (the gesture's end timer starts there), not when it was made:
    // a busy page handles the second one later after its making than the first.
    const notches: number[] = [];
    plot(element).addEventListener('wheel', () => notches.push(performance.now()), true);
    // Real input: Playwright holds Control and turns the wheel twice over the event's mark.
    await userEvent.keyboard('{Control>}');
    await userEvent.wheel(mark, { delta: { y: -50 }, times: 2 });
    await userEvent.keyboard('{/Control}');
    await until(() => seen.length > 0);
    await settled();
    // One report per pause of the wheel: a loaded machine can leave more than the gesture's
    // 150 ms between the two notches, which is then two gestures. Within a few ms of 150 the end
    // timer and the second notch race, and either count is right.
    expect(notches).toHaveLength(2);
    const gap = notches[1]! - notches[0]!;
    if (Math.abs(gap - 150) > 10) expect(seen).toHaveLength(gap < 150 ? 1 : 2);
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.length).toBeLessThanOrEqual(2);
    // 2^(50 × 0.002 × 10) = 2 per notch: a quarter of the first view's span is left.
    expect((seen.at(-1)!.end - seen.at(-1)!.start) / firstViewSpan()).toBeCloseTo(0.25, 2);
    // The time under the pointer stays under it; everything else moves away from it.
    expect(Math.abs(markX(element, LATER)! - x0)).toBeLessThan(4);
    const first = markX(element, FIRST);
    if (first !== undefined) expect(first).toBeLessThan(first0 - 20);
  });

  it('zooms a mouse’s Ctrl+wheel notch by the + button’s step, and a pinch by its own small one', async () => {
    // d3-zoom's factor, 2^(deltaY × 0.002 × 10) with Ctrl, made a mouse's notch (deltaY 100) 4x.
    for (const [init, factor] of [
      [{ deltaY: -100 }, 2],
      [{ deltaY: -3, deltaMode: 1 }, 2],
      [{ deltaY: 300 }, 0.5],
      [{ deltaY: -5 }, 2 ** 0.1],
    ] as const) {
      const element = await mountArticle();
      const seen = ranges(element);
      const spot = emptySpot(element, 0.5);
      wheel(plot(element), { ...init, ctrlKey: true, clientX: spot.x, clientY: spot.y });
      await until(() => seen.length > 0);
      const span = seen[0]!.end - seen[0]!.start;
      expect(firstViewSpan() / span, JSON.stringify(init)).toBeCloseTo(factor, 1);
      element.remove();
    }
  });

  it('zooms a drawing whose view attribute is not one it knows, as it draws it', async () => {
    // The render draws the plot for any view but 'list'; the gestures were attached only for
    // 'timeline', so a typo in the attribute drew a timeline nothing could zoom.
    const element = await mountArticle((el) => el.setAttribute('view', 'timline'));
    const seen = ranges(element);
    const spot = emptySpot(element, 0.5);
    wheel(plot(element), { deltaY: -100, ctrlKey: true, clientX: spot.x, clientY: spot.y });
    await until(() => seen.length > 0);
    expect(seen[0]!.end - seen[0]!.start).toBeLessThan(firstViewSpan());
  });

  it('shows all events on a wide axis as the first view does, not the background band’s days', async () => {
    // The band's events are listed under a wide drawing, not drawn: their span (from Monday) put
    // three empty days before Thursday's first bar.
    const element = await mountArticle();
    const seen = ranges(element);
    const button = (name: string) =>
      [...shadow(element).querySelectorAll<HTMLButtonElement>('.header button')].find(
        (candidate) => candidate.textContent?.trim() === name,
      )!;
    button('+').click();
    await until(() => seen.length > 0);
    button('Show all events').click();
    await until(() => seen.length > 1);
    const shown = seen.at(-1)!;
    expect(shown.end - shown.start).toBeLessThan(fitAllSpan() * 0.75);
    expect(shown.end - shown.start).toBeGreaterThanOrEqual(firstViewSpan());
    expect(markX(element, FIRST)).toBeDefined();
  });

  it('does not zoom out beyond half the fit-all scale', async () => {
    const element = await mountArticle();
    const seen = ranges(element);
    const spot = emptySpot(element, 0.5);
    for (let i = 0; i < 20; i++) {
      wheel(plot(element), { deltaY: 200, ctrlKey: true, clientX: spot.x, clientY: spot.y });
    }
    await until(() => seen.length > 0);
    expect(seen[0]!.end - seen[0]!.start).toBeCloseTo(2 * fitAllSpan(), -3);
  });
});

const backgroundIndex = () =>
  buildEventIndex(iraqTimeline.events, { maxLanes: 16, background: true });

/** The span of the first view: it frames the dated events (the background sits in its band). */
function firstViewSpan(): number {
  const [start, end] = fitDomain(backgroundIndex(), 0.05, 'dated')!;
  return end - start;
}

/** The span of the unzoomed axis: every event, the background band's included, to publication. */
function fitAllSpan(): number {
  const [start, end] = prepareStory(iraqTimeline).baseDomain;
  return end - start;
}

describe('the + and − buttons', () => {
  const button = (element: NewsTimeline, name: string) =>
    shadow(element).querySelector<HTMLButtonElement>(`[aria-label="${name}"]`)!;

  it('zoom around the open event when it is in view, else around the middle of the view', async () => {
    const element = await mountArticle();
    const middle = () => {
      const box = plot(element).getBoundingClientRect();
      return box.left + box.width / 2;
    };
    // Nothing open: the time at the middle stays there, the first event moves away from it.
    const first = markX(element, FIRST)!;
    button(element, 'Zoom in').click();
    await animated();
    await element.updateComplete;
    const firstAfter = markX(element, FIRST)!;
    expect(Math.abs(firstAfter - middle())).toBeCloseTo(2 * Math.abs(first - middle()), -1);
    button(element, 'Zoom out').click();
    await animated();
    await element.updateComplete;
    // The later crossing open, far from the middle: its start stays where it is, in and out,
    // however quickly the presses come.
    element.selected = LATER;
    await element.updateComplete;
    const start = () => markOf(eventButtons(element).find((b) => b.dataset.id === LATER)!);
    const later = start().getBoundingClientRect().left;
    expect(Math.abs(later - middle())).toBeGreaterThan(100);
    for (const names of [['Zoom in', 'Zoom in'], ['Zoom out'], ['Zoom out', 'Zoom out']]) {
      for (const name of names) button(element, name).click();
      await animated();
      await element.updateComplete;
      expect(start().getBoundingClientRect().left, names.join()).toBeCloseTo(later, -1);
    }
  });

  it('say when a press can zoom no further, and keep the focus there', async () => {
    // At a limit a press did nothing and said nothing: interjust's − after "Show all events".
    const element = await mountArticle();
    const [zoomIn, zoomOut] = [button(element, 'Zoom in'), button(element, 'Zoom out')];
    const limited = () => [zoomIn, zoomOut].map((b) => b.getAttribute('aria-disabled'));
    const seen = ranges(element);
    /** Presses a button and waits for the range its zoom settles on (on a busy machine too). */
    const press = async (zoom: () => Promise<void> | void) => {
      const before = seen.length;
      await zoom();
      await until(() => seen.length > before);
      await element.updateComplete;
    };
    expect(limited()).toEqual(['false', 'false']);
    zoomOut.focus();
    for (let step = 0; step < 6 && limited()[1] === 'false'; step += 1)
      await press(() => userEvent.keyboard('{Enter}'));
    expect(limited()).toEqual(['false', 'true']);
    expect(shadow(element).activeElement).toBe(zoomOut);
    // Dimmed as a whole: grey words alone barely told it from the others.
    expect([zoomIn, zoomOut].map((b) => getComputedStyle(b).opacity)).toEqual(['1', '0.5']);
    await press(() => zoomIn.click());
    expect(limited()).toEqual(['false', 'false']);
    // Ten minutes is the closest view: from twelve, one press reaches it.
    const start = Date.parse('2014-06-13T12:00:00Z');
    const showMinutes = async (minutes: number) => {
      element.range = { start: new Date(start), end: new Date(start + minutes * 60_000) };
      await element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    await showMinutes(12);
    expect(limited()).toEqual(['false', 'false']);
    await press(() => zoomIn.click());
    expect(limited()).toEqual(['true', 'false']);
    // A page's range closer than the limit: + cannot zoom in (it zoomed out to ten minutes).
    await showMinutes(2);
    expect(limited()).toEqual(['true', 'false']);
    const settled = seen.length;
    zoomIn.click();
    await animated();
    expect(seen.length).toBe(settled);
    // Nor does Ctrl+wheel, which zoomed out to the limit.
    const spot = emptySpot(element, 0.5);
    wheel(plot(element), { deltaY: -100, ctrlKey: true, clientX: spot.x, clientY: spot.y });
    await animated();
    expect(seen.length).toBe(settled);
  });

  it('down the page, say from the start that − can show no more', async () => {
    // A vertical drawing's first view shows every event: zoomed out, its rows fold.
    const element = await mountApolloDown();
    expect(button(element, 'Zoom out').getAttribute('aria-disabled')).toBe('true');
    expect(button(element, 'Zoom in').getAttribute('aria-disabled')).toBe('false');
    // Pressed, it changes nothing and reports nothing (a range change announced the same range).
    const seen = ranges(element);
    button(element, 'Zoom out').click();
    await animated();
    expect(seen).toEqual([]);
  });

  it('as keys, zoom around the focused event, which keeps focus', async () => {
    const element = await mountArticle();
    const button = (id: string) => eventButtons(element).find((b) => b.dataset.id === id)!;
    button(FIRST).focus();
    const focusedId = () => shadow(element).activeElement?.getAttribute('data-id');
    for (let step = 0; step < 12 && focusedId() !== LATER; step += 1) {
      await userEvent.keyboard('{ArrowRight}');
      await element.updateComplete;
    }
    await animated();
    expect(focusedId()).toBe(LATER);
    // Where the mark starts in the plot: focus may scroll the page sideways to a headline that
    // runs past the screen.
    const start = () =>
      markOf(button(LATER)).getBoundingClientRect().left -
      plot(element).getBoundingClientRect().left;
    const before = start();
    for (const key of ['+', '+', '-']) {
      await userEvent.keyboard(key);
      await animated();
      await element.updateComplete;
      expect(start(), key).toBeCloseTo(before, -1);
      expect(focusedId(), key).toBe(LATER);
    }
  });

  it('zoom around the open event inside a cluster', async () => {
    // Exide at 800 px, showing the whole story, folds its last 31 events into one badge; the open
    // one is among them.
    const kpcc = exide();
    const element = await mount((el) => {
      el.timeline = kpcc;
      el.layout = 'horizontal';
    }, 800);
    await until(() => eventButtons(element).length > 0);
    element.fitAll();
    await until(() => shadow(element).querySelector('[part~="cluster"]'));
    await animated();
    // The latest event not drawn on its own: one of the badge's.
    const drawn = new Set(eventButtons(element).map((b) => b.dataset.id));
    const open = kpcc.events
      .filter((event) => !drawn.has(event.id))
      .sort((a, b) => Date.parse(b.when.start) - Date.parse(a.when.start))[0]!;
    element.selected = open.id;
    await element.updateComplete;
    const seen = ranges(element);
    const at = Date.parse(open.when.start);
    const share = () => (at - seen.at(-1)!.start) / (seen.at(-1)!.end - seen.at(-1)!.start);
    for (let step = 1; step <= 2; step += 1) {
      button(element, 'Zoom in').click();
      await until(() => seen.length === step);
    }
    expect(seen[1]!.end - seen[1]!.start).toBeCloseTo((seen[0]!.end - seen[0]!.start) / 2, -5);
    const first = (at - seen[0]!.start) / (seen[0]!.end - seen[0]!.start);
    expect(Math.abs(first - 0.5)).toBeGreaterThan(0.05);
    expect(share()).toBeCloseTo(first, 2);
  });
});

describe('zooming out a vertical drawing', () => {
  it('stops at the drawing that shows every event, whose rows would fold and cross its cuts', async () => {
    // Apollo 11 on a phone: one tap of − ran the quiet stretches' stripes through four headlines
    // and folded "LM lunar landing" into "2 events".
    const element = await mountApolloDown();
    const zoomOut = shadow(element).querySelector<HTMLButtonElement>('[aria-label="Zoom out"]')!;
    const tops = () => eventButtons(element).map((b) => markOf(b).getBoundingClientRect().top);
    zoomOut.click();
    await animated();
    await element.updateComplete;
    const least = tops();
    for (let step = 0; step < 3; step += 1) zoomOut.click();
    const spot = emptySpot(element, 0.5);
    wheel(plot(element), { deltaY: 200, ctrlKey: true, clientX: spot.x, clientY: spot.y });
    await animated();
    await element.updateComplete;
    expect(tops()).toEqual(least);
    const cuts = [...shadow(element).querySelectorAll('.plot .cut')].map((cut) =>
      cut.getBoundingClientRect(),
    );
    expect(cuts.length).toBeGreaterThan(0);
    const struck = [...shadow(element).querySelectorAll('.plot .label')].filter((label) => {
      const box = label.getBoundingClientRect();
      return cuts.some((cut) => box.top < cut.bottom - 1 && box.bottom > cut.top + 1);
    });
    expect(struck.map((label) => label.textContent)).toEqual([]);
  });
});

/** Apollo 11 drawn down the page at 390 px, as on a phone. */
async function mountApolloDown(setup: (el: NewsTimeline) => void = () => {}) {
  const apollo = corpus().find((entry) => entry.id === 'apollo-11')!.timeline;
  const element = await mount((el) => {
    el.timeline = apollo;
    el.layout = 'vertical';
    setup(el);
  }, 390);
  await until(() => eventButtons(element).length > 0);
  return element;
}

/**
 * Zooms in 2x by `zoom` and expects it around screen y `around`: the mark nearest it moves by
 * its distance from it, away from it.
 */
async function expectZoomAround(element: NewsTimeline, around: number, zoom: () => void) {
  const markTop = (id: string) => {
    const button = eventButtons(element).find((b) => b.dataset.id === id);
    return button && markOf(button).getBoundingClientRect().top;
  };
  const near = eventButtons(element)
    .map((button) => ({ id: button.dataset.id!, top: markTop(button.dataset.id!)! }))
    .sort((a, b) => Math.abs(a.top - around) - Math.abs(b.top - around))[0]!;
  zoom();
  await animated();
  await element.updateComplete;
  const moved = markTop(near.id)! - near.top;
  expect(Math.abs(moved - (near.top - around)), `${near.id} moved ${moved}`).toBeLessThan(4);
}

const zoomIn = (element: NewsTimeline) =>
  shadow(element).querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!.click();

describe('zooming a vertical drawing longer than the screen', () => {
  it('zooms around the middle of its part on screen, not its own middle off the screen', async () => {
    // Apollo 11 on a phone, read from its top: + zoomed around the middle of the page-long
    // drawing, and the events on screen left the drawing for the evening's.
    const element = await mountApolloDown();
    window.scrollTo(0, 0);
    const box = plot(element).getBoundingClientRect();
    expect(box.bottom).toBeGreaterThan(innerHeight * 1.5);
    await expectZoomAround(element, (Math.max(box.top, 0) + innerHeight) / 2, () =>
      zoomIn(element),
    );
  });

  it('zooms a plot that scrolls under its max-height around the middle of its box', async () => {
    const element = await mountApolloDown((el) => (el.maxHeight = '300px'));
    const box = plot(element).getBoundingClientRect();
    expect(box.height).toBeLessThan(320);
    plot(element).scrollTop = 400;
    await expectZoomAround(element, (box.top + box.bottom) / 2, () => zoomIn(element));
  });

  it('zooms a drawing wholly off the screen (a page’s zoomBy) around its own middle', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    document.body.prepend(spacer);
    const element = await mountApolloDown();
    window.scrollTo(0, 0);
    const box = plot(element).getBoundingClientRect();
    expect(box.top).toBeGreaterThan(innerHeight);
    await expectZoomAround(element, (box.top + box.bottom) / 2, () => element.zoomBy(2));
  });
});

describe('plain wheel', () => {
  it('leaves a vertical wheel to the page and shows the modifier hint', async () => {
    const element = await mountArticle();
    const x0 = markX(element, LATER);
    const spot = emptySpot(element, 0.5);
    const event = wheel(plot(element), { deltaY: 120, clientX: spot.x, clientY: spot.y });
    expect(event.defaultPrevented).toBe(false);
    await element.updateComplete;
    const hint = shadow(element).querySelector<HTMLElement>('.wheel-hint')!;
    expect(hint.hidden).toBe(false);
    expect(markX(element, LATER)).toBe(x0);
  });

  it('pans on a sideways wheel, content moving against it, and reports once', async () => {
    const element = await mountArticle((el) => (el.range = rangeAround(LATER)));
    await settled();
    const seen = ranges(element);
    const x0 = markX(element, LATER)!;
    const spot = emptySpot(element, 0.5);
    const event = wheel(plot(element), { deltaX: 60, clientX: spot.x, clientY: spot.y });
    wheel(plot(element), { deltaX: 60, clientX: spot.x, clientY: spot.y });
    expect(event.defaultPrevented).toBe(true);
    await element.updateComplete;
    expect(markX(element, LATER)!).toBeCloseTo(x0 - 120, 0);
    await until(() => seen.length > 0);
    await settled();
    expect(seen).toHaveLength(1);
  });
});

/**
 * A timeline too large to be laid out for reading (more than 600 events on the axis), shown over
 * four days in its middle, with an event drawn on its own near the centre: its pans move the
 * drawing. (A story's pans are laid out at every step; see readability.test.ts.)
 */
async function mountLarge(): Promise<{ element: NewsTimeline; id: string }> {
  const timeline = syntheticTimeline({ count: 1000, days: 30, seed: 42 });
  const start = Date.UTC(2014, 5, 14, 5);
  const element = await mount((el) => {
    el.timeline = timeline;
    el.layout = 'horizontal';
    el.range = { start: new Date(start), end: new Date(start + 4 * 86_400_000) };
  });
  await until(() => eventButtons(element).length > 0);
  await settled();
  const box = plot(element).getBoundingClientRect();
  const id = eventButtons(element)
    .map((button) => button.dataset.id!)
    .find((id) => Math.abs(markX(element, id)! - (box.left + box.width / 2)) < box.width / 5)!;
  expect(id).toBeDefined();
  return { element, id };
}

/** Four days around an event, so a pan has room both ways. */
function rangeAround(id: string): { start: Date; end: Date } {
  const event = iraqTimeline.events.find((e) => e.id === id)!;
  const t = Date.parse(event.when.start);
  return { start: new Date(t - 2 * 86_400_000), end: new Date(t + 2 * 86_400_000) };
}

describe('drag', () => {
  it('pans with the pointer, reports once, and swallows the click that ends the drag', async () => {
    const element = await mountArticle((el) => (el.range = rangeAround(LATER)));
    await settled();
    const seen = ranges(element);
    const selections: string[] = [];
    element.addEventListener('news-timeline-select', (e) =>
      selections.push(e.detail.event?.id ?? ''),
    );
    const button = eventButtons(element).find((b) => b.dataset.id === LATER)!;
    const box = button.getBoundingClientRect();
    const x0 = markX(element, LATER)!;
    const y = box.top + box.height / 2;
    pointer(button, 'pointerdown', box.left + 5, y);
    for (let step = 1; step <= 5; step++)
      pointer(window, 'pointermove', box.left + 5 - 30 * step, y);
    await element.updateComplete;
    expect(markX(element, LATER)!).toBeCloseTo(x0 - 150, 0);
    pointer(window, 'pointerup', box.left + 5 - 150, y);
    button.click();
    await element.updateComplete;
    expect(selections).toEqual([]);
    expect(seen).toHaveLength(1);
    // The next, real click selects again: only the click that ended the drag was swallowed.
    await settled();
    button.click();
    expect(selections).toEqual([LATER]);
  });

  it('a press without movement is a click: it selects and does not pan or report a range', async () => {
    const element = await mountArticle();
    const seen = ranges(element);
    const button = eventButtons(element).find((b) => b.dataset.id === LATER)!;
    await userEvent.click(button);
    await element.updateComplete;
    expect(element.selected).toBe(LATER);
    await settled();
    expect(seen).toEqual([]);
  });

  it('follows the finger in right-to-left layouts', async () => {
    const element = await mountArticle((el) => {
      el.dir = 'rtl';
      el.range = rangeAround(LATER);
    });
    await settled();
    const x0 = markX(element, LATER)!;
    const spot = emptySpot(element, 0.5);
    pointer(plot(element), 'pointerdown', spot.x, spot.y, { kind: 'touch' });
    pointer(window, 'pointermove', spot.x + 80, spot.y, { kind: 'touch' });
    await element.updateComplete;
    expect(markX(element, LATER)!).toBeCloseTo(x0 + 80, 0);
    pointer(window, 'pointerup', spot.x + 80, spot.y, { kind: 'touch' });
  });

  it('stops listening when the element is removed mid-drag', async () => {
    const element = await mountArticle();
    const spot = emptySpot(element, 0.5);
    const x0 = markX(element, LATER);
    pointer(plot(element), 'pointerdown', spot.x, spot.y);
    const parent = element.parentElement!;
    element.remove();
    pointer(window, 'pointermove', spot.x - 200, spot.y);
    pointer(window, 'pointerup', spot.x - 200, spot.y);
    parent.append(element);
    await element.updateComplete;
    // The moves after removal did not pan it.
    const x1 = markX(element, LATER)!;
    expect(x1).toBe(x0);
    // Put back, it pans again from a fresh press.
    pointer(plot(element), 'pointerdown', spot.x, spot.y);
    pointer(window, 'pointermove', spot.x - 40, spot.y);
    pointer(window, 'pointerup', spot.x - 40, spot.y);
    await element.updateComplete;
    expect(markX(element, LATER)!).toBeCloseTo(x1 - 40, 0);
  });
});

describe('two-finger pinch', () => {
  it('zooms by the change in finger spread around the fingers', async () => {
    const element = await mountArticle((el) => (el.range = rangeAround(LATER)));
    await settled();
    const seen = ranges(element);
    const x0 = markX(element, LATER)!;
    const y = emptySpot(element, 0.5).y;
    pointer(plot(element), 'pointerdown', x0 - 50, y, { id: 1, kind: 'touch' });
    pointer(plot(element), 'pointerdown', x0 + 50, y, { id: 2, kind: 'touch' });
    pointer(window, 'pointermove', x0 - 100, y, { id: 1, kind: 'touch' });
    pointer(window, 'pointermove', x0 + 100, y, { id: 2, kind: 'touch' });
    pointer(window, 'pointerup', x0 - 100, y, { id: 1, kind: 'touch' });
    pointer(window, 'pointerup', x0 + 100, y, { id: 2, kind: 'touch' });
    await until(() => seen.length > 0);
    // Spread doubled: half the time is shown, centred where the fingers were.
    expect((seen[0]!.end - seen[0]!.start) / (4 * 86_400_000)).toBeCloseTo(0.5, 2);
    expect(Math.abs(markX(element, LATER)! - x0)).toBeLessThan(1);
  });
});

describe('panning a large timeline moves the drawing instead of laying it out again', () => {
  it('moves the drawn layers during a drag and lays out exactly once it ends', async () => {
    const { element, id } = await mountLarge();
    const button = eventButtons(element).find((b) => b.dataset.id === id)!;
    const x0 = markX(element, id)!;
    const spot = emptySpot(element, 0.5);
    pointer(plot(element), 'pointerdown', spot.x, spot.y);
    pointer(window, 'pointermove', spot.x - 60, spot.y);
    await element.updateComplete;
    // Same button node, moved by the layer's transform, not re-placed.
    expect(eventButtons(element).find((b) => b.dataset.id === id)).toBe(button);
    expect(layers(element).length).toBeGreaterThanOrEqual(2);
    for (const layer of layers(element)) expect(layer.style.transform).toBe('translateX(-60px)');
    expect(markX(element, id)!).toBeCloseTo(x0 - 60, 0);
    pointer(window, 'pointerup', spot.x - 60, spot.y);
    await element.updateComplete;
    for (const layer of layers(element)) expect(layer.style.transform).toBe('');
    expect(markX(element, id)!).toBeCloseTo(x0 - 60, 0);
  });

  it('lays out at once when a drag ends while the page is still stepping the range', async () => {
    const { element, id } = await mountLarge();
    // A page's `range` step waits for the steps to pause before the exact layout; the reader's
    // drag that follows takes over and is laid out exactly when it ends, not after that pause.
    const { start, end } = element.range!;
    element.range = { start: new Date(+start + 60_000), end: new Date(+end + 60_000) };
    await element.updateComplete;
    const x0 = markX(element, id)!;
    const spot = emptySpot(element, 0.5);
    pointer(plot(element), 'pointerdown', spot.x, spot.y);
    pointer(window, 'pointermove', spot.x - 60, spot.y);
    await element.updateComplete;
    pointer(window, 'pointerup', spot.x - 60, spot.y);
    await element.updateComplete;
    for (const layer of layers(element)) expect(layer.style.transform).toBe('');
    expect(markX(element, id)!).toBeCloseTo(x0 - 60, 0);
  });

  it('shows a range stepped by a page by moving the drawing, then lays out when the steps stop', async () => {
    const { element, id } = await mountLarge();
    const x0 = markX(element, id)!;
    const { start, end } = element.range!;
    const hour = 3_600_000;
    const pxPerHour = plot(element).getBoundingClientRect().width / 96;
    for (let step = 1; step <= 3; step++) {
      element.range = { start: new Date(+start + step * hour), end: new Date(+end + step * hour) };
      await element.updateComplete;
      expect(layers(element)[0]!.style.transform).not.toBe('');
      expect(markX(element, id)!).toBeCloseTo(x0 - step * pxPerHour, 0);
    }
    await until(() => layers(element).every((layer) => layer.style.transform === ''));
    expect(markX(element, id)!).toBeCloseTo(x0 - 3 * pxPerHour, 0);
  });

  it('lays out again during a long pan, keeping the nodes and places of the items that stay', async () => {
    const { element } = await mountLarge();
    const spot = emptySpot(element, 0.9);
    const box = plot(element).getBoundingClientRect();
    // Events in view before and after a pan of 300 px to the left: past the 200 px laid out
    // beyond the view at rest, so the pan is laid out again on its way.
    const staying = eventButtons(element).filter((b) => {
      const x = markX(element, b.dataset.id!)!;
      return x - 300 > box.left && x < box.right;
    });
    expect(staying.length).toBeGreaterThan(0);
    const before = new Map(staying.map((b) => [b, markX(element, b.dataset.id!)!]));
    const place = (b: HTMLElement) => b.closest('li')!.style.getPropertyValue('inset-inline-start');
    const placed = staying.map(place);
    const ticks = () =>
      [...shadow(element).querySelectorAll('[part~="tick"]')].map(
        (tick) => tick.getBoundingClientRect().left,
      );
    const ticksAtRest = ticks().length;
    pointer(plot(element), 'pointerdown', spot.x, spot.y);
    for (let step = 1; step <= 3; step++) {
      pointer(window, 'pointermove', spot.x - 100 * step, spot.y);
      await element.updateComplete;
    }
    // Laid out again (ticks were added ahead of the pan), the same nodes where they belong, their
    // styles untouched: the layout was placed in the axis px the pan started in.
    expect(ticks().length).toBeGreaterThan(ticksAtRest);
    expect(Math.max(...ticks())).toBeGreaterThan(box.right);
    expect(staying.map(place)).toEqual(placed);
    for (const [button, x] of before) {
      expect(button.isConnected).toBe(true);
      expect(markX(element, button.dataset.id!)!).toBeCloseTo(x - 300, 0);
    }
    pointer(window, 'pointerup', spot.x - 300, spot.y);
    await element.updateComplete;
    expect(Math.max(...ticks())).toBeLessThan(plot(element).getBoundingClientRect().right + 200);
    for (const [button, x] of before)
      expect(markX(element, button.dataset.id!)!).toBeCloseTo(x - 300, 0);
  });

  it.each(['ltr', 'rtl'])(
    'keeps what a layout places beyond the view inside its layer’s box, at rest and mid-pan (%s)',
    async (dir) => {
      // The browser gives an item outside its layer's box a compositor layer of its own (and
      // more by overlap), which it then lays out again at every step of a pan.
      const { element } = await mountLarge();
      element.dir = dir;
      // Taller than this, the drawing scrolls: lanes below the fold are beyond the view too.
      element.maxHeight = '160px';
      const base = shadow(element).querySelector('[part~="base"]')!;
      await until(() => base.getAttribute('dir') === dir);
      await settled();
      const drawn = () =>
        layers(element).flatMap((layer) => [...layer.children].map((child) => ({ layer, child })));
      const outside = () =>
        drawn()
          .filter(({ layer, child }) => {
            const box = layer.getBoundingClientRect();
            const { left, right, top, bottom } = child.getBoundingClientRect();
            return (
              left < box.left - 0.5 ||
              right > box.right + 0.5 ||
              top < box.top - 0.5 ||
              bottom > box.bottom + 0.5
            );
          })
          .map(({ child }) => child);
      const view = plot(element).getBoundingClientRect();
      const beyond = (side: 'left' | 'right' | 'bottom') =>
        drawn().filter(({ child }) => {
          const box = child.getBoundingClientRect();
          return side === 'left' ? box.left < view.left : box[side] > view[side];
        }).length;
      expect([beyond('left'), beyond('right'), beyond('bottom')]).not.toContain(0);
      expect(outside()).toEqual([]);
      const spot = emptySpot(element, 0.5);
      const along = dir === 'rtl' ? 100 : -100;
      pointer(plot(element), 'pointerdown', spot.x, spot.y);
      for (let step = 1; step <= 3; step++) {
        pointer(window, 'pointermove', spot.x + along * step, spot.y);
        await element.updateComplete;
      }
      expect(layers(element).some((layer) => layer.style.transform !== '')).toBe(true);
      expect(beyond(dir === 'rtl' ? 'left' : 'right')).toBeGreaterThan(0);
      expect(outside()).toEqual([]);
      pointer(window, 'pointerup', spot.x + along * 3, spot.y);
      await element.updateComplete;
    },
  );
});

describe('zooming scales the drawing instead of laying it out again', () => {
  function label(element: NewsTimeline, id: string): HTMLElement {
    return eventButtons(element)
      .find((b) => b.dataset.id === id)!
      .querySelector<HTMLElement>('[part~="label"]')!;
  }

  it.each(['ltr', 'rtl'])(
    'scales the layers around the pointer with the text kept at its size, then lays out (%s)',
    async (dir) => {
      const element = await mountArticle((el) => {
        el.dir = dir;
        el.range = rangeAround(LATER);
      });
      await settled();
      const button = eventButtons(element).find((b) => b.dataset.id === LATER)!;
      const x0 = markX(element, LATER)!;
      const y = emptySpot(element, 0.5).y;
      const width0 = label(element, LATER).getBoundingClientRect().width;
      const mark0 = markOf(button).getBoundingClientRect().width;
      // Never zoomed: the text has no transform of its own (a first render does not pay for one).
      expect(getComputedStyle(label(element, LATER)).transform).toBe('none');
      // One notch with Ctrl: 2^(50 × 0.002 × 10) = twice the scale, around the event's mark.
      wheel(plot(element), { ctrlKey: true, deltaY: -50, clientX: x0, clientY: y });
      await element.updateComplete;
      // Same nodes, scaled along the axis by the layers' transform: not laid out again.
      expect(eventButtons(element).find((b) => b.dataset.id === LATER)).toBe(button);
      for (const layer of layers(element)) expect(layer.style.transform).toContain('scaleX(2)');
      expect(markX(element, LATER)!).toBeCloseTo(x0, 0);
      // The mark (a time span) stretches; the headline keeps its size.
      expect(markOf(button).getBoundingClientRect().width).toBeGreaterThan(mark0);
      expect(label(element, LATER).getBoundingClientRect().width).toBeCloseTo(width0, 0);
      // Once the wheel pauses, the drawing is laid out exactly for the new scale.
      await until(() => layers(element).every((layer) => layer.style.transform === ''));
      expect(label(element, LATER).style.transform).toBe('');
      expect(markX(element, LATER)!).toBeCloseTo(x0, 0);
      expect(label(element, LATER).getBoundingClientRect().width).toBeCloseTo(width0, 0);
      // Zoomed once, the layers keep their text at an identity transform, so that the next zoom
      // changes a transform instead of adding one (which would lay the text out again).
      expect(layers(element).every((layer) => layer.hasAttribute('data-zoomed'))).toBe(true);
      for (const text of shadow(element).querySelectorAll('.label, .tick'))
        expect(getComputedStyle(text).transform).toBe('matrix(1, 0, 0, 1, 0, 0)');
    },
  );
});

describe('accessible names of events laid out beyond the view', () => {
  it('are the headline until the event comes into view, then the full name', async () => {
    const event = iraqTimeline.events.find((e) => e.id === LATER)!;
    const t = Date.parse(event.when.start);
    const hour = 3_600_000;
    // The event sits about 6 hours (~100 px) past the right edge: laid out, not in view.
    const element = await mountArticle(
      (el) => (el.range = { start: new Date(t - 78 * hour), end: new Date(t - 6 * hour) }),
    );
    await settled();
    const button = () => eventButtons(element).find((b) => b.dataset.id === LATER);
    expect(button()).toBeDefined();
    expect(button()!.getAttribute('aria-label')).toBe(event.headline);
    element.range = { start: new Date(t - 36 * hour), end: new Date(t + 36 * hour) };
    await until(() => button()?.getAttribute('aria-label') !== event.headline);
    const name = button()!.getAttribute('aria-label')!;
    expect(name.startsWith(`${event.headline}. `)).toBe(true);
    expect(name.length).toBeGreaterThan(event.headline.length + 10);
  });

  it('during a series of range steps: the focused event keeps its full name, the rest are named once the steps pause', async () => {
    const data = syntheticTimeline({ count: 2000 });
    const headlines = new Map(data.events.map((e) => [e.id, e.headline]));
    const day = 86_400_000;
    const start = Date.parse(data.events[0]!.when.start) + 5 * day;
    const element = await mount((el) => {
      el.timeline = data;
      el.layout = 'horizontal';
      el.range = { start: new Date(start), end: new Date(start + 3 * day) };
    });
    await settled();
    const inView = () => {
      const box = plot(element).getBoundingClientRect();
      return eventButtons(element).filter((b) => {
        const x = b.getBoundingClientRect().left;
        return x >= box.left && x < box.right;
      });
    };
    const fullyNamed = (b: HTMLElement) =>
      b.getAttribute('aria-label')!.length > headlines.get(b.dataset.id!)!.length + 10;
    await until(() => inView().length > 0 && inView().every(fullyNamed));
    // One that stays in view while the steps move the view 1.2 of its 3 days later.
    const shown = inView().sort(
      (a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left,
    );
    const focused = shown[Math.floor(shown.length * 0.8)]!;
    const id = focused.dataset.id!;
    focused.focus();
    const name = focused.getAttribute('aria-label');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let step = 1; step <= 12; step += 1) {
      const from = start + step * 0.1 * day;
      element.range = { start: new Date(from), end: new Date(from + 3 * day) };
      await frame();
      const button = eventButtons(element).find((b) => b.dataset.id === id);
      if (button) expect(button.getAttribute('aria-label')).toBe(name);
    }
    await until(() => inView().length > 0 && inView().every(fullyNamed));
  });

  it('of a large drawing follow its first paint; a small story is named before it', async () => {
    const data = syntheticTimeline({ count: 3000 });
    const headlines = new Map(data.events.map((e) => [e.id, e.headline]));
    const large = await mount((el) => {
      el.timeline = data;
      el.layout = 'horizontal';
    });
    const headlineNamed = () =>
      eventButtons(large).filter(
        (b) => b.getAttribute('aria-label') === headlines.get(b.dataset.id!),
      );
    expect(eventButtons(large).length).toBeGreaterThan(20);
    expect(headlineNamed()).toHaveLength(eventButtons(large).length);
    await until(() => headlineNamed().length === 0);
    const small = await mountArticle();
    const button = eventButtons(small).find((b) => b.dataset.id === LATER)!;
    expect(button.getAttribute('aria-label')!.length).toBeGreaterThan(
      button.textContent!.trim().length + 10,
    );
  });
});

describe('a zoom draws the new clusters and events in the nodes it has', () => {
  const DAY = 86_400_000;
  const JUNE_1 = Date.UTC(2014, 5, 1);
  const days = (from: number, to: number) => ({
    start: new Date(JUNE_1 + from * DAY),
    end: new Date(JUNE_1 + to * DAY),
  });

  async function mountDense(
    range: { start: Date; end: Date },
    layout: 'horizontal' | 'vertical' = 'horizontal',
  ): Promise<NewsTimeline> {
    const element = await mount((el) => {
      el.timeline = syntheticTimeline({ count: 3000 });
      el.layout = layout;
      el.range = range;
    });
    await until(() => keys(element).length > 0);
    return element;
  }

  /** Every drawn item as text: each element's tag, attributes and style, and the text inside. */
  function drawnItems(element: NewsTimeline): string[] {
    const describe = (node: Node): string =>
      node instanceof HTMLElement
        ? `<${node.localName} ${[...node.attributes]
            .filter((a) => a.name !== 'style')
            .map((a) => `${a.name}=${a.value}`)
            .sort()
            .join(' ')} {${node.style.cssText}}>${[...node.childNodes].map(describe).join('')}`
        : node.nodeType === Node.TEXT_NODE
          ? (node.textContent ?? '')
          : '';
    return [...shadow(element).querySelectorAll('[part~="plot"] li.item')].map(describe);
  }

  const keys = (element: NewsTimeline) =>
    [...shadow(element).querySelectorAll<HTMLElement>('[part~="plot"] li.item [data-key]')].map(
      (b) => b.dataset.key!,
    );

  /**
   * Settled: laid out exactly for what it shows, names and all. A large drawing gets its names
   * in idle time after its first paint, all in one render, and a busy machine may give it none
   * for up to half a second: wait for the buttons in view to have them.
   */
  async function settle(element: NewsTimeline): Promise<void> {
    await settled();
    await until(() => layers(element).every((layer) => layer.style.transform === ''));
    await until(() => namedInView(element));
    await settled();
  }

  const headlines = new Map(
    syntheticTimeline({ count: 3000 }).events.map((event) => [event.id, event.headline]),
  );

  /**
   * Every button wholly inside the plot has its full name, not a large drawing's placeholder (a
   * cluster's count with "…", an event's headline).
   */
  function namedInView(element: NewsTimeline): boolean {
    const box = plot(element).getBoundingClientRect();
    const inside = [
      ...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="plot"] li.item button'),
    ].filter((button) => {
      const { left, right } = button.getBoundingClientRect();
      return left >= box.left && right <= box.right;
    });
    return (
      inside.length > 0 &&
      inside.every((button) => {
        const name = button.getAttribute('aria-label')!;
        return !name.includes('…') && name !== headlines.get(button.dataset.id ?? '');
      })
    );
  }

  it.each([
    ['in', 'horizontal', days(2, 28), days(4, 26)],
    ['in', 'horizontal', days(0, 30), days(5, 25)],
    ['out', 'horizontal', days(4, 26), days(2, 28)],
    ['in', 'vertical', days(10, 20), days(12, 18)],
  ] as const)(
    'zooming %s (%s): few nodes are added, and the drawing is the one a fresh timeline draws',
    async (_way, layout, from, to) => {
      const element = await mountDense(from, layout);
      await settle(element);
      const before = new Set(keys(element));
      let added = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) if (node instanceof HTMLLIElement) added++;
      });
      observer.observe(shadow(element), { childList: true, subtree: true });
      element.range = to;
      await settle(element);
      observer.disconnect();
      const drawnKeys = keys(element);
      const newKeys = drawnKeys.filter((key) => !before.has(key)).length;
      expect(newKeys).toBeGreaterThan(20);
      // Keyed by item, Lit would add a node for each new key; only the items more than before
      // need new nodes for certain.
      expect(added).toBeLessThan(Math.max(0, drawnKeys.length - before.size) + newKeys / 2);
      // Scaled on the way, the layers keep their text at an identity transform once at rest.
      expect(layers(element).every((layer) => layer.hasAttribute('data-zoomed'))).toBe(true);
      const text = layout === 'vertical' ? '.event, .cluster' : '.label, .tick';
      for (const node of shadow(element).querySelectorAll(text))
        expect(getComputedStyle(node).transform).toBe('matrix(1, 0, 0, 1, 0, 0)');
      const fresh = await mountDense(to, layout);
      await settle(fresh);
      expect(drawnItems(element)).toEqual(drawnItems(fresh));
    },
  );

  it('does not hand the focused button to another event when its own leaves the drawing', async () => {
    const element = await mountDense(days(8, 12));
    await settle(element);
    const button = eventButtons(element)[Math.floor(eventButtons(element).length / 2)]!;
    const key = button.dataset.key!;
    button.focus();
    element.range = days(20, 26);
    await settle(element);
    expect(keys(element)).not.toContain(key);
    const active = shadow(element).activeElement as HTMLElement | null;
    if (active?.isConnected) expect(active.dataset.key).toBe(key);
    expect(button.dataset.key).toBe(key);
  });
});
