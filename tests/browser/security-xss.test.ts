// Text is text: every string of the model, from every input channel, renders as text and never runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromTimelineJS } from '../../src/import/index.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import { CANARY, ELEMENT_TAGS, XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { bandEventButtons, cleanup, eventButtons, mount, shadow, until } from './fixtures.js';

const DAY = 86_400_000;
const START = Date.UTC(2014, 0, 1);
const canary = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  delete canary[CANARY];
});

afterEach(() => {
  cleanup();
});

function isoDay(n: number): string {
  return new Date(START + n * DAY).toISOString().replace('.000Z', 'Z');
}

/** One event per payload, the payload in every text field the model has. */
function payloadTimeline(): Record<string, unknown> {
  const events = XSS_PAYLOADS.map((payload, i) => ({
    id: `${i}${payload}`.slice(0, 200),
    headline: payload,
    summary: payload,
    when: { start: isoDay(i), end: isoDay(i), precision: 'day', text: payload },
    places: [{ name: payload, admin: payload, country: payload }],
    actors: [{ name: payload, kind: 'person', role: payload }],
    quantities: [{ value: i, unit: payload.slice(0, 100), approximate: true, text: payload }],
    sources: [
      { who: payload, named: true, verb: 'said', outlet: payload, url: payload },
      {
        who: `safe ${payload}`,
        named: false,
        verb: 'told',
        outlet: payload,
        url: `https://example.com/?q=${payload}`,
      },
    ],
    tags: [payload],
    category: payload.slice(0, 100),
    excerpt: { text: payload, start: 0, end: payload.length },
    url: payload,
  }));
  return {
    id: XSS_PAYLOADS[0],
    title: XSS_PAYLOADS.join(' '),
    language: 'en',
    published: isoDay(XSS_PAYLOADS.length),
    timeZone: 'UTC',
    events,
    eras: XSS_PAYLOADS.map((payload, i) => ({
      label: payload,
      when: { start: isoDay(i), end: isoDay(i + 1), precision: 'range' },
    })),
    article: {
      text: XSS_PAYLOADS.join('\n'),
      headline: XSS_PAYLOADS[1],
      outlet: XSS_PAYLOADS[2],
      url: XSS_PAYLOADS[3],
    },
  };
}

/** Every element in the light DOM under `root` and in every shadow root below it. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'];

/** Nothing from the data became markup, a handler, a script URL or a style. */
function expectInert(): void {
  expect(canary[CANARY], 'a payload ran').toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  const elements = allElements(document.body);
  const unexpected = elements
    .map((element) => element.localName)
    .filter((tag) => !ELEMENT_TAGS.has(tag));
  expect(unexpected, 'elements the components never render').toEqual([]);
  for (const element of elements) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `<${element.localName}> has a handler`).not.toMatch(/^on/i);
      if (URL_ATTRIBUTES.includes(attribute.name)) {
        expect(attribute.value).toMatch(/^(https?:|mailto:)/);
      }
      if (attribute.name === 'style') {
        expect(attribute.value).not.toMatch(/url\(|expression|javascript|@import/i);
      }
    }
  }
  const links = elements.filter((element) => element.localName === 'a');
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
    expect(rel).toContain('noopener');
    expect(rel).toContain('noreferrer');
    expect(link.getAttribute('href')).toMatch(/^https?:\/\/example\.com\/|^mailto:/);
  }
}

async function showList(element: NewsTimeline): Promise<HTMLButtonElement[]> {
  element.view = 'list';
  await element.updateComplete;
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('.list-event')];
}

/** Opens every event's card from the list view and hands each card (reused by Lit) to `check`. */
async function openEveryCard(
  element: NewsTimeline,
  check: (id: string, card: ShadowRoot) => void,
): Promise<number> {
  const buttons = await showList(element);
  for (const button of buttons) {
    button.click();
    await element.updateComplete;
    const card = shadow(element).querySelector('news-event-card')!;
    await card.updateComplete;
    check(button.dataset.id!, card.shadowRoot!);
    expectInert();
  }
  return buttons.length;
}

async function expectTimelineRendersPayloads(
  element: NewsTimeline,
  expected: Timeline,
): Promise<void> {
  await until(
    () => eventButtons(element).length > 0 || shadow(element).querySelector('[part~="cluster"]'),
  );
  expectInert();
  // Drawn labels carry the headline as their text.
  for (const button of eventButtons(element)) {
    const event = expected.events.find((e) => e.id === button.dataset.id)!;
    expect(event, `drawn id ${button.dataset.id}`).toBeDefined();
    const label = button.querySelector('[part~="label"]');
    if (label) expect(label.textContent!.endsWith(event.headline)).toBe(true);
  }
  const title = shadow(element).querySelector('[part~="title"]');
  if (expected.title) expect(title!.textContent!.trim()).toBe(expected.title.trim());
  // The list view shows every headline verbatim.
  const buttons = await showList(element);
  expect(buttons.length).toBe(expected.events.length);
  for (const button of buttons) {
    const event = expected.events.find((e) => e.id === button.dataset.id)!;
    expect(button.querySelector('.list-headline')!.textContent).toBe(event.headline);
  }
  expectInert();
  const opened = await openEveryCard(element, (id, card) => {
    const event = expected.events.find((e) => e.id === id)!;
    const text = card.textContent!;
    expect(card.querySelector('[part~="headline"]')!.textContent!.trim()).toBe(
      event.headline.trim(),
    );
    if (event.summary) expect(card.querySelector('.summary')!.textContent).toBe(event.summary);
    if (event.excerpt)
      expect(card.querySelector('blockquote')!.textContent!.trim()).toBe(event.excerpt.text.trim());
    for (const place of event.places) expect(text).toContain(place.name);
    for (const actor of event.actors) expect(text).toContain(actor.name);
    for (const source of event.sources) expect(text).toContain(source.who);
    if (event.when.text) expect(text).toContain(event.when.text);
    // Exactly the sources with a safe link are links.
    expect(card.querySelectorAll('a').length).toBe(event.sources.filter((s) => s.url).length);
  });
  expect(opened).toBe(expected.events.length);
  element.view = 'timeline';
  await element.updateComplete;
  expectInert();
}

describe('XSS corpus', () => {
  it('has at least 50 payloads, each setting the canary if it ever runs', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    const scripted = XSS_PAYLOADS.filter((p) => p.includes('__xss'));
    expect(scripted.length).toBeGreaterThanOrEqual(50);
  });

  it('the canary works: a payload in an HTML sink does set it', async () => {
    // Proof that the check can fail: the same string through innerHTML runs.
    const probe = document.createElement('div');
    document.body.append(probe);
    const sink = 'inner' + 'HTML';
    (probe as unknown as Record<string, string>)[sink] = '<img src=x onerror=window.__xss=1>';
    await until(() => canary[CANARY] === 1);
    probe.remove();
    delete canary[CANARY];
  });
});

describe('payloads in every text field', () => {
  const raw = payloadTimeline();
  const parsed = parseTimeline(raw);

  it('parseTimeline keeps every payload event and every payload string', () => {
    expect(parsed.timeline).not.toBeNull();
    expect(parsed.timeline!.events.length).toBe(XSS_PAYLOADS.length);
    expect(parsed.timeline!.events.map((e) => e.headline)).toEqual([...XSS_PAYLOADS]);
    // Only http(s) and mailto links survive validation.
    for (const event of parsed.timeline!.events) {
      for (const source of event.sources) {
        if (source.url) expect(source.url).toMatch(/^(https?:|mailto:)/);
      }
      if (event.url) expect(event.url).toMatch(/^(https?:|mailto:)/);
    }
  });

  it('via the timeline property (object)', async () => {
    const element = await mount((el) => (el.timeline = raw as unknown as Timeline));
    await expectTimelineRendersPayloads(element, parsed.timeline!);
  });

  it('via the timeline property (JSON text)', async () => {
    const element = await mount((el) => (el.timeline = JSON.stringify(raw)));
    await expectTimelineRendersPayloads(element, parsed.timeline!);
  });

  it('via src', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(raw)], { type: 'application/json' }));
    const element = await mount((el) => (el.src = url));
    await expectTimelineRendersPayloads(element, parsed.timeline!);
    URL.revokeObjectURL(url);
  });

  it('via an inline JSON script child', async () => {
    const element = await mount((el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(raw);
      el.append(script);
    });
    await expectTimelineRendersPayloads(element, parsed.timeline!);
  });

  it('via the TimelineJS importer (HTML in headline, text, credit and group)', async () => {
    const tl = {
      title: { text: { headline: XSS_PAYLOADS[0], text: XSS_PAYLOADS[1] } },
      events: XSS_PAYLOADS.map((payload, i) => ({
        unique_id: `${i}${payload}`.slice(0, 150),
        start_date: { year: 2014, month: 1 + Math.floor(i / 28), day: 1 + (i % 28) },
        text: {
          headline: `${payload} <b>${i}</b>`,
          text: `<p>${payload}</p><script>window.__xss=1</script>`,
        },
        media: {
          url: payload,
          credit: `<a href="javascript:window.__xss=1">${payload}</a>`,
          caption: payload,
        },
        group: payload,
      })),
      eras: [
        {
          start_date: { year: 2014 },
          end_date: { year: 2015 },
          text: { headline: XSS_PAYLOADS[7] },
        },
      ],
    };
    const converted = fromTimelineJS(tl, { timeZone: 'UTC' });
    expect(converted.timeline).not.toBeNull();
    const timeline = converted.timeline!;
    expect(timeline.events.length).toBe(XSS_PAYLOADS.length);
    for (const event of timeline.events) {
      // Tags became text: no markup survives the conversion as markup, only as the words it had.
      expect(event.headline).not.toMatch(/<b>|<\/b>/);
    }
    const element = await mount((el) => (el.timeline = timeline));
    await expectTimelineRendersPayloads(element, parseTimeline(timeline).timeline!);
  });

  it('via the page <ol> list', async () => {
    const element = await mount((el) => {
      const list = document.createElement('ol');
      list.setAttribute('aria-label', XSS_PAYLOADS[0]!);
      XSS_PAYLOADS.forEach((payload, i) => {
        const item = document.createElement('li');
        item.id = `${i}${payload}`.slice(0, 200);
        const time = document.createElement('time');
        time.dateTime = isoDay(i).slice(0, 10);
        time.textContent = payload;
        const strong = document.createElement('strong');
        strong.textContent = `${payload}.`;
        const p = document.createElement('p');
        p.textContent = payload;
        item.append(time, ' ', strong, p);
        list.append(item);
      });
      el.append(list);
    });
    const result = parseTimeline({
      // What the element read, for the expected text.
      ...(await import('../../src/components/news-timeline/light-dom-data.js')).readEventList(
        element,
        'UTC',
      ),
    });
    expect(result.timeline!.events.length).toBe(XSS_PAYLOADS.length);
    await expectTimelineRendersPayloads(element, result.timeline!);
  });

  it('in problem messages (invalid values and unknown keys)', async () => {
    const errors: unknown[] = [];
    const element = await mount((el) => {
      el.addEventListener('news-timeline-error', (e) => errors.push(e.detail));
      el.timeline = {
        id: 'problems',
        title: 'problems',
        language: 'en',
        published: '2014-06-01T00:00:00Z',
        timeZone: 'UTC',
        events: [
          {
            id: 'ok',
            headline: 'ok',
            when: { start: '2014-06-01T00:00:00Z', end: null, precision: 'day' },
          },
          ...XSS_PAYLOADS.map((payload, i) => ({
            id: `bad${i}`,
            headline: payload,
            when: { start: payload, end: payload, precision: payload },
            [payload]: payload,
          })),
        ],
        [XSS_PAYLOADS[0]!]: XSS_PAYLOADS[1],
      } as unknown as Timeline;
    });
    const panel = await until(() => shadow(element).querySelector('[part~="problems"]'));
    expect(panel.querySelectorAll('li').length).toBeGreaterThan(10);
    expect(errors.length).toBe(1);
    expectInert();
  });
});

describe('prototype pollution', () => {
  it('__proto__, constructor and prototype keys in the data reach no prototype', async () => {
    const text = `{
      "__proto__": { "polluted": "timeline" },
      "constructor": { "prototype": { "polluted": "constructor" } },
      "prototype": { "polluted": "prototype" },
      "id": "pp", "title": "pp", "language": "en", "published": "2014-06-01T00:00:00Z", "timeZone": "UTC",
      "events": [{
        "__proto__": { "polluted": "event", "headline": "inherited" },
        "constructor": { "prototype": { "polluted": "event" } },
        "id": "__proto__", "headline": "constructor",
        "when": { "__proto__": { "polluted": "when" }, "start": "2014-06-01T00:00:00Z", "end": null, "precision": "day" },
        "places": [{ "__proto__": { "polluted": "place" }, "name": "prototype" }],
        "tags": ["__proto__", "constructor", "prototype"]
      }, {
        "id": "constructor", "headline": "prototype",
        "when": { "start": "2014-06-02T00:00:00Z", "end": null, "precision": "day" }
      }, {
        "id": "prototype", "headline": "__proto__",
        "when": { "start": "2014-06-03T00:00:00Z", "end": null, "precision": "day" }
      }]
    }`;
    for (const input of [text, JSON.parse(text) as unknown]) {
      const element = await mount((el) => (el.timeline = input as Timeline));
      // Three ongoing events and nothing dated: all three are listed in the background band.
      const shown = () => [...eventButtons(element), ...bandEventButtons(element)];
      const buttons = await until(() => (shown().length === 3 ? shown() : null));
      expect(buttons.map((b) => b.dataset.id).sort()).toEqual([
        '__proto__',
        'constructor',
        'prototype',
      ]);
      buttons[0]!.click();
      await element.updateComplete;
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).headline).toBeUndefined();
      expectInert();
      cleanup();
    }
  });
});
