/**
 * Words in many languages: `news-timeline/i18n`. English is built in; every other language is a
 * module that registers itself when imported (`news-timeline/translations/fr.js`).
 */
import { registerTranslation } from './registry.js';
import { translationFor } from './translate.js';
import type { Translation } from './translation.js';

export type {
  Count,
  PartOfDay,
  PartialTranslation,
  PluralForms,
  TimePhrases,
  Translation,
} from './translation.js';
export { plural } from './plural.js';
export {
  onTranslationsChange,
  registerTranslation,
  registeredLanguages,
  registeredTranslation,
} from './registry.js';
export { translationFor } from './translate.js';
export { describeWhen } from './wording/describe-when.js';
export { formatWhenShort } from './wording/format-when-short.js';
export {
  count,
  dateLocale,
  describeTimeRange,
  formatNumber,
  type DescribeWhenOptions,
} from './wording/date-formats.js';
export {
  describePlace,
  describePlaces,
  describeSource,
  describeSources,
} from './wording/describe-event.js';
export {
  describeActor,
  describeConfidence,
  describeQuantity,
  precisionLabel,
} from './wording/describe-details.js';

/** @deprecated Since 0.2: use `Translation`. */
export type UiStrings = Translation;

/**
 * @deprecated Since 0.2: use `registerTranslation({ $code: language, ...words })`, or import a
 * shipped language (`news-timeline/translations/fr.js`).
 */
export function registerStrings(language: string, strings: Partial<Translation>): void {
  registerTranslation({ ...strings, $code: language });
}

/** @deprecated Since 0.2: use `translationFor`. */
export function stringsFor(locale: string): Translation {
  return translationFor(locale);
}
