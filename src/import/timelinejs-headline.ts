/**
 * Headlines for TimelineJS slides that have text and no headline: a Moscow timeline left 13 of
 * its 29 slides and its title slide without one. Each had taken its text's first 200 characters,
 * cut mid-word ("…из котор") and repeated in full under it as the summary.
 */
import { ABBREVIATIONS } from '../model/abbreviations.js';

/**
 * Longest first sentence taken whole: two lines of the drawing's widest label (420 px) hold about
 * 100 characters, and a longer one was cut by the drawing inside a word ("эвакуировано 1…" for 11).
 */
export const DERIVED_HEADLINE_LENGTH = 100;

/**
 * The text's first sentence (by the platform's sentence breaks for `language`), or its words up
 * to about 100 characters and an ellipsis; and the summary: the text after the headline (after
 * "…" when it was cut). A note before the first sentence (`isNote`) is not the headline: the
 * sentence after it is. An empty headline when the text has no words.
 */
export function headlineFromText(
  text: string,
  language = 'und',
): { headline: string; summary: string } {
  const note = firstSentence(text, language);
  const rest = text.slice(note.length);
  if (isNote(note) && rest.trim()) {
    // The note stays in the summary, before the text after the headline. One note only: a text of
    // notes is headed by its second.
    const { headline, summary } = headlineOf(rest, firstSentence(rest, language));
    return { headline, summary: `${note.trim()} ${summary}`.trim() };
  }
  return headlineOf(text, note);
}

/**
 * Whether a first "sentence" is a note before the text, not a headline: no words at all, or a
 * word and a number that go on from something before ("to 28th."). The Paris Commune's
 * chronology begins spans' texts with their ends ("~8.6.", "to 28th."), and four headlines read
 * only that. "de Gaulle." is a sentence.
 */
function isNote(sentence: string): boolean {
  return !/\p{L}/u.test(sentence) || /^\s*\p{Ll}+\s+\d\S*\s*$/u.test(sentence);
}

function headlineOf(text: string, first: string): { headline: string; summary: string } {
  const sentence = first.replace(/\s+/g, ' ').trim();
  if (sentence.length <= DERIVED_HEADLINE_LENGTH) {
    return { headline: sentence, summary: text.slice(first.length).trim() };
  }
  const space = sentence.lastIndexOf(' ', DERIVED_HEADLINE_LENGTH - 1);
  let end = space > DERIVED_HEADLINE_LENGTH / 2 ? space : DERIVED_HEADLINE_LENGTH - 1;
  // Not between the halves of a character beyond the basic plane (CJK's rarer ideographs).
  if (/[\uD800-\uDBFF]/.test(sentence[end - 1]!)) end -= 1;
  const words = sentence.slice(0, end).replace(/[\s,;:–—-]+$/, '');
  // The summary goes on from the cut, as the card reads it under the headline: all of the text
  // said the cut words twice.
  return { headline: `${words}…`, summary: `…${text.slice(afterCharacters(text, words)).trim()}` };
}

/** Where `text` has passed as many characters other than white space as `words` holds. */
function afterCharacters(text: string, words: string): number {
  let left = words.replace(/\s+/g, '').length;
  let at = 0;
  while (left > 0 && at < text.length) if (!/\s/.test(text[at++]!)) left -= 1;
  return at;
}

/**
 * `text` up to the end of its first sentence, white space before it included. The platform's
 * breaks end a sentence after any stop followed by a capital ("Sen. | John McCain", "В 1990 г. |
 * Ельцин"): one that ends on a single letter or a known abbreviation goes on, and so does one that
 * ends inside a quote (the Center for Public Integrity's Iraq chronology: Bush asks advisers to
 * “see if Saddam did this. | See if he is linked in any way.”, headed with its quote left open).
 */
function firstSentence(text: string, language: string): string {
  // Without Intl.Segmenter (Firefox before 125): the first line.
  if (!Intl.Segmenter) return /^\s*[^\n]*/.exec(text)![0];
  let sentence = '';
  const marks = new Map<string, number>();
  for (const { segment } of sentenceBreaks(language).segment(text)) {
    sentence += segment;
    for (const mark of segment.match(/[“”„«»]/g) ?? []) marks.set(mark, (marks.get(mark) ?? 0) + 1);
    const last = /(?:^|[\s.])(\p{L}+)\.\s*$/u.exec(segment)?.[1];
    if (
      // Twice a made-up headline's length is cut anyway: a quote left open, or "A. B. C. …",
      // read a long text to its end, segment by segment (a review's 448 KB took seven minutes).
      sentence.length > 2 * DERIVED_HEADLINE_LENGTH ||
      (sentence.trim() &&
        !(last && (last.length === 1 || ABBREVIATIONS.has(last.toLowerCase()))) &&
        !quoteOpen(marks))
    )
      break;
  }
  return sentence;
}

/**
 * Whether the marks counted leave a quote open: English “…”, German „…“ (whose closing mark is
 * English's opening one) or guillemets.
 */
function quoteOpen(marks: ReadonlyMap<string, number>): boolean {
  const count = (mark: string) => marks.get(mark) ?? 0;
  return count('„') > count('“') || count('“') - count('„') > count('”') || count('«') > count('»');
}

function sentenceBreaks(language: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    // Not a language tag ("en_GB"): the validator reports it; the root rules still split.
    return new Intl.Segmenter('und', { granularity: 'sentence' });
  }
}

/** "Untitled event" in the languages the element speaks, by primary language subtag. */
const UNTITLED: Readonly<Record<string, string>> = {
  ar: 'حدث بلا عنوان',
  de: 'Ereignis ohne Titel',
  es: 'Evento sin título',
  fr: 'Événement sans titre',
  he: 'אירוע ללא כותרת',
  ja: '無題の出来事',
  pt: 'Evento sem título',
};

/** The headline of a slide with no words: "Untitled event", in `language` when known. */
export function untitledHeadline(language: string): string {
  const primary = language.split(/[-_]/)[0]!.toLowerCase();
  // Own words only: "constructor" (no language, read before the language is checked) gave Object
  // itself, and its slide was left out.
  return Object.hasOwn(UNTITLED, primary) ? UNTITLED[primary]! : 'Untitled event';
}
