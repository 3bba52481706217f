/**
 * Does a clause report something that happened, or only what someone said, thought or is? A
 * hand-written verb test on the words outside quotation marks: a finite happening verb (past
 * tense, perfect, passive or progressive), not negated, not under a modal ("would defend"), and not
 * a verb of saying, thinking or being. compromise can tag verbs, but its verb analysis costs tens
 * of milliseconds per sentence (see docs/extraction.md), and the distinction that matters here -
 * happening vs. saying/being - is lexical anyway.
 */

/** Stems of verbs of saying, thinking and being: they report or describe, they do not happen. */
const NOT_HAPPENING =
  /^(?:say|said|tell|told|warn|insist|add|report|confirm|announc|claim|stat|deni|deny|not|explain|argu|describ|believ|think|thought|reflect|seem|appear|consider|expect|hop|fear|want|fac|overs[ae]|relat|corroborat|witness|plan|remain|know|knew|mean|need|own|contain|limit|quot|suggest|estimat|understo|accus|ask|repli|insinuat|feel|felt|look|sound|wish|lik|lov|hat|agre|disagre|allow|suppos|assum|seen|reveal|describ|link|base|concern|interest|unit|revere?|skill|allege|arm|nam|call(?=ed as)|dat|aim|tend|us)(?:e|ed|d|s|ing)?$/;

/** Past forms of common irregular happening verbs. */
const IRREGULAR = new Set(
  `sent took taken left fled fell fallen won lost began begun came went gone made struck shot hit met
  held led ran broke broken built bought sold drove flew fought caught threw thrown stole stolen
  spent rose risen gave given got put brought rode swept blew burnt sank sunk wrote written hid
  arose overran overthrew withdrew withdrawn undertook dealt bit sought chose chosen froze frozen
  swore sworn woke beat beaten became lay laid slid split spread shut cut quit drew drawn grew grown
  flung sprang struck stuck swung tore torn wore worn won found kept paid heard sat stood shook
  hung dug bled fed sped lit`.split(/\s+/),
);

const DETERMINERS =
  /^(?:the|a|an|most|more|very|well|so|too|its|their|his|her|our|my|your|newly|heavily|once|long|semi)$/i;
const BLOCKERS = /^(?:not|never|n’t|n't|would|could|should|might|may|will|can|must|shall|to)$/i;
const PROGRESSIVE_AUX = /^(?:is|are|was|were|been|be|being)$/i;
const RELATIVE = /^(?:who|which|whom)$/i;
const AUXILIARY = /^(?:had|has|have|was|were|is|are)$/i;

/**
 * Straight double quotes made typographic by position, as a typesetter would: one at the start or
 * after a space, bracket or dash opens, any other closes. Two straight single quotes are a
 * typewriter's double quote (VOA closes its quotes so: `corner on these fires,'' said`). Lengths
 * are unchanged.
 */
export function curlyQuotes(text: string): string {
  return text.replace(/"|''/g, (quote, offset: number) =>
    (offset === 0 || /[\s([{\u2014\u2013-]/.test(text[offset - 1]!) ? '“' : '”').repeat(
      quote.length,
    ),
  );
}

/** Blanks out quoted words (keeping offsets), including a quote left open or closed across a split. */
export function unquoted(raw: string): string {
  const text = curlyQuotes(raw);
  let out = '';
  let inQuote = !text.includes('“') && /^[^“]*”/.test(text);
  for (const char of text) {
    if (char === '“') inQuote = true;
    out += inQuote ? ' '.repeat(char.length) : char;
    if (char === '”') inQuote = false;
  }
  return out;
}

/**
 * Which sentences are speech from end to end without a quote mark of their own: the middle of a
 * quotation opened by an earlier sentence of the same paragraph (VOA: “We have water purification
 * units that are coming today. ... We have got expeditionary runway sets that are coming out ...
 * So we can start doing 24-hour operations starting today.”). A sentence the quotation closes in
 * is left to `unquoted`, which reads its opening words as quoted.
 */
export function allSpeech(sentences: { text: string; start: number }[], text: string): boolean[] {
  let open = false;
  let last = 0;
  return sentences.map((sentence) => {
    if (/\n\s*\n/.test(text.slice(last, sentence.start))) open = false;
    last = sentence.start + sentence.text.length;
    const marks = curlyQuotes(sentence.text).replace(/[^“”]/g, '');
    const speech = open && marks === '';
    for (const mark of marks) open = mark === '“';
    return speech;
  });
}

export interface VerbReading {
  happening: boolean;
  saying: boolean;
  /** "continuing to reorganise", "still fighting": the happening has not ended. */
  ongoing: boolean;
}

/**
 * `relativeClauses`: whether the verb of a who/which clause counts. It does not by default ("the
 * camp shelters people who fled" reports no happening); a caller counts it when the clause has
 * time words of its own ("Sodhi, who broke a finger on 12 April, ...").
 */
export function readVerbs(text: string, options: { relativeClauses?: boolean } = {}): VerbReading {
  const plain = unquoted(text).replace(/\u00a0/g, ' ');
  const words = plain.split(/[^\p{L}’'-]+/u).filter((word) => word !== '');
  let happening = false;
  let saying = false;
  for (let i = 0; i < words.length; i++) {
    const original = words[i]!;
    // Capitalised mid-sentence: a name ("Associated Press"), not a verb.
    if (i > 0 && /^\p{Lu}/u.test(original)) continue;
    const word = original.toLowerCase();
    const previous = words.slice(Math.max(0, i - 3), i).map((w) => w.toLowerCase());
    if (
      /^(?:said|says|told|confirmed|reported|announced|warned|insisted|added|claimed|stated)$/.test(
        word,
      )
    ) {
      saying = true;
      continue;
    }
    // An adverb may stand between "was" and the verb: "was still rising".
    const auxiliary = /^(?:still|also|now|already|reportedly)$/i.test(words[i - 1] ?? '')
      ? words[i - 2]
      : words[i - 1];
    if (!isVerbForm(word, auxiliary?.toLowerCase())) continue;
    if (NOT_HAPPENING.test(word)) continue;
    if (previous.some((w) => BLOCKERS.test(w))) continue;
    // The verb of a relative clause describes a noun ("people who fled"); it is not the clause's.
    if (
      !options.relativeClauses &&
      (RELATIVE.test(previous.at(-1) ?? '') ||
        (AUXILIARY.test(previous.at(-1) ?? '') && RELATIVE.test(previous.at(-2) ?? '')))
    )
      continue;
    happening = true;
  }
  // "No one was hurt", "officials said none of the pensions had been cut": a negated subject, at
  // the start or after a verb of saying, means nothing happened.
  if (
    /^\s*(?:no|none|nobody|nothing|neither)\b|\b(?:said|says|told \w+|added|confirmed|stated)\s+(?:that\s+)?(?:no|none|nobody|nothing)\b/i.test(
      plain,
    )
  )
    happening = false;
  if (/\bcontinu(?:e|es|ing) to \w+/i.test(plain)) happening = true;
  const ongoing = /\b(?:continu(?:e|es|ing) to|still \w+ing|ongoing)\b/i.test(plain);
  return { happening, saying, ongoing };
}

/** A past form, or an -ing form after a form of "be" ("were flocking"). */
function isVerbForm(word: string, previous: string | undefined): boolean {
  if (IRREGULAR.has(word)) return true;
  if (/^[a-z]{2,}[^e]ed$|^[a-z]+ied$|^freed$/.test(word)) {
    return !(previous && DETERMINERS.test(previous));
  }
  if (/^[a-z]{3,}ing$/.test(word)) return previous !== undefined && PROGRESSIVE_AUX.test(previous);
  return false;
}
