/**
 * The blind extraction test set (tests/fixtures/blind-extract/): five hand-written articles and the
 * timeline an editor would draw from each, written without looking at the extractor. These tests
 * check the data only, never the extractor: every expected timeline parses with no problems, its
 * article is the .txt file byte for byte, every excerpt is at its offsets, every instant is written
 * in the story's own zone, and planned events are tagged and lie ahead of publication.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Timeline, When } from '../../src/model/types.js';
import { parseInstant, toIsoWithOffset } from '../../src/model/zoned.js';

const DIR = fileURLToPath(new URL('../fixtures/blind-extract/', import.meta.url));
const SLUGS = readdirSync(DIR)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.slice(0, -'.expected.json'.length))
  .sort();

function load(slug: string): { text: string; json: unknown } {
  return {
    text: readFileSync(`${DIR}${slug}.txt`, 'utf8'),
    json: JSON.parse(readFileSync(`${DIR}${slug}.expected.json`, 'utf8')),
  };
}

function instants(when: When): string[] {
  return when.end === null ? [when.start] : [when.start, when.end];
}

it('has the five articles, each with a .txt and an .expected.json', () => {
  expect(SLUGS).toEqual([
    'carrabee-floods',
    'harwick-pension-fraud',
    'mutembo-camp-shelling',
    'port-calloway-mayor',
    'rajgarh-royals-semifinal',
  ]);
  const texts = readdirSync(DIR).filter((name) => name.endsWith('.txt'));
  expect(texts.map((name) => name.slice(0, -4)).sort()).toEqual(SLUGS);
});

describe.each(SLUGS)('%s', (slug) => {
  const { text, json } = load(slug);
  const result = parseTimeline(json);
  const timeline = result.timeline as Timeline;

  it('parses with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(timeline).not.toBeNull();
    expect(timeline.id).toBe(slug);
    expect(timeline.language).toBe('en');
  });

  it('holds the article text exactly, headline line in capitals first', () => {
    expect(timeline.article?.text).toBe(text);
    const [headline, blank] = text.split('\n');
    expect(blank).toBe('');
    expect(headline).toBe(headline?.toUpperCase());
    expect(timeline.article?.headline).toBe(headline);
    const words = text.split('\n\n').slice(1).join(' ').split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(180);
    expect(words).toBeLessThanOrEqual(300);
  });

  it('gives every event a whole sentence of the article at its offsets', () => {
    expect(timeline.events.length).toBeGreaterThan(0);
    for (const event of timeline.events) {
      const excerpt = event.excerpt;
      expect(excerpt, event.id).toBeDefined();
      if (!excerpt) continue;
      expect(text.slice(excerpt.start, excerpt.end), event.id).toBe(excerpt.text);
      // A sentence starts a paragraph or follows ". " and ends with a full stop.
      const before = text.slice(Math.max(0, excerpt.start - 2), excerpt.start);
      expect(['\n\n', '. '].includes(before) || excerpt.start === 0, event.id).toBe(true);
      expect(excerpt.text.endsWith('.'), event.id).toBe(true);
    }
  });

  it('writes every instant with the offset of the story’s zone at that instant', () => {
    const all = [timeline.published, ...timeline.events.flatMap((event) => instants(event.when))];
    for (const iso of all) {
      expect(toIsoWithOffset(parseInstant(iso), timeline.timeZone)).toBe(iso);
    }
  });

  it('keeps spans ordered and their ids unique', () => {
    const ids = timeline.events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of timeline.events) {
      const { start, end, precision } = event.when;
      if (end === null) continue;
      const span = parseInstant(end) - parseInstant(start);
      if (precision === 'minute' || precision === 'instant') expect(span, event.id).toBe(0);
      else expect(span, event.id).toBeGreaterThan(0);
    }
  });

  it('tags planned events and puts them after publication; the rest began before it', () => {
    const published = parseInstant(timeline.published);
    for (const event of timeline.events) {
      const start = parseInstant(event.when.start);
      if (event.tags.includes('planned')) {
        expect(start, event.id).toBeGreaterThanOrEqual(published);
      } else {
        expect(start, event.id).toBeLessThan(published);
      }
    }
  });
});
