/**
 * English: built in, and the fallback of every other language. It registers nothing itself: the
 * lookup (`translate.ts`) starts every chain from it. The words of the drawn timeline are
 * `englishDrawing`'s; the ones here are only the detail card's and story mode's, which the page
 * bundle loads with the card and the story (page payload 48,632 -> 48,203 B).
 */
import { englishDrawing, eventForms } from '../english-drawing.js';
import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const translation: Translation = {
  ...englishDrawing,
  corrections: 'Corrections',
  when: 'When',

  planned: 'Planned',
  whenNote: (written, precision) =>
    written
      ? `(as written: “${written}”${precision ? `, precision: ${precision}` : ''})`
      : precision && `(precision: ${precision})`,
  places: 'Places',
  actors: 'People and groups',
  quantities: 'Numbers',
  approximately: (number) => `about ${number}`,
  sources: 'Sources',
  noSources: 'No source given',
  confidence: 'Confidence',
  confidenceLevels: {
    confirmed: 'Confirmed by the outlet or an eyewitness',
    corroborated: 'Corroborated by more than one source',
    attributed: 'Attributed to a single source',
    unsourced: 'No source given',
  },
  excerpt: 'From the article',

  storyRole: 'carousel',
  stepRole: 'slide',
  storyLabel: (title) => (title ? `Story: ${title}` : 'Story'),
  storyIntro: 'Introduction',
  storyPosition: (position, total) => `${position.text} of ${total.text}`,
  storyAnnounce: (step, headline) => `${step}: ${headline}`,
  previous: 'Previous',
  next: 'Next',
  storyEventCount: (count) => plural(count, eventForms),
  storyPublished: (date) => `Published ${date}`,
  storyDuring: (eras) => `During: ${eras}`,
  storyBackground: 'Background',

  mediaFailed: (alt) =>
    alt ? `The image could not be loaded. It shows: ${alt}` : 'The image could not be loaded.',
  mediaCredit: (credit) => `Credit: ${credit}`,
  mediaOpenVideo: 'Open the video',
  mediaOpenAudio: 'Open the audio',
  precisions: {
    instant: 'exact time',
    minute: 'to the minute',
    hour: 'to the hour',
    'part-of-day': 'part of a day',
    day: 'day',
    range: 'time range',
    week: 'week',
    month: 'month',
    year: 'year',
    unspecified: 'unspecified time',
  },
};

export default translation;
