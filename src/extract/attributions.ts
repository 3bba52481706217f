/**
 * Who the article says a statement comes from, and through which outlet: "a senior Iraqi official
 * has told the Guardian", "according to a mid-ranking army officer", "the Associated Press
 * reported", "corroborated by an Arab tribal sheik and a photographer". Hand-written patterns:
 * attribution in news copy is a small, formulaic grammar, and neither compromise nor chrono models
 * it. A statement relayed through an outlet keeps the outlet on the source (`outlet`), so that
 * relaying never counts as a second, corroborating source.
 */
import type { Source, SourceVerb } from '../model/types.js';

/** News outlets the patterns recognise as channels rather than speakers. */
const OUTLETS =
  /\b(?:the )?(Guardian|Observer|Associated Press|AP|Reuters|AFP|Agence France-Presse|BBC|CNN|Al Jazeera|New York Times|Washington Post|Financial Times|Times|Telegraph|Independent|Sky News|NPR|Bloomberg|Xinhua|Tass|Interfax|Anadolu|Kyodo|Yonhap|Press Association|PA Media|local media|state media|state television|state TV)\b/;

const SPEAKING: Record<string, SourceVerb> = {
  said: 'said', says: 'said', say: 'said', told: 'told', confirmed: 'confirmed', reported: 'reported',
  corroborated: 'corroborated', witnessed: 'witnessed', announced: 'announced', claimed: 'claimed',
  warned: 'said', insisted: 'said', added: 'said', stated: 'said', denied: 'said',
}; // prettier-ignore

const PRONOUNS = /^(?:he|she|they|it|we|i|you|his|her|this|that)$/i;

/** A subject that ends in a passive's auxiliary ("people were", "It has also recently been"). */
const PASSIVE_END =
  /\b(?:is|are|was|were|be|been|being)(?:\s+(?:\w+ly|now|also|still|already|not|yet))?$/i;

/**
 * A subject inside a clause that opens the sentence: "Hours before the electoral commission",
 * "Just minutes after the army", "When the police". Only a time word may come before the
 * conjunction: "Officials after the meeting" and "Police when asked" are speakers.
 */
const IN_OPENING_CLAUSE =
  /^(?:(?:\S+\s+)?(?:hours|minutes|moments|days|weeks|months|years|shortly|soon|long)\s+)?(?:before|after|when|until|once)\s/i;

export interface Attribution {
  sources: Source[];
  /** Character ranges of the attribution words, so headlines can leave them out. */
  spans: { start: number; end: number }[];
}

export function findAttributions(sentence: string): Attribution {
  const sources: Source[] = [];
  const spans: { start: number; end: number }[] = [];
  const outletReported =
    /,?\s*(?:the )?(Associated Press|Reuters|AFP|AP|BBC|CNN|Al Jazeera|[A-Z][\w ]{0,60}? (?:News|Times|Post|Agency)) reported\.?$/.exec(
      sentence,
    );
  const relayOutlet = outletReported?.[1];
  if (outletReported) spans.push({ start: outletReported.index, end: sentence.length });

  const add = (who: string, verb: SourceVerb, outlet?: string) => {
    const cleaned = cleanWho(who);
    if (cleaned === '' || PRONOUNS.test(cleaned)) return;
    if (sources.some((s) => s.who.toLowerCase() === cleaned.toLowerCase())) return;
    const isOutlet = OUTLETS.exec(cleaned)?.[0] === cleaned;
    sources.push({
      who: cleaned,
      named: isNamed(cleaned),
      verb,
      ...(isOutlet ? { outlet: cleaned } : outlet ? { outlet } : {}),
    });
  };

  // "..., a senior Iraqi official has told the Guardian."
  for (const m of sentence.matchAll(
    /,\s*((?:a|an|the|one)\s[^,]{3,60}?) (?:has |have |had )?told ((?:the )?[A-Z][\w ]*?)(?=[.,;]|$)/g,
  )) {
    add(m[1]!, 'told', outletName(m[2]!));
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // "according to a mid-ranking army officer"
  for (const m of sentence.matchAll(/,?\s*according to ([^,.;]{3,80})/g)) {
    add(m[1]!, 'said', relayOutlet);
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // "corroborated by an Arab tribal sheik and a photographer who ..."
  const corroborated = /corroborated by ((?:a|an|the)\s[^,]+?)(?: who\b|,|\.|$)/.exec(sentence);
  if (corroborated) {
    for (const who of corroborated[1]!.split(/ and (?=(?:a|an|the) )/))
      add(who, 'corroborated', relayOutlet);
  }
  // "a photographer who witnessed"
  for (const m of sentence.matchAll(/((?:a|an|the)\s[\w -]{2,40}?) who witnessed/g)) {
    add(m[1]!.split(/ and (?=(?:a|an|the) )/).at(-1)!, 'witnessed', relayOutlet);
  }
  // Subject of a verb of saying: "The Iraqi official said", "Maliki said", "Hassan Rouhani, said".
  for (const m of sentence.matchAll(
    /(?:^|[,;“”"]\s*|\bas |\bwhile |\band )((?:[A-Z“][^,;]{1,60}?|(?:a|an|the)\s[^,;]{1,60}?)(?:,[^,]{2,60},)?) (?:(?:has|have|had) (?:[a-z]+ly |also |earlier )?)?(said|says|say|confirmed|announced|claimed|warned|insisted|told|reported)\b/g,
  )) {
    const who = subjectOf(appositiveName(m[1]!));
    // "At least 180 people were reported dead", "Nineteen people are now confirmed dead": a
    // passive, whose subject is no speaker.
    if (PASSIVE_END.test(who)) continue;
    // "Hours before the electoral commission announced …, the MPLA declared": not the speaker.
    if (m.index === 0 && IN_OPENING_CLAUSE.test(who)) continue;
    const verb = SPEAKING[m[2]!]!;
    if (verb === 'reported' && relayOutlet && who.includes(relayOutlet)) continue;
    add(who, verb, verb === 'confirmed' && OUTLETS.test(who) ? undefined : relayOutlet);
  }
  // Passive with its agent: "It has also recently been confirmed by the police that ..."
  for (const m of sentence.matchAll(
    /^(?:It )?(?:has |have |had )?(?:also )?(?:\w+ly )?(?:been|was|is) (confirmed|reported|announced|said) by ((?:the |a |an )?[^,.;]{2,60}?)(?: that\b|(?=[,.;]|$))/gi,
  )) {
    add(m[2]!, SPEAKING[m[1]!.toLowerCase()]!, relayOutlet);
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // Trailing: "..., a spokesman confirmed." / "..., officials said,"
  for (const m of sentence.matchAll(
    /,\s*((?:a|an|the)\s[^,]{2,60}?|[A-Z][^,]{2,60}?) (said|confirmed|announced|claimed)(?=[.,]|$)/g,
  )) {
    add(m[1]!, SPEAKING[m[2]!]!, relayOutlet);
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // Inverted: "”, said the Arab officer" / "said Sheik X"
  for (const m of sentence.matchAll(/[”"],?\s*said ((?:the |a |an )?[^,.]{2,60})/g))
    add(m[1]!, 'said', relayOutlet);
  // "..., Sheik Abdul-Mahdi al-Karbalaie, Sistani’s representative, said"
  for (const m of sentence.matchAll(
    /[”"],?\s*([A-Z][^,]{2,50}),(?:[^,]{2,50},)? (said|told|confirmed)/g,
  ))
    add(m[1]!, SPEAKING[m[2]!]!, relayOutlet);

  // An outlet that reported with no other source is itself the source.
  if (relayOutlet && sources.length === 0) add(relayOutlet, 'reported');
  if (relayOutlet) for (const source of sources) source.outlet ??= relayOutlet;
  return { sources, spans };
}

/** "the Iranian president, Hassan Rouhani," -> "Hassan Rouhani"; otherwise the words as given. */
function appositiveName(words: string): string {
  const apposition =
    /,\s*(\p{Lu}[\p{L}\p{M}’'-]+(?: \p{Lu}[\p{L}\p{M}’'-]+|\s?al-[\p{L}\p{M}’'-]+)+)\s*,?$/u.exec(
      words,
    );
  if (apposition) return apposition[1]!;
  // "A spokesman for Kurdish forces, known as the peshmerga," keeps its head, not the aside.
  return words.replace(/,.*$/, '');
}

/**
 * The subject of verbs joined by "and": "Secretary of State John Kerry condemned the attack and
 * said" -> "Secretary of State John Kerry", not the whole predicate before "said".
 */
function subjectOf(words: string): string {
  if (!/\s(?:and|but)$/.test(words)) return words;
  // Not an adjective after an article or a possessive: "The armed forces seized the town and said".
  const verb = [
    ...words.matchAll(new RegExp(`\\s(?:\\p{Ll}{2,}ed|${IRREGULAR_PAST})\\b`, 'gu')),
  ].find((m) => !/\b(?:the|a|an|its|their|his|her)$/i.test(words.slice(0, m.index)));
  return verb ? words.slice(0, verb.index) : words;
}

const IRREGULAR_PAST = 'met|spoke|took|made|gave|went|came|held|left|won|lost|sent|saw|began|led';

function cleanWho(who: string): string {
  return (
    who
      // A dateline before the sentence's subject: "ACCRA — Ghana", "GOMA (Reuters) - the army".
      .replace(/^\s*\p{Lu}[\p{Lu}\s.'’-]+(?:,[^—–]{2,30}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s+/u, '')
      .replace(/^[\s“”"‘’,]+|[\s“”"‘’,.]+$/g, '')
      .replace(/\s+(?:each|both|also|all|again|too)$/, '')
      .replace(/\u00a0/g, ' ')
      .replace(/^(?:Meanwhile|However|But|And)\s+/, '')
      .replace(/\s+(?:in|at|on) (?:a|an|the) [\w ]+$/, '')
      .trim()
  );
}

function outletName(words: string): string {
  const clean = cleanWho(words);
  return /^the /i.test(clean) ? `The ${clean.slice(4)}` : clean;
}

/** Named when a capitalised word other than a demonym or "The" leads the description. */
function isNamed(who: string): boolean {
  if (
    /^(?:a|an|the|one|two|some|several|reports?|officials?|residents|witnesses|police|sources)\b/i.test(
      who,
    ) &&
    !OUTLETS.test(who)
  )
    return false;
  if (/^The [A-Z]/.test(who)) return OUTLETS.test(who);
  return /^[A-Z]/.test(who);
}
