/**
 * People, places, organisations and groups in a sentence, by hand-written cues rather than a
 * statistical tagger. compromise (installed) was measured on the three test texts - see
 * docs/extraction.md - and its entity recall was not better than these cues while its parse alone
 * takes 0.3-1 s per 5,000 words, most of the extraction budget. The cues are the ones news copy
 * uses: capitalised runs ("Nouri al-Maliki"), a title or a role before a name ("the Iranian
 * president, Hassan Rouhani"), a preposition or "town of" before a place, "province"/"region"
 * after one, and plural nouns of armed groups ("Kurdish fighters", "Shia militias").
 */
import type { Actor, ActorKind, Place } from '../model/types.js';

export interface Entities {
  people: string[];
  places: Place[];
  organisations: Actor[];
  groups: Actor[];
  countries: string[];
}

/**
 * Capitalised words, with the lower-case joints names use ("al-Maliki", "Islamic State of Iraq"),
 * in any script's letters ("Xanana Gusmão", not "Xanana Gusm").
 */
const NAME_RUN =
  /(?:\p{Lu}[\p{L}\p{M}\d_’'-]*|al-\p{Lu}[\p{L}\p{M}\d_’'-]*)(?:(?: of(?: the)?| bin| de| al| van| von)? (?:\p{Lu}[\p{L}\p{M}\d_’'-]*|al-\p{Lu}[\p{L}\p{M}\d_’'-]*))*/gu;

/** Capitalised words that start sentences or name roles, not entities. */
const NOT_NAMES = new Set(
  `The A An In On At By For From To Of And But Or As If It Its He She They We I You His Her Their Our
  This That These Those There Here Meanwhile However Addressing According While After Before When
  Where Who What Which Why How Some Many Most Another Other Continue Send Citizens Sunni Shia
  President Prime Minister General Major Gen Maj Lt Col Sheik Sheikh Mr Mrs Ms Dr Grand Ayatollah
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Yesterday Today Last Earlier Later Two Three One
  Police Officials Officers Residents Witnesses Firefighters Rescuers Voters Protesters`.split(
    /\s+/,
  ),
);

export const COUNTRIES = new Set(
  `Afghanistan Algeria Argentina Australia Austria Bahrain Bangladesh Belgium Brazil Britain Canada
  Chile China Colombia Cuba Denmark Egypt England Ethiopia Finland France Germany Greece India
  Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kenya Kuwait Lebanon Libya Mali Mexico
  Morocco Nepal Netherlands Nigeria Norway Pakistan Palestine Peru Philippines Poland Portugal Qatar
  Russia Scotland Somalia Spain Sudan Sweden Switzerland Syria Turkey Ukraine Venezuela Wales Yemen
  Zimbabwe Chile Portugal Tunisia Georgia Serbia Hungary Romania Bulgaria Croatia Iceland`.split(
    /\s+/,
  ),
);

/** Countries of more than one word, which the one-word list cannot hold. */
const COUNTRY_NAMES =
  /^(?:United States|United Kingdom|United Arab Emirates|Saudi Arabia|South Africa|New Zealand|North Korea|South Korea|Sri Lanka|(?:Democratic )?Republic of (?:the )?[A-Z][a-z]+)$/;

/** Named storms and ships are neither people nor places: "Typhoon Haiyan", "USS George Washington". */
const NOT_AN_ACTOR = /^(?:Super )?(?:Typhoon|Hurricane|Cyclone|Tropical Storm|Storm|USS|HMS) /;

const ORGANISATION_WORDS =
  /\bWhite House\b|\bRed (?:Cross|Crescent)\b|\b(?:Survey|Command|Society|Nations|Affairs|Force|Forces|Army|Guards|Corps|Brigade|Brigades|Police|Party|Council|Ministry|Agency|Press|Committee|Front|Union|Company|Bank|Court|Parliament|Government|State|Movement|Organisation|Organization|Association|University|Institute|Service|Commission|Authority|Office|League|Assembly|Senate|Congress|Coalition|Guardian|Reuters|News|Times|Post|Network|Hospital|Airlines|Railways)\b/;

/** Names that say they are places: "River Derwent", "North Yorkshire", "Market Street". */
const PLACE_NAME =
  /^(?:(?:River|Lake|Mount|North|South|East|West|Northern|Southern|Eastern|Western|Central|Latin|Port|Fort|Saint|San|Santa|Los|Las|New) [A-Z]|.* (?:Street|Road|Avenue|Square|Bridge|Lane|Valley|Island|Islands|Bay|Coast|City|Hills|Heights|Mountains|Province|Region|County|District|Township|Prefecture|Governorate|Tower|Airport|Church|Cathedral|Mosque|Temple|Palace|Stadium|Station|Hotel|Market|Dam|Highway)$)/;
/**
 * "spoke to VOA", "told NATO": an initialism after a preposition is no place, but for a country's
 * or a city's ("in the DPRK", "to NYC").
 */
const INITIALISM = /^(?!(?:US|USA|UK|UAE|DRC|PRC|DPRK|ROK|NYC|LA|DC)$)\p{Lu}{2,6}$/u;
const KNOWN_SINGLE_ORGANISATIONS = /^(?:Reuters|Guardian|Parliament|Congress|Senate)$/;

const PLACE_AFTER = /^ (?:province|region|governorate|district|county|state|area|city|valley)\b/i;
const PLACE_BEFORE =
  /(?:\b(?:in|into|to|from|near|outside|across|towards|toward|around|of|via)|\b(?:city|town|village|port|capital|region|province|district|area) of)\s+(?:the\s+)?$/i;
/** "the state of Andhra Pradesh", "the town of Bad Ems": a place, though two capitalised words. */
const PLACE_OF =
  /\b(?:city|town|village|port|capital|region|province|district|area|state|county|island) of\s+(?:the\s+)?$/i;
const PERSON_BEFORE =
  /(?:\b(?:President|Prime Minister|Minister|Maj\.?|Major|Gen\.?|General|Lt\.?|Col\.?|Colonel|Capt\.?|Captain|Sheik|Sheikh|Ayatollah|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Judge|Mayor|Governor|Senator|Sgt\.?|Chief|Inspector|spokesman|spokeswoman|president|minister|commander|leader|cleric|mayor|governor|chief|head|ayatollah|representative),?\s+)$/;

const GROUP =
  /\b((?:[A-Z][\w-]*|[a-z]{3,}i|armed|rebel|government|security|pro-government|opposition|local) )?(forces|fighters|troops|militias|militiamen|militants|rebels|soldiers|police officers|protesters|volunteers|insurgents|peshmerga)\b/g;

export function findEntities(text: string, knownPeople: Set<string> = new Set()): Entities {
  const people: string[] = [];
  const places: Place[] = [];
  const organisations: Actor[] = [];
  const countries: string[] = [];
  for (const run of nameRuns(text)) {
    const { name, start, end, titled } = run;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 20);
    // "The North Korean announcement", "South African troops": a demonym is no place.
    if (NOT_AN_ACTOR.test(name) || (name.endsWith('n') && isCountry(name.slice(0, -1)))) continue;
    if (titled && !COUNTRIES.has(name) && !COUNTRY_NAMES.test(name)) {
      if (!people.includes(name)) people.push(name);
    } else if (COUNTRIES.has(name) || COUNTRY_NAMES.test(name)) {
      countries.push(name);
      places.push({ name, country: name });
    } else if (PLACE_NAME.test(name)) {
      places.push({ name });
    } else if (
      ORGANISATION_WORDS.test(name) &&
      (name.includes(' ') || KNOWN_SINGLE_ORGANISATIONS.test(name))
    ) {
      organisations.push({ name, kind: organisationKind(name) });
    } else if (PLACE_AFTER.test(after)) {
      const admin = /^ (\w+)/.exec(after)?.[1] ?? '';
      places.push(
        /province|region|governorate|district|county/i.test(admin)
          ? { name: `${name} ${admin}` }
          : { name },
      );
    } else if (
      PERSON_BEFORE.test(before) ||
      knownPeople.has(name) ||
      // "the state of Nelson Mandela's health" is no place: a possessive names its owner.
      (isLikelyPersonName(name) && (!PLACE_OF.test(before) || /^['’]s\b/.test(after)))
    ) {
      if (!people.includes(name)) people.push(name);
    } else if (PLACE_BEFORE.test(before) && !INITIALISM.test(name)) {
      places.push({ name });
    }
  }
  return {
    people,
    places: attachAdmins(places),
    organisations,
    groups: findGroups(text),
    countries,
  };
}

/**
 * A title inside a run of capitals, with a name after it: "East Timorese Prime Minister Mari
 * Alkatiri", "Secretary of State John Kerry", "Electoral Chairman Kwadwo Afari-Gyan". The last
 * title is taken (the greedy prefix), so "Justice Minister Ayelet Shaked" and "Governor General
 * David Johnston" keep no title word in the name.
 */
const TITLE_IN_RUN =
  /^(.*)(?:^| )(?:(?:Vice|Deputy|Acting|Interim|Foreign|Defen[cs]e|Finance|Interior|Health) )?(?:President|Premier|Prime Minister|Minister(?: of [A-Z][\w-]+)?|Secretary(?: of State|[- ]General)?|Chairman|Chairwoman|Chancellor|King|Queen|Prince|Crown Prince|Emperor|Governor|Mayor|Senator|Judge|Justice|Ambassador|Commissioner|Spokesman|Spokeswoman|General|Gen|Colonel|Col|Captain|Capt|Admiral|Pope|Archbishop|Bishop|Ayatollah|Sheikh?) ((?:\p{Lu}|al-)[^ ]*(?: [^ ]+)*)$/u;

const REGNAL = /^(?:Pope|King|Queen|Prince|Princess|Crown Prince|Emperor|Empress)$/;

/**
 * The name after a title inside a run, as a person's run, and of the words before the title only
 * a country they open with ("Ghana President John Mahama", "New Zealand's Civil Defense Minister
 * John Carter"): a demonym or a ministry's word ("East Timorese", "Iraqi", "Electoral") is neither
 * a place nor a name.
 */
function titledRuns(
  name: string,
  start: number,
): { name: string; start: number; end: number; titled: true }[] | undefined {
  const match = TITLE_IN_RUN.exec(name);
  // "Queen Street", "King Power Stadium": a place named after a title (the title and the name,
  // not the run: "New Zealand's … Minister John Carter" is no place).
  if (!match || / of /.test(match[2]!) || ORGANISATION_WORDS.test(match[2]!)) return undefined;
  if (PLACE_NAME.test(name.slice(match[1]!.length).trim())) return undefined;
  // "Mayor Of London Sadiq Khan" in a title-case headline: the office, then the name, if any.
  const named = match[2]!.replace(/^(?:Of|For) (?:The )?\p{Lu}[\p{L}\p{M}'’-]*(?: |$)/u, '');
  if (named === '') return undefined;
  // "Pope Francis", "King Abdullah", "Prince Harry": a title and one name are how they are named.
  const title = name.slice(match[1]!.length, name.length - match[2]!.length).trim();
  const person = REGNAL.test(title) && !named.includes(' ') ? `${title} ${named}` : named;
  const at = start + name.length - person.length;
  // "Ghana", "New Zealand's Civil Defense": the country the words before the title open with, in
  // at most five words ("Democratic Republic of the Congo"), so a long run is not joined again for
  // each of its words.
  const country = match[1]!
    .split(' ')
    .slice(0, 5)
    .map((_, i, words) => words.slice(0, i + 1).join(' '))
    .find((words) => {
      const bare = words.replace(/['’]s$/, '');
      return COUNTRIES.has(bare) || COUNTRY_NAMES.test(bare);
    })
    ?.replace(/['’]s$/, '');
  return [
    ...(country
      ? [{ name: country, start, end: start + country.length, titled: true as const }]
      : []),
    { name: person, start: at, end: at + person.length, titled: true },
  ];
}

/** Lower-case words that join a name's words: "Islamic State of Iraq", "Osama bin Laden". */
const JOINT = /^(?:of|the|bin|de|al|van|von)$/;

interface Run {
  name: string;
  start: number;
  end: number;
  /** The run came after a title inside a run of capitals: a person, or the country before it. */
  titled?: true;
}

function nameRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    let words = match[0].split(' ');
    let start = match.index;
    // Drop leading sentence words ("Meanwhile Iraqi ...") and trailing possessives.
    // ... and the joint left after them ("Residents of King County").
    while (
      words.length > 0 &&
      (NOT_NAMES.has(words[0]!.replace(/[’']s$/, '')) || JOINT.test(words[0]!))
    ) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    while (words.length > 0 && JOINT.test(words.at(-1)!)) words.pop();
    // "Former U" of "Former U.S. President Bill Clinton": an initialism's first letter ends no name.
    if (
      words.length > 1 &&
      /^\p{Lu}$/u.test(words.at(-1)!) &&
      /^\.\p{Lu}\./u.test(text.slice(match.index + match[0].length))
    )
      words.pop();
    const name = words.join(' ').replace(/[’']s?$/, '');
    if (name === '' || (/^\p{Lu}+$/u.test(name) && name.length > 5)) continue; // SHOUTED headlines
    if (/^[A-Z]$/.test(name)) continue; // the "U" of "U.S."
    const titled = titledRuns(name, start);
    if (titled) {
      runs.push(...titled);
      continue;
    }
    if (COUNTRY_NAMES.test(name)) {
      runs.push({ name, start, end: start + name.length });
      continue;
    }
    // "Baghdad of Shia": "of" joins words into one name only in names of organisations.
    if (/ of /i.test(name) && !ORGANISATION_WORDS.test(name)) {
      let offset = start;
      for (const part of name.split(/ of (?:the )?/i)) {
        const at = text.indexOf(part, offset);
        if (!NOT_NAMES.has(part)) runs.push({ name: part, start: at, end: at + part.length });
        offset = at + part.length;
      }
      continue;
    }
    runs.push({ name, start, end: start + name.length });
  }
  return runs;
}

function isCountry(name: string): boolean {
  return COUNTRIES.has(name) || COUNTRY_NAMES.test(name);
}

/** Two or three capitalised words, none of them a demonym or a role: "Qassem Suleimani". */
function isLikelyPersonName(name: string): boolean {
  const words = name.split(' ').filter((word) => !/^(?:of|the|bin|de|al|van|von)$/.test(word));
  if (words.length < 2 || words.length > 4 || / of /.test(name)) return false;
  return words.every((word) => !/(?:ian|ish|ese|i)$/.test(word) || /^al-/.test(word));
}

function organisationKind(name: string): ActorKind {
  if (/\b(?:Force|Forces|Army|Guards|Corps|Brigade|Brigades)\b/.test(name)) return 'military';
  if (/\b(?:Ministry|Government|Parliament|Senate|Congress|Council|Assembly)\b/.test(name))
    return 'government';
  if (/\bState\b/.test(name)) return 'armed-group';
  return 'organisation';
}

/** "Khanaqin, in Diyala province": the province becomes the town's `admin`. */
function attachAdmins(places: Place[]): Place[] {
  const result: Place[] = [];
  for (const place of places) {
    const previous = result.at(-1);
    if (
      / (?:province|region|governorate|district|county)$/i.test(place.name) &&
      previous &&
      !previous.admin &&
      !previous.country
    ) {
      previous.admin = place.name;
      continue;
    }
    if (!result.some((p) => p.name === place.name)) result.push(place);
  }
  return result;
}

function findGroups(text: string): Actor[] {
  const groups: Actor[] = [];
  for (const match of text.matchAll(GROUP)) {
    const qualifier = match[1]?.trim();
    if (
      qualifier &&
      /^(?:The|A|An|Some|Many|Most|Other|Another|His|Her|Their|Its|Our)$/.test(qualifier)
    )
      continue;
    const noun = match[2]!;
    const name = qualifier ? `${qualifier} ${noun}` : noun;
    const kind: ActorKind = /militias|militiamen|militants|rebels|insurgents/.test(noun)
      ? 'armed-group'
      : /protesters|volunteers/.test(noun)
        ? 'group'
        : 'military';
    const label = name.charAt(0).toUpperCase() + name.slice(1);
    if (!groups.some((g) => g.name === label)) groups.push({ name: label, kind });
  }
  return groups;
}
