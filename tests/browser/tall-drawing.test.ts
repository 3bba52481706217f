// A wide drawing taller than 60% of the screen: the opened event's card, and story mode's story, are
// a sheet at the screen's foot, as on a phone. Under it, the card opened below the fold and
// showing it scrolled the event just clicked off the top.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { corpus } from '../fixtures/corpus/index.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineStory } from '../../src/components/news-timeline-story/news-timeline-story.js';
import {
  cleanup,
  eventButtons,
  mountBetweenButtons,
  mountWide,
  plotOf,
  shadow,
  until,
} from './fixtures.js';

afterEach(async () => {
  cleanup();
  window.scrollTo(0, 0);
  await page.viewport(1280, 900);
});

/** Apollo 11's 23 lanes: a drawing about 650 px tall at 1240 px. */
const apollo = () => corpus().find((entry) => entry.id === 'apollo-11')!.timeline;

const detailOf = (element: NewsTimeline) => shadow(element).querySelector<HTMLElement>('#detail');
const storyOf = (element: NewsTimeline) =>
  shadow(element).querySelector<NewsTimelineStory>('news-timeline-story');

async function openedCard(element: NewsTimeline): Promise<HTMLElement> {
  return until(() => {
    const card = detailOf(element)?.querySelector<HTMLElement>('news-event-card');
    return card?.shadowRoot?.textContent?.trim() ? card : null;
  });
}

/** Apollo 11 at 1280 x 700 with its first event's card open: a sheet at the screen's foot. */
async function apolloCardAsSheet(): Promise<NewsTimeline> {
  await page.viewport(1280, 700);
  const element = await mountWide(apollo());
  await userEvent.click(eventButtons(element)[0]!);
  await openedCard(element);
  await until(() => getComputedStyle(detailOf(element)!).position === 'sticky');
  return element;
}

describe('a wide drawing taller than 60% of the screen', () => {
  it('shows an opened card as a sheet at the foot of the screen, the event above it', async () => {
    await page.viewport(1280, 700);
    const element = await mountWide(apollo());
    expect(plotOf(element).getBoundingClientRect().height).toBeGreaterThan(innerHeight * 0.6);
    const event = eventButtons(element).find((b) => b.getBoundingClientRect().top < 200)!;
    await userEvent.click(event);
    const card = await openedCard(element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sheet = detailOf(element)!;
    expect(getComputedStyle(sheet).position).toBe('sticky');
    expect(sheet.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight + 1);
    expect(card.getBoundingClientRect().top).toBeLessThan(innerHeight);
    const { top, bottom } = event.getBoundingClientRect();
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(sheet.getBoundingClientRect().top + 1);
  });

  it('brings an event opened under the sheet out from under it', async () => {
    await page.viewport(1280, 700);
    const element = await mountWide(apollo());
    // The lowest event: once the sheet shows, it would be under it.
    const lowest = eventButtons(element).reduce((a, b) =>
      a.getBoundingClientRect().bottom > b.getBoundingClientRect().bottom ? a : b,
    );
    lowest.scrollIntoView({ block: 'end' });
    await userEvent.click(lowest);
    await openedCard(element);
    expect(getComputedStyle(detailOf(element)!).position).toBe('sticky');
    await until(
      () =>
        lowest.getBoundingClientRect().bottom <= detailOf(element)!.getBoundingClientRect().top + 1,
    );
    expect(lowest.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    // ...and the card is on the screen with it.
    expect(detailOf(element)!.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight + 1);
  });

  it('keeps the card in its place, whole, under a drawing that fits', async () => {
    await page.viewport(1280, 900);
    const element = await mountWide(iraqTimeline);
    expect(plotOf(element).getBoundingClientRect().height).toBeLessThan(innerHeight * 0.55);
    await userEvent.click(eventButtons(element)[0]!);
    await openedCard(element);
    expect(getComputedStyle(detailOf(element)!).position).not.toBe('sticky');
  });

  it('follows the window: a taller one leaves the card in its place', async () => {
    const element = await apolloCardAsSheet();
    await page.viewport(1280, 1600);
    await until(() => getComputedStyle(detailOf(element)!).position !== 'sticky');
    await page.viewport(1280, 700);
    await until(() => getComputedStyle(detailOf(element)!).position === 'sticky');
  });

  it('brings the open event out from under the sheet when the window is made shorter', async () => {
    await page.viewport(1280, 1600);
    const element = await mountWide(apollo());
    const lowest = eventButtons(element).reduce((a, b) =>
      a.getBoundingClientRect().bottom > b.getBoundingClientRect().bottom ? a : b,
    );
    await userEvent.click(lowest);
    await openedCard(element);
    expect(getComputedStyle(detailOf(element)!).position).not.toBe('sticky');
    // Shorter, with the event still on the screen (one off it is left where it is), under the
    // sheet the drawing, now taller than 60% of the window, makes of the detail.
    const height = Math.round(lowest.getBoundingClientRect().top) + 24;
    expect(plotOf(element).getBoundingClientRect().height).toBeGreaterThan(0.6 * height);
    await page.viewport(1280, height);
    await until(() => getComputedStyle(detailOf(element)!).position === 'sticky');
    await until(
      () =>
        lowest.getBoundingClientRect().bottom <= detailOf(element)!.getBoundingClientRect().top + 1,
    );
    expect(lowest.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
  });

  for (const [name, timeline, headline] of [
    ['the article', () => iraqTimeline, 'Maliki'],
    // Far down Apollo's 23 rows: laid out anew, it was 200 px below a 390 px window.
    ['Apollo 11', apollo, 'flag deployed'],
  ] as const)
    it(`brings the open event into view above the sheet when a phone turns (${name})`, async () => {
      await page.viewport(390, 844);
      const { element } = await mountBetweenButtons((el) => (el.timeline = timeline()), 390);
      // As wide as the window, as on a page that fills it.
      element.parentElement!.style.width = '';
      await until(() => eventButtons(element).length > 0);
      const event = eventButtons(element).find((b) => b.textContent!.includes(headline))!;
      event.scrollIntoView({ block: 'center' });
      await userEvent.click(event);
      await openedCard(element);
      await page.viewport(844, 390);
      await until(() => plotOf(element).classList.contains('horizontal'));
      const opened = () =>
        shadow(element).querySelector<HTMLElement>('.plot [aria-expanded=true]')!;
      await until(() => getComputedStyle(detailOf(element)!).position === 'sticky');
      await until(
        () =>
          opened().getBoundingClientRect().bottom <=
          detailOf(element)!.getBoundingClientRect().top + 1,
      );
      expect(opened().getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    });

  it('leaves the page where it is when a timeline opened on an event is first measured', async () => {
    // The page opens the timeline on an event (`selected`, or the address): its first measure
    // turns the sheet on, and the page scrolled by itself before the reader did anything.
    await page.viewport(390, 844);
    const mountPhone = (selected?: string) =>
      mountBetweenButtons((el) => {
        el.timeline = apollo();
        el.layout = 'vertical';
        if (selected) el.selected = selected;
      }, 390);
    const { element: probe } = await mountPhone();
    await until(() => eventButtons(probe).length > 0);
    // A row the sheet will cover: in the lowest 30% of the screen.
    const low = eventButtons(probe).find((b) => {
      const { top, bottom } = b.getBoundingClientRect();
      return top > innerHeight * 0.7 && bottom < innerHeight;
    })!;
    const id = low.dataset.id!;
    cleanup();
    window.scrollTo(0, 0);
    const { element } = await mountPhone(id);
    await until(() => eventButtons(element).length > 0);
    await openedCard(element);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(scrollY).toBe(0);
  });

  it('leaves the page where it is when a timeline below the screen changes width', async () => {
    // A full-page screenshot takes the page's scroll bar away and gives it back: a timeline
    // further down the page, its width changed, scrolled the page down to its open event (as a
    // phone turned does, rightly, for the timeline on the screen).
    await page.viewport(390, 844);
    const above = document.createElement('div');
    above.style.height = '2000px';
    document.body.append(above);
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = apollo();
      el.layout = 'vertical';
      el.selected = apollo().events[3]!.id;
    }, 390);
    await until(() => eventButtons(element).length > 0);
    await openedCard(element);
    await until(() => getComputedStyle(detailOf(element)!).position === 'sticky');
    // Its first measure, off the screen, comes later than the drawing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(scrollY).toBe(0);
    element.parentElement!.style.width = '370px';
    await until(() => plotOf(element).getBoundingClientRect().width < 380);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(scrollY).toBe(0);
  });

  const houston = () => corpus().find((entry) => entry.id === 'houston')!.timeline;
  for (const [name, timeline, width, height] of [
    ['Apollo 11', apollo, 1280, 700],
    ['Whitney Houston', houston, 1280, 500],
    ['Apollo 11 on a phone', apollo, 390, 844],
    ['Whitney Houston on a phone', houston, 390, 844],
  ] as const)
    it(`keeps the story's Next button in its place from step to step, each event above the sheet (${name})`, async () => {
      await page.viewport(width, height);
      const element =
        width > 600
          ? await mountWide(timeline(), (el) => (el.mode = 'story'))
          : (
              await mountBetweenButtons((el) => {
                el.timeline = timeline();
                el.mode = 'story';
              }, width)
            ).element;
      const story = await until(
        () => storyOf(element)?.shadowRoot?.querySelector('.slide') && storyOf(element),
        15_000,
      );
      await until(() => getComputedStyle(story).position === 'sticky');
      const next = () => story.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!;
      const tops: number[] = [];
      const hidden: number[] = [];
      // From the title card on through every step and back: steps of every height, either way.
      const on = Array.from({ length: story.total + 1 }, (_, k) => k);
      const path = [...on, ...on.reverse().slice(1)];
      for (const position of path) {
        story.goTo(position);
        await until(() => story.position === position);
        await new Promise((resolve) => setTimeout(resolve, 150));
        // While the sheet is at the screen's foot: past the drawing's end it rests in its place.
        if (Math.abs(story.getBoundingClientRect().bottom - innerHeight) < 1)
          tops.push(Math.round(next().getBoundingClientRect().top));
        const current = shadow(element).querySelector(
          '.plot :is([aria-expanded=true], [aria-current=true])',
        );
        const sheetTop = story.getBoundingClientRect().top;
        const box = current?.getBoundingClientRect();
        const nextShown = next().getBoundingClientRect().bottom <= innerHeight;
        // The article's background events are not drawn: their step shows the band's row.
        if (current && (box!.top < -1 || box!.bottom > sheetTop + 1)) hidden.push(position);
        if (!nextShown) hidden.push(-position);
      }
      expect(hidden).toEqual([]);
      // Under the pointer whatever the step's height: at the sheet's top, a taller step moved it
      // up and the next tap missed it.
      expect(new Set(tops).size, tops.join(' ')).toBe(1);
      expect(tops.length).toBeGreaterThan(path.length / 2);
    });

  it('brings the open event out again when its card grows as its picture fails', async () => {
    await page.viewport(1280, 700);
    const timeline = apollo();
    const element = await mountWide(timeline);
    const lowest = eventButtons(element).reduce((a, b) =>
      a.getBoundingClientRect().bottom > b.getBoundingClientRect().bottom ? a : b,
    );
    // Its card gets a picture that fails: "The image could not be loaded" takes its place.
    element.timeline = {
      ...timeline,
      events: timeline.events.map((event) =>
        event.id === lowest.dataset.id
          ? { ...event, media: [{ kind: 'image', url: '/no-such-picture.jpg', alt: 'The crew' }] }
          : event,
      ),
    };
    await element.updateComplete;
    const button = () => eventButtons(element).find((b) => b.dataset.id === lowest.dataset.id)!;
    button().scrollIntoView({ block: 'end' });
    await userEvent.click(button());
    const card = await openedCard(element);
    await until(() => card.shadowRoot!.textContent!.includes('could not be loaded'));
    const sheet = detailOf(element)!;
    await until(
      () => button().getBoundingClientRect().bottom <= sheet.getBoundingClientRect().top + 1,
    );
    expect(button().getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
  });
});

describe("the story's buttons at the sheet's foot", () => {
  it('keep a link focused in a long step clear of them as Tab scrolls the sheet', async () => {
    // The buttons stick to the sheet's foot over the step: Tab scrolled the next link to the
    // sheet's foot, under them, its focus ring and its words hidden.
    await page.viewport(390, 700);
    const timeline = structuredClone(iraqTimeline);
    const event = timeline.events[0]!;
    event.sources = Array.from({ length: 12 }, (_, k) => ({
      who: `Source ${k}, named at some length`,
      named: true,
      verb: 'said' as const,
      url: `https://example.com/${k}`,
    }));
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = timeline;
      el.mode = 'story';
    }, 390);
    const story = await until(
      () => storyOf(element)?.shadowRoot?.querySelector('.slide') && storyOf(element),
      15_000,
    );
    await until(() => getComputedStyle(story).position === 'sticky');
    for (let position = 1; story.selected !== event.id && position <= story.total; position++) {
      story.goTo(position);
      await story.updateComplete;
    }
    await until(() =>
      story.shadowRoot!.querySelector('news-event-card')?.shadowRoot?.querySelector('a'),
    );
    story.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!.focus();
    const nav = () => story.shadowRoot!.querySelector('[part~="nav"]')!.getBoundingClientRect();
    const covered: string[] = [];
    for (let k = 0; k < event.sources.length; k++) {
      await userEvent.keyboard('{Tab}');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const card = story.shadowRoot!.querySelector('news-event-card')!;
      const link = card.shadowRoot!.activeElement;
      if (link?.localName !== 'a') break;
      // The ring: 3 px, 2 px off the link (themeTokens' :focus-visible).
      const bottom = link.getBoundingClientRect().bottom + 5;
      if (bottom > nav().top + 0.5) covered.push(`${k}: ${Math.round(bottom - nav().top)} px`);
    }
    expect(covered).toEqual([]);
  });
});

describe('a tall drawing, review round twenty-nine', () => {
  afterEach(() => cdp().send('Emulation.setEmulatedMedia', { media: '' }));

  it('prints the card in its place, whole: not a sticky sheet', async () => {
    const element = await apolloCardAsSheet();
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    const style = getComputedStyle(detailOf(element)!);
    expect(style.position).toBe('static');
    expect(style.maxHeight).toBe('none');
  });

  it("prints a phone's story at its own height, not the sheet's", async () => {
    await page.viewport(390, 800);
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = apollo();
      el.mode = 'story';
    }, 390);
    const story = await until(() => storyOf(element), 15_000);
    const nav = await until(() => story.shadowRoot?.querySelector('[part~="nav"]'));
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(getComputedStyle(story).position).toBe('static');
    expect(getComputedStyle(story).height).not.toBe(`${0.45 * innerHeight}px`);
    // Paper has no controls: Previous and Next printed at the step's foot.
    expect(getComputedStyle(nav).display).toBe('none');
  });

  it('opens an event cut at the end of the view without scrolling the plot sideways', async () => {
    await page.viewport(1280, 700);
    const element = await mountWide(apollo());
    const plot = plotOf(element);
    await until(() => plot.classList.contains('tall'));
    const cut = () => {
      const { top, right } = plot.getBoundingClientRect();
      return eventButtons(element).find((b) => {
        const box = b.getBoundingClientRect();
        return box.top > top && box.left < right - 5 && box.right > right + 2;
      });
    };
    // Zoomed in step by step until a headline runs past the view's end.
    for (let step = 0; step < 40 && !cut(); step++) {
      const { start, end } = element.range ?? {
        start: new Date(Date.UTC(1969, 6, 16)),
        end: new Date(Date.UTC(1969, 6, 25)),
      };
      const span = +end - +start;
      element.range = { start: new Date(+start + span * 0.02), end: new Date(+end - span * 0.03) };
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const event = cut()!;
    expect(event).toBeTruthy();
    await userEvent.click(event, { position: { x: 2, y: 2 } });
    await openedCard(element);
    expect(plot.scrollLeft).toBe(0);
  });
});
