import { readFileSync } from 'node:fs';
import '../../src/i18n/translations/ar.js';
import { describe, expect, it } from 'vitest';
import { renderSVG } from '../../src/static/index.js';
import { PALETTES } from '../../src/static/palette.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { firstViewAt } from './story-frame.js';
import { createEvent } from '../../src/model/create-event.js';
import type { Timeline } from '../../src/model/types.js';
import { parseTimeline } from '../../src/model/index.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { undatedQuake } from '../fixtures/undated-quake.js';
import { oneYearStory } from '../fixtures/one-year-story.js';
import { allElements, parseXml, textOf, type XmlElement } from './xml-tree.js';

/** The left edge of a drawn mark: its outer stroke included. */
function leftEdge(mark: XmlElement): number {
  const a = mark.attributes;
  const stroke = a.stroke && a.stroke !== 'none' ? Number(a['stroke-width'] ?? 1) / 2 : 0;
  if (mark.name === 'ellipse') return Number(a.cx) - Number(a.rx) - stroke;
  return Number(a.x) - stroke;
}

function centre(mark: XmlElement): number {
  const a = mark.attributes;
  return mark.name === 'ellipse' ? Number(a.cx) : Number(a.x) + Number(a.width) / 2;
}

const byClass = (root: XmlElement, name: string) =>
  allElements(root).filter((e) => e.attributes.class?.split(' ').includes(name));

describe('renderSVG', () => {
  for (const width of [1200, 800]) {
    it(`draws every event of the article where the element does, at ${width} px`, () => {
      const svg = renderSVG(iraqTimeline, { width });
      const root = parseXml(svg);
      expect(root.name).toBe('svg');
      expect(root.attributes.width).toBe(String(width));
      const frame = firstViewAt(iraqTimeline, width);
      const drawn = byClass(root, 'event');
      const events = frame.items.filter((item) => item.kind === 'event');
      expect(drawn).toHaveLength(events.length);
      expect(byClass(root, 'cluster')).toHaveLength(frame.items.length - events.length);
      for (const item of events) {
        const event = iraqTimeline.events[item.item.i]!;
        const group = drawn.find((g) => g.attributes['data-id'] === event.id);
        expect(group, event.id).toBeDefined();
        const mark = allElements(group!).find((e) => e.attributes.class === 'mark')!;
        expect(Math.abs(leftEdge(mark) - item.p0), event.headline).toBeLessThanOrEqual(1);
        // Its visible label starts with the headline's first word.
        if (item.label) {
          const label = byClass(group!, 'label')[0]!;
          expect(textOf(label)).toContain(event.headline.split(' ')[0]!);
        }
      }
    });
  }

  it('has every headline as text, an accessible name and no script or external reference', () => {
    const svg = renderSVG(iraqTimeline, { width: 1200 });
    const root = parseXml(svg);
    expect(root.attributes.role).toBe('img');
    const [title, desc] = root.children as XmlElement[];
    expect(title!.name).toBe('title');
    expect(textOf(title!)).toBe(iraqTimeline.title);
    expect(desc!.name).toBe('desc');
    // Five events on the axis, ten in the background band (named after the range).
    expect(textOf(desc!)).toMatch(/^Showing .*: 5 of 15 events\. 9\s–\s14 June 2014, .*10 events$/);
    const ids = root.attributes['aria-labelledby']!.split(' ');
    expect(ids).toEqual([title!.attributes.id, desc!.attributes.id]);
    const text = allElements(root)
      .filter((e) => e.name === 'text' || e.name === 'title')
      .map(textOf)
      .join('\n');
    for (const event of iraqTimeline.events) expect(text).toContain(event.headline);
    expect(root.attributes['font-family']).toMatch(/system-ui.*sans-serif/);
    const elements = allElements(root);
    const names = new Set(elements.map((e) => e.name));
    for (const name of ['script', 'foreignObject', 'image', 'use', 'a', 'style', 'iframe']) {
      expect(names.has(name), name).toBe(false);
    }
    for (const element of elements) {
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name).not.toMatch(/href|^on/i);
        if (/url\(/.test(value)) expect(value).toMatch(/^url\(#[\w-]+\)$/);
      }
    }
    // The background band lists its events under the drawing; the legend names the looks.
    expect(byClass(root, 'band-event')).toHaveLength(10);
    expect(textOf(byClass(root, 'legend')[0]!)).toContain('Time not given');
    // Only the marks it draws: the article has no exact time, and its picture merges nothing.
    expect(textOf(byClass(root, 'legend')[0]!)).not.toContain('Exact time');
    expect(textOf(byClass(root, 'legend')[0]!)).not.toContain('Several events');
    expect(textOf(byClass(root, 'published-label')[0]!)).toBe(
      'Published Sat 14 June at 12:00 GMT+3',
    );
    expect(byClass(root, 'era')).toHaveLength(1);
    // The era's name after the axis's grid lines, which would strike it through, and haloed.
    const name = svg.indexOf('class="era-label"');
    expect(svg.lastIndexOf('stroke="#e2e6ea"')).toBeLessThan(name);
    expect(byClass(root, 'era-label')[0]!.attributes['paint-order']).toBe('stroke');
  });

  it('keeps hostile data as text', () => {
    const events = XSS_PAYLOADS.slice(0, 12).map((payload, k) =>
      createEvent(`e${k}`, `${payload} & "quoted" ${k}`, {
        start: `2024-03-${String(k + 1).padStart(2, '0')}T12:00:00Z`,
        end: null,
        precision: 'minute',
      }),
    );
    const timeline = {
      id: 'x',
      title: '</title><script>alert(1)</script> & co',
      language: 'en',
      published: '2024-03-20T12:00:00Z',
      timeZone: 'UTC',
      events: [
        ...events,
        createEvent('ctl', 'bell\u0007 and nul\u0000 chars', {
          start: '2024-03-15T12:00:00Z',
          end: null,
          precision: 'minute',
        }),
      ],
      eras: [],
    } as unknown as Timeline;
    const svg = renderSVG(timeline, { width: 1000 });
    expect(svg).not.toMatch(/<script/i);
    const root = parseXml(svg);
    expect(allElements(root).map((e) => e.name)).not.toContain('script');
    expect(textOf(root.children[0] as XmlElement)).toBe(timeline.title);
    const text = allElements(root)
      .filter((e) => e.name === 'title')
      .map(textOf)
      .join('\n');
    for (const event of events) expect(text).toContain(event.headline);
    expect(text).toContain('bell and nul chars');
  });

  it('names the year of a publication whose view reaches into the next year', () => {
    const label = (...input: Parameters<typeof oneYearStory>) =>
      byClass(
        parseXml(renderSVG(parseTimeline(oneYearStory(...input)).timeline!, { width: 1200 })),
        'published-label',
      ).map(textOf);
    expect(label('1968-12-31', '1968-12-13')).toEqual([
      'Published Tue, 31 December 1968 at 12:00 GMT-3',
    ]);
    // A view within one year: its axis names it.
    expect(label('1968-09-20', '1968-09-10')).toEqual([
      'Published Fri 20 September at 12:00 GMT-3',
    ]);
  });

  it('says the day of a story told within one afternoon at the start of the axis, as the element does', () => {
    const at = (id: string, time: string) =>
      createEvent(id, `Event at ${time}`, {
        start: `2014-06-13T${time}:00+03:00`,
        end: null,
        precision: 'minute',
      });
    const timeline = {
      id: 'afternoon',
      title: 'One afternoon',
      language: 'en-GB',
      timeZone: 'Asia/Baghdad',
      events: [at('a', '13:10'), at('b', '14:40'), at('c', '16:20')],
      eras: [],
    } as unknown as Timeline;
    const root = parseXml(renderSVG(timeline, { width: 1200 }));
    expect(byClass(root, 'axis-caption').map(textOf)).toEqual(['Fri, 13 Jun 2014']);
    // No tick label starts under it.
    const caption = byClass(root, 'axis-caption')[0]!;
    for (const tick of byClass(root, 'tick'))
      expect(Number(tick.attributes.x)).toBeGreaterThan(Number(caption.attributes.x) + 60);
  });

  it('speaks the locale, mirrors right-to-left languages and takes the dark theme', () => {
    const svg = renderSVG(iraqTimeline, { width: 1200, locale: 'ar', theme: 'dark' });
    const root = parseXml(svg);
    expect(root.attributes.direction).toBe('rtl');
    expect(root.attributes.lang).toBe('ar');
    expect(textOf(byClass(root, 'legend-title')[0]!)).not.toBe('Legend');
    expect(svg).toContain(PALETTES.dark.bg);
    const frame = firstViewAt(iraqTimeline, 1200);
    const first = frame.items.find((item) => item.kind === 'event')!;
    const mark = allElements(byClass(root, 'event')[0]!).find(
      (e) => e.attributes.class === 'mark',
    )!;
    // Mirrored: the mark's right edge sits at width - p0.
    const right = 2 * centre(mark) - leftEdge(mark);
    expect(Math.abs(right - (1200 - first.p0))).toBeLessThanOrEqual(1);
  });

  it('uses the colours of the element’s theme tokens', () => {
    const tokens = readFileSync(
      new URL('../../src/components/shared-styles.ts', import.meta.url),
      'utf8',
    );
    for (const palette of Object.values(PALETTES)) {
      for (const [key, value] of Object.entries(palette)) {
        if (key === 'eraBg' || key === 'eraOpacity') continue;
        expect(tokens, key).toContain(String(value));
      }
    }
    expect(() => renderSVG('{"not": "a timeline"}')).toThrow(/not a timeline/);
  });
});

describe('renderSVG short dates', () => {
  it('name the year in a story over more than one year, as the element does', () => {
    const at = (id: string, day: string) =>
      createEvent(id, `Event ${id}`, {
        start: `${day}T00:00:00Z`,
        end: `${day}T23:59:00Z`,
        precision: 'day',
      });
    const timeline: Timeline = {
      ...iraqTimeline,
      timeZone: 'UTC',
      eras: [],
      events: [
        at('elected', '2017-03-07'),
        at('polls', '2025-11-04'),
        at('count', '2025-11-05'),
        at('concedes', '2025-11-06'),
      ],
    };
    const root = parseXml(renderSVG(timeline));
    // The distant 2017 event is in the band, its date with the year.
    const band = byClass(root, 'band-event');
    expect(band).toHaveLength(1);
    expect(textOf(band[0]!)).toMatch(/7 Mar 2017/);
  });

  it('names the background band’s span in days, as the element does', () => {
    const root = parseXml(
      renderSVG(parseTimeline(undatedQuake(2, '2011-02-22T20:00:00+13:00')).timeline!),
    );
    const heading = textOf(byClass(root, 'band-label')[0]!).replace(/\s/g, ' ');
    expect(heading).toMatch(/^21 – 22 February 2011, /);
  });
});

describe('renderSVG of a story with nothing dated', () => {
  it('draws no empty axis, as the element does: the band is the story', () => {
    // An extractor's draft of a quake with no time words: the picture showed an empty day of axis,
    // and said "Showing 20 February 2011 at 12:00 – 21 February 2011 at 12:00: 0 of 2 events".
    const draft = parseTimeline(undatedQuake(2)).timeline!;
    const root = parseXml(renderSVG(draft, { width: 800 }));
    expect(byClass(root, 'plot')).toHaveLength(0);
    expect(byClass(root, 'band-event')).toHaveLength(2);
    const desc = textOf(root.children[1] as XmlElement);
    expect(desc).not.toMatch(/Showing|0 of 2/);
    expect(desc).toMatch(/time not given: 2 events/);
    // No axis, so no publication line for the legend to explain.
    expect(textOf(byClass(root, 'legend')[0]!)).not.toContain('Publication');
  });
});
