// A cluster zoomed into shows its headlines: a story whose first view folds events into its last
// lane packs its lanes again for closer zoom levels (`StoryLayout.zoomed`). KPCC's Exide timeline,
// 40 of its 61 events in its last year: zoomed into its 29-event cluster, 25 of them stayed in
// clusters on the bottom row under about 400 px of empty lanes.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { exide, lax } from '../fixtures/corpus/index.js';
import { day, event, timelineOf } from '../../stories/helpers.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { cleanup, clusterButtons, eventButtons, mount, shadow, until } from './fixtures.js';

afterEach(async () => {
  cleanup();
  window.scrollTo(0, 0);
  await page.viewport(1280, 900);
});

const timeline = exide();
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The drawing's box: what of the plot the reader sees. */
const plotBox = (element: NewsTimeline) =>
  shadow(element).querySelector('[part~="plot"]')!.getBoundingClientRect();

/** Whether the event's mark, or the cluster's, is in the view. */
function inView(element: NewsTimeline, button: Element): boolean {
  const plot = plotBox(element);
  const box = (button.nextElementSibling ?? button).getBoundingClientRect();
  return box.right > plot.left && box.left < plot.right;
}

const labelOf = (button: Element) => button.querySelector('[part~="label"]');
/** The span of a cluster's events after its badge. */
const spanOf = (button: Element) => button.querySelector('.label');

/** The top of each drawn event's mark, by event id: its row. */
const rows = (element: NewsTimeline) =>
  new Map(
    eventButtons(element).map((button) => [
      button.getAttribute('data-id')!,
      Math.round(button.getBoundingClientRect().top),
    ]),
  );

/** The lane each drawn event is in (its item's `lane-N` class), by event id. */
const lanes = (element: NewsTimeline) =>
  new Map(
    eventButtons(element).map((button) => [
      button.getAttribute('data-id')!,
      /\blane-(\d+)/.exec(button.closest('li')!.className)![1],
    ]),
  );

async function settled(element: NewsTimeline) {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await element.updateComplete;
  await frame();
}

/**
 * Exide at `width`, showing the whole story (it opens closer in, on its densest year): there its
 * last year folds into clusters.
 */
async function mountWhole(
  width: number,
  setup = (el: NewsTimeline): void => void (el.timeline = timeline),
) {
  const element = await mount(setup, width);
  await until(() => eventButtons(element).length > 0);
  element.fitAll();
  await settled(element);
  return element;
}

/** The cluster badge with the most events, once the first view is drawn. */
async function largestCluster(element: NewsTimeline) {
  await until(() => clusterButtons(element).length > 0);
  const count = (button: Element) => Number.parseInt(button.textContent!.trim(), 10);
  const largest = clusterButtons(element).sort((a, b) => count(b) - count(a))[0]!;
  expect(count(largest)).toBeGreaterThan(10);
  return largest;
}

async function zoomIntoLargestCluster(element: NewsTimeline) {
  (await largestCluster(element)).click();
  await settled(element);
}

/** Ctrl+wheel notches (a mouse's: 2x each, as the + button) over the middle of `target`, a frame apart. */
async function wheelOver(element: NewsTimeline, target: Element, notches: number) {
  const box = target.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const plot = shadow(element).querySelector('[part~="plot"]')!;
  for (let notch = 0; notch < notches; notch++) {
    const init = { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100, ...at };
    plot.dispatchEvent(new WheelEvent('wheel', init));
    await element.updateComplete;
    await frame();
  }
}

describe('a story too dense for one view of it all', () => {
  it('opens closer in on its densest stretch, every headline there whole; Show all events shows all', async () => {
    // KPCC's LAX shooting at 1280 px: the fit-all view folded 17 of its 51 events into badges.
    const element = await mount((el) => (el.timeline = lax()), 1280);
    await until(() => eventButtons(element).length > 0);
    await settled(element);
    const shown = eventButtons(element).filter((button) => inView(element, button));
    expect(clusterButtons(element).filter((button) => inView(element, button))).toEqual([]);
    expect(shown.length).toBeGreaterThan(40);
    expect(shown.filter((button) => !labelOf(button))).toEqual([]);
    element.fitAll();
    await until(() => clusterButtons(element).some((button) => inView(element, button)));
  });

  it('says beside "Show all events" how many of its events are in view, until all are', async () => {
    // Exide opens on 2013-2014: nothing said its 1981-2012 history was out of view.
    const element = await mount((el) => (el.timeline = timeline), 1280);
    await until(() => eventButtons(element).length > 0);
    await settled(element);
    const status = () => shadow(element).querySelector('[part~="toolbar"] .shown')?.textContent;
    const said = status()!.match(/^(\d+) of 61 events in view$/);
    expect(said).not.toBeNull();
    // Counted by their time, not their buttons: a mark drawn 12 px wide for an instant just before
    // the view shows a sliver at its edge.
    const inViewNow = eventButtons(element).filter((button) => inView(element, button)).length;
    expect(Math.abs(Number(said![1]) - inViewNow)).toBeLessThanOrEqual(1);
    expect(Number(said![1])).toBeGreaterThan(30);
    // Read with the button that shows it all; the buttons stay put as it comes and goes.
    const button = (name: string) =>
      [...shadow(element).querySelectorAll('[part~="toolbar"] button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
      )!;
    expect(button('Show all events').getAttribute('aria-describedby')).toBe('shown');
    const zoomInAt = button('Zoom in').getBoundingClientRect().left;
    element.fitAll();
    await until(() => status() === undefined);
    expect(button('Show all events').hasAttribute('aria-describedby')).toBe(false);
    expect(button('Zoom in').getBoundingClientRect().left).toBeCloseTo(zoomInAt, 0);
  });
});

describe('a cluster of more than 99 events', () => {
  it('shows its whole count, the span of its events after it', async () => {
    // KPCC's Dorner manhunt: 147 events in one badge read "14" (the badge was 24 px wide).
    const manhunt = Array.from({ length: 147 }, (_, k) =>
      event(`m${k}`, `Manhunt report ${k}`, day('2013-02-12')),
    );
    const element = await mount((el) => {
      el.layout = 'horizontal';
      el.timeline = timelineOf([
        event('born', 'Born', day('2013-01-02')),
        ...manhunt,
        event('after', 'Inquiry', day('2013-03-20')),
      ]);
    }, 1280);
    // Those that do not take a lane of their own fold into one badge, over a hundred.
    const badge = await until(() =>
      clusterButtons(element).find(
        (button) => button.querySelector('.mark')!.textContent!.trim().length > 2,
      ),
    );
    const count = badge.querySelector<HTMLElement>('.mark')!;
    expect(count.scrollWidth).toBeLessThanOrEqual(count.clientWidth);
    const span = badge.querySelector('.label');
    if (span) {
      expect(span.getBoundingClientRect().left).toBeGreaterThanOrEqual(
        count.getBoundingClientRect().right,
      );
    }
  });
});

describe('zoomed into a cluster of a story too dense for its first view', () => {
  it('shows the cluster’s headlines in lanes of their own, none over another', async () => {
    const element = await mountWhole(1280);
    await zoomIntoLargestCluster(element);
    const shown = eventButtons(element).filter((button) => inView(element, button));
    expect(clusterButtons(element).filter((button) => inView(element, button))).toEqual([]);
    expect(shown.length).toBeGreaterThan(25);
    const unlabelled = shown.filter((button) => !labelOf(button));
    expect(unlabelled.map((button) => button.getAttribute('aria-label'))).toEqual([]);
    const boxes = shown.map((button) => labelOf(button)!.getBoundingClientRect());
    for (const [k, a] of boxes.entries()) {
      for (const b of boxes.slice(k + 1)) {
        const overlap =
          a.left < b.right - 1 &&
          b.left < a.right - 1 &&
          a.top < b.bottom - 1 &&
          b.top < a.bottom - 1;
        expect(overlap, `labels at ${Math.round(a.left)},${Math.round(a.top)}`).toBe(false);
      }
    }
  });

  it('keeps every row still while the reader pans at that zoom, and the first view’s rows after Show all events', async () => {
    const element = await mountWhole(1280);
    let range: { start: Date; end: Date } | undefined;
    element.addEventListener('news-timeline-range-change', (event) => (range = event.detail));
    const first = rows(element);
    await zoomIntoLargestCluster(element);
    const zoomed = rows(element);
    const { start, end } = range!;
    const shift = (+end - +start) / 4;
    element.range = { start: new Date(+start + shift), end: new Date(+end + shift) };
    await settled(element);
    const panned = rows(element);
    let compared = 0;
    for (const [id, top] of panned) {
      if (!zoomed.has(id)) continue;
      compared++;
      expect(top, id).toBe(zoomed.get(id));
    }
    expect(compared).toBeGreaterThan(10);
    const showAll = [...shadow(element).querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Show all events',
    )!;
    showAll.click();
    await settled(element);
    expect(rows(element)).toEqual(first);
  });

  it('takes a zoom level’s lanes when a Ctrl+wheel gesture pauses, not under it', async () => {
    const element = await mountWhole(1280);
    const largest = await largestCluster(element);
    const first = lanes(element);
    await wheelOver(element, largest, 4);
    // Under the gesture (16x): every drawn event is in its first view's lane.
    for (const [id, lane] of lanes(element)) expect(lane, id).toBe(first.get(id));
    await settled(element);
    const after = lanes(element);
    expect([...after].filter(([id, lane]) => first.get(id) !== lane).length).toBeGreaterThan(0);
    expect(clusterButtons(element).filter((button) => inView(element, button))).toEqual([]);
  });

  it('takes the next level’s lanes once the zoom-in button’s animation ends', async () => {
    const element = await mountWhole(1280);
    await largestCluster(element);
    const first = lanes(element);
    const height = plotBox(element).height;
    const zoomIn = shadow(element).querySelector<HTMLButtonElement>(
      'button[aria-label="Zoom in"]',
    )!;
    zoomIn.click();
    await settled(element);
    const after = lanes(element);
    expect([...after].filter(([id, lane]) => first.get(id) !== lane).length).toBeGreaterThan(0);
    // Never shorter than the first view: the page under the drawing does not move up.
    expect(plotBox(element).height).toBeGreaterThanOrEqual(height - 1);
  });

  it('keeps keyboard focus on screen when a zoom with - or + moves the focused event to another row', async () => {
    // Below a zoom out, the focused headline moved from 414 px to 685 px down the screen.
    await page.viewport(1280, 600);
    const element = await mountWhole(1280);
    await zoomIntoLargestCluster(element);
    const focusedBox = () => shadow(element).activeElement!.getBoundingClientRect();
    await until(() => shadow(element).activeElement?.matches('[part~="event"]'));
    const moves: string[] = [];
    for (const key of ['{ArrowDown}', '{ArrowDown}', '-', '+', '-', '-']) {
      await userEvent.keyboard(key);
      await settled(element);
      const box = focusedBox();
      moves.push(`${key} ${Math.round(box.top)}-${Math.round(box.bottom)}`);
      // With room for its focus ring (3 px, 2 px off).
      expect(box.top, moves.join(', ')).toBeGreaterThanOrEqual(5);
      expect(box.bottom, moves.join(', ')).toBeLessThanOrEqual(window.innerHeight - 5);
    }
  });

  it('brings the new rows into view after a Ctrl+wheel zoom over a cluster low in a long drawing', async () => {
    await page.viewport(1280, 800);
    const element = await mountWhole(1280);
    const largest = await largestCluster(element);
    // Focus where a click leaves it, on a toolbar button: no event of its own to bring into view.
    shadow(element).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.focus();
    largest.scrollIntoView({ block: 'center' });
    expect(window.scrollY).toBeGreaterThan(300);
    await wheelOver(element, largest, 6);
    await settled(element);
    // The zoomed-into headlines on screen: with the scroll as it was, 12 (5 in the reader review).
    const onScreen = eventButtons(element).filter((button) => {
      const label = labelOf(button)?.getBoundingClientRect();
      return (
        label && label.top >= 0 && label.bottom <= window.innerHeight && inView(element, button)
      );
    });
    expect(onScreen.length).toBeGreaterThan(18);
  });

  it('leaves the page where it is when the page sets `range`, or the reader zooms out', async () => {
    await page.viewport(1280, 800);
    const element = await mountWhole(1280);
    const largest = await largestCluster(element);
    const first = lanes(element);
    // A scrolling story sets the range as its reader scrolls: the page is the story's to move.
    document.body.append(Object.assign(document.createElement('div'), { style: 'height: 2000px' }));
    window.scrollTo(0, 500);
    expect(window.scrollY).toBe(500);
    element.range = { start: new Date('2013-07-01'), end: new Date('2014-09-01') };
    await settled(element);
    expect([...lanes(element)].some(([id, lane]) => first.get(id) !== lane)).toBe(true);
    expect(window.scrollY).toBe(500);

    element.range = undefined;
    element.fitAll();
    await settled(element);
    largest.scrollIntoView({ block: 'center' });
    await wheelOver(element, largest, 2);
    await settled(element);
    const scrolled = window.scrollY + 300;
    window.scrollTo(0, scrolled);
    const plot = shadow(element).querySelector('[part~="plot"]')!;
    plot.dispatchEvent(
      new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: 100 }),
    );
    await settled(element);
    expect(window.scrollY).toBe(scrolled);
  });

  it('story mode zooms the overview into the cluster that holds the step’s event', async () => {
    const element = await mountWhole(1280);
    const first = await largestCluster(element);
    const step = timeline.events.find((event) => event.headline.startsWith('Town hall meeting'))!;
    // In the first view the step's event is one of the largest cluster's.
    expect(first.getAttribute('aria-label')).toMatch(/^\d+ events/);
    expect(shadow(element).querySelector(`[data-id="${step.id}"]`)).toBeNull();
    element.selected = step.id;
    element.mode = 'story';
    const drawn = () => shadow(element).querySelector(`[part~="event"][data-id="${step.id}"]`);
    await until(drawn);
    await settled(element);
    const current = drawn()!;
    // Drawn as the open event, with its headline, where the cluster had been marked current.
    expect(current.getAttribute('aria-expanded')).toBe('true');
    expect(labelOf(current)?.textContent).toBe(step.headline);
    expect(shadow(element).querySelector('[part~="cluster"][aria-current="true"]')).toBeNull();
  });
});

describe('the span of a cluster’s events, after its badge', () => {
  // KPCC's Exide saga at 1280 px: the story's last year, its news, was a "29" badge on the bottom
  // row with 400 px of room after it; the reader saw how many events, not when.
  it('is written after a cluster with room for it, whole, over no other label, and opens it', async () => {
    const element = await mountWhole(1280);
    const largest = await largestCluster(element);
    const span = spanOf(largest)!;
    expect(span.textContent).toMatch(/^\d+ (August|September) 2013 – \d+ August 2014$/);
    expect(span.scrollWidth).toBeLessThanOrEqual(span.clientWidth + 1);
    const box = span.getBoundingClientRect();
    const badge = largest.querySelector('.mark')!.getBoundingClientRect();
    expect(box.left).toBeGreaterThan(badge.right);
    expect(box.top).toBeLessThan(badge.bottom);
    expect(box.right).toBeLessThanOrEqual(plotBox(element).right);
    for (const button of eventButtons(element)) {
      const other = labelOf(button)?.getBoundingClientRect();
      if (!other) continue;
      const overlap =
        other.left < box.right &&
        box.left < other.right &&
        other.top < box.bottom &&
        box.top < other.bottom;
      expect(overlap, button.getAttribute('aria-label')!).toBe(false);
    }
    // The words are the badge's: clicked, they zoom into the cluster.
    (span as HTMLElement).click();
    await settled(element);
    expect(clusterButtons(element).filter((button) => inView(element, button))).toEqual([]);
  });

  it('ends within its room in a page’s larger font, as a headline does', async () => {
    // The words' width is estimated at the drawing's usual size: in a 20 px font at 900 px they ran
    // 37 px past the drawing, cut off mid-year ("… 19 August 2").
    const element = await mountWhole(900, (el) => {
      el.timeline = timeline;
      el.style.fontSize = '20px';
    });
    const span = spanOf(await largestCluster(element));
    expect(span).not.toBeNull();
    expect(span!.getBoundingClientRect().right).toBeLessThanOrEqual(plotBox(element).right);
  });

  it('is left out where the room after a cluster is too short for it', async () => {
    // At 640 px the badge stands about 220 px before the drawing's end, short of the words'
    // estimate ("7 July 2013 – 19 August 2014" drawn 206 px wide at 680 px): never cut, left out.
    // Laid out across: at 640 px Exide folds 36 of its 61 events, and 'auto' draws it down.
    const element = await mountWhole(640, (el) => {
      el.timeline = timeline;
      el.layout = 'horizontal';
    });
    const largest = await largestCluster(element);
    const room = plotBox(element).right - largest.getBoundingClientRect().right;
    expect(room).toBeLessThan(240);
    expect(clusterButtons(element).map(spanOf)).toEqual(clusterButtons(element).map(() => null));
  });
});

describe('a cluster opened on a phone', () => {
  it.each(['center', 'start'] as const)(
    'spreads its events over half a screen from where it was (at the screen’s %s), the story around it still drawn',
    async (block) => {
      // Exide at 390 px: the two events of 14-18 September 2013 share a row. Opened, their range
      // filled the whole 5,500 px drawing: the two headlines stood 3,400 px apart in empty hours,
      // with 6 of the story's 61 events left in the drawing and the page thrown 3,000 px up. Spread
      // about the cluster's middle, one at the screen's top went above it and focus threw the page
      // 672 px to bring its first event back.
      await page.viewport(390, 844);
      const element = await mount((el) => {
        el.timeline = timeline;
        el.layout = 'vertical';
      }, 390);
      const cluster = await until(() =>
        clusterButtons(element).find((button) => button.textContent!.includes('2 events')),
      );
      cluster.scrollIntoView({ block });
      await frame();
      const tapped = cluster.getBoundingClientRect().top;
      const drawnBefore = eventButtons(element).length;
      const scrolledBefore = window.scrollY;
      const members = new Set(
        timeline.events
          .filter((event) => /^2013-09-1[4-8]/.test(String(event.when.start)))
          .map((event) => event.id),
      );
      expect(members.size).toBe(2);
      cluster.click();
      await settled(element);
      const opened = eventButtons(element).filter((button) =>
        members.has(button.getAttribute('data-id')!),
      );
      expect(opened.length).toBe(2);
      const [first, second] = opened.map((button) => button.getBoundingClientRect());
      expect(second!.top - first!.top).toBeGreaterThan(0);
      expect(second!.bottom - first!.top).toBeLessThanOrEqual(innerHeight);
      for (const box of [first!, second!]) {
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(innerHeight);
      }
      expect(Math.abs(window.scrollY - scrolledBefore)).toBeLessThan(100);
      expect(Math.abs(first!.top - tapped)).toBeLessThan(innerHeight / 4);
      expect(eventButtons(element).length).toBeGreaterThan(Math.min(drawnBefore, 8));
    },
  );
  it('keeps the opened events inside the drawing when the cluster is at its top', async () => {
    // Near the drawing's top, the events before the middle were drawn above it, out of sight.
    await page.viewport(390, 844);
    const element = await mount((el) => {
      el.timeline = timeline;
      el.layout = 'vertical';
    }, 390);
    await until(() => clusterButtons(element).length > 0);
    element.range = { start: new Date('2013-09-13T00:00:00-07:00'), end: new Date('2017-09-01') };
    await settled(element);
    const cluster = await until(() =>
      clusterButtons(element).find((button) => button.textContent!.includes('2 events')),
    );
    const plot = plotBox(element);
    expect(cluster.getBoundingClientRect().top - plot.top).toBeLessThan(innerHeight / 4);
    cluster.click();
    await settled(element);
    const members = timeline.events.filter((event) =>
      /^2013-09-1[4-8]/.test(String(event.when.start)),
    );
    for (const { id } of members) {
      const button = eventButtons(element).find((b) => b.getAttribute('data-id') === id);
      expect(button, id).toBeDefined();
      const mark = button!.nextElementSibling!.getBoundingClientRect();
      expect(mark.top, id).toBeGreaterThanOrEqual(plotBox(element).top);
      expect(mark.bottom, id).toBeLessThanOrEqual(plotBox(element).bottom);
    }
  });
});
