/**
 * An event drafted from one sentence the editor picked. The extractor reads the whole article (so
 * "two days later" still counts from the event before) and its proposal for that sentence is used
 * when there is one not already in the draft; otherwise the event gets the sentence as its excerpt,
 * a headline from the sentence's first clause, and the sentence's time as the extractor read it,
 * else the story's frame, for the editor to narrow. No DOM.
 */
import { extractTimeline } from '../../extract/index.js';
import type { Sentence } from '../../extract/index.js';
import { resolveWhen } from '../../extract/time/resolve-when.js';
import type { Timeline, TimelineEvent, When } from '../../model/types.js';
import { createEvent } from '../../model/create-event.js';
import { freshId } from './draft.js';

const HEADLINE_LENGTH = 80;

/**
 * The sentence's first clause, or its words up to about 80 characters at a word boundary and "…":
 * cut mid-phrase ("…870 people who"), it read as a whole headline.
 */
export function headlineFromSentence(text: string): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+["”’]?$/, '');
  if (clean.length <= HEADLINE_LENGTH) return clean;
  const clause = /^(.{20,80}?)[,;:–—]\s/.exec(clean);
  if (clause) return clause[1]!;
  const cut = clean.lastIndexOf(' ', HEADLINE_LENGTH - 1);
  return `${clean.slice(0, cut > 20 ? cut : HEADLINE_LENGTH - 1)}…`;
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

/** Whether two stretches of the article (an excerpt, a sentence) share a character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end;
}

/**
 * An event of `sentence`: the extractor's proposal for it not in the draft yet, else a new one
 * with the sentence's time as the extractor read it (a second event of a sentence kept its
 * "Tuesday"), or the story's frame.
 */
export function eventFromSentence(timeline: Timeline, sentence: Sentence): TimelineEvent {
  const taken = new Set(timeline.events.map((event) => event.id));
  const article = timeline.article?.text ?? '';
  const proposals = article
    ? extractTimeline(article, {
        published: timeline.published,
        timeZone: timeline.timeZone,
        language: timeline.language,
      }).timeline.events.filter(
        ({ excerpt }) => excerpt !== undefined && overlaps(excerpt, sentence),
      )
    : [];
  const candidate = proposals.find((event) => !taken.has(event.id));
  if (candidate) return candidate;
  const headline = headlineFromSentence(sentence.text);
  return createEvent(
    freshId(headline, taken),
    headline,
    proposals[0]?.when ?? storyFrame(timeline),
    { excerpt: { text: sentence.text, start: sentence.start, end: sentence.end } },
  );
}
