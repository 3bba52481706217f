import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { sortEvents } from '../../src/model/sort.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineLegend } from '../../src/components/news-timeline-legend/news-timeline-legend.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import { corpus } from '../fixtures/corpus/index.js';
import { event, timelineOf } from '../../stories/helpers.js';
import {
  bandEventButtons,
  cleanup,
  drawnEventCount,
  eventButtons,
  markOf,
  mount,
  shadow,
  until,
} from './fixtures.js';

afterEach(cleanup);

/** px from the top of an element's first character to the top of its last. */
function linesApart(element: Element): number {
  const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text;
  const top = (at: number) => {
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    return range.getBoundingClientRect().top;
  };
  return top(text.length - 1) - top(0);
}

const chronologicalIds = sortEvents(iraqTimeline.events).map((event) => event.id);

function axisGranularity(element: NewsTimeline): string | null {
  return shadow(element).querySelector('[part~="axis"]')!.getAttribute('data-granularity');
}

describe('<news-timeline> with the Iraq article', () => {
  it('draws every event, in chronological order', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    await until(() => eventButtons(element).length > 0);
    expect(drawnEventCount(element)).toBe(iraqTimeline.events.length);
    const drawnIds = eventButtons(element).map((button) => button.dataset.id);
    const expectedOrder = chronologicalIds.filter((id) => drawnIds.includes(id));
    expect(drawnIds).toEqual(expectedOrder);
    const bandIds = bandEventButtons(element).map((button) => button.dataset.id);
    expect(bandIds).toEqual(chronologicalIds.filter((id) => bandIds.includes(id)));
  });

  it('introduces the story under its title and toolbar, as text, in at most three lines', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline), 390);
    await until(() => eventButtons(element).length > 0);
    const root = shadow(element);
    const summary = root.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(summary.textContent).toBe(iraqTimeline.summary);
    const below = (upper: Element) =>
      summary.getBoundingClientRect().top >= upper.getBoundingClientRect().bottom - 1;
    expect(below(root.querySelector('[part~="title"]')!)).toBe(true);
    expect(below(root.querySelector('[part~="toolbar"]')!)).toBe(true);
    // At 390 px the article's summary runs to four lines: the fourth ends in "…".
    const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
    expect(summary.getBoundingClientRect().height).toBeLessThan(3.5 * lineHeight);
    expect(summary.scrollHeight).toBeGreaterThan(summary.clientHeight);
    // On paper, all of it.
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(summary.getBoundingClientRect().height).toBeGreaterThan(3.5 * lineHeight);
      expect(summary.scrollHeight).toBeLessThanOrEqual(summary.clientHeight);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    }
    // A long address breaks inside the box: "…/wiki/Timeline_of_the_Middl" ran out of it, cut.
    const address = 'https://en.wikipedia.org/wiki/Timeline_of_the_Middle_East_in_the_7th_century';
    element.timeline = { ...iraqTimeline, summary: `Sources: ${address}` };
    await until(() => root.querySelector('[part~="summary"]')!.textContent!.endsWith('century'));
    const wide = root.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(wide.scrollWidth).toBeLessThanOrEqual(wide.clientWidth);
    // With no title of its own (the schema's default is ''), the introduction still shows.
    element.timeline = { ...iraqTimeline, title: '' };
    await until(() => !root.querySelector('[part~="title"]'));
    expect(root.querySelector('[part~="summary"]')!.textContent).toBe(iraqTimeline.summary);
    // Data is text: markup in a summary is shown, never parsed.
    element.timeline = { ...iraqTimeline, summary: '<img src=x onerror="alert(1)">Intro' };
    await until(() => root.querySelector('[part~="summary"]')!.textContent!.endsWith('Intro'));
    expect(root.querySelector('[part~="summary"]')!.textContent).toBe(
      '<img src=x onerror="alert(1)">Intro',
    );
    expect(root.querySelector('[part~="summary"] img')).toBeNull();
    // Story mode opens on its title card, which has all of it: not twice, nor the steps' cards
    // pushed off a 1280 x 800 screen.
    element.mode = 'story';
    await element.updateComplete;
    expect(root.querySelector('[part~="summary"]')!.getClientRects().length).toBe(0);
  });

  it('puts the Friday crossing on 13 June and the Saturday address on 14 June, Baghdad time', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'horizontal';
      // Four days in view: 12, 13, 14 and 15 June, each a quarter of the axis.
      el.range = {
        start: new Date('2014-06-12T00:00:00+03:00'),
        end: new Date('2014-06-16T00:00:00+03:00'),
      };
    });
    await until(() => eventButtons(element).length > 0);
    const plot = shadow(element)
      .querySelector<HTMLElement>('[part~="plot"]')!
      .getBoundingClientRect();
    const dayOf = (id: string): number => {
      const button = eventButtons(element).find((b) => b.dataset.id === id)!;
      const mark = markOf(button).getBoundingClientRect();
      return Math.floor(((mark.left + mark.width / 2 - plot.left) / plot.width) * 4);
    };
    const friday = iraqTimeline.events.find(
      (e) => e.when.text === 'on Friday' && e.places.some((p) => p.name.includes('Khanaqin')),
    )!;
    const saturday = iraqTimeline.events.find((e) => e.when.text === 'on Saturday')!;
    expect(dayOf(friday.id)).toBe(1);
    expect(dayOf(saturday.id)).toBe(2);
  });

  it('changes tick granularity when zoomed in', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.range = {
        start: new Date('2014-05-20T00:00:00+03:00'),
        end: new Date('2014-06-20T00:00:00+03:00'),
      };
    });
    await until(() => axisGranularity(element));
    expect(axisGranularity(element)).toMatch(/day|week/);
    element.zoomBy(64);
    await until(() => /hour|minute/.test(axisGranularity(element) ?? ''));
  });

  it('shows the sources and the excerpt of a selected event', async () => {
    const element = await mount((el) => (el.timeline = iraqTimeline));
    const selections: unknown[] = [];
    element.addEventListener('news-timeline-select', (e) => selections.push(e.detail.event));
    const khanaqin = iraqTimeline.events.find((e) =>
      e.places.some((p) => p.name.includes('Khanaqin')),
    )!;
    const button = await until(() =>
      eventButtons(element).find((b) => b.dataset.id === khanaqin.id),
    );
    button.click();
    const card = await until(() => shadow(element).querySelector('news-event-card'));
    await card.updateComplete;
    const text = card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain(khanaqin.excerpt!.text.slice(0, 60));
    expect(text).toMatch(/Iraqi official/);
    expect(selections).toEqual([khanaqin]);
  });

  it('opens an event clicked on its mark, which is drawn beside its button', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'horizontal';
    });
    const button = await until(() => eventButtons(element)[0]);
    const box = markOf(button).getBoundingClientRect();
    // Real input on the mark, near its start (the test frame is narrower than the element): the
    // pointer goes through the mark to the button.
    const buttonBox = button.getBoundingClientRect();
    await userEvent.click(button, {
      position: { x: box.left - buttonBox.left + 4, y: box.top - buttonBox.top + box.height / 2 },
    });
    await until(() => button.getAttribute('aria-expanded') === 'true');
    expect(getComputedStyle(markOf(button)).outlineStyle).toBe('solid');
    // Down the vertical layout the same mark is the event's place on the rail, outlined too.
    element.layout = 'vertical';
    await until(() => shadow(element).querySelector('.plot.vertical') !== null);
    const open = await until(() =>
      eventButtons(element).find((b) => b.getAttribute('aria-expanded') === 'true'),
    );
    expect(open.dataset.id).toBe(button.dataset.id);
    expect(getComputedStyle(markOf(open)).outlineStyle).toBe('solid');
    expect(markOf(open).getBoundingClientRect().right).toBeLessThan(
      open.getBoundingClientRect().left,
    );
  });

  it('lists the era and the publication as rows of their own in the list view', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.view = 'list';
    });
    const rows = await until(() => {
      const all = [...shadow(element).querySelectorAll<HTMLElement>('[part~="list"] > li')];
      return all.length > iraqTimeline.events.length ? all : undefined;
    });
    const kinds = rows.map((row) => row.getAttribute('part') ?? 'event');
    expect(kinds).toContain('list-era');
    expect(kinds).toContain('list-published');
    // As the drawing reads: the dated news first, then the background under the band's heading.
    const bandAt = kinds.indexOf('list-band');
    const after = rows.slice(bandAt + 1).map((row) => row.querySelector('button')?.dataset.id);
    expect(rows[bandAt]!.textContent).toMatch(/background and time not given: 10 events/);
    expect(after).toHaveLength(10);
    expect(after).toContain('suleimani-arrives-in-baghdad');
    expect(after).not.toContain('basiji-cross-into-khanaqin');
    // Each event's summary under its headline, outside the button, whose name stays the headline.
    const khanaqin = rows.find((row) =>
      row.querySelector('[data-id="basiji-cross-into-khanaqin"]'),
    )!;
    const event = iraqTimeline.events.find((e) => e.id === 'basiji-cross-into-khanaqin')!;
    expect(khanaqin.querySelector('.list-summary')?.textContent).toBe(event.summary);
    expect(khanaqin.querySelector('button')!.textContent).not.toContain(event.summary!);
    // Each row below the one before it: nothing drawn over another.
    const boxes = rows.map((row) => row.getBoundingClientRect());
    const overlaps = boxes.slice(1).filter((box, i) => box.top < boxes[i]!.bottom - 0.5);
    expect(overlaps).toEqual([]);
    // The list draws no marks: the legend, which explains them, shows with the drawing only.
    expect(shadow(element).querySelector('[part~="legend"]')).toBeNull();
    element.view = 'timeline';
    await until(() => shadow(element).querySelector('[part~="legend"]'));
  });

  it('keeps a summary’s paragraphs apart in the list view and on the card', async () => {
    // An imported TimelineJS slide keeps its paragraphs as blank lines: drawn as one block, a
    // war reporter's ten paragraphs ran together and put the card's time below the fold.
    const khanaqin = iraqTimeline.events.find((e) => e.id === 'basiji-cross-into-khanaqin')!;
    const paragraphs = { ...khanaqin, summary: 'The first paragraph.\n\nThe second one.' };
    const element = await mount((el) => {
      el.timeline = { ...iraqTimeline, events: [paragraphs] };
      el.view = 'list';
    });
    const list = await until(() => shadow(element).querySelector('.list-summary'));
    // A blank line between them: the second starts two lines below the first.
    const lineHeight = parseFloat(getComputedStyle(list).lineHeight);
    expect(linesApart(list)).toBeCloseTo(2 * lineHeight, 0);
    await userEvent.click(shadow(element).querySelector('.list-event')!, {
      position: { x: 20, y: 10 },
    });
    const card = await until(() =>
      shadow(element).querySelector('news-event-card')?.shadowRoot?.querySelector('.summary'),
    );
    expect(linesApart(card)).toBeCloseTo(2 * parseFloat(getComputedStyle(card).lineHeight), 0);
  });

  it('breaks a long address in the list view inside a phone’s width', async () => {
    // KPCC's San Onofre rows are a headline and the link's address: at 320 px the page scrolled
    // sideways to 541 px.
    const khanaqin = iraqTimeline.events.find((e) => e.id === 'basiji-cross-into-khanaqin')!;
    const address = 'http://www.latimes.com/local/lanow/la-me-ln-san-onofre-nuclear-plant-20130607';
    const linked = { ...khanaqin, headline: `${address} (headline)`, summary: address };
    const element = await mount((el) => {
      el.timeline = { ...iraqTimeline, events: [linked] };
      el.view = 'list';
    }, 320);
    const list = await until(() => shadow(element).querySelector<HTMLElement>('.list'));
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    expect(element.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('opens an event of the list view under its row, where the reader is, not after the list', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.view = 'list';
    });
    const maliki = '.list-event[data-id="maliki-addresses-the-country"]';
    await until(() => shadow(element).querySelector(maliki));
    await element.updateComplete;
    const row = shadow(element).querySelector<HTMLButtonElement>(maliki)!;
    // Near its start: the test page is narrower than the element.
    await userEvent.click(row, { position: { x: 20, y: 10 } });
    const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
    // In the row's own item, after its button: next in reading order and on screen beside it.
    expect(detail.closest('li')).toBe(row.closest('li'));
    expect(row.compareDocumentPosition(detail) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(row.getAttribute('aria-controls')).toBe('detail');
    // Escape closes it and focus stays on the row.
    row.focus();
    await userEvent.keyboard('{Escape}');
    await until(() => !shadow(element).querySelector('#detail'));
    expect(shadow(element).activeElement).toBe(row);
    // Back on the drawing, the detail opens under it again.
    element.selected = 'maliki-addresses-the-country';
    element.view = 'timeline';
    const below = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
    expect(below.closest('li')).toBeNull();
  });

  it('shows the card of an open event the list view does not show yet, after the list', async () => {
    // 700 events: the list shows 500 before its "show more" button.
    const timeline = syntheticTimeline({ count: 700 });
    const last = sortEvents(timeline.events).at(-1)!.id;
    const element = await mount((el) => {
      el.timeline = timeline;
      el.view = 'list';
      el.selected = last;
    });
    await until(() => shadow(element).querySelector('.list-event'));
    await element.updateComplete;
    expect(shadow(element).querySelector(`.list-event[data-id="${last}"]`)).toBeNull();
    const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
    expect(detail.closest('li')).toBeNull();
    expect(detail.getAttribute('aria-label')).toBe(
      timeline.events.find((event) => event.id === last)!.headline,
    );
  });

  it('names the eras in the legend earliest first, whatever order the data gives them', async () => {
    const era = (label: string, start: string, end: string) => ({
      label,
      when: { start, end, precision: 'day' as const, text: label },
    });
    const element = await mount((el) => {
      el.timeline = {
        ...iraqTimeline,
        eras: [
          era('Later', '2014-06-12T00:00:00+03:00', '2014-06-14T00:00:00+03:00'),
          era('Earlier', '2014-06-09T00:00:00+03:00', '2014-06-11T00:00:00+03:00'),
        ],
      };
    });
    const names = await until(() => {
      const legend = shadow(element).querySelector('[part~="legend"]');
      const items = [...(legend?.shadowRoot?.querySelectorAll('[part~="era"]') ?? [])];
      return items.length === 2 ? items.map((item) => item.textContent!.trim()) : undefined;
    });
    expect(names[0]).toMatch(/Earlier/);
    expect(names[1]).toMatch(/Later/);
    // Worked out once per data: a render that moves the view hands the legend the same names,
    // so it has nothing to draw again.
    const legend = shadow(element).querySelector<NewsTimelineLegend>('news-timeline-legend')!;
    const eras = legend.eras;
    element.range = {
      start: new Date('2014-06-12T00:00:00+03:00'),
      end: new Date('2014-06-13T00:00:00+03:00'),
    };
    await element.updateComplete;
    expect(legend.eras).toBe(eras);
  });

  it('lists the publication in the legend while its line is in view', async () => {
    // A bridge's 45 minutes, published the next day: the legend named a line nobody saw.
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'horizontal';
    });
    const entry = () =>
      shadow(element)
        .querySelector('[part~="legend"]')
        ?.shadowRoot?.querySelector('.published-swatch') ?? null;
    await until(() => entry());
    // The Friday crossings alone: the line, at noon on Saturday, is out of view.
    element.range = {
      start: new Date('2014-06-13T00:00:00+03:00'),
      end: new Date('2014-06-13T12:00:00+03:00'),
    };
    await until(() => !entry());
    expect(shadow(element).querySelector('[part~="published"]')).toBeNull();
    element.range = {
      start: new Date('2014-06-13T00:00:00+03:00'),
      end: new Date('2014-06-15T00:00:00+03:00'),
    };
    await until(() => entry());
  });

  it("words a solid band's legend entry so that it holds for a band of years", async () => {
    // Ada Lovelace's life, 10 December 1815 to 27 November 1852 to the day, is a solid band: the
    // legend called it "Sometime that day".
    const women = corpus().find((entry) => entry.id === 'women-in-computing')!.timeline;
    const element = await mount((el) => {
      el.timeline = women;
      el.layout = 'horizontal';
    });
    await until(() => eventButtons(element).length > 0);
    const days = (when: { start: string; end: string | null }) =>
      (Date.parse(when.end!) - Date.parse(when.start)) / 86_400_000;
    const long = eventButtons(element).filter((button) => {
      const event = women.events.find((e) => e.id === button.dataset.id)!;
      return (
        button.nextElementSibling!.getAttribute('data-look') === 'band' && days(event.when) > 365
      );
    });
    expect(long.length).toBeGreaterThan(0);
    const legend = shadow(element).querySelector<NewsTimelineLegend>('news-timeline-legend')!;
    await legend.updateComplete;
    const entry = legend.shadowRoot!.querySelector('li:has(> .mark[data-look="band"])')!;
    expect(entry.textContent).not.toMatch(/that day|sometime/i);
    expect(entry.textContent).toMatch(/day/);
  });

  it('explains in its legend the marks it draws, and no others', async () => {
    const legendLooks = async (element: NewsTimeline) => {
      const legend = shadow(element).querySelector<NewsTimelineLegend>('news-timeline-legend')!;
      await legend.updateComplete;
      return [...legend.shadowRoot!.querySelectorAll<HTMLElement>('li > .mark[data-look]')].map(
        (mark) => mark.dataset.look,
      );
    };
    const article = await mount((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'horizontal';
    });
    await until(() => eventButtons(article).length > 0);
    // No exact time in the article, and its first view merges nothing.
    expect(await legendLooks(article)).toEqual(['band', 'soft', 'unspecified', 'ongoing']);
    cleanup();
    const dense = await mount((el) => {
      el.timeline = syntheticTimeline({ count: 400, seed: 3, days: 30 });
      el.layout = 'horizontal';
    });
    await until(() => shadow(dense).querySelector('[part~="cluster"]'));
    expect(await legendLooks(dense)).toContain('cluster');
    cleanup();
    // Down a phone's drawing a cluster is a soft band with its row: the legend explains that look.
    const minutes = Array.from({ length: 3000 }, (_, k) => {
      const t = new Date(Date.parse('2014-06-13T00:00:00Z') + k * 20_000).toISOString();
      return event(`e${k}`, `Event number ${k}`, { start: t, end: t, precision: 'minute' });
    });
    const phone = await mount((el) => {
      el.timeline = timelineOf(minutes);
      el.layout = 'vertical';
    }, 380);
    await until(() => shadow(phone).querySelector('[part~="cluster"]'));
    const drawn = new Set(
      [...shadow(phone).querySelectorAll<HTMLElement>('.plot .mark[data-look]')].map(
        (mark) => mark.dataset.look,
      ),
    );
    expect(drawn.has('soft')).toBe(true);
    expect(await legendLooks(phone)).toContain('soft');
    // On its own, without `looks`, the legend lists every mark.
    const alone = document.createElement('news-timeline-legend');
    document.body.append(alone);
    await alone.updateComplete;
    expect(alone.shadowRoot!.querySelectorAll('li > .mark[data-look]')).toHaveLength(6);
    alone.remove();
  });

  it('down a phone, an exact time stays a point however far its rows stretch its minute', async () => {
    // NPR's Boston fact board (its times): five facts at 16:21, two at 16:26... Rows stretch a minute
    // to hold them, and each fact's mark, as long as its minute, was an oval 250 px tall.
    const at = (minute: number) =>
      new Date(Date.parse('2013-04-15T20:21:00Z') + minute * 60_000).toISOString();
    const minutes = [0, 0, 0, 0, 0, 5, 5, 14, 14, 14, 29, 44, 44, 44, 44, 47, 63, 63, 63, 68, 68];
    const facts = [...minutes, 76, 68, 76, 93, 93, 93, 93, 93, 44, 99].map((minute, k) =>
      event(`f${k}`, `Fact number ${k} of the afternoon, as the board gave it`, {
        start: at(minute),
        end: at(minute + 1),
        precision: 'minute',
      }),
    );
    const phone = await mount((el) => {
      el.timeline = timelineOf(facts);
      el.layout = 'vertical';
    }, 390);
    await until(() => eventButtons(phone).length > 0);
    const marks = [
      ...shadow(phone).querySelectorAll<HTMLElement>('.plot .mark[data-look="point"]'),
    ];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.getBoundingClientRect().height).toBeLessThanOrEqual(12);
  });

  it('draws era names over the axis’s grid lines, which struck through them ("week of 9 J|une")', async () => {
    const element = await mount((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'horizontal';
    });
    const name = await until(() => shadow(element).querySelector<HTMLElement>('.era-label'));
    const axis = shadow(element).querySelector('[part~="axis"]')!;
    const lineUnder = [...axis.querySelectorAll<HTMLElement>('.tick')].some((tick) => {
      const x = tick.getBoundingClientRect().left;
      const box = name.getBoundingClientRect();
      return x > box.left && x < box.right;
    });
    expect(lineUnder).toBe(true);
    // Painted later (the layers are siblings, each a stacking context of its own) and opaque.
    expect(axis.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(axis.contains(name)).toBe(false);
    expect(getComputedStyle(name).backgroundColor).toMatch(/^rgb\(/);
    expect(getComputedStyle(name).backgroundImage).toMatch(/gradient/);
  });
});

describe('data inputs', () => {
  const small = {
    ...iraqTimeline,
    events: iraqTimeline.events
      .filter((e) => e.when.precision === 'day')
      .map((e) => ({ ...e, excerpt: undefined })),
    article: undefined,
  };
  const expectedIds = sortEvents(small.events).map((e) => e.id);

  async function idsOf(element: NewsTimeline): Promise<string[]> {
    await until(() => eventButtons(element).length > 0);
    return eventButtons(element).map((b) => b.dataset.id!);
  }

  it('reads the property, raw JSON, src, inline JSON and a page list alike', async () => {
    const fromObject = await mount((el) => (el.timeline = small));
    const fromJson = await mount((el) => (el.timeline = JSON.stringify(small)));
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(small)], { type: 'application/json' }),
    );
    const fromSrc = await mount((el) => (el.src = url));
    const fromInline = await mount((el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(small);
      el.append(script);
    });
    const fromList = await mount((el) => {
      el.setAttribute('time-zone', 'Asia/Baghdad');
      const list = document.createElement('ol');
      for (const event of small.events) {
        const item = document.createElement('li');
        item.id = event.id;
        const time = document.createElement('time');
        time.dateTime = event.when.start.slice(0, 10);
        time.textContent = event.when.text ?? '';
        const headline = document.createElement('strong');
        headline.textContent = event.headline;
        item.append(time, ' ', headline);
        list.append(item);
      }
      el.append(list);
    });
    for (const element of [fromObject, fromJson, fromSrc, fromInline, fromList]) {
      expect(await idsOf(element)).toEqual(expectedIds);
    }
  });

  it('shows an error state and fires news-timeline-error for a bad src', async () => {
    const errors: string[] = [];
    const element = await mount((el) => {
      el.addEventListener('news-timeline-error', (e) => errors.push(e.detail.message));
      el.src = '/definitely-missing.json';
    });
    const alert = await until(() => shadow(element).querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(/404/);
    expect(errors[0]).toMatch(/404/);
  });
});
