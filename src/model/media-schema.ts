/**
 * The format of a media item (`TimelineEvent.media`, `Timeline.media`), described with the schema
 * builder like the rest of the format in schema.ts: a picture, video or audio file with the words
 * around it. Images must say what they show, or say on purpose that they show nothing.
 */
import { MEDIA_KINDS } from './types.js';
import { mediaUrlProblem } from './media.js';
import {
  array,
  boolean,
  exactText,
  number,
  object,
  oneOf,
  optional,
  required,
  string,
  type Check,
} from './schema-builder.js';

/** An image needs `alt`, unless it is `decorative`; a decorative one has none. */
const checkMediaWords: Check<Record<string, unknown>> = ({ kind, alt, decorative }) => {
  const described = typeof alt === 'string' && alt.trim() !== '';
  if (kind === 'image' && !decorative && !described) {
    return 'is an image without alt text: say what it shows in "alt", or mark it "decorative": true if it adds nothing to the words around it';
  }
  if (decorative && described) {
    return 'is marked "decorative" but has alt text: keep one of them';
  }
  return null;
};

// One node for both sizes (one reader, as the time span's instants share theirs).
const pixels = number({ integer: true, minimum: 1, maximum: 100_000 });

export const mediaSchema = object(
  {
    kind: required(oneOf(MEDIA_KINDS)),
    url: required(exactText(2048, mediaUrlProblem)),
    alt: optional(string(1000)),
    decorative: optional(boolean()),
    caption: optional(string(2000)),
    credit: optional(string(300)),
    width: optional(pixels),
    height: optional(pixels),
  },
  { noun: 'a media item', check: checkMediaWords },
);

/**
 * An optional list of media: one field for the event's and the title card's, so one reader reads
 * both (as the time span's instants share theirs).
 */
export const mediaList = optional(array(mediaSchema, { itemNoun: 'media item', maxItems: 20 }));
