/**
 * An event drafted from one sentence the editor picked. The extractor reads the whole article (so
 * "two days later" still counts from the event before) and its proposal for that sentence is used
 * when there is one not already in the draft; otherwise the event gets the sentence as its excerpt,
 * a headline from the sentence's first clause, and the story's frame as its time, for the editor
 * to narrow. No DOM.
 */
import { extractTimeline } from '../../extract/index.js';
import type { Sentence } from '../../extract/index.js';
import { resolveWhen } from '../../extract/time/resolve-when.js';
import type { Timeline, TimelineEvent, When } from '../../model/types.js';
import { createEvent } from '../../model/create-event.js';
import { freshId } from './draft.js';

const HEADLINE_LENGTH = 80;

/** The sentence's first clause, or its words up to about 80 characters at a word boundary. */
export function headlineFromSentence(text: string): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+["”’]?$/, '');
  if (clean.length <= HEADLINE_LENGTH) return clean;
  const clause = /^(.{20,80}?)[,;:–—]\s/.exec(clean);
  if (clause) return clause[1]!;
  const cut = clean.lastIndexOf(' ', HEADLINE_LENGTH);
  return clean.slice(0, cut > 20 ? cut : HEADLINE_LENGTH);
}

/** "Sometime this week, up to publication": the honest span of a sentence without time words. */
export function storyFrame(timeline: Pick<Timeline, 'published' | 'timeZone'>): When {
  const week = resolveWhen('this week', {
    reference: timeline.published,
    timeZone: timeline.timeZone,
  });
  return {
    start: week.ok ? week.when.start : timeline.published,
    end: timeline.published,
    precision: 'unspecified',
    resolvedAgainst: timeline.published,
  };
}

export function eventFromSentence(timeline: Timeline, sentence: Sentence): TimelineEvent {
  const taken = new Set(timeline.events.map((event) => event.id));
  const article = timeline.article?.text ?? '';
  if (article) {
    const { timeline: proposed } = extractTimeline(article, {
      published: timeline.published,
      timeZone: timeline.timeZone,
      language: timeline.language,
    });
    const candidate = proposed.events.find(
      (event) =>
        !taken.has(event.id) &&
        event.excerpt !== undefined &&
        event.excerpt.start < sentence.end &&
        sentence.start < event.excerpt.end,
    );
    if (candidate) return candidate;
  }
  const headline = headlineFromSentence(sentence.text);
  return createEvent(freshId(headline, taken), headline, storyFrame(timeline), {
    excerpt: { text: sentence.text, start: sentence.start, end: sentence.end },
  });
}
