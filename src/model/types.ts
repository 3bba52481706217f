/**
 * The news-timeline event model. Plain, JSON-shaped data: what `parseTimeline` returns and what the
 * layout and the elements read. Value lists live here as `as const` arrays with their unions, so the
 * schema, the validator and the UI share one spelling.
 */

/**
 * How precisely the words pin the time down, from an exact instant to "sometime in the story's
 * frame". The span (start/end) is always the honest interval; precision says what kind it is.
 */
export const PRECISIONS = [
  'instant',
  'minute',
  'hour',
  'part-of-day',
  'day',
  'range',
  'week',
  'month',
  'year',
  'unspecified',
] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * A time span. `start` is the earliest the event can have begun and `end` the latest it can have
 * ended, both ISO 8601 instants with an offset ("2014-06-13T00:00:00+03:00"). An exact instant has
 * `start === end`; an ongoing event has `end: null`.
 */
export interface When {
  start: string;
  end: string | null;
  precision: Precision;
  /** The words as written in the source: "on Friday", "overnight", "in the past 48 hours". */
  text?: string;
  /** The instant the words were resolved against (usually the story's publication time). */
  resolvedAgainst?: string;
  /** IANA zone the words were read in, when it differs from the timeline's. */
  timeZone?: string;
}

export interface Place {
  name: string;
  /** Province, state or region: "Diyala province". */
  admin?: string;
  country?: string;
  coordinates?: { lat: number; lon: number };
}

export const ACTOR_KINDS = [
  'person',
  'armed-group',
  'military',
  'government',
  'institution',
  'organisation',
  'religious',
  'group',
  'country',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  name: string;
  kind: ActorKind;
  /** What the actor is in this story: "Iraqi prime minister", "head of the Quds Force". */
  role?: string;
}

export interface Quantity {
  value: number;
  unit: string;
  approximate: boolean;
  /** The words as written: "2,000", "hundreds of". */
  text?: string;
}

export const SOURCE_VERBS = [
  'said',
  'told',
  'confirmed',
  'reported',
  'corroborated',
  'witnessed',
  'announced',
  'claimed',
] as const;
export type SourceVerb = (typeof SOURCE_VERBS)[number];

export interface Source {
  /** Who: "Nouri al-Maliki", or an anonymous description, "a senior Iraqi official". */
  who: string;
  /** True when the source is named; anonymous sources are described, not named. */
  named: boolean;
  verb: SourceVerb;
  /** Through which outlet: "the Guardian", "Associated Press". */
  outlet?: string;
  /** Link to the source; only http:, https: and mailto: are ever rendered as links. */
  url?: string;
}

/** Derived from the sources by `deriveConfidence`, never typed by hand. */
export const CONFIDENCES = ['confirmed', 'corroborated', 'attributed', 'unsourced'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** The sentence of the article an event comes from, with character offsets into `article.text`. */
export interface Excerpt {
  text: string;
  start: number;
  end: number;
}

/** What a media item is. Video and audio are direct files (`<video>`, `<audio>`) or links. */
export const MEDIA_KINDS = ['image', 'video', 'audio'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/**
 * A photo, video or audio file shown with an event or on the title card, always with words around
 * it. Images need `alt`, what a reader who cannot see the picture gets instead; an image that adds
 * nothing to the words around it says so with `decorative: true` (and then has no `alt`).
 */
export interface MediaItem {
  kind: MediaKind;
  /** http:, https:, or a path read against the page (as an `<img>` in it would be). */
  url: string;
  /** What the picture shows. Required for images unless `decorative`. */
  alt?: string;
  /** The picture adds nothing to the words around it: an empty alt, on purpose. */
  decorative?: boolean;
  caption?: string;
  /** Who made it, for whom: "Reuters/Stringer". */
  credit?: string;
  /** Intrinsic size in px, so the page reserves the space before the file arrives. */
  width?: number;
  height?: number;
}

/** Fields of an event a correction can name, in the order changes are reported. */
export const EVENT_FIELDS = [
  'headline',
  'summary',
  'when',
  'planned',
  'places',
  'actors',
  'quantities',
  'sources',
  'tags',
  'category',
  'excerpt',
  'url',
  'media',
  'updated',
  'corrections',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/**
 * A correction made after publication, kept visible as newsroom practice asks: when, what it
 * changed and a note written for readers ("An earlier version gave the number as 2,000").
 */
export interface Correction {
  /** When the correction was made, ISO 8601 with offset. */
  at: string;
  /** The fields it changed. */
  fields: EventField[];
  note: string;
}

export interface TimelineEvent {
  /** Stable id, unique within the timeline. */
  id: string;
  headline: string;
  summary?: string;
  when: When;
  /**
   * True when the event had not happened at publication: scheduled, announced or expected ("the
   * road is expected to reopen on 12 March", "talks will resume next week"). Its span lies ahead.
   */
  planned?: boolean;
  places: Place[];
  actors: Actor[];
  quantities: Quantity[];
  sources: Source[];
  tags: string[];
  category?: string;
  excerpt?: Excerpt;
  url?: string;
  /** Pictures, video or audio shown with the event, first one first. */
  media?: MediaItem[];
  /** When this event was last revised, ISO 8601 with offset. */
  updated?: string;
  /** Corrections since publication, oldest first. */
  corrections?: Correction[];
}

/** A named span drawn behind the events ("the fall of Mosul", TimelineJS "eras"). */
export interface Era {
  label: string;
  when: When;
}

export interface Article {
  text: string;
  headline?: string;
  outlet?: string;
  url?: string;
}

export interface Timeline {
  id: string;
  title: string;
  /** A few sentences introducing the story (story mode's title card). */
  summary?: string;
  /** The picture the story opens with (story mode's title card). */
  media?: MediaItem[];
  /** BCP 47 language of the data: "en", "ar". */
  language: string;
  /** The story's reference instant (publication time), ISO 8601 with offset. */
  published: string;
  /**
   * True when the data gave no usable `published` and it was filled in (with the latest time any
   * event reaches) by `parseTimeline` or an importer: such a time is not the story's publication,
   * so it is not drawn as one.
   */
  publishedDefaulted?: boolean;
  /**
   * True when the data gave no usable `id` and `parseTimeline` filled one in: such data does not
   * name its story, so a later data set is a new story, not an update of this one.
   */
  idDefaulted?: boolean;
  /** IANA time zone the story's times are read and labelled in: "Asia/Baghdad". */
  timeZone: string;
  events: TimelineEvent[];
  eras: Era[];
  article?: Article;
  /** When the timeline was last revised, ISO 8601 with offset. */
  updated?: string;
}
