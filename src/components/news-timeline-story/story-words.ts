/**
 * The words of story mode and of media. Temporary home: they move into the translation system
 * (one file per language) once it lands; until then English, with numbers from `Intl`.
 */
import type { MediaWords } from '../event-media.js';

export interface StoryWords extends MediaWords {
  /** The toolbar toggle of `<news-timeline>`. */
  storyMode: string;
  /** Role description of the story (the WAI-ARIA carousel pattern's "carousel"). */
  storyRole: string;
  /** Role description of one step ("slide"). */
  stepRole: string;
  /** Name of the story region. */
  storyLabel: (title: string) => string;
  /** The title card's step name. */
  storyIntro: string;
  /** "4 of 15": both numbers already formatted. */
  storyPosition: (position: string, total: string) => string;
  /** Announced once per step: "4 of 15: Headline". */
  storyAnnounce: (step: string, headline: string) => string;
  previous: string;
  next: string;
  /** The title card's count: "15 events" (the number formatted, `count` to choose the form). */
  storyEventCount: (formatted: string, count: number) => string;
  /** "Published Saturday 14 June 2014". */
  storyPublished: (date: string) => string;
  /** Context on a card: the eras the event falls in. */
  storyDuring: (eras: string) => string;
  /** Context on a card: the event sits in the drawing's background band. */
  storyBackground: string;
}

const en: StoryWords = {
  storyMode: 'Story',
  storyRole: 'carousel',
  stepRole: 'slide',
  storyLabel: (title) => (title ? `Story: ${title}` : 'Story'),
  storyIntro: 'Introduction',
  storyPosition: (position, total) => `${position} of ${total}`,
  storyAnnounce: (step, headline) => `${step}: ${headline}`,
  previous: 'Previous',
  next: 'Next',
  storyEventCount: (formatted, count) => (count === 1 ? '1 event' : `${formatted} events`),
  storyPublished: (date) => `Published ${date}`,
  storyDuring: (eras) => `During: ${eras}`,
  storyBackground: 'Background',
  mediaFailed: (alt) =>
    alt ? `The image could not be loaded. It shows: ${alt}` : 'The image could not be loaded.',
  mediaCredit: (credit) => `Credit: ${credit}`,
  mediaOpen: (kind) => (kind === 'video' ? 'Open the video' : 'Open the audio'),
};

export function storyWordsFor(_locale: string): StoryWords {
  return en;
}
