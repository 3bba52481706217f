// Focus and view after a band's card closes, the cluster holding the current event (story mode on a
// phone, forced colours): found by the review of round twenty-eight.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import { buildEventIndex } from '../../src/layout/event-index.js';
import { storySteps } from '../../stories/helpers.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import {
  bandEventButtons,
  cleanup,
  eventButtons,
  mountBetweenButtons,
  shadow,
  until,
} from './fixtures.js';

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  cleanup();
  window.scrollTo(0, 0);
  await page.viewport(1280, 900);
});

const BAND_IDS = buildEventIndex(iraqTimeline.events, { background: true }).band.items.map(
  (item) => item.id,
);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function openCard(element: NewsTimeline) {
  const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
  const card = await until(() => {
    const found = detail.querySelector<HTMLElement>('news-event-card');
    return found?.shadowRoot?.textContent ? found : null;
  });
  return { detail, card };
}

describe('band card: closing when the band is closed', () => {
  it('on a phone, a band event opened by the `selected` attribute: the close button leaves focus in the timeline', async () => {
    await page.viewport(390, 800);
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'vertical';
    }, 390);
    // The reader closed the band; the page then opens one of its events.
    const toggle = await until(() =>
      shadow(element).querySelector<HTMLElement>('[part~="band-toggle"]'),
    );
    toggle.click();
    await element.updateComplete;
    element.selected = BAND_IDS[1]!;
    const { detail } = await openCard(element);
    // The band is closed: the card is under the drawing, not in the band.
    expect(shadow(element).querySelector('#band-events')!.hasAttribute('hidden')).toBe(true);
    expect(detail.closest('li')).toBeNull();
    const close = detail.querySelector<HTMLElement>('.close')!;
    await userEvent.click(close);
    await until(() => !shadow(element).querySelector('#detail'));
    await element.updateComplete;
    await frame();
    // Focus went to the band's hidden row: it fell to <body>.
    expect(document.activeElement, 'focus left the timeline').toBe(element);
    expect(shadow(element).activeElement).not.toBeNull();
  });
});

describe('Escape in the band with a drawn event’s card open under the drawing', () => {
  it('leaves focus in the band, where the reader is', async () => {
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'horizontal';
    }, 1200);
    await until(() => eventButtons(element).length > 0);
    eventButtons(element)[0]!.click();
    await openCard(element);
    const row = bandEventButtons(element)[3]!;
    row.focus();
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    await frame();
    expect(shadow(element).activeElement).toBe(row);
  });
});

describe('story mode on a phone: the cluster holding the current event', () => {
  it('comes into view above the story, as a drawn current event does', async () => {
    await page.viewport(390, 700);
    const dense = syntheticTimeline({ count: 1000, seed: 4 });
    const band = new Set(
      buildEventIndex(dense.events, { background: true }).band.items.map((item) => item.id),
    );
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = dense;
      el.layout = 'vertical';
      el.mode = 'story';
    }, 390);
    const story = await until(() => {
      const s = shadow(element).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        'news-timeline-story',
      );
      return s?.shadowRoot?.querySelector('.slide') && s;
    }, 15_000);
    const next = story.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!;
    const problems: string[] = [];
    let clustered = 0;
    for (const step of storySteps(dense).slice(0, 60)) {
      if (band.has(step.id)) continue;
      next.click();
      await until(() => element.selected === step.id);
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const cluster = shadow(element).querySelector<HTMLElement>(
        '[part~="cluster"][aria-current="true"]',
      );
      if (!cluster) continue;
      clustered++;
      const sheet = shadow(element).querySelector<HTMLElement>('#detail')!.getBoundingClientRect();
      const r = cluster.getBoundingClientRect();
      if (r.top < 0 || r.bottom > Math.min(innerHeight, sheet.top) + 1)
        problems.push(
          `${step.id}: cluster ${Math.round(r.top)}-${Math.round(r.bottom)}, sheet top ${Math.round(sheet.top)}`,
        );
    }
    expect(clustered).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('forced colours', () => {
  it('the current cluster’s ring is drawn in Highlight, as the open event’s is', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    const dense = syntheticTimeline({ count: 300, seed: 4 });
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = dense;
      el.layout = 'horizontal';
    }, 1000);
    await until(() => eventButtons(element).length > 0);
    const alone = eventButtons(element)[0]!;
    alone.click();
    await element.updateComplete;
    const openRing = getComputedStyle(alone.nextElementSibling!).outlineColor;
    const cluster = shadow(element).querySelector<HTMLElement>('[part~="cluster"]')!;
    const member = dense.events.find(
      (e) =>
        cluster.getAttribute('aria-label') &&
        e.id !== alone.dataset.id &&
        !eventButtons(element).some((b) => b.dataset.id === e.id) &&
        !buildEventIndex(dense.events, { background: true }).band.items.some((i) => i.id === e.id),
    )!;
    element.selected = member.id;
    await element.updateComplete;
    const current = await until(() =>
      shadow(element).querySelector('[part~="cluster"][aria-current="true"] .mark'),
    );
    expect(getComputedStyle(current).outlineStyle).toBe('solid');
    expect(getComputedStyle(current).outlineColor).toBe(openRing);
  });
});

describe('a band row’s accessible name', () => {
  it('starts with the date the row shows, once, across the page and down it', async () => {
    // A phone's rows were named "by 13 Jun by 13 Jun Quds Force head…": a vertical drawing's
    // names start with the row's date, and the band put it in front again.
    for (const [layout, width] of [
      ['horizontal', 1000],
      ['vertical', 390],
    ] as const) {
      const { element } = await mountBetweenButtons((el) => {
        el.timeline = iraqTimeline;
        el.layout = layout;
      }, width);
      const rows = await until(
        () => bandEventButtons(element).length > 0 && bandEventButtons(element),
      );
      const names = rows.map((row) => ({
        when: row.querySelector('.band-when')!.textContent!.trim(),
        name: row.getAttribute('aria-label')!,
      }));
      expect(names.length).toBe(BAND_IDS.length);
      for (const { when, name } of names) {
        expect(name.startsWith(`${when} `), name).toBe(true);
        expect(name.startsWith(`${when} ${when}`), name).toBe(false);
      }
      cleanup();
    }
  });
});
