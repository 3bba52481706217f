/**
 * Sentence splitting for news copy, with character offsets into the original text (UTF-16 code
 * units, so `text.slice(start, end) === sentence.text`). Hand-written because the rules that
 * matter here are news-specific: titles ("Maj. Gen."), initialisms ("U.S."), closing quotes after
 * the full stop (`.”`), and a photo caption that runs straight into the first sentence with no
 * separator ("...Tel AbyadIran has sent"), which no general-purpose splitter knows about.
 */

import { ABBREVIATIONS } from '../model/abbreviations.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
  /**
   * A line with no sentence-final punctuation - a headline, a stray number, "Continue reading…"
   * - rather than a sentence of the story.
   */
  fragment: boolean;
}

/** Sentence-final punctuation, then optional closing quotes/brackets, then space. */
const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s)|["”’][.!?](?=\s)/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of blocks(text)) {
    for (const piece of splitBlock(text, block.start, block.end)) {
      sentences.push({ ...piece, paragraph, fragment: isFragment(piece.text) });
    }
    paragraph++;
  }
  return splitGluedCaption(sentences);
}

/** Blank-line separated blocks, as [start, end) with surrounding white space trimmed. */
function blocks(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const separator = /\n[ \t\u00a0]*\n\s*/g;
  let from = 0;
  for (const match of text.matchAll(separator)) {
    pushTrimmed(text, from, match.index, result);
    from = match.index + match[0].length;
  }
  pushTrimmed(text, from, text.length, result);
  return result;
}

function pushTrimmed(
  text: string,
  start: number,
  end: number,
  into: { start: number; end: number }[],
): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}

function splitBlock(
  text: string,
  start: number,
  end: number,
): Omit<Sentence, 'paragraph' | 'fragment'>[] {
  const block = text.slice(start, end);
  const pieces: Omit<Sentence, 'paragraph' | 'fragment'>[] = [];
  let from = 0;
  for (const match of block.matchAll(BOUNDARY)) {
    const stop = match.index + match[0].length;
    if (!endsSentence(block, match.index, stop)) continue;
    pushPiece(text, start + from, start + stop, pieces);
    from = stop;
  }
  pushPiece(text, start + from, end, pieces);
  return pieces;
}

function pushPiece(
  text: string,
  start: number,
  end: number,
  into: Omit<Sentence, 'paragraph' | 'fragment'>[],
): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ text: text.slice(start, end), start, end });
}

/** Whether the punctuation at [at, stop) in `block` really ends a sentence. */
function endsSentence(block: string, at: number, stop: number): boolean {
  const next = /\S/.exec(block.slice(stop))?.[0] ?? '';
  // A sentence starts with a capital, a digit or an opening quote; "e.g. the" does not.
  if (!/[A-Z0-9“"‘'(\[]/.test(next)) return false;
  if (block[at] !== '.') return true;
  const word = /([A-Za-z.]+)$/.exec(block.slice(0, at))?.[1] ?? '';
  // Initialisms and initials: "U.S.", "J. K." (a single letter before the stop).
  if (/^(?:[A-Za-z]\.)*[A-Za-z]$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Headlines, bylines and "Continue reading…": no final punctuation, or no lower-case word. */
function isFragment(text: string): boolean {
  if (!/[.!?]["”’)\]]*$|["”’][.!?]$/.test(text)) return true;
  return !/\b[a-z]{2,}\b/.test(text);
}

/**
 * A photo caption has no final stop, so it sticks to the story's first sentence: "...at Syrian
 * town of Tel AbyadIran has sent 2,000 troops". The seam is a word with a lower-case letter
 * directly followed by a capitalised word ("AbyadIran"); if what follows the seam reads as a
 * sentence and the caption part does not end in punctuation, the two are split. Only the first
 * sentence of a text is examined, and names like "McDonald" or "DeSantis" (short prefixes) are
 * left alone.
 */
function splitGluedCaption(sentences: Sentence[]): Sentence[] {
  const index = sentences.findIndex((sentence) => !sentence.fragment);
  const first = sentences[index];
  if (!first) return sentences;
  const seam = /\b([A-Z][a-z]{3,})([A-Z][a-z]+)\b/.exec(first.text);
  if (!seam) return sentences;
  const cut = seam.index + seam[1]!.length;
  const caption = first.text.slice(0, cut);
  const rest = first.text.slice(cut);
  if (caption.split(/\s+/).length < 3 || /[.!?]$/.test(caption)) return sentences;
  const captionPiece: Sentence = {
    text: caption,
    start: first.start,
    end: first.start + cut,
    paragraph: first.paragraph,
    fragment: true,
  };
  const sentencePiece: Sentence = { ...first, text: rest, start: first.start + cut };
  return [...sentences.slice(0, index), captionPiece, sentencePiece, ...sentences.slice(index + 1)];
}
