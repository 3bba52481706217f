/**
 * Headlines for TimelineJS slides that have text and no headline: a Moscow timeline left 13 of
 * its 29 slides and its title slide without one. Each had taken its text's first 200 characters,
 * cut mid-word ("…из котор") and repeated in full under it as the summary.
 */

/** Longest first sentence taken whole; the drawing wraps or shortens a long label itself. */
export const DERIVED_HEADLINE_LENGTH = 140;

/**
 * The text's first sentence (by the platform's sentence breaks for `language`), or its words up
 * to about 140 characters and an ellipsis; and the summary: the text after that sentence when
 * the headline holds it whole, else all of it. An empty headline when the text has no words.
 */
export function headlineFromText(
  text: string,
  language = 'und',
): { headline: string; summary: string } {
  const segments = sentenceBreaks(language).segment(text);
  const first = [...segments].find((segment) => segment.segment.trim())?.segment ?? '';
  const sentence = first.replace(/\s+/g, ' ').trim();
  if (sentence.length <= DERIVED_HEADLINE_LENGTH) {
    const rest = text.slice(text.indexOf(first) + first.length).trim();
    return { headline: sentence, summary: rest };
  }
  const space = sentence.lastIndexOf(' ', DERIVED_HEADLINE_LENGTH - 1);
  const words = sentence.slice(
    0,
    space > DERIVED_HEADLINE_LENGTH / 2 ? space : DERIVED_HEADLINE_LENGTH - 1,
  );
  return { headline: `${words.replace(/[\s,;:–—-]+$/, '')}…`, summary: text };
}

function sentenceBreaks(language: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    // Not a language tag ("en_GB"): the validator reports it; the root rules still split.
    return new Intl.Segmenter('und', { granularity: 'sentence' });
  }
}
