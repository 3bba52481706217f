// Lifecycle: connect, disconnect, reconnect, move, data churn, and 500 create/remove cycles with
// heap, listener, observer and timer accounting.
import { afterEach, describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import { cleanup, drawnEventCount, eventButtons, mount, shadow, until } from './fixtures.js';

afterEach(() => {
  cleanup();
});

function axisDomainText(element: NewsTimeline): string {
  return [...shadow(element).querySelectorAll('[part~="tick"]')]
    .map((t) => t.textContent)
    .join('|');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Zoom (toolbar button) and selection (click an event) both work on the element as it is now. */
async function expectWorking(element: NewsTimeline): Promise<void> {
  await until(() => eventButtons(element).length > 0);
  const ranges: unknown[] = [];
  const onRange = (e: Event) => ranges.push(e);
  element.addEventListener('news-timeline-range-change', onRange);
  const before = axisDomainText(element);
  const zoomIn = shadow(element).querySelector<HTMLButtonElement>('[part~="toolbar"] button')!;
  zoomIn.click();
  await until(() => ranges.length > 0, 3000);
  await until(() => axisDomainText(element) !== before);
  element.removeEventListener('news-timeline-range-change', onRange);
  element.fitAll();
  await until(() => drawnEventCount(element) === iraqTimeline.events.length);
  const selections: string[] = [];
  element.addEventListener('news-timeline-select', (e) =>
    selections.push(e.detail.event?.id ?? ''),
  );
  const button = eventButtons(element)[0]!;
  button.click();
  await element.updateComplete;
  expect(selections).toEqual([button.dataset.id]);
  expect(shadow(element).querySelector('news-event-card')).not.toBeNull();
  element.selected = undefined;
  await element.updateComplete;
}

// Disconnecting detaches the zoom controller; reconnecting (or a move) must re-attach it.
describe('connect, disconnect, reconnect, move', () => {
  it('keeps working after being removed and put back', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    await expectWorking(element);
    const parent = element.parentElement!;
    element.remove();
    await delay(20);
    parent.append(element);
    await expectWorking(element);
  });

  it('keeps working after a move to a container of the same width', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    await expectWorking(element);
    const other = document.createElement('section');
    other.style.width = '1200px';
    document.body.append(other);
    other.append(element);
    await expectWorking(element);
  });

  it('keeps working after a move to a narrower container (re-layout)', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    const other = document.createElement('div');
    other.style.width = '900px';
    document.body.append(other);
    other.append(element);
    await expectWorking(element);
  });

  it('keeps the range shown when its container narrows or widens, zoomed in or not', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    await until(() => eventButtons(element).length > 0);
    const plot = shadow(element).querySelector<HTMLElement>('[part~="plot"]')!;
    /** Each event's place as a share of the plot's width. */
    const shares = (of: NewsTimeline) => {
      const box = shadow(of).querySelector('[part~="plot"]')!.getBoundingClientRect();
      return eventButtons(of).map((b) => ({
        id: b.dataset.id,
        at: Number(((b.getBoundingClientRect().left - box.left) / box.width).toFixed(2)),
      }));
    };
    const resizeTo = async (width: number) => {
      element.parentElement!.style.width = `${width}px`;
      await until(() => Math.round(plot.getBoundingClientRect().width) === width);
      // Frames, not milliseconds: the ResizeObserver reports in the frame after the layout, and on
      // a loaded machine that came later than 50 ms (the 1200 px view still showed 900 px's).
      for (let frames = 0; frames < 3; frames += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await element.updateComplete;
      }
    };
    // Zoomed in, the range stays. The first view stays the first view: that of the new width,
    // which may be longer at its end for its last headlines at one width than at another.
    const firstViewAt = async (width: number) => {
      const fresh = await mount((el) => (el.timeline = iraqTimeline), width);
      await until(() => eventButtons(fresh).length > 0);
      const seen = shares(fresh);
      fresh.parentElement!.remove();
      return seen;
    };
    const at900 = await firstViewAt(900);
    const at1200 = await firstViewAt(1200);
    await resizeTo(900);
    expect(shares(element)).toEqual(at900);
    await resizeTo(1200);
    expect(shares(element)).toEqual(at1200);
    element.zoomBy(2);
    await delay(400);
    const before = shares(element);
    expect(before.length).toBeGreaterThan(0);
    await resizeTo(900);
    expect(shares(element)).toEqual(before);
    await resizeTo(1200);
    expect(shares(element)).toEqual(before);
  });

  it('turns vertical and back as its container crosses 600 px, with no ResizeObserver loop error', async () => {
    // Error trackers and dev-server overlays report this error as the page's own.
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const element = await mount((el) => (el.timeline = iraqTimeline), 900);
      await until(() => eventButtons(element).length > 0);
      const plot = () => shadow(element).querySelector('[part~="plot"]')!;
      for (const [width, orientation] of [
        [590, 'vertical'],
        [610, 'horizontal'],
        [400, 'vertical'],
        [900, 'horizontal'],
      ] as const) {
        element.parentElement!.style.width = `${width}px`;
        await until(() => plot().classList.contains(orientation));
        await delay(100);
        expect(Math.round(plot().getBoundingClientRect().width)).toBe(width);
      }
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('keeps light-DOM data across a move, without reading it twice', async () => {
    const loads: unknown[] = [];
    const element = await mount((el) => {
      el.addEventListener('news-timeline-load', (e) => loads.push(e));
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(iraqTimeline);
      el.append(script);
    });
    await until(() => eventButtons(element).length > 0);
    document.body.append(element);
    await element.updateComplete;
    expect(loads).toHaveLength(1);
    expect(drawnEventCount(element)).toBe(iraqTimeline.events.length);
  });
});

describe('data churn', () => {
  it('1,000 data changes: the last one wins and the drawing matches it', async () => {
    const element = await mount();
    const stories: Timeline[] = Array.from({ length: 10 }, (_, i) =>
      syntheticTimeline({ count: 3 + i, seed: i + 1, days: 30 }),
    );
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1) {
      element.timeline = i % 3 === 0 ? JSON.stringify(stories[i % 10]) : stories[i % 10]!;
      // Every tenth change renders; the rest batch into the next update, as they would in a page.
      if (i % 10 === 0) await element.updateComplete;
    }
    const last = { ...syntheticTimeline({ count: 7, seed: 99, days: 30 }), id: 'last' };
    element.timeline = last;
    await element.updateComplete;
    element.fitAll();
    await until(() => drawnEventCount(element) === 7);
    expect(performance.now() - started).toBeLessThan(20_000);
    const drawn = new Set(eventButtons(element).map((b) => b.dataset.id));
    for (const id of drawn) expect(last.events.some((e) => e.id === id)).toBe(true);
  });
});
