export {
  extractTimeline,
  FLAG_KINDS,
  type ExtractOptions,
  type ExtractResult,
  type ExtractionFlag,
  type ExtractionFlagKind,
} from './extract-timeline.js';
export { resolveWhen, type ResolveResult, type ResolveOptions } from './time/resolve-when.js';
export { scoreTimeline, spansAgree, sameSentence, type ScoreResult } from './score.js';
export { splitSentences, type Sentence } from './sentences.js';
export {
  findTimeExpressions,
  type TimeMention,
  type FindOptions,
} from './time/time-expressions.js';
export { findEntities, type Entities } from './entities.js';
export { findAttributions, type Attribution } from './attributions.js';
export { findQuantities } from './quantities.js';
