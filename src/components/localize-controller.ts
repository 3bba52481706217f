/**
 * The controller the library exports, and the card's and the story's: `LocaleController` with
 * every word of the locale. The timeline and its legend use `LocaleController` and look up only the
 * drawing's words: this module imports all of English (`translate.ts`), which then loads with the
 * card's and the story's code rather than in the page's first download.
 */
import { LocaleController } from './locale-controller.js';
import { translationFor } from '../i18n/translate.js';
import type { Translation } from '../i18n/translation.js';

export type { LocalizeHost, LocalizeOptions } from './locale-controller.js';

export class LocalizeController extends LocaleController {
  /** Every word, in the locale's language (English where it has none). */
  get translation(): Translation {
    return translationFor(this.locale);
  }
}
