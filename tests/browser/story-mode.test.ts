// Story mode: <news-timeline mode="story"> read one step at a time, by keyboard only, by its
// buttons and by swipes (real touch input through the DevTools protocol), with the drawing above
// following the current event, each step announced once, and deep links.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { buildEventIndex } from '../../src/layout/event-index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineStory } from '../../src/components/news-timeline-story/news-timeline-story.js';
import { day, event, storySteps, timelineOf } from '../../stories/helpers.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import { exide } from '../fixtures/corpus/index.js';
import { cleanup, eventButtons, mountBetweenButtons, shadow, until } from './fixtures.js';

const ORDER = storySteps(iraqTimeline);
const BAND = new Set(
  buildEventIndex(iraqTimeline.events, { background: true }).band.items.map((item) => item.id),
);
const TOTAL = ORDER.length;
const originalUrl = location.href;

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  history.replaceState(null, '', originalUrl);
  cleanup();
});

/** The article in story mode between two ordinary buttons, so Tab comes from and goes somewhere. */
async function mountStory(setup: (el: NewsTimeline) => void = () => {}, width = 1000) {
  const { element, before, after } = await mountBetweenButtons((el) => {
    el.timeline = iraqTimeline;
    el.mode = 'story';
    setup(el);
  }, width);
  if (element.mode !== 'story') {
    await until(() => eventButtons(element).length > 0);
    return { element, story: null as unknown as NewsTimelineStory, before, after };
  }
  // Story mode loads on demand: its first load in a busy test run can take a few seconds.
  const story = await until(
    () => storyOf(element)?.shadowRoot?.querySelector('.slide') && storyOf(element),
    15_000,
  );
  await story.updateComplete;
  return { element, story, before, after };
}

function storyOf(element: NewsTimeline): NewsTimelineStory | null {
  return shadow(element).querySelector('news-timeline-story');
}

/** The toolbar's Story toggle. */
function storyToggle(element: NewsTimeline): HTMLButtonElement {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find(
    (b) => b.textContent?.trim() === 'Story',
  )!;
}

/** Presses the toolbar's Story toggle from the keyboard, as a reader would; gives the toggle. */
async function pressStoryToggle(element: NewsTimeline): Promise<HTMLButtonElement> {
  const toggle = storyToggle(element);
  toggle.focus();
  await userEvent.keyboard('{Enter}');
  return toggle;
}

function part(story: NewsTimelineStory, name: string): HTMLElement {
  return story.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

/** The headline of the step shown: the title card's title or the event card's headline. */
function shownHeadline(story: NewsTimelineStory): string {
  const card = story.shadowRoot!.querySelector('news-event-card');
  const heading = card
    ? card.shadowRoot?.querySelector('[part~="headline"]')
    : story.shadowRoot!.querySelector('[part~="title"]');
  return heading?.textContent?.trim() ?? '';
}

/** Waits until the story shows step `position` (0: title card) with its headline drawn. */
async function atStep(story: NewsTimelineStory, position: number): Promise<void> {
  const headline = position === 0 ? iraqTimeline.title : ORDER[position - 1]!.headline;
  await until(() => story.position === position && shownHeadline(story) === headline);
  const label = part(story, 'slide').getAttribute('aria-label');
  expect(label).toBe(position === 0 ? 'Introduction' : `${position} of ${TOTAL}`);
  if (position > 0)
    expect(part(story, 'position').textContent?.trim()).toBe(`${position} of ${TOTAL}`);
}

/**
 * Where a point of this page is on the top page, whose coordinates the DevTools protocol's input
 * takes: the test runs in a scaled iframe (inside another one).
 */
function toTopPage(x: number, y: number): { x: number; y: number } {
  let win: Window = window;
  while (win.frameElement) {
    const frame = win.frameElement as HTMLElement;
    const rect = frame.getBoundingClientRect();
    const scale = rect.width / frame.offsetWidth;
    x = rect.left + (frame.clientLeft + x) * scale;
    y = rect.top + (frame.clientTop + y) * scale;
    win = win.parent;
  }
  return { x, y };
}

/** The element focused, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('story mode, the Iraq article', () => {
  it('opens on a title card with the title, the publication and the number of events', async () => {
    const { story } = await mountStory();
    await atStep(story, 0);
    expect(part(story, 'title').getAttribute('role')).toBe('heading');
    expect(part(story, 'title-card').textContent).toContain(
      'Published Saturday, 14 June 2014 · The Guardian',
    );
    expect(part(story, 'position').textContent?.trim()).toBe(`${TOTAL} events`);
    expect(part(story, 'previous').getAttribute('aria-disabled')).toBe('true');
    expect(part(story, 'next').getAttribute('aria-disabled')).toBe('false');
    const region = part(story, 'base');
    expect(region.getAttribute('aria-roledescription')).toBe('carousel');
    expect(region.getAttribute('aria-label')).toBe(`Story: ${iraqTimeline.title}`);
    expect(part(story, 'slide').getAttribute('aria-roledescription')).toBe('slide');
  });

  it('keyboard only: Tab to the story, arrows through all 15 events, Home, End, Page keys, Tab out', async () => {
    const { element, story, before, after } = await mountStory();
    before.focus();
    const next = part(story, 'next');
    let tabs = 0;
    while (deepActive() !== next) {
      await userEvent.keyboard('{Tab}');
      if (++tabs > 40) throw new Error('Tab never reached the story');
    }
    for (let position = 1; position <= TOTAL; position++) {
      await userEvent.keyboard('{ArrowRight}');
      await atStep(story, position);
      expect(element.selected).toBe(ORDER[position - 1]!.id);
      // Focus stays where the reader put it: no focus trap, no jump into the card.
      expect(deepActive()).toBe(next);
    }
    // At the end, Next does nothing more.
    expect(next.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{ArrowRight}');
    await atStep(story, TOTAL);
    await userEvent.keyboard('{Home}');
    await atStep(story, 0);
    expect(element.hasAttribute('selected')).toBe(false);
    await userEvent.keyboard('{End}');
    await atStep(story, TOTAL);
    await userEvent.keyboard('{PageUp}');
    await atStep(story, TOTAL - 1);
    await userEvent.keyboard('{ArrowLeft}');
    await atStep(story, TOTAL - 2);
    await userEvent.keyboard('{PageDown}');
    await atStep(story, TOTAL - 1);
    // Enter on Next works as a button does.
    await userEvent.keyboard('{Enter}');
    await atStep(story, TOTAL);
    // No trap: Tab leaves the story, then the background band after it, and the component.
    const band = shadow(element).querySelectorAll('[part~="band"] button').length;
    expect(band).toBeGreaterThan(0);
    for (let i = 0; i < band + 6 && document.activeElement !== after; i++) {
      await userEvent.keyboard('{Tab}');
    }
    expect(document.activeElement).toBe(after);
  });

  it('buttons: Next through all 15 events, Previous back to the title card', async () => {
    const { element, story } = await mountStory();
    for (let position = 1; position <= TOTAL; position++) {
      await userEvent.click(part(story, 'next'));
      await atStep(story, position);
      expect(element.getAttribute('selected')).toBe(ORDER[position - 1]!.id);
    }
    // Playwright refuses to click an aria-disabled button; a click that gets through does nothing.
    part(story, 'next').click();
    await atStep(story, TOTAL);
    for (let position = TOTAL - 1; position >= 0; position--) {
      await userEvent.click(part(story, 'previous'));
      await atStep(story, position);
    }
  });

  it('swipe: real touch swipes step forward and back; an upward swipe does not step', async () => {
    const { story } = await mountStory();
    const session = cdp();
    await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    try {
      async function swipe(dx: number, dy = 0): Promise<void> {
        const slide = part(story, 'slide');
        slide.scrollIntoView({ block: 'start' });
        const box = slide.getBoundingClientRect();
        const start = toTopPage(box.left + 150, box.top + 60);
        const scale = toTopPage(1, 0).x - toTopPage(0, 0).x;
        const { x, y } = start;
        dx *= scale;
        dy *= scale;
        await session.send('Input.dispatchTouchEvent', {
          type: 'touchStart',
          touchPoints: [{ x, y }],
        });
        for (let k = 1; k <= 4; k++) {
          await session.send('Input.dispatchTouchEvent', {
            type: 'touchMove',
            touchPoints: [{ x: x + (dx * k) / 4, y: y + (dy * k) / 4 }],
          });
        }
        await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      }
      for (let position = 1; position <= TOTAL; position++) {
        await swipe(-160);
        await atStep(story, position);
      }
      await swipe(160);
      await atStep(story, TOTAL - 1);
      await swipe(10, -150);
      await swipe(30);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(story.position).toBe(TOTAL - 1);
    } finally {
      await session.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    }
  });

  it('announces each step once, with its position and headline, and the timeline stays silent', async () => {
    const { element, story } = await mountStory();
    const heard: string[] = [];
    const storyLive = story.shadowRoot!.querySelector('[aria-live]')!;
    const timelineLive = shadow(element).querySelector('[aria-live]')!;
    const observer = new MutationObserver(() => {
      heard.push(`story: ${storyLive.textContent?.trim()}`);
    });
    observer.observe(storyLive, { childList: true, subtree: true, characterData: true });
    const timelineObserver = new MutationObserver(() => {
      if (timelineLive.textContent?.trim())
        heard.push(`timeline: ${timelineLive.textContent.trim()}`);
    });
    timelineObserver.observe(timelineLive, { childList: true, subtree: true, characterData: true });
    try {
      part(story, 'next').focus();
      await userEvent.keyboard('{ArrowRight}');
      await until(() => heard.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(heard).toEqual([`story: 1 of ${TOTAL}: ${ORDER[0]!.headline}`]);
      // Three quick steps are said once, as where the reader landed.
      heard.length = 0;
      await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
      await until(() => heard.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(heard).toEqual([`story: 4 of ${TOTAL}: ${ORDER[3]!.headline}`]);
    } finally {
      observer.disconnect();
      timelineObserver.disconnect();
    }
  });

  it('the drawing that moves to follow the story says nothing of it: each step is said once', async () => {
    // KPCC's Exide saga: its overview moves with most steps, and each move was read out after
    // the step ("Showing 1 March 1981 – 5 October 1982: 1 of 61 events.").
    const { element, story } = await mountStory((el) => (el.timeline = exide()), 1280);
    const timelineLive = shadow(element).querySelector('[aria-live]')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      if (timelineLive.textContent?.trim()) heard.push(timelineLive.textContent.trim());
    });
    observer.observe(timelineLive, { childList: true, subtree: true, characterData: true });
    const ranges: unknown[] = [];
    element.addEventListener('news-timeline-range-change', (e) => ranges.push(e.detail));
    try {
      part(story, 'next').focus();
      for (let step = 1; step <= 6; step++) {
        await userEvent.keyboard('{ArrowRight}');
        await until(() => story.position === step);
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      await new Promise((resolve) => setTimeout(resolve, 600));
      // The drawing did move (the page is told), and the reader heard only the steps.
      expect(ranges.length).toBeGreaterThan(0);
      expect(heard).toEqual([]);
      // The reader's own zoom of the overview is read out, as outside story mode.
      const zoomIn = shadow(element).querySelector<HTMLButtonElement>(
        '[part~="toolbar"] button[aria-label="Zoom in"]',
      )!;
      await userEvent.click(zoomIn);
      await until(() => heard.length > 0);
      expect(heard[0]).toMatch(/^Showing .+: \d+ of 61 events\.$/);
    } finally {
      observer.disconnect();
    }
  });

  it('the drawing above follows the current event and a click on it moves the story', async () => {
    const { element, story } = await mountStory((el) => (el.layout = 'horizontal'), 1200);
    await until(() => eventButtons(element).length > 0);
    const khanaqin = ORDER.findIndex((e) => e.id === 'basiji-cross-into-khanaqin');
    story.goTo(khanaqin + 1);
    await atStep(story, khanaqin + 1);
    await until(() => {
      const button = eventButtons(element).find(
        (b) => b.dataset.id === 'basiji-cross-into-khanaqin',
      );
      return button?.getAttribute('aria-expanded') === 'true' && button.tabIndex === 0;
    });
    const button = eventButtons(element).find(
      (b) => b.dataset.id === 'basiji-cross-into-khanaqin',
    )!;
    expect(button.getAttribute('aria-controls')).toBe('detail');
    expect(shadow(element).getElementById('detail')).toBe(story);
    // No detail card besides the story's own.
    expect(shadow(element).querySelectorAll('news-event-card')).toHaveLength(0);
    const maliki = eventButtons(element).find(
      (b) => b.dataset.id === 'maliki-addresses-the-country',
    )!;
    await userEvent.click(maliki);
    await atStep(story, ORDER.findIndex((e) => e.id === 'maliki-addresses-the-country') + 1);
  });

  it("gives the tab stop to each step's event as the story moves on", async () => {
    const { element, story } = await mountStory((el) => (el.layout = 'horizontal'), 1200);
    await until(() => eventButtons(element).length > 0);
    const stops: string[] = [];
    // The dated news: each step's event is drawn (the background's are in the band).
    for (let position = 1; position <= TOTAL - BAND.size; position++) {
      story.goTo(position);
      await atStep(story, position);
      const current = await until(() =>
        eventButtons(element).find((b) => b.getAttribute('aria-expanded') === 'true'),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (current.tabIndex !== 0) stops.push(`${position}: ${current.dataset.id}`);
    }
    // Shift+Tab from the story's buttons goes back to the step's event, not the one before.
    expect(stops).toEqual([]);
  });

  it('walks the news of the day first, then the background, as the drawing reads', async () => {
    const { story } = await mountStory((el) => (el.layout = 'horizontal'), 1200);
    // Ten background events ("by 14 Jun", "9 - 14 Jun") start before the news: by time alone they
    // came first, and the lead ("Iran sends 2,000 advance troops") was step 11 of 15.
    expect(BAND.size).toBe(10);
    story.goTo(1);
    await until(() => shownHeadline(story) === 'Iran sends 2,000 advance troops to Iraq');
    const context = () =>
      [...story.shadowRoot!.querySelectorAll('[part~="context"] .tag')].map((tag) =>
        tag.textContent?.trim(),
      );
    expect(context()).not.toContain('Background');
    story.goTo(TOTAL - BAND.size + 1);
    await until(() => story.position === TOTAL - BAND.size + 1);
    await until(() => context().includes('Background'));
    story.goTo(TOTAL - BAND.size);
    await until(() => story.position === TOTAL - BAND.size && !context().includes('Background'));
  });

  it('says on the card when an event sits in the background band, and which era it falls in', async () => {
    const { element, story } = await mountStory((el) => (el.layout = 'horizontal'), 1200);
    const context = () =>
      [...story.shadowRoot!.querySelectorAll('[part~="context"] .tag')].map((tag) =>
        tag.textContent?.trim(),
      );
    const kirkuk = ORDER.findIndex((e) => e.id === 'army-bases-looted-in-kirkuk') + 1;
    story.goTo(kirkuk);
    await atStep(story, kirkuk);
    expect(context()).toEqual(['Background', 'During: Isis advance, week of 9 June']);
    // The band in the drawing marks it; the axis is left as it was.
    await until(
      () =>
        shadow(element)
          .querySelector('[part~="band-event"][data-id="army-bases-looted-in-kirkuk"]')
          ?.getAttribute('aria-expanded') === 'true',
    );
    const maliki = ORDER.findIndex((e) => e.id === 'maliki-addresses-the-country') + 1;
    story.goTo(maliki);
    await atStep(story, maliki);
    expect(context()).toEqual(['During: Isis advance, week of 9 June']);
  });

  it('focus inside the card (a source link) moves to the new step', async () => {
    const linked = (id: string, date: string) =>
      event(id, `Headline ${id}`, day(date), {
        sources: [
          { who: 'A reporter', named: true, verb: 'reported', url: `https://example.org/${id}` },
        ],
      });
    const { story } = await mountStory((el) => {
      el.timeline = timelineOf([linked('a', '2014-06-12'), linked('b', '2014-06-13')]);
    });
    story.next();
    await until(() => story.position === 1);
    const card = await until(() => story.shadowRoot!.querySelector('news-event-card'));
    const link = await until(() => card.shadowRoot?.querySelector<HTMLElement>('a'));
    link.focus();
    expect(deepActive()).toBe(link);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => story.position === 2);
    await until(() => deepActive() === part(story, 'slide'));
  });

  it('right to left: ArrowLeft goes forward, ArrowRight back', async () => {
    const { story } = await mountStory((el) => {
      el.locale = 'ar';
    });
    await until(() => part(story, 'base').getAttribute('dir') === 'rtl');
    part(story, 'next').focus();
    await userEvent.keyboard('{ArrowLeft}');
    await atStep(story, 1);
    await userEvent.keyboard('{ArrowLeft}');
    await atStep(story, 2);
    await userEvent.keyboard('{ArrowRight}');
    await atStep(story, 1);
  });

  it('steps slide in, unless the reader prefers reduced motion', async () => {
    const { story } = await mountStory();
    story.next();
    await atStep(story, 1);
    const step = () => story.shadowRoot!.querySelector<HTMLElement>('.step')!;
    expect(step().getAnimations().length).toBe(1);
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    story.next();
    await atStep(story, 2);
    expect(step().getAnimations()).toEqual([]);
  });

  it('a row chosen in the list view brings the story, below the list, into view at its step', async () => {
    await page.viewport(1280, 400);
    try {
      const { element, story } = await mountStory((el) => (el.view = 'list'));
      window.scrollTo(0, 0);
      const rows = await until(() => {
        const found = shadow(element).querySelectorAll<HTMLButtonElement>('.list-event');
        return found.length > 3 && found;
      });
      expect(story.getBoundingClientRect().top).toBeGreaterThan(innerHeight);
      await userEvent.click(rows[3]!);
      await until(() => story.position > 0);
      await until(() => {
        const { top, bottom } = story.getBoundingClientRect();
        return top < innerHeight && bottom > 0;
      });
      // Its own Next moves on without scrolling the page.
      const y = scrollY;
      story.next();
      await story.updateComplete;
      expect(scrollY).toBe(y);
    } finally {
      window.scrollTo(0, 0);
      await page.viewport(1280, 900);
    }
  });

  it('a step sliding in stays inside the story: no scrollbar comes and goes at each step', async () => {
    const { story } = await mountStory();
    story.next();
    await atStep(story, 1);
    // Held where it starts, 1.5rem to the side: the page widened by as much for 130 ms.
    const [slideIn] = story.shadowRoot!.querySelector<HTMLElement>('.step')!.getAnimations();
    slideIn!.pause();
    slideIn!.currentTime = 0;
    expect(story.scrollWidth).toBe(story.clientWidth);
  });

  it('the toolbar toggle brings the story into view on a phone, where it opens below the fold', async () => {
    await page.viewport(390, 844);
    try {
      const { element } = await mountStory((el) => {
        el.mode = 'explore';
        el.layout = 'vertical';
      }, 390);
      await pressStoryToggle(element);
      const story = await until(() => storyOf(element)?.shadowRoot?.querySelector('.slide'));
      await until(() => {
        const box = story.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight && box.height > 0;
      });
      // Focus went into the story, to Next (round thirty-five; it had stayed on the toggle).
      await until(() => deepActive() === storyOf(element)!.shadowRoot!.querySelector('.next'));
    } finally {
      window.scrollTo(0, 0);
      await page.viewport(1280, 900);
    }
  });

  it('the toolbar toggle shows the story whole on a wide page where it opens below the fold', async () => {
    // Focus on Next scrolled by itself (Chrome centres a focused control), the story's foot 135 px
    // below the screen, and the check that shows it whole then found it in view already.
    const spacer = document.body.insertBefore(
      document.createElement('div'),
      document.body.firstChild,
    );
    spacer.style.height = '700px';
    try {
      const { element } = await mountStory((el) => {
        el.mode = 'explore';
      });
      await pressStoryToggle(element);
      const next = await until(() => storyOf(element)?.shadowRoot?.querySelector('.next'));
      await until(() => deepActive() === next);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const box = storyOf(element)!.getBoundingClientRect();
      expect(box.height).toBeLessThan(window.innerHeight);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  for (const zoom of [1, 3])
    it(`a phone's story is a sheet at the foot of the screen, each step's event in view above it (zoom ${zoom})`, async () => {
      await page.viewport(390, 844);
      try {
        const { element, story } = await mountStory((el) => (el.layout = 'vertical'), 390);
        // Zoomed in, a step's event off the view moves the view before it is drawn there.
        if (zoom > 1) {
          element.zoomBy(zoom);
          await element.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        const seen: string[] = [];
        for (let position = 1; position <= TOTAL; position++) {
          story.next();
          await atStep(story, position);
          await new Promise((resolve) => setTimeout(resolve, 100));
          const drawn = shadow(element).querySelector('.plot [aria-expanded="true"]');
          if (!drawn) continue;
          const sheet = storyOf(element)!.getBoundingClientRect();
          const box = drawn.getBoundingClientRect();
          const next = part(story, 'nav').getBoundingClientRect();
          const fine = box.top >= 0 && box.bottom <= sheet.top + 1 && next.bottom <= innerHeight;
          seen.push(
            `${position}${fine ? '' : ` (out of view ${Math.round(box.top)}-${Math.round(box.bottom)} sheet ${Math.round(sheet.top)} next ${Math.round(next.bottom)} y ${scrollY})`}`,
          );
        }
        // The article's five dated events, the others in the background band.
        expect(seen).toHaveLength(5);
        expect(seen.filter((s) => s.endsWith(')'))).toEqual([]);
      } finally {
        window.scrollTo(0, 0);
        await page.viewport(1280, 900);
      }
    });

  it('on a phone, a step of the background band brings its row into view above the sheet', async () => {
    // The sheet rested before the band, the steps' rows below it off the screen: the article's
    // ten background steps (VOA's Peru quake: 12 of 13) showed the drawing's unrelated rows.
    await page.viewport(390, 844);
    try {
      const { element, story } = await mountStory((el) => (el.layout = 'vertical'), 390);
      const seen: string[] = [];
      for (let position = 1; position <= TOTAL; position++) {
        story.next();
        await atStep(story, position);
        if (!BAND.has(ORDER[position - 1]!.id)) continue;
        await new Promise((resolve) => setTimeout(resolve, 100));
        const row = shadow(element).querySelector('.band-event[aria-expanded="true"]')!;
        const sheet = storyOf(element)!.getBoundingClientRect();
        const box = row.getBoundingClientRect();
        const next = part(story, 'nav').getBoundingClientRect();
        const fine =
          box.top >= 0 &&
          box.bottom <= sheet.top + 1 &&
          sheet.top >= innerHeight / 2 &&
          next.bottom <= innerHeight;
        seen.push(
          `${position}${fine ? '' : ` (row ${Math.round(box.top)}-${Math.round(box.bottom)} sheet ${Math.round(sheet.top)} next ${Math.round(next.bottom)})`}`,
        );
      }
      expect(seen).toHaveLength(BAND.size);
      expect(seen.filter((s) => s.endsWith(')'))).toEqual([]);
      // The reader closed the band: its steps leave the page where it is (a hidden row has no
      // box, and the first version scrolled the page 8 px up at each of them).
      shadow(element).querySelector<HTMLElement>('.band-toggle')!.click();
      story.goTo(1);
      await atStep(story, 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const ys: number[] = [];
      for (let position = 2; position <= TOTAL; position++) {
        story.next();
        await atStep(story, position);
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (BAND.has(ORDER[position - 1]!.id)) ys.push(Math.round(scrollY));
      }
      expect(new Set(ys).size).toBe(1);
    } finally {
      window.scrollTo(0, 0);
      await page.viewport(1280, 900);
    }
  });

  it('on a phone, Tab through the background band shows each of its buttons above the sheet', async () => {
    // The sheet rests after the band, stuck at the screen's foot while the band is on it: Tab
    // from the step's Next went to the band's toggle and rows drawn under the sheet, out of sight.
    await page.viewport(390, 844);
    try {
      const { element, story, after } = await mountStory((el) => (el.layout = 'vertical'), 390);
      part(story, 'next').focus();
      const hidden: string[] = [];
      for (let n = 0; n < 40; n++) {
        await userEvent.keyboard('{Tab}');
        await new Promise((resolve) => setTimeout(resolve, 30));
        const focused = shadow(element).activeElement;
        if (document.activeElement === after || !focused?.closest('.band')) break;
        const box = focused.getBoundingClientRect();
        const sheet = storyOf(element)!.getBoundingClientRect();
        if (
          box.top < 0 ||
          box.bottom > innerHeight ||
          (box.bottom > sheet.top && box.top < sheet.bottom)
        )
          hidden.push(
            `${n} ${Math.round(box.top)}-${Math.round(box.bottom)} under ${Math.round(sheet.top)}`,
          );
      }
      expect(hidden).toEqual([]);
    } finally {
      window.scrollTo(0, 0);
      await page.viewport(1280, 900);
    }
  });

  it('on a phone, a click on a band row just above the sheet opens it', async () => {
    // Focus from the pointer scrolled the row out from under the sheet between the press and the
    // release, which then fell on another row: the click was lost.
    await page.viewport(390, 844);
    try {
      const { element, story } = await mountStory((el) => (el.layout = 'vertical'), 390);
      const rows = [...shadow(element).querySelectorAll<HTMLElement>('.band-event')];
      const sheet = () => storyOf(element)!.getBoundingClientRect();
      const row = rows[3]!;
      // Its top 10 px above the sheet, the rest under it.
      window.scrollBy(0, row.getBoundingClientRect().top - (sheet().top - 10));
      await new Promise((resolve) => setTimeout(resolve, 100));
      // A press and its release 4 px below the row's top, as a mouse's click.
      await userEvent.click(row, { position: { x: row.offsetWidth / 2, y: 4 } });
      await until(() => row.getAttribute('aria-expanded') === 'true');
      expect(shownHeadline(story)).toBe(row.querySelector('.band-headline')!.textContent!.trim());
    } finally {
      window.scrollTo(0, 0);
      await page.viewport(1280, 900);
    }
  });

  it("prints a phone's story under its drawing, before the band", async () => {
    // The screen's sheet rests after the band and the legend: on paper the step's card came after
    // the band's ten rows, away from the drawing it is about.
    await page.viewport(390, 844);
    try {
      const { element, story } = await mountStory((el) => (el.layout = 'vertical'), 390);
      await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
      const band = shadow(element).querySelector('.band')!;
      expect(story.getBoundingClientRect().bottom).toBeLessThanOrEqual(
        band.getBoundingClientRect().top,
      );
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
      await page.viewport(1280, 900);
    }
  });

  it('on a phone, each step opens at the top of its sheet, however far the last one was read', async () => {
    // The sheet (the story itself scrolls) read to its foot left the next step 337 px down, its
    // headline, summary and time out of sight (the reader review of round thirty-four's build).
    await page.viewport(390, 844);
    try {
      const { element, story } = await mountStory((el) => (el.layout = 'vertical'), 390);
      const sheet = storyOf(element)!;
      const headlineTop = () =>
        story
          .shadowRoot!.querySelector('news-event-card')!
          .shadowRoot!.querySelector('[part~="headline"]')!
          .getBoundingClientRect().top;
      const moves: [string, () => Promise<unknown>][] = [
        ['Next', () => userEvent.click(part(story, 'next'))],
        ['→', () => userEvent.keyboard('{ArrowRight}')],
        ['a click on the drawing', () => userEvent.click(eventButtons(element)[0]!)],
      ];
      story.next();
      await atStep(story, 1);
      for (const [move, act] of moves) {
        sheet.scrollTop = sheet.scrollHeight;
        await until(() => sheet.scrollTop > 100);
        const from = story.position;
        await act();
        await until(() => story.position !== from);
        await atStep(story, story.position);
        await story.updateComplete;
        expect(sheet.scrollTop, move).toBe(0);
        expect(headlineTop(), move).toBeGreaterThanOrEqual(sheet.getBoundingClientRect().top);
      }
    } finally {
      window.scrollTo(0, 0);
      await page.viewport(1280, 900);
    }
  });

  it("on a phone, Tab to the sheet's buttons leaves the step where the reader has it", async () => {
    // The buttons stay in the sheet's corner (sticky) but sit at the step's foot in its flow:
    // focused, Chrome scrolled the sheet there, the headline, summary and time out of sight.
    await page.viewport(390, 844);
    try {
      const { element, story } = await mountStory((el) => (el.layout = 'vertical'), 390);
      const sheet = storyOf(element)!;
      story.next();
      await atStep(story, 1);
      await until(() => sheet.scrollHeight > sheet.clientHeight + 100);
      for (const top of [0, 40]) {
        sheet.scrollTop = top;
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        part(story, 'slide').focus({ preventScroll: true });
        await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
        expect(story.shadowRoot!.activeElement).toBe(part(story, 'next'));
        expect(sheet.scrollTop).toBe(top);
        await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
        expect(story.shadowRoot!.activeElement).toBe(part(story, 'previous'));
        expect(sheet.scrollTop).toBe(top);
      }
    } finally {
      window.scrollTo(0, 0);
      await page.viewport(1280, 900);
    }
  });

  it('the toolbar toggle puts focus on Next, so the arrow keys step at once; toggled off, focus is on the toggle', async () => {
    // Focus stayed on the toggle: → did nothing until two Tabs reached the story.
    await page.viewport(1280, 900);
    window.scrollTo(0, 0);
    const { element, before } = await mountStory((el) => {
      el.mode = 'explore';
      el.layout = 'horizontal';
    }, 1200);
    const toggle = await pressStoryToggle(element);
    const story = await until(
      () => storyOf(element)?.shadowRoot?.querySelector('.slide') && storyOf(element),
      15_000,
    );
    await until(() => deepActive() === part(story, 'next'));
    expect(scrollY).toBe(0);
    await userEvent.keyboard('{ArrowRight}');
    await atStep(story, 1);
    // Escape is not a way out: story mode is a view the reader chose, as the list view is.
    await userEvent.keyboard('{Escape}');
    expect(element.mode).toBe('story');
    expect(deepActive()).toBe(part(story, 'next'));
    // Three Shift+Tabs back (Previous, the drawing's one stop), the toggle leaves story mode and
    // focus stays on it.
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{Tab}{/Shift}');
    expect(deepActive()).toBe(toggle);
    await userEvent.keyboard('{Enter}');
    await until(() => !storyOf(element));
    expect(deepActive()).toBe(toggle);
    // A page that sets the mode itself leaves focus where it is.
    before.focus();
    element.mode = 'story';
    await until(() => storyOf(element)?.shadowRoot?.querySelector('.next'), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.activeElement).toBe(before);
  });

  it('the toolbar toggle leaves a wide page where it is when the story already shows', async () => {
    await page.viewport(1280, 900);
    window.scrollTo(0, 0);
    const { element } = await mountStory((el) => {
      el.mode = 'explore';
      el.layout = 'horizontal';
    }, 1200);
    const toggle = await pressStoryToggle(element);
    const story = await until(() => storyOf(element)?.shadowRoot?.querySelector('.slide'), 15_000);
    await storyOf(element)!.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(story.getBoundingClientRect().top).toBeLessThan(innerHeight);
    // The drawing above, which follows the story, and the toggle stay on screen.
    expect(toggle.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    expect(scrollY).toBe(0);
  });

  it('wide: each step of the news shows its whole card on the first screen, under the drawing and before the band', async () => {
    await page.viewport(1280, 800);
    window.scrollTo(0, 0);
    try {
      const { element, story } = await mountStory((el) => (el.layout = 'horizontal'), 1240);
      const plot = shadow(element).querySelector('.plot')!;
      const band = shadow(element).querySelector('[part~="band"]')!;
      // The story follows the drawing; after the band and the legend, a step's card began at the
      // screen's foot (at y 700 of 800 for Sistani's sermon).
      expect(plot.nextElementSibling).toBe(story);
      expect(story.compareDocumentPosition(band) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      for (let position = 1; position <= 5; position++) {
        await userEvent.click(part(story, 'next'));
        await atStep(story, position);
        const card = part(story, 'slide').getBoundingClientRect();
        expect(BAND.has(ORDER[position - 1]!.id)).toBe(false);
        expect(card.top).toBeGreaterThanOrEqual(plot.getBoundingClientRect().bottom);
        expect(card.bottom, ORDER[position - 1]!.headline).toBeLessThanOrEqual(innerHeight);
      }
      expect(scrollY).toBe(0);
    } finally {
      window.scrollTo(0, 0);
      await page.viewport(1280, 900);
    }
  });

  it('marks the cluster that holds the current event, as the event would be marked', async () => {
    // A 61-event saga's step 40 was in a cluster of 29: nothing in the drawing showed where it was.
    const dense = syntheticTimeline({ count: 300, seed: 4 });
    const band = new Set(
      buildEventIndex(dense.events, { background: true }).band.items.map((item) => item.id),
    );
    const { element, story } = await mountStory((el) => {
      el.timeline = dense;
      el.layout = 'horizontal';
    }, 1000);
    const drawn = (id: string) =>
      shadow(element).querySelector(`[part~="event"][data-id="${CSS.escape(id)}"]`);
    const current = () =>
      shadow(element).querySelectorAll('[part~="cluster"][aria-current="true"]');
    let clustered = 0;
    for (const step of storySteps(dense).slice(0, 40)) {
      if (band.has(step.id)) continue;
      if (clustered > 1) break;
      await userEvent.click(part(story, 'next'));
      await until(() => element.selected === step.id);
      await element.updateComplete;
      if (drawn(step.id)) {
        expect(current()).toHaveLength(0);
        continue;
      }
      clustered++;
      expect(current()).toHaveLength(1);
      const mark = current()[0]!.querySelector('.mark')!;
      expect(getComputedStyle(mark).outlineStyle).toBe('solid');
    }
    expect(clustered).toBeGreaterThan(0);
  });

  it('the toolbar toggles story mode', async () => {
    const { element } = await mountStory((el) => (el.mode = 'explore'));
    const toggle = storyToggle(element);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(storyOf(element)).toBeNull();
    await userEvent.click(toggle);
    await until(() => storyOf(element));
    expect(element.getAttribute('mode')).toBe('story');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(toggle);
    await until(() => !storyOf(element));
    expect(element.getAttribute('mode')).toBe('explore');
  });
});

describe('deep links (link-selection)', () => {
  it('a page opened with #event-id starts the story on that event', async () => {
    history.replaceState(null, '', '#basiji-cross-into-khanaqin');
    const { element, story } = await mountStory((el) => (el.linkSelection = true));
    const position = ORDER.findIndex((e) => e.id === 'basiji-cross-into-khanaqin') + 1;
    await atStep(story, position);
    expect(element.selected).toBe('basiji-cross-into-khanaqin');
  });

  it('opens the detail of that event in the ordinary view', async () => {
    history.replaceState(null, '', '#maliki-addresses-the-country');
    const { element } = await mountStory((el) => {
      el.mode = 'explore';
      el.linkSelection = true;
    });
    const card = await until(() => shadow(element).querySelector('news-event-card'));
    await until(
      () =>
        card.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim() ===
        'Maliki addresses the country and calls on citizens to take up arms',
    );
  });

  it('the address follows the selection, and a changed address moves the story', async () => {
    const { story } = await mountStory((el) => (el.linkSelection = true));
    story.next();
    await atStep(story, 1);
    await until(() => location.hash === `#${ORDER[0]!.id}`);
    story.next();
    await atStep(story, 2);
    await until(() => location.hash === `#${ORDER[1]!.id}`);
    const historyLength = history.length;
    story.goTo(0);
    await atStep(story, 0);
    await until(() => location.hash === '');
    // Replaced, not pushed: stepping does not fill the Back button.
    expect(history.length).toBe(historyLength);
    location.hash = `#${ORDER[5]!.id}`;
    await atStep(story, 6);
  });

  it('leaves the page alone without link-selection, and leaves a fragment that is not an event', async () => {
    history.replaceState(null, '', '#basiji-cross-into-khanaqin');
    const { story } = await mountStory();
    await atStep(story, 0);
    story.next();
    await atStep(story, 1);
    expect(location.hash).toBe('#basiji-cross-into-khanaqin');
    history.replaceState(null, '', '#top');
    const linked = await mountStory((el) => (el.linkSelection = true));
    await atStep(linked.story, 0);
    expect(location.hash).toBe('#top');
  });
});
