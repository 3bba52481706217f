/**
 * English: built in, and the fallback of every other language. It registers nothing itself: the
 * lookup (`translate.ts`) starts every chain from it.
 */
import { countsInWords, plural } from '../plural.js';
import type { Translation } from '../translation.js';

const events = { one: '# event', other: '# events' };

const translation: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  comma: ', ',
  listSeparator: '; ',
  sentenceSeparator: '. ',

  controls: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all events',
  listView: 'List view',
  showMore: (count) => `Show ${count.text} more`,
  loading: 'Loading the timeline…',
  loadFailed: (reason) => `The timeline could not be loaded: ${reason}`,
  empty: 'There are no events to show.',
  close: 'Close',
  eventsLabel: (title) => (title ? `Events of “${title}”` : 'Events'),
  rangeShown: (range, visible, total) =>
    `Showing ${range}: ${visible.text} of ${plural(total, events)}.`,
  selected: (headline) => `Opened: ${headline}`,
  cluster: (count, range) => `${plural(count, events)}, ${range}`,
  clusterHint: 'Press Enter to zoom in on these events.',
  clusterAsList: (count) =>
    `These ${count.text} events share the same time; showing them in the list view.`,
  problemsTitle: (count) =>
    plural(count, {
      one: '# problem in the timeline data',
      other: '# problems in the timeline data',
    }),
  dismiss: 'Dismiss',
  wheelHint: 'Use Ctrl + scroll (⌘ + scroll on a Mac) to zoom the timeline',

  legend: 'Legend',
  legendInstant: 'Exact time',
  legendDay: 'Known to the day or hour',
  legendRange: 'Sometime in this range',
  legendUnspecified: 'Time not given',
  legendOngoing: 'Ongoing',
  legendCluster: 'Several events; zoom in',
  backgroundBand: (count, range, kind) =>
    `${range}, ${{ undated: 'time not given', context: 'background', mixed: 'background and time not given' }[kind]}: ${plural(count, events)}`,
  published: (when) => `Published ${when}`,
  updatedAt: (when) => `Updated ${when}`,
  legendPublished: 'Publication of the story',
  legendCut: 'Quiet time, shortened',
  eras: 'Eras',
  era: (label, range) => (range ? `Era: ${label}, ${range}` : `Era: ${label}`),
  updateAnnounced: (added, changed, removed) =>
    countsInWords(
      [
        [added, { one: '# new event', other: '# new events' }],
        [changed, { other: '# updated' }],
        [removed, { other: '# removed' }],
      ],
      ', ',
      'The story was updated.',
    ),
  updatedMarker: 'Updated',
  corrections: 'Corrections',
  eventRemoved: 'This event was removed from the story.',
  refreshFailed: (reason) => `Could not check for updates: ${reason}`,

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
  sourceVerbs: {
    said: (who, outlet) => `according to ${who}${outlet ? `, reported by ${outlet}` : ''}`,
    told: (who, outlet) => (outlet ? `as ${who} told ${outlet}` : `according to ${who}`),
    confirmed: (who, outlet) =>
      `confirmed by ${who}${outlet && outlet !== who ? ` to ${outlet}` : ''}`,
    reported: (who, outlet) =>
      `reported by ${who}${outlet && outlet !== who ? ` for ${outlet}` : ''}`,
    corroborated: (who, outlet) =>
      `corroborated by ${who}${outlet ? `, reported by ${outlet}` : ''}`,
    witnessed: (who, outlet) => `witnessed by ${who}${outlet ? `, reported by ${outlet}` : ''}`,
    announced: (who, outlet) => `announced by ${who}${outlet ? `, reported by ${outlet}` : ''}`,
    claimed: (who, outlet) => `claimed by ${who}${outlet ? `, reported by ${outlet}` : ''}`,
  },
  confidence: 'Confidence',
  confidenceLevels: {
    confirmed: 'Confirmed by the outlet or an eyewitness',
    corroborated: 'Corroborated by more than one source',
    attributed: 'Attributed to a single source',
    unsourced: 'No source given',
  },
  excerpt: 'From the article',

  storyMode: 'Story',
  storyRole: 'carousel',
  stepRole: 'slide',
  storyLabel: (title) => (title ? `Story: ${title}` : 'Story'),
  storyIntro: 'Introduction',
  storyPosition: (position, total) => `${position.text} of ${total.text}`,
  storyAnnounce: (step, headline) => `${step}: ${headline}`,
  previous: 'Previous',
  next: 'Next',
  storyEventCount: (count) => plural(count, events),
  storyPublished: (date) => `Published ${date}`,
  storyDuring: (eras) => `During: ${eras}`,
  storyBackground: 'Background',

  mediaFailed: (alt) =>
    alt ? `The image could not be loaded. It shows: ${alt}` : 'The image could not be loaded.',
  mediaCredit: (credit) => `Credit: ${credit}`,
  mediaOpenVideo: 'Open the video',
  mediaOpenAudio: 'Open the audio',
  time: {
    day: (date) => `sometime on ${date}`,
    parts: {
      'early-hours': (date) => `in the early hours of ${date}`,
      morning: (date) => `on the morning of ${date}`,
      afternoon: (date) => `on the afternoon of ${date}`,
      evening: (date) => `on the evening of ${date}`,
    },
    overnight: (range) => `overnight, ${range}`,
    week: (date) => `during the week of ${date}`,
    month: (period) => `sometime in ${period}`,
    year: (period) => `sometime in ${period}`,
    upTo: (period, end) => `${period}, up to ${end}`,
    upToTime: (period, time) => `${period}, up to ${time}`,
    duration: (count, unit, end) =>
      `in the ${plural(count, unit === 'hour' ? { one: '# hour', other: '# hours' } : { one: '# day', other: '# days' })} to ${end}`,
    days: (range) => `from ${range}`,
    between: (start, end) => `between ${start} and ${end}`,
    betweenTimes: (start, time) => `between ${start} and ${time}`,
    since: (start) => `since ${start}`,
    unspecifiedBy: (day) => `at an unspecified time on or before ${day}`,
    unspecifiedAfter: (start) => `ongoing, begun at an unspecified time after ${start}`,
    unknown: 'at an unknown time',
    rangeJoin: ' to ',
    shortPart: (date, part) => `${date}, ${part}`,
    shortParts: {
      'early-hours': 'early hours',
      morning: 'morning',
      afternoon: 'afternoon',
      evening: 'evening',
    },
    shortSince: (start) => `since ${start}`,
    shortBy: (day) => `by ${day}`,
  },
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
