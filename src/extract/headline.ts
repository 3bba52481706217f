/**
 * A short headline from the sentence itself - subject, verb, object - by deleting rather than
 * writing: attribution ("a senior Iraqi official has told the Guardian"), the time words, quoted
 * speech, asides between commas, and a leading "X said that". Deleting keeps the headline honest:
 * every word in it is the article's.
 */
import type { TimeMention } from './time/time-expressions.js';
import { FINITE, wholeClause } from './clause.js';
import { curlyQuotes } from './happenings.js';

export function makeHeadline(
  sentence: string,
  unit: { start: number; end: number; mention?: TimeMention; saying?: TimeMention },
  attributionSpans: { start: number; end: number }[],
): string {
  const mask = new Array<boolean>(sentence.length).fill(false);
  for (let i = unit.start; i < unit.end; i++) mask[i] = true;
  for (const span of attributionSpans) for (let i = span.start; i < span.end; i++) mask[i] = false;
  for (const m of [unit.mention, unit.saying])
    if (m) for (let i = m.start; i < m.end; i++) mask[i] = false;
  // Quoted speech is found by its curly quotes: straight ones made so first (a typewriter's '' made
  // two, kept the same length for the mask, then one).
  const typographic = curlyQuotes(sentence);
  const curled = oneMark(typographic);
  let text = oneMark(
    [...typographic.split('').entries()].map(([i, c]) => (mask[i] ? c : ' ')).join(''),
  );
  text = text
    .replace(/\u00a0/g, ' ')
    // A dateline: "MALTON, England — ", "GOMA (Reuters) - ".
    .replace(
      /^\s*\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}\s.'’-]{2,30}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s+/u,
      '',
    )
    // Speech, not a phrase in quotes ("had “turned a corner” and"): a quote its own words end
    // with a stop or comma, one left open, or one closing a quote begun before the sentence.
    .replace(/“[^”]*[,.!?…]”|“[^”]*$|^[^“]*”/g, ' ')
    .replace(/\s\([^)]*\)/g, '')
    .replace(/^\s*(?:meanwhile|however|but|and|also|separately|in addition),\s*/i, '')
    // A scene-setting phrase before the clause: "In Washington, ", "On a website set up by X, ".
    .replace(
      /^\s*(?:In|On|At|To|From|Across|Near|Outside|Inside) [^,]{2,80},\s*(?=\S+(?: \S+){3})/,
      '',
    )
    // An aside between dashes without a verb: "Mt. Everest - the highest point on earth - killing".
    .replace(/ [-–—] ([^-–—,]{3,60}) [-–—] (?=(\S+))/g, (aside, words: string, next: string) =>
      /\b(?:has|have|had|was|were|is|are|[a-z]+ed)\b/.test(words)
        ? aside
        : /ing$/.test(next)
          ? ', '
          : ' ',
    )
    // "Hours before the commission announced the results, ", "Shortly after the announcement, ":
    // a clause that sets the scene in time, before the main clause's subject.
    .replace(
      /^\s*(?:Hours|Minutes|Moments|Days|Weeks|Shortly|Soon|Just|Not long) (?:before|after) [^,]{2,100},\s*(?=\S+(?: \S+){3})/,
      '',
    )
    .replace(/^\s*[A-Z][a-z]+ing\b[^,]*,\s*/, '') // "Addressing the country, ..."
    // "the prime minister, Boris Johnson," -> "Boris Johnson"
    .replace(
      /\b[Tt]he (?:[\w-]+ ){0,3}?[a-z]+, ((?:[A-Z][\w’'-]+|al-[\w’'-]+)(?: (?:[A-Z][\w’'-]+|al-[\w’'-]+))+),/g,
      '$1',
    )
    // ", the head of the Quds Force," - an aside without a verb of its own
    .replace(/,\s*(?:the|a|an)\s[^,]{3,80},/g, (aside) =>
      /\b(?:has|have|had|was|were|is|are|[a-z]+ed)\b/.test(aside) ? aside : '',
    )
    // ", flanked by the heads of the armed forces," - a participle's aside; the comma that opened
    // an apposition before it stays ("army chief, Gen. Prayuth Chan-Ocha, appeared").
    .replace(/,\s*\p{Ll}{2,}ed by [^,]{3,80},/gu, (aside, at: number, all: string) =>
      /\b(?:has|have|had|was|were|is|are)\b/.test(aside)
        ? aside
        : all.slice(0, at).split(',').length % 2 === 0
          ? ','
          : '',
    )
    .replace(/,\s*known as [^,]+,/g, '')
    .replace(/,\s*[^,]{2,40}’s [^,]{2,40},/g, ''); // ", Sistani’s representative,"
  text = dropReportingFrame(text);
  text = tidy(text);
  return quotedStatement(text, curled) ?? wholeClauseWithoutCutQuotes(text);
}

/**
 * `wholeClause`, and where it would cut a phrase in quotes, the clause without its quoted phrases:
 * Maliki's rebels "had given", not "had given “an incentive".
 */
function wholeClauseWithoutCutQuotes(text: string): string {
  const clause = wholeClause(text);
  return clause.split('“').length > clause.split('”').length
    ? wholeClause(tidy(text.replace(/“[^”]*(?:”|$)/g, ' ')))
    : clause;
}

/**
 * A statement whose words are all quoted, headed by who said it and the start of the quote, marked
 * as a quote: `Ramos: “A week ago this started as a nightmare…”`. Without the quote it read "Ramos
 * said"; with its words bare, a quote read as the news (VOA's California fires).
 */
function quotedStatement(headline: string, curled: string): string | undefined {
  const who = /^(.{1,60}?) (?:said|says|added)$/.exec(headline)?.[1];
  const quote = /“([^”]+)|^([^“]+)”/.exec(curled);
  const words = (quote?.[1] ?? quote?.[2])?.trim().replace(/[\s,.;:]+$/, '');
  if (!who || !words) return undefined;
  const space = words.lastIndexOf(' ', 80);
  const cut = words.length > 80 ? `${words.slice(0, space > 0 ? space : 80)}…` : words;
  return `${who}: “${cut}”`;
}

/** One curly mark for each run of them. */
function oneMark(text: string): string {
  return text.replace(/“+/g, '“').replace(/”+/g, '”');
}

/**
 * "The Iraqi official said 1,500 forces had crossed" -> "1,500 forces had crossed"; a passive
 * ("180 people were reported dead") is the news itself, not a frame.
 */
function dropReportingFrame(text: string): string {
  const frame =
    /^\s*[^,]{0,80}?\b(?<!\b(?:is|are|was|were|be|been|being) (?:(?:now|also|still|already|not|yet|\w+ly) )?)(?:said|says|say|confirmed|told [\w ]+?|reported|announced|claimed)\s+(?:that\s+)?/.exec(
      text,
    );
  if (!frame) return text;
  const rest = text.slice(frame[0].length);
  // "The Red Cross said it is sending supplies": "It is sending supplies" says less.
  return FINITE.test(rest) &&
    !/^(?:it|he|she|they|we|i|you)\b/i.test(rest) &&
    rest.split(/\s+/).length >= 4
    ? rest
    : text;
}

function tidy(text: string): string {
  const cleaned = text
    .replace(/\s+/g, ' ')
    // Time words of a possessive gone: "last weekend's mudslide" -> "the mudslide", not "'s".
    .replace(/(^| )['’]s /g, '$1the ')
    // An aside emptied by the deletions above: "The vote, held on Monday, passed" -> "held".
    .replace(/,\s*\p{Ll}+\s*,/gu, '')
    // A comma left where time words were, before a subordinate clause: "began, when".
    .replace(/\s*,\s*(?=(?:when|after|before)\b)/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/^(?:while|whereas|but|and|after|before|as)\s+/i, '')
    .replace(/[\s,;:.–—-]+$/, '')
    // Attribution left at the end: ", officials said", ", the authority estimated".
    .replace(
      /,\s*(?:the\s+)?[\p{L}’' -]{2,40}?\s+(?:said|says|told \S+|reported|estimated|confirmed|added|announced|claimed)$/u,
      '',
    )
    .replace(/\s+(?:while|and|to|in|on|at|as|of|the)$/i, '')
    .trim();
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}
