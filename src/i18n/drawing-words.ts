/**
 * The words for a locale: English (built in), then each registered prefix of the tag, most
 * specific last: "pt-BR" reads English, then "pt", then "pt-br", each filling what the previous
 * one left. Merged translations are cached until the next registration. `drawingWordsFor` looks
 * up the words of the drawn timeline; `translationFor` (`translate.ts`) the same over all of
 * English.
 */
import { englishDrawing } from './english-drawing.js';
import { languageKey, mergeWords, registeredTranslation, registryVersion } from './registry.js';
import type { DrawingWords } from './translation.js';

export type { DrawingWords } from './translation.js';

/** Languages written right to left, for a locale whose words are not registered. */
const RTL_LANGUAGES = new Set('ar he iw fa ur ps ckb sd ug yi dv'.split(' '));

/**
 * The words for a locale over `english` (English's words, the complete ones or the drawing's),
 * with each merge cached until the next registration.
 */
export function wordsLookup<W extends DrawingWords>(english: W): (locale: string) => W {
  const merged = new Map<string, W>();
  let mergedVersion = -1;
  return (locale) => {
    const version = registryVersion();
    if (mergedVersion !== version) {
      merged.clear();
      mergedVersion = version;
    }
    const key = languageKey(locale || 'en');
    let words = merged.get(key);
    if (!words) {
      words = mergeChain(key, english);
      merged.set(key, words);
    }
    return words;
  };
}

/**
 * `translationFor` without the detail card's and story mode's words, which the drawn timeline
 * never says: the page bundle's timeline reads these, and the card's and the story's English
 * (`translations/en.ts`, imported by `translate.ts`) loads with their code. A module of its own:
 * esbuild puts a whole module in the page's chunk when the page and a chunk on demand both
 * import it.
 */
export const drawingWordsFor = /* @__PURE__ */ wordsLookup(englishDrawing);

function mergeChain<W extends DrawingWords>(key: string, english: W): W {
  const subtags = key.split('-');
  // split gives at least one part, the key itself when it has no '-'.
  const language = subtags[0]!;
  let translation = english;
  let matched = false;
  // The page may extend English too; it is the base of every other language.
  const chain = language === 'en' ? [] : ['en'];
  for (let i = 1; i <= subtags.length; i++) chain.push(subtags.slice(0, i).join('-'));
  for (const tag of chain) {
    const registered = registeredTranslation(tag);
    if (!registered) continue;
    translation = mergeWords(translation, registered);
    if (tag !== 'en' || language === 'en') matched = true;
  }
  if (!matched) {
    const dir = RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
    if (translation.$dir !== dir) translation = { ...translation, $dir: dir };
  }
  return translation;
}
