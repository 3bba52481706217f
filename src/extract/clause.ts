/**
 * Headlines as whole clauses. A headline longer than about 80 characters is cut back to the
 * longest opening that still reads as a clause: it ends at a phrase boundary (a comma, a dash, or
 * before a subordinate clause, a relative clause, a preposition, an infinitive or a coordinated
 * clause), it holds the clause's verb with something after it, and it does not end on a word
 * that needs another (an article, a preposition, an auxiliary). Never an ellipsis: if nothing
 * qualifies, the shortest such clause up to 20 characters longer, and failing that the words up to
 * the last boundary or word that fits.
 */

export const HEADLINE_LENGTH = 80;

const BOUNDARY =
  /,\s|\s[–—]\s|\s(?=(?:after|before|because|as|when|while|whereas|although|though|since|until|where|which|who|whose|that|to|in|on|at|from|across|with|by|into|for|near|over|during|under|through|around|along|beyond|against|outside|inside|between|among|towards?|amid|despite|ahead|and|but|or)\s)/g;

/** Words a clause cannot end on. */
const DANGLING =
  /\s(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|of|to|in|on|at|from|with|by|for|and|but|or|as|is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|shall|not|who|which|whose|when|while|where|after|before|than|into|over|about|even)$/i;

/** A passive that needs its infinitive: "were thought" (to be trapped), "is expected" (to rise). */
const NEEDS_INFINITIVE =
  /\b(?:is|are|was|were|be|been)\s+(?:thought|believed|expected|feared|said|reported|understood|known|due|set|likely|unlikely|able|unable)$/i;

export const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|shall|would|could|can|may|might|must|did|does|do)\b|\b\p{Ll}{2,}(?:ed|ied)\b|\b(?:sent|took|left|fled|fell|won|lost|began|came|went|made|struck|shot|hit|met|held|led|ran|broke|built|bought|sold|drove|flew|fought|caught|threw|stole|spent|rose|gave|got|put|brought|rode|swept|blew|sank|wrote|hid|arose|overran|withdrew|dealt|sought|chose|froze|swore|woke|beat|became|laid|slid|split|spread|shut|cut|quit|drew|grew|found|kept|paid|heard|said|told|says)\b/u;

/**
 * The offset just after the clause's first finite verb, or -1. A participle that opens an aside
 * (", flanked by the heads of the armed forces,"), or an adjective after a determiner ("the armed
 * forces"), is not the clause's verb when one follows.
 */
function verbEnd(text: string): number {
  const finite = new RegExp(FINITE.source, 'gu');
  let first = -1;
  for (const match of text.matchAll(finite)) {
    const end = match.index + match[0].length;
    if (first < 0) first = end;
    const before = text.slice(0, match.index);
    // "the armed forces", "a wounded man": an adjective after a determiner.
    if (/\b(?:the|a|an|its|their|his|her|this|these|those)\s+$/i.test(before)) continue;
    if (!/,\s*$/.test(before) || !/^ by\b/.test(text.slice(end))) return end;
  }
  return first;
}

/** How far past the length a headline may run to keep its verb, rather than lose it. */
const OVERRUN = 20;

/**
 * A second clause begun after the verb and cut before its own verb: "celebrated in the streets, but
 * the mood". A comma or semicolon before "but", "yet", "whereas" or "so", or a semicolon alone,
 * always opens a clause; ", and" may join a list ("guns, ammunition, and vehicles") and is not read.
 */
const SECOND_CLAUSE = /(?:,\s+(?:but|yet|whereas|so)|;(?:\s+(?:but|yet|whereas|so))?)\s+/gi;

function cutsSecondClause(prefix: string, verbAt: number): boolean {
  const opening = [...prefix.matchAll(SECOND_CLAUSE)].filter((m) => m.index >= verbAt).at(-1);
  if (!opening) return false;
  const second = prefix.slice(opening.index + opening[0].length);
  const verb = verbEnd(second);
  return verb < 0 || second.slice(verb).trim() === '';
}

function readsAsClause(prefix: string, verbAt: number): boolean {
  if (verbAt < 0 || prefix.length <= verbAt) return false;
  // Something after the verb ("Isis seized" is not a headline), and nothing left hanging.
  const after = prefix.slice(verbAt).trim();
  if (after === '' || /^[\s,;:]*$/.test(after)) return false;
  if (cutsSecondClause(prefix, verbAt)) return false;
  return !DANGLING.test(prefix) && !NEEDS_INFINITIVE.test(prefix) && !/[,;:–—-]$/.test(prefix);
}

/** `text` itself when short enough, else the longest opening that reads as a whole clause. */
export function wholeClause(text: string, max = HEADLINE_LENGTH): string {
  if (text.length <= max) return text;
  const verbAt = verbEnd(text);
  const cuts = [...text.matchAll(BOUNDARY)].map((m) => m.index).filter((i) => i > 0 && i <= max);
  const prefixes = cuts.map((i) => text.slice(0, i).replace(/[\s,;:–—-]+$/, ''));
  const clause = prefixes
    .filter((p) => readsAsClause(p, verbAt))
    .sort((a, b) => b.length - a.length)[0];
  if (clause) return clause;
  // No clause that short: the shortest a little longer, before a phrase without its verb.
  const longer = [...text.matchAll(BOUNDARY)]
    .map((m) => text.slice(0, m.index).replace(/[\s,;:–—-]+$/, ''))
    .filter((p) => p.length > max && p.length <= max + OVERRUN && readsAsClause(p, verbAt))[0];
  if (longer) return longer;
  const boundary = prefixes.filter((p) => p.length > 20 && !DANGLING.test(p)).at(-1);
  if (boundary) return boundary;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > 20 ? space : max).replace(/[\s,;:–—-]+$/, '');
}
