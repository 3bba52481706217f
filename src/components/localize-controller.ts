/**
 * The controller the library exports, and the card's and the story's: `LocaleController` with
 * every word of the locale. The timeline and its legend use `LocaleController` and look up only the
 * drawing's words: this module imports all of English (`translate.ts`), which then loads with the
 * card's and the story's code rather than in the page's first download.
 */
import { LocaleController } from './locale-controller.js';
import { translationFor } from '../i18n/translate.js';
import type { Translation } from '../i18n/translation.js';
import { count } from '../i18n/wording/date-formats.js';
import type { Count } from '../i18n/plural.js';

export type { LocalizeHost, LocalizeOptions } from './locale-controller.js';

export class LocalizeController extends LocaleController {
  /** Every word, in the locale's language (English where it has none). */
  get translation(): Translation {
    return translationFor(this.locale);
  }

  /**
   * A number for a sentence: formatted for the locale, with its plural category. Here, not in
   * `LocaleController`: the timeline and its legend count with the element's own locale.
   */
  count(value: number): Count {
    return count(value, this.locale);
  }
}
