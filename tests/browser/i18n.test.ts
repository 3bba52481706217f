// One translation system in the real elements: every visible or spoken string of the timeline, its
// legend and its detail card comes from the translation in every shipped language; the card opens
// in Arabic with an Arabic confidence badge; the card and legend follow `lang`/`dir` as they change.
import { afterEach, describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsEventCard } from '../../src/components/news-event-card/news-event-card.js';
import type { NewsTimelineLegend } from '../../src/components/news-timeline-legend/news-timeline-legend.js';
import { ALL_TRANSLATIONS } from '../../src/i18n/translations/all.js';
import en from '../../src/i18n/translations/en.js';
import {
  count,
  describeConfidence,
  registerTranslation,
  translationFor,
  type Translation,
} from '../../src/index.js';
import { deriveConfidence } from '../../src/model/confidence.js';
import { observedRoots } from '../../src/components/locale-controller.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { cleanup, eventButtons, shadow, until } from './fixtures.js';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

/** An event with sources, places, people, numbers, reporter's words and an excerpt. */
const troops = iraqTimeline.events.find((e) => e.id === 'iran-sends-2000-advance-troops')!;

async function mountIn(locale: string, dir: 'ltr' | 'rtl'): Promise<NewsTimeline> {
  const container = document.createElement('div');
  container.lang = locale;
  container.dir = dir;
  container.style.width = '1200px';
  const element = document.createElement('news-timeline');
  element.timeline = iraqTimeline;
  element.layout = 'horizontal';
  element.selected = troops.id;
  container.append(element);
  document.body.append(container);
  await element.updateComplete;
  await until(() => eventButtons(element).length > 0);
  const card = await until(() => shadow(element).querySelector('news-event-card'));
  await card.updateComplete;
  const legend = shadow(element).querySelector('news-timeline-legend');
  await legend?.updateComplete;
  return element;
}

/** Every text node and every aria-label/title in the element, its legend and its card. */
function strings(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) found.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title']) {
        const value = node.getAttribute(name);
        if (value) found.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node.tagName === 'STYLE') return;
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** The data's own words (English in the article fixture), which stay as written. */
function dataStrings(events: readonly TimelineEvent[]): string[] {
  return [
    iraqTimeline.title,
    iraqTimeline.summary,
    ...iraqTimeline.eras.map((era) => era.label),
    ...events.flatMap((e) => [
      e.headline,
      e.summary,
      e.when.text,
      e.excerpt?.text,
      ...e.places.flatMap((p) => [p.name, p.admin, p.country]),
      ...e.actors.flatMap((a) => [a.name, a.role]),
      ...e.sources.flatMap((s) => [s.who, s.outlet]),
      ...e.quantities.flatMap((q) => [q.text, q.unit]),
    ]),
  ]
    .filter((s): s is string => Boolean(s))
    .sort((a, b) => b.length - a.length);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/** Words the English translation says, with sample arguments for its functions. */
function englishWords(translation: Translation): Set<string> {
  const words = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') for (const w of wordsOf(value)) words.add(w);
    else if (typeof value === 'function') {
      const sample = count(2, translation.$code);
      collect((value as (...a: unknown[]) => unknown)('', sample, sample));
    } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(translation);
  return words;
}

describe('every string comes from the translation', () => {
  const english = englishWords(en);

  for (const translation of ALL_TRANSLATIONS.filter((t) => t.$code !== 'en')) {
    it(`${translation.$code}: no English UI word in the timeline, legend or card`, async () => {
      const element = await mountIn(translation.$code, translation.$dir);
      const data = dataStrings(iraqTimeline.events);
      // Words the language shares with English ("Sources" in French) are not evidence.
      const shared = englishWords(translation);
      const leftovers = strings(shadow(element))
        .map((text) => data.reduce((rest, d) => rest.split(d).join(' '), text))
        .flatMap(wordsOf)
        .filter((word) => english.has(word) && !shared.has(word));
      expect([...new Set(leftovers)]).toEqual([]);

      const card = shadow(element).querySelector<NewsEventCard>('news-event-card')!;
      const cardText = card.shadowRoot!.textContent!;
      const words = translationFor(translation.$code);
      for (const label of [words.when, words.sources, words.confidence, words.places]) {
        expect(cardText).toContain(label);
      }
      expect(cardText).toContain(
        describeConfidence(deriveConfidence(troops.sources), translation.$code),
      );
      const legend = shadow(element).querySelector<NewsTimelineLegend>('news-timeline-legend')!;
      expect(legend.shadowRoot!.textContent).toContain(words.legendOngoing);
    });
  }

  it('checks for real: English words are found in an English timeline', async () => {
    const element = await mountIn('en', 'ltr');
    const data = dataStrings(iraqTimeline.events);
    const found = strings(shadow(element))
      .map((text) => data.reduce((rest, d) => rest.split(d).join(' '), text))
      .flatMap(wordsOf)
      .filter((word) => english.has(word));
    expect(found).toEqual(expect.arrayContaining(['zoom', 'confidence', 'legend', 'sources']));
  });
});

describe('the detail card in Arabic', () => {
  it('opens with Arabic labels, time and confidence badge', async () => {
    const element = await mountIn('ar', 'rtl');
    const card = shadow(element).querySelector<NewsEventCard>('news-event-card')!;
    const text = card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    const badge = card.shadowRoot!.querySelector('.confidence')!.textContent!.trim();
    expect(badge).toBe(describeConfidence(deriveConfidence(troops.sources), 'ar'));
    expect(badge).not.toBe(describeConfidence(deriveConfidence(troops.sources), 'en'));
    expect(badge).toMatch(/[\u0600-\u06ff]/);
    expect(text).toContain('درجة الثقة');
    expect(text).toContain('كما ورد: «in the past 48 hours»');
    expect(text).toMatch(/خلال \S+ ساعةً حتى/);
    const base = card.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang')).toBe('ar');
    expect(base.getAttribute('dir')).toBe('rtl');
  });
});

describe('the timeline follows the page', () => {
  const toolbarLabel = (element: NewsTimeline) =>
    shadow(element).querySelector('[part~="toolbar"]')?.getAttribute('aria-label');

  it('re-renders in the language and direction of a lang/dir set after it rendered', async () => {
    const container = document.createElement('div');
    const element = document.createElement('news-timeline');
    element.timeline = iraqTimeline;
    element.layout = 'horizontal';
    container.append(element);
    document.body.append(container);
    await until(() => eventButtons(element).length > 0);
    const base = () => shadow(element).querySelector('[part~="base"]')!;
    expect(toolbarLabel(element)).toBe('Timeline controls');
    expect(base().getAttribute('dir')).toBe('ltr');

    // The page says Hebrew; no dir anywhere: the Hebrew translation says right to left.
    document.documentElement.lang = 'he';
    await until(() => toolbarLabel(element) === translationFor('he').controls);
    expect(base().getAttribute('lang')).toBe('he');
    expect(base().getAttribute('dir')).toBe('rtl');
    const name = eventButtons(element)[0]!.getAttribute('aria-label')!;
    expect(name).toMatch(/[\u0590-\u05ff]/);

    // A nearer lang wins, and an explicit dir wins over the translation's.
    container.lang = 'de';
    await until(() => toolbarLabel(element) === translationFor('de').controls);
    expect(base().getAttribute('dir')).toBe('ltr');
    container.dir = 'rtl';
    await until(() => base().getAttribute('dir') === 'rtl');
  });

  it('re-renders when its language is registered after it rendered (script order)', async () => {
    const container = document.createElement('div');
    container.lang = 'sw-KE';
    const element = document.createElement('news-timeline');
    element.timeline = iraqTimeline;
    container.append(element);
    document.body.append(container);
    await until(() => eventButtons(element).length > 0);
    // Let it settle, so that only the registration can cause the next render.
    for (let frame = 0; frame < 5; frame++) await new Promise(requestAnimationFrame);
    await element.updateComplete;
    expect(element.isUpdatePending).toBe(false);
    expect(toolbarLabel(element)).toBe('Timeline controls');
    registerTranslation({ $code: 'sw', controls: 'Vidhibiti vya ratiba' });
    expect(element.isUpdatePending).toBe(true);
    await element.updateComplete;
    expect(toolbarLabel(element)).toBe('Vidhibiti vya ratiba');
  });

  it('its legend and card follow a direction the timeline sets in its own shadow root', async () => {
    const container = document.createElement('div');
    container.style.width = '1200px';
    const element = document.createElement('news-timeline');
    element.timeline = iraqTimeline;
    element.selected = troops.id;
    container.append(element);
    document.body.append(container);
    const legendList = () =>
      shadow(element)
        .querySelector('news-timeline-legend')
        ?.shadowRoot?.querySelector('[part~="list"]');
    await until(() => legendList());
    expect(legendList()!.getAttribute('dir')).toBe('ltr');
    // Only the page's direction changes: the timeline passes on its language, not its direction.
    container.dir = 'rtl';
    await until(() => legendList()!.getAttribute('dir') === 'rtl');
    const card = shadow(element).querySelector('news-event-card')!;
    await until(
      () => card.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir') === 'rtl',
    );
  });

  it('observes no root once every element is gone', async () => {
    expect(observedRoots()).toBe(0);
    const element = await mountIn('fr', 'ltr');
    // The document, and the timeline's shadow root for its legend and card.
    expect(observedRoots()).toBe(2);
    element.remove();
    expect(observedRoots()).toBe(0);
  });

  it('falls back to the language of the data when the page says none', async () => {
    const container = document.createElement('div');
    const element = document.createElement('news-timeline');
    element.timeline = { ...iraqTimeline, language: 'es' };
    container.append(element);
    document.body.append(container);
    await until(() => toolbarLabel(element) === translationFor('es').controls);
  });
});

describe('the card and legend on their own follow lang and dir', () => {
  async function standalone<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
    tag: 'news-event-card' | 'news-timeline-legend',
    lang?: string,
    dir?: string,
  ): Promise<{ element: T; container: HTMLElement }> {
    const container = document.createElement('div');
    if (lang) container.lang = lang;
    if (dir) container.dir = dir;
    const element = document.createElement(tag) as unknown as T;
    if (tag === 'news-event-card') (element as unknown as NewsEventCard).event = troops;
    container.append(element);
    document.body.append(container);
    await element.updateComplete;
    return { element, container };
  }

  const legendLabel = (legend: NewsTimelineLegend) =>
    legend.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-label');

  it('take the nearest lang, and the direction of its translation when no dir is set', async () => {
    const { element: card } = await standalone<NewsEventCard>('news-event-card', 'he');
    const base = card.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang')).toBe('he');
    expect(base.getAttribute('dir')).toBe('rtl');
    expect(card.shadowRoot!.textContent).toContain(translationFor('he').confidence);
  });

  it('re-render when lang or dir changes on an ancestor or the document', async () => {
    const { element: legend, container } =
      await standalone<NewsTimelineLegend>('news-timeline-legend');
    expect(legendLabel(legend)).toBe('Legend');
    document.documentElement.lang = 'de';
    await until(() => legendLabel(legend) === translationFor('de').legend);
    container.lang = 'ja';
    await until(() => legendLabel(legend) === translationFor('ja').legend);
    const list = () => legend.shadowRoot!.querySelector('[part~="list"]')!;
    expect(list().getAttribute('dir')).toBe('ltr');
    container.dir = 'rtl';
    await until(() => list().getAttribute('dir') === 'rtl');
    // The locale property wins over any lang.
    legend.locale = 'fr';
    await legend.updateComplete;
    expect(legendLabel(legend)).toBe(translationFor('fr').legend);
  });

  it('re-render when a language is registered after they rendered', async () => {
    const { element: legend } = await standalone<NewsTimelineLegend>('news-timeline-legend', 'sw');
    expect(legendLabel(legend)).toBe('Legend');
    registerTranslation({ $code: 'sw', $name: 'Kiswahili', $dir: 'ltr', legend: 'Ufunguo' });
    await until(() => legendLabel(legend) === 'Ufunguo');
  });

  it('stop listening when disconnected, and catch up when connected again', async () => {
    const { element: legend, container } = await standalone<NewsTimelineLegend>(
      'news-timeline-legend',
      'fr',
    );
    legend.remove();
    let updates = 0;
    const original = legend.requestUpdate.bind(legend);
    legend.requestUpdate = (...args: Parameters<typeof original>) => {
      updates++;
      original(...args);
    };
    container.lang = 'es';
    document.documentElement.lang = 'pt';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates).toBe(0);
    container.append(legend);
    await until(() => legendLabel(legend) === translationFor('es').legend);
  });
});

describe('marks that fade, right to left', () => {
  const endSide = (mark: Element) => getComputedStyle(mark).getPropertyValue('--_end-side').trim();

  it('fade toward the later side: left across, down the vertical rail', async () => {
    const element = await mountIn('ar', 'rtl');
    const marks = [...shadow(element).querySelectorAll('.event + .mark')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(endSide(mark)).toBe('left');
    // The background band's list and the legend draw across in either layout.
    const band = [...shadow(element).querySelectorAll('.mark:not(.item > .mark)')];
    const legend = shadow(element).querySelector('news-timeline-legend')!;
    const legendMarks = [...legend.shadowRoot!.querySelectorAll('.mark')];
    expect(band.length).toBeGreaterThan(0);
    expect(legendMarks.length).toBeGreaterThan(0);
    for (const mark of [...band, ...legendMarks]) expect(endSide(mark)).toBe('left');

    element.layout = 'vertical';
    await until(() => shadow(element).querySelector('.plot.vertical .item > .mark') !== null);
    const rails = [...shadow(element).querySelectorAll('.vertical .item > .mark')];
    for (const rail of rails) expect(endSide(rail)).toBe('bottom');
    const fading = rails.find((rail) => getComputedStyle(rail).backgroundImage !== 'none');
    expect(fading).toBeDefined();
    // Downward is a gradient's default direction, which the computed value leaves unsaid.
    expect(getComputedStyle(fading!).backgroundImage).not.toMatch(/to (left|right)/);
  });
});

describe('an English headline in an Arabic drawing', () => {
  it('keeps its own order after the date of a vertical row', async () => {
    const element = await mountIn('ar', 'rtl');
    element.layout = 'vertical';
    const label = await until(() =>
      [...shadow(element).querySelectorAll('.plot.vertical .label')].find((node) =>
        node.textContent!.includes('1,500 basiji'),
      ),
    );
    expect(label.querySelector('.label-when')!.textContent).toMatch(/[\u0600-\u06ff]/);
    const text = [...label.querySelectorAll('*'), label]
      .flatMap((node) => [...node.childNodes])
      .find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('basiji'))!;
    const leftOf = (word: string) => {
      const range = document.createRange();
      const at = text.textContent!.indexOf(word);
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      return range.getBoundingClientRect().left;
    };
    // Read left to right as written: "1,500 basiji forces", not "basiji 1,500".
    expect(leftOf('1,500')).toBeLessThan(leftOf('basiji'));
    expect(leftOf('basiji')).toBeLessThan(leftOf('forces'));
  });
});

describe('Korean headlines on a Korean page', () => {
  it('break between their words, never inside one, down a phone', async () => {
    // Jinbonet's history of wiretapping in Korea: Chrome broke "'남산'" and "(통비법)" across lines.
    const headlines = [
      "중앙정보부, 속칭 '남산' 탄생",
      "휴대전화 유선망 도청장비 'R2' 개발",
      '통신비밀보호법(통비법) 제정',
      '헌재, 국정원의 무제한 감청 연장 헌법불합치',
      'X-파일 지원법? 휴대전화 감청 지원법안 발의',
    ];
    const container = document.createElement('div');
    container.lang = 'ko';
    container.style.width = '320px';
    const element = document.createElement('news-timeline');
    element.layout = 'vertical';
    element.timeline = {
      ...iraqTimeline,
      language: 'ko',
      timeZone: 'Asia/Seoul',
      events: headlines.map((headline, k) => ({
        ...iraqTimeline.events[0]!,
        id: `kr-${k}`,
        headline,
        when: {
          start: `198${k}-05-01T00:00:00+09:00`,
          end: `198${k}-05-02T00:00:00+09:00`,
          precision: 'day' as const,
        },
      })),
    };
    container.append(element);
    document.body.append(container);
    const labels = await until(() => {
      const found = [...shadow(element).querySelectorAll('.plot.vertical .label')];
      return found.length === headlines.length && found;
    });
    let wrapped = 0;
    for (const label of labels) {
      const text = [...label.querySelector('bdi')!.childNodes].find(
        (node) => node.nodeType === Node.TEXT_NODE && /[가-힣]/.test(node.textContent!),
      )!;
      const words = text.textContent!.split(' ');
      const range = document.createRange();
      let at = 0;
      const tops = new Set<number>();
      for (const word of words) {
        range.setStart(text, at);
        range.setEnd(text, at + word.length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(lines.size, `"${word}" of "${text.textContent}"`).toBe(1);
        tops.add([...lines][0]!);
        at += word.length + 1;
      }
      if (tops.size > 1) wrapped += 1;
    }
    // The column is narrow enough that some do wrap: between words.
    expect(wrapped).toBeGreaterThan(0);
  });
});
