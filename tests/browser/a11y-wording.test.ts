// What a screen reader hears: accessible names, the detail card's words, the live region, and the
// same timeline in Arabic, right to left.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { corpus, lax } from '../fixtures/corpus/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
// The package entry exports the translation API, as a page would import it; Arabic is imported
// as a page would import it, to register it.
import {
  describeQuantity,
  registerStrings,
  registerTranslation,
  translationFor,
} from '../../src/index.js';
import '../../src/i18n/translations/ar.js';
import { day, event, instant, timelineOf } from '../../stories/helpers.js';
import { cleanup, eventButtons, markOf, mount, shadow, until } from './fixtures.js';

afterEach(cleanup);

const byId = (element: NewsTimeline, id: string) =>
  until(() => eventButtons(element).find((button) => button.dataset.id === id));

async function cardText(element: NewsTimeline): Promise<string> {
  const card = await until(() => shadow(element).querySelector('news-event-card'));
  await card.updateComplete;
  return card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

function liveRegion(element: NewsTimeline): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
}

describe('accessible names of the article', () => {
  it('say the time in words, British English date order for "en"', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    const khanaqin = await byId(element, 'basiji-cross-into-khanaqin');
    const name = khanaqin.getAttribute('aria-label')!;
    expect(name).toContain('1,500 basiji forces cross the border into Khanaqin');
    // en-GB order: day, month in words, year (Chromium's ICU puts a comma after the weekday).
    // The time a sentence of its own, with its capital (braille shows it): ". Sometime on…".
    expect(name).toMatch(/\. Sometime on Friday,? 13 June 2014/);
    expect(name).toContain('Khanaqin, Diyala province, Iraq');
    // Sources as written: in some languages they start with the data's words.
    expect(name).toContain('. according to the Iraqi official, reported by The Guardian');

    const overnight = (await byId(element, 'basiji-enter-badra-jassan')).getAttribute(
      'aria-label',
    )!;
    expect(overnight).toContain('. Overnight, 13 to 14 June 2014');

    const troops = (await byId(element, 'iran-sends-2000-advance-troops')).getAttribute(
      'aria-label',
    )!;
    expect(troops).toMatch(/as a senior Iraqi official told the Guardian/i);
    expect(troops).toContain('. In the 48 hours to 14 June 2014');
  });

  it('say an exact time to its second, after a headline that ends its own sentence', async () => {
    const element = await mount((el) => {
      el.timeline = timelineOf(
        [
          event('landing', 'The Eagle has landed.', instant('1969-07-20T20:17:39+00:00')),
          event('undocked', 'CSM/LM undocked', instant('1969-07-20T17:44:00+00:00')),
          event('cut', 'Armstrong steps on to the Moon…', instant('1969-07-21T02:56:00+00:00')),
        ],
        { timeZone: 'UTC' },
      );
    });
    const landing = (await byId(element, 'landing')).getAttribute('aria-label')!;
    // Not "The Eagle has landed.. Sunday", and the landing's 20:17:39, not 20:17.
    expect(landing).toMatch(/^The Eagle has landed\. Sunday,? 20 July 1969(,| at) 20:17:39$/);
    const undocked = (await byId(element, 'undocked')).getAttribute('aria-label')!;
    expect(undocked).toMatch(/^CSM\/LM undocked\. Sunday,? 20 July 1969(,| at) 17:44$/);
    // A headline cut short (an importer's, from a long first sentence) ends on its ellipsis.
    const cut = (await byId(element, 'cut')).getAttribute('aria-label')!;
    expect(cut).toMatch(/^Armstrong steps on to the Moon… Monday/);
  });

  it('follows an explicit en-US locale for US date order', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.locale = 'en-US';
    });
    const name = (await byId(element, 'basiji-cross-into-khanaqin')).getAttribute('aria-label')!;
    expect(name).toContain('June 13, 2014');
  });

  it('every event has a distinct name, and names never leak into the visible label', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    await until(() => eventButtons(element).length > 0);
    const names = eventButtons(element).map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    for (const button of eventButtons(element)) {
      // Label in name: what is seen is the start of what is heard.
      const visible = button.querySelector('[part~="label"]')?.textContent?.trim();
      if (visible) expect(button.getAttribute('aria-label')!.startsWith(visible)).toBe(true);
    }
  });
});

describe('the detail card', () => {
  it('says quantities and sources in words', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.selected = 'volunteers-flock-to-baghdad-centres';
    });
    let text = await cardText(element);
    // Approximate numbers written in words keep the reporter's words.
    expect(text).toContain('hundreds of young men');
    element.selected = 'iran-sends-2000-advance-troops';
    await element.updateComplete;
    text = await cardText(element);
    expect(text).toContain('2,000 advance troops');
    expect(text).toMatch(/as a senior Iraqi official told the Guardian/i);
    expect(text).toContain('in the 48 hours to 14 June 2014');
    expect(text).toContain('as written: “in the past 48 hours”');
  });

  it('names the precision where the time in words does not say it', async () => {
    const element = await mount((el) => {
      el.timeline = timelineOf([
        event('friday', 'Forces cross the border', day('2014-06-13', 'on Friday')),
        event('clock', 'Maliki speaks', instant('2014-06-14T10:00:00+03:00', 'at 10am')),
        event('bare', 'Maliki speaks again', instant('2014-06-14T11:00:00+03:00')),
      ]);
      el.selected = 'friday';
    });
    // "sometime on Friday" says the day already: "(precision: day)" said it twice.
    let text = await cardText(element);
    expect(text).toContain('(as written: “on Friday”)');
    expect(text).not.toContain('precision');
    // A clock time is exact or to the minute: the words alone do not say which.
    element.selected = 'clock';
    await element.updateComplete;
    text = await cardText(element);
    expect(text).toContain('(as written: “at 10am”, precision: exact time)');
    element.selected = 'bare';
    await element.updateComplete;
    expect(await cardText(element)).toContain('(precision: exact time)');
  });

  it('says "about" for an approximate number given in figures', async () => {
    const approx = event('a', 'About 2,000 troops arrive', day('2014-06-13', 'on Friday'), {
      quantities: [{ value: 2000, unit: 'troops', approximate: true, text: 'some 2,000' }],
    });
    const element = await mount((el) => {
      el.timeline = timelineOf([approx]);
      el.selected = 'a';
    });
    expect(await cardText(element)).toContain('about 2,000 troops');
    expect(
      describeQuantity(
        { value: 2000, unit: 'troops', approximate: true, text: 'some 2,000' },
        'ar',
      ),
    ).toBe(`نحو ${new Intl.NumberFormat('ar').format(2000)} troops`);
  });
});

describe('the live region', () => {
  it('is polite and says the range once after a zoom, not on every frame', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'horizontal';
    });
    await until(() => eventButtons(element).length > 0);
    const region = liveRegion(element);
    expect(region.getAttribute('aria-atomic')).toBe('true');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    let frames = 0;
    const zoomIn = shadow(element).querySelector<HTMLButtonElement>('[part~="toolbar"] button')!;
    expect(zoomIn.getAttribute('aria-label')).toBe('Zoom in');
    zoomIn.click();
    const started = performance.now();
    while (performance.now() - started < 1500) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frames++;
    }
    observer.disconnect();
    // The zoom animates over many frames; the region changed once, after it settled.
    expect(frames).toBeGreaterThan(10);
    expect(changes.filter(Boolean)).toHaveLength(1);
    expect(changes.at(-1)).toMatch(/^Showing .+: \d+ of 15 events\.$/);
    expect(changes.at(-1)).toMatch(/June 2014/);
  });

  it('counts the events in view, not those laid out beyond it as room to pan into', async () => {
    // KPCC's LAX shooting zoomed in: "15 of 51 events" where 7 were in the range it named.
    const element = await mount((el) => (el.timeline = lax()), 1280);
    await until(() => eventButtons(element).length > 0);
    const region = liveRegion(element);
    shadow(element).querySelector<HTMLButtonElement>('[part~="toolbar"] button')!.click();
    await until(() => /^Showing/.test(region.textContent!.trim()));
    const plot = shadow(element).querySelector('[part~="plot"]')!.getBoundingClientRect();
    const marks = eventButtons(element).filter((button) => {
      const mark = button.nextElementSibling!.getBoundingClientRect();
      return mark.right >= plot.left && mark.left <= plot.right;
    });
    expect(marks.length).toBeLessThan(eventButtons(element).length);
    expect(region.textContent!.trim()).toContain(`: ${marks.length} of 51 events`);
  });

  it('says the range in days for a story known to the day, not its edges to the minute', async () => {
    // Holder de ord's three proposals of 23 November 2010: "22 November 2010 at 22:48 - 24
    // November 2010 at 01:12" told minutes no event of the story knows.
    const { timeline } = corpus().find(({ id }) => id === 'begging-ban')!;
    const oneDay = { ...timeline, events: timeline.events.slice(0, 3) };
    const element = await mount((el) => {
      el.timeline = oneDay;
      el.layout = 'horizontal';
    }, 1280);
    await until(() => eventButtons(element).length > 0);
    const region = liveRegion(element);
    shadow(element).querySelector<HTMLButtonElement>('[part~="toolbar"] button')!.click();
    await until(() => /^Showing/.test(region.textContent!.trim()));
    expect(region.textContent!.trim()).toMatch(/^Showing [^:]*November 2010: 3 of 3 events\.$/);
  });

  it('says "Opened: <headline>" on selection', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    const button = await byId(element, 'basiji-cross-into-khanaqin');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => liveRegion(element).textContent!.includes('Opened:'));
    expect(liveRegion(element).textContent!.trim()).toBe(
      'Opened: 1,500 basiji forces cross the border into Khanaqin',
    );
  });
});

describe('right to left, in Arabic', () => {
  async function mountArabic(): Promise<NewsTimeline> {
    const container = document.createElement('div');
    container.dir = 'rtl';
    container.lang = 'ar';
    container.style.width = '1200px';
    const element = document.createElement('news-timeline');
    element.timeline = iraqTimeline;
    element.locale = 'ar';
    element.layout = 'horizontal';
    container.append(element);
    document.body.append(container);
    await element.updateComplete;
    await until(() => eventButtons(element).length > 0);
    return element;
  }

  it('uses Arabic words and Arabic dates from Intl', async () => {
    const element = await mountArabic();
    const root = shadow(element);
    const ar = translationFor('ar');
    expect(root.querySelector('[part~="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('[part~="base"]')!.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('[part~="toolbar"]')!.getAttribute('aria-label')).toBe(ar.controls);
    const labels = [...root.querySelectorAll('[part~="toolbar"] button')].map(
      (b) => b.getAttribute('aria-label') ?? b.textContent!.trim(),
    );
    expect(labels).toEqual([ar.zoomIn, ar.zoomOut, ar.fitAll, ar.listView, ar.storyMode]);
    const name = (await byId(element, 'basiji-cross-into-khanaqin')).getAttribute('aria-label')!;
    const friday = new Intl.DateTimeFormat('ar', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Asia/Baghdad',
    }).format(new Date('2014-06-13T12:00:00+03:00'));
    expect(name).toContain(`في وقت ما يوم ${friday}`);
    expect(name).toContain('بحسب the Iraqi official');
    // Tick labels are Arabic too.
    const ticks = [...root.querySelectorAll('[part~="tick"]')].map((t) => t.textContent).join(' ');
    expect(ticks).toMatch(/[\u0600-\u06ff]/);
  });

  it('mirrors the plot: the earliest event is at the right, and ArrowLeft goes forward in time', async () => {
    const element = await mountArabic();
    const markX = (button: HTMLElement) => {
      const box = markOf(button).getBoundingClientRect();
      return box.left + box.width / 2;
    };
    const early = await byId(element, 'iran-sends-2000-advance-troops');
    const late = await byId(element, 'maliki-addresses-the-country');
    expect(markX(early)).toBeGreaterThan(markX(late));

    const khanaqin = await byId(element, 'basiji-cross-into-khanaqin');
    khanaqin.focus();
    const ids = iraqTimeline.events.map((e) => e.id);
    const at = ids.indexOf('basiji-cross-into-khanaqin');
    await userEvent.keyboard('{ArrowLeft}');
    const next = await until(() => {
      const active = shadow(element).activeElement as HTMLElement | null;
      return active && active !== khanaqin ? active : null;
    });
    expect(next.dataset.id).toBe(ids[at + 1]);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => shadow(element).activeElement === khanaqin);
  });

  it('announces in Arabic', async () => {
    const element = await mountArabic();
    (await byId(element, 'maliki-addresses-the-country')).click();
    await until(() => liveRegion(element).textContent!.includes('فُتح'));
  });
});

describe('another language', () => {
  it('registerStrings adds UI words; missing words fall back to English', async () => {
    registerStrings('fr', { zoomIn: 'Zoomer', zoomOut: 'Dézoomer' });
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.locale = 'fr';
    });
    await until(() => eventButtons(element).length > 0);
    const labels = [...shadow(element).querySelectorAll('[part~="toolbar"] button')].map(
      (b) => b.getAttribute('aria-label') ?? b.textContent!.trim(),
    );
    expect(labels.slice(0, 3)).toEqual(['Zoomer', 'Dézoomer', 'Show all events']);
    // Dates follow the locale through Intl even before any time words are translated.
    const name = (await byId(element, 'basiji-cross-into-khanaqin')).getAttribute('aria-label')!;
    expect(name).toContain('vendredi 13 juin 2014');
  });

  it('registerTranslation takes the time words of a new language, merged into English', async () => {
    registerTranslation({ $code: 'fr', time: { day: (date) => `à un moment le ${date}` } });
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.locale = 'fr';
    });
    const name = (await byId(element, 'basiji-cross-into-khanaqin')).getAttribute('aria-label')!;
    expect(name).toContain('. À un moment le vendredi 13 juin 2014');
    // Words not given fall back to English.
    expect(translationFor('fr').time.since('S', 'day')).toBe('since S');
  });
});
