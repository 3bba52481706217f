/**
 * The title of a draft from an article's headline line. A headline set in capitals ("IRAQ TURNS TO
 * IRAN FOR HELP") becomes sentence case that keeps proper nouns: each word takes the form the
 * article itself gives it in mid-sentence ("Iran", "Isis", "UN", "pro-Russian"), a word the
 * article only writes in lower case is lower case, and a word it never uses mid-sentence is lower
 * case unless it is a country name. Headlines not in capitals are kept as written.
 */
import { COUNTRIES } from './entities.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;

/** Each word's forms where it is not the first word of a sentence, by lower-case key. */
function midSentenceForms(body: string): Map<string, Map<string, number>> {
  const forms = new Map<string, Map<string, number>>();
  for (const match of body.matchAll(WORD)) {
    const before = body.slice(Math.max(0, match.index - 3), match.index);
    if (match.index === 0 || /(?:[.!?…]["”’)]?\s+|\n\s*|^\s*["“‘(]|[.!?]\s+["“‘(])$/.test(before))
      continue;
    const word = match[0].replace(/[’'.-]+$/, '');
    const key = word.toLowerCase();
    const counts = forms.get(key) ?? new Map<string, number>();
    counts.set(word, (counts.get(word) ?? 0) + 1);
    forms.set(key, counts);
  }
  return forms;
}

function mostUsed(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

export function titleCase(headline: string, body: string): string {
  const title = headline.trim();
  if (title !== title.toUpperCase() || !/\p{Lu}/u.test(title)) return title;
  const forms = midSentenceForms(body);
  let first = true;
  return title.replace(WORD, (raw) => {
    const word = raw.replace(/[’'.-]+$/, '');
    const tail = raw.slice(word.length);
    const key = word.toLowerCase();
    const seen = forms.get(key);
    let cased = seen ? mostUsed(seen) : key;
    if (!seen) {
      const capitalised = key.charAt(0).toUpperCase() + key.slice(1);
      if (COUNTRIES.has(capitalised)) cased = capitalised;
    }
    if (first) cased = cased.charAt(0).toUpperCase() + cased.slice(1);
    first = false;
    return cased + tail;
  });
}
