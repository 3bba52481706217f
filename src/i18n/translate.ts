/**
 * The words for a locale: English (built in), then each registered prefix of the tag, most
 * specific last: "pt-BR" reads English, then "pt", then "pt-br", each filling what the previous
 * one left. Merged translations are cached until the next registration.
 */
import en from './translations/en.js';
import { languageKey, mergeWords, registeredTranslation, registryVersion } from './registry.js';
import type { Translation } from './translation.js';

/** Languages written right to left, for a locale whose words are not registered. */
const RTL_LANGUAGES = new Set('ar he iw fa ur ps ckb sd ug yi dv'.split(' '));

const merged = new Map<string, Translation>();
let mergedVersion = -1;

/**
 * The complete translation for a BCP 47 locale. `$code` is the most specific registered tag that
 * matched ("en" when none did); `$dir` is that translation's direction, or, for a language with no
 * words registered, the direction of its script.
 */
export function translationFor(locale: string): Translation {
  const version = registryVersion();
  if (mergedVersion !== version) {
    merged.clear();
    mergedVersion = version;
  }
  const key = languageKey(locale || 'en');
  let translation = merged.get(key);
  if (!translation) {
    translation = mergeChain(key);
    merged.set(key, translation);
  }
  return translation;
}

function mergeChain(key: string): Translation {
  const subtags = key.split('-');
  // split gives at least one part, the key itself when it has no '-'.
  const language = subtags[0]!;
  let translation: Translation = en;
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
