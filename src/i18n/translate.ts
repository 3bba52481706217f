/**
 * The complete words for a locale, the detail card's and story mode's included: the lookup of
 * `drawing-words.ts` over all of English.
 */
import en from './translations/en.js';
import { wordsLookup } from './drawing-words.js';
import type { Translation } from './translation.js';

const completeWordsFor = /* @__PURE__ */ wordsLookup(en);

/**
 * The complete translation for a BCP 47 locale. `$code` is the most specific registered tag that
 * matched ("en" when none did); `$dir` is that translation's direction, or, for a language with no
 * words registered, the direction of its script.
 */
export function translationFor(locale: string): Translation {
  return completeWordsFor(locale);
}
