/**
 * English words of the drawn timeline: every word but the detail card's and story mode's
 * (`DrawingWords`). The page's timeline reads these alone, so the card's and the story's English
 * (`translations/en.ts`, which spreads these) loads with their code, on demand.
 */
import { countsInWords, plural } from './plural.js';
import type { DrawingWords } from './translation.js';

/** "1 event", "15 events": the legend's, the clusters' and the story's title card's. */
export const eventForms = { one: '# event', other: '# events' };

export const englishDrawing: DrawingWords = {
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
  readMore: 'Read more',
  showLess: 'Show less',
  showMore: (count) => `Show ${count.text} more`,
  loading: 'Loading the timeline…',
  loadFailed: (reason) => `The timeline could not be loaded: ${reason}`,
  empty: 'There are no events to show.',
  close: 'Close',
  eventsLabel: (title) => (title ? `Events of “${title}”` : 'Events'),
  rangeShown: (range, visible, total) =>
    `Showing ${range}: ${visible.text} of ${plural(total, eventForms)}.`,
  shownOf: (visible, total) => `${visible.text} of ${plural(total, eventForms)} in view`,
  selected: (headline) => `Opened: ${headline}`,
  cluster: (count, range) => `${plural(count, eventForms)}, ${range}`,
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
    `${range}, ${{ undated: 'time not given', context: 'background', mixed: 'background and time not given' }[kind]}: ${plural(count, eventForms)}`,
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
  eventRemoved: 'This event was removed from the story.',
  refreshFailed: (reason) => `Could not check for updates: ${reason}`,

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
  storyMode: 'Story',
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
      `in the ${plural(count, unit === 'hour' ? { one: 'hour', other: '# hours' } : { one: 'day', other: '# days' })} to ${end}`,
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
};
