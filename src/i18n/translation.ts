/**
 * Every word the components say, for one language: the toolbar and live region, the legend, the
 * detail card, time in words, sources and confidence. One object per language, one file per
 * language under `translations/`. Dates and numbers are never here: they come from `Intl` in the
 * reader's locale and reach these functions already formatted (`Count` for numbers that choose a
 * plural form).
 */
import type { Confidence, Precision, SourceVerb } from '../model/types.js';
import type { Count } from './plural.js';

export type { Count, PluralForms } from './plural.js';

/** Named parts of one day, by wall-clock hours (see `resolveWhen`). */
export type PartOfDay = 'early-hours' | 'morning' | 'afternoon' | 'evening' | 'night';

/**
 * What a date passed to a time phrase looks like, for languages whose words depend on it (German
 * "seit Freitag, 13. Juni" but "seit dem 9. Juni"; Spanish "desde el 9 de junio" but "desde junio"):
 * `day` has the weekday, `date` is day, month and year, `month` is month and year, `year` a year.
 */
export type DateKind = 'day' | 'date' | 'month' | 'year';

/**
 * Time in words. Every argument is text already formatted by `Intl` in the reader's locale and the
 * timeline's zone: `date` "Friday 13 June 2014", `period` "June 2014" or "2014", `range`
 * "13 to 14 June 2014" (Intl's range with `rangeJoin` in place of its dash), `end` "14 June 2014
 * at 12:00", `time` "12:00".
 */
export interface TimePhrases {
  /** A whole day: "sometime on {date}". */
  day: (date: string) => string;
  /** Parts of one day: "in the early hours of {date}", "on the morning of {date}". */
  parts: Record<Exclude<PartOfDay, 'night'>, (date: string) => string>;
  /** 18:00 to 06:00 the next day: "overnight, {range}"; `end` is the second day in full. */
  overnight: (range: string, end: string) => string;
  /** A whole ISO week: "during the week of {date}" (the Monday, without weekday). */
  week: (date: string) => string;
  /** A whole month: "sometime in {period}". */
  month: (period: string) => string;
  /** A whole year: "sometime in {period}". */
  year: (period: string) => string;
  /** A period cut short at its end, like "this week" at the time of writing: "{period}, up to {end}". */
  upTo: (period: string, end: string) => string;
  /** A day cut short at a time of that day: "{period}, up to {time}". */
  upToTime: (period: string, time: string) => string;
  /** A span of whole hours or days: "in the {count} hours to {end}". */
  duration: (count: Count, unit: 'hour' | 'day', end: string) => string;
  /** Whole days: "from {range}". */
  days: (range: string) => string;
  /**
   * Anything else: "between {start} and {end}", both with date and time, or both dates of a range
   * of whole days ("between 9 June 2014 and 11 June 2014"), months or years; `kind` is given for
   * those (`date`, `month`, `year`: French "entre le 9 juin" but "entre janvier").
   */
  between: (start: string, end: string, kind?: DateKind) => string;
  /** Within one day: "between {start} and {time}" (`start` with date and time). */
  betweenTimes: (start: string, time: string) => string;
  /** Open end: "since {start}". */
  since: (start: string, kind: DateKind) => string;
  /**
   * Precision unspecified: "at an unspecified time on or before {day}", the last day the span
   * touches (without weekday): a time not given before a story published at noon may be that day.
   */
  unspecifiedBy: (day: string) => string;
  /**
   * Precision unspecified and no end, under way at publication: "ongoing, begun at an unspecified
   * time after {start}" (the short label says "Ongoing", `legendOngoing`).
   */
  unspecifiedAfter: (start: string) => string;
  /** A time that does not parse. */
  unknown: string;
  /** Replaces Intl's range dash where a range is read out: " to " makes "13 to 14 June 2014". */
  rangeJoin: string;
  /** Short label of a part of a day: "{date}, {part}" ("Fri 13 Jun, morning"). */
  shortPart: (date: string, part: string) => string;
  shortParts: Record<Exclude<PartOfDay, 'night'>, string>;
  /** Short label of an open span: "since {start}" (`kind` is never `day`). */
  shortSince: (start: string, kind: DateKind) => string;
  /** Short label of an unspecified time: "by {day}", the last day it may be (a short date). */
  shortBy: (day: string) => string;
}

export interface Translation {
  /** BCP 47 tag of the language: "en", "pt", "pt-BR". */
  $code: string;
  /** The language's name in itself: "Français". */
  $name: string;
  /** Direction of its script. */
  $dir: 'ltr' | 'rtl';

  // Punctuation that differs between scripts.
  /** Between parts of one name: "Khanaqin, Diyala province, Iraq". */
  comma: string;
  /** Between the items of a list read out: places, sources. */
  listSeparator: string;
  /** Between the sentences of an accessible name. */
  sentenceSeparator: string;

  // The timeline element.
  controls: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  listView: string;
  /** The button that opens the story's introduction where three lines cut it, and closes it. */
  readMore: string;
  showLess: string;
  /** The button that shows more of a long list: "Show 500 more". */
  showMore: (count: Count) => string;
  loading: string;
  loadFailed: (reason: string) => string;
  empty: string;
  close: string;
  /** Name of the list of events: “Events of “{title}”” (title may be empty). */
  eventsLabel: (title: string) => string;
  /** Announced politely when the visible range settles. */
  rangeShown: (range: string, visible: Count, total: Count) => string;
  /** Beside "Show all events" while the view shows part of the story: "39 of 61 events in view". */
  shownOf: (visible: Count, total: Count) => string;
  /** Announced when an event is opened. */
  selected: (headline: string) => string;
  /** Name of a cluster: "12 events, 9 to 11 June 2014". */
  cluster: (count: Count, range: string) => string;
  clusterHint: string;
  /** Announced when a cluster cannot be split by zooming and its events are listed instead. */
  clusterAsList: (count: Count) => string;
  problemsTitle: (count: Count) => string;
  dismiss: string;
  wheelHint: string;

  // The legend.
  legend: string;
  legendInstant: string;
  legendDay: string;
  legendRange: string;
  legendUnspecified: string;
  legendOngoing: string;
  legendCluster: string;

  // The story view: the background band, the publication mark, eras.
  /**
   * The background band's label: `count` events over `range` ("9 – 14 June 2014") that have no
   * time of their own (`undated`), are wider than the news (`context`), or both (`mixed`).
   */
  backgroundBand: (count: Count, range: string, kind: 'undated' | 'context' | 'mixed') => string;
  /** The publication mark: "Published Sat 14 June". */
  published: (when: string) => string;
  /** The mark of the latest revision: "Updated Sat 14 June at 14:05". */
  updatedAt: (when: string) => string;
  legendPublished: string;
  /** The hatch across a phone's drawing where it cut short a stretch in which nothing starts. */
  legendCut: string;
  /** Heading of the eras in the list view. */
  eras: string;
  /** An era in the legend ("Era: this week", `range` empty) or the list view. */
  era: (label: string, range: string) => string;

  // A story that changes while it is read.
  /** Announced once per update: "2 new events, 1 updated, 1 removed". */
  updateAnnounced: (added: Count, changed: Count, removed: Count) => string;
  /** The marker on an event changed since the reader opened the story. */
  updatedMarker: string;
  /** Heading of an event's corrections on its card. */
  corrections: string;
  /** The card of a selected event that a newer version of the story removed. */
  eventRemoved: string;
  /** The small status when a refresh failed and the last good data stays on screen. */
  refreshFailed: (reason: string) => string;

  // The detail card.
  when: string;
  /** Beside the time of an event that had not happened at publication (scheduled, expected). */
  planned: string;
  /**
   * After the time in words: "(as written: “at 3pm”, precision: to the minute)". Either may be
   * absent (the precision where the words say it already: "sometime on"); neither, nothing.
   */
  whenNote: (written: string | undefined, precision: string | undefined) => string | undefined;
  places: string;
  actors: string;
  quantities: string;
  /** An approximate number given in figures: "about {number}". */
  approximately: (number: string) => string;
  sources: string;
  noSources: string;
  /** How a source vouches for the event; `outlet` is who carried it, when known. */
  sourceVerbs: Record<SourceVerb, (who: string, outlet: string | undefined) => string>;
  confidence: string;
  /** The confidence badge. */
  confidenceLevels: Record<Confidence, string>;
  excerpt: string;

  // Story mode (`<news-timeline-story>`, `mode="story"`).
  /** The toolbar's toggle of story mode. */
  storyMode: string;
  /** Role description of the story region: the WAI-ARIA carousel pattern's "carousel". */
  storyRole: string;
  /** Role description of one step: the carousel pattern's "slide". */
  stepRole: string;
  /** Name of the story region: "Story: {title}" (title may be empty). */
  storyLabel: (title: string) => string;
  /** Name of the title card's step. */
  storyIntro: string;
  /** Where the reader is: "4 of 15". */
  storyPosition: (position: Count, total: Count) => string;
  /** Said once per step: "{step}: {headline}", `step` being `storyIntro` or `storyPosition`. */
  storyAnnounce: (step: string, headline: string) => string;
  previous: string;
  next: string;
  /** On the title card: "15 events". */
  storyEventCount: (count: Count) => string;
  /** On the title card: "Published {date}" (a full date from Intl). */
  storyPublished: (date: string) => string;
  /** Above an event's card: the eras it falls in, "During: {eras}". */
  storyDuring: (eras: string) => string;
  /** Above an event's card: it sits in the drawing's background band. */
  storyBackground: string;

  // Media (a picture, video or audio on a card).
  /** Replaces a picture that could not be loaded; `alt` describes it (may be empty). */
  mediaFailed: (alt: string) => string;
  /** "Credit: {who}". */
  mediaCredit: (credit: string) => string;
  /** A link to a video the page cannot play itself. */
  mediaOpenVideo: string;
  /** A link to an audio file the page cannot play itself. */
  mediaOpenAudio: string;

  // Time in words.
  time: TimePhrases;
  /** Names of precisions: "part of a day". */
  precisions: Record<Precision, string>;
}

/** The words only the detail card and story mode say (`<news-event-card>`, `<news-timeline-story>`). */
export type DetailWordKey =
  | 'corrections'
  | 'when'
  | 'planned'
  | 'whenNote'
  | 'places'
  | 'actors'
  | 'quantities'
  | 'approximately'
  | 'sources'
  | 'noSources'
  | 'confidence'
  | 'confidenceLevels'
  | 'excerpt'
  | 'storyRole'
  | 'stepRole'
  | 'storyLabel'
  | 'storyIntro'
  | 'storyPosition'
  | 'storyAnnounce'
  | 'previous'
  | 'next'
  | 'storyEventCount'
  | 'storyPublished'
  | 'storyDuring'
  | 'storyBackground'
  | 'mediaFailed'
  | 'mediaCredit'
  | 'mediaOpenVideo'
  | 'mediaOpenAudio'
  | 'precisions';

/**
 * The words of the drawn timeline (`<news-timeline>`, its legend, time in words, accessible
 * names): every word but the card's and the story's, whose English loads with their code.
 */
export type DrawingWords = Omit<Translation, DetailWordKey>;

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

/** What a page may register: any subset of a language's words; the rest falls back. */
export type PartialTranslation = { $code: string } & DeepPartial<Omit<Translation, '$code'>>;
