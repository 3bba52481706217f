export * from './types.js';
export { createEvent } from './create-event.js';
export { parseTimeline, MAX_INPUT_CHARACTERS } from './parse-timeline.js';
export type { ParseResult, Problem, Severity } from './problems.js';
export { timelineSchema } from './schema.js';
export { toJsonSchema, SCHEMA_ID } from './json-schema.js';
export { compareEvents, compareSpans, sortEvents, spanOf, type Span } from './sort.js';
export { diffTimelines, type ChangedEvent, type TimelineDiff } from './diff.js';
export { deriveConfidence } from './confidence.js';
export { dateTimeFormat, numberFormat, pluralRules } from './intl-cache.js';
export { listFormat } from './list-format.js';
export { spanFromDatetime, type DatetimeSpan } from './html-datetime.js';
export { safeHref } from './safe-url.js';
export {
  isValidTimeZone,
  offsetMinutes,
  parseInstant,
  toIsoWithOffset,
  zonedParts,
  zonedToInstant,
} from './zoned.js';
export { mediaSrc, mediaUrlProblem, MEDIA_SCHEMES } from './media.js';
export { isDirectMediaFile } from './media-files.js';
