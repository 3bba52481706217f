/**
 * Wording for sources, quantities and places, shared by the detail card and the accessible names
 * of events, so what is seen and what is heard say the same thing.
 */
import type { Place, Quantity, Source, SourceVerb } from './types.js';

type SourcePhrase = (who: string, outlet: string | undefined) => string;

const SOURCE_PHRASES: Record<string, Record<SourceVerb, SourcePhrase>> = {
  en: {
    said: (who, outlet) => `according to ${who}${outlet ? `, reported by ${outlet}` : ''}`,
    told: (who, outlet) => `according to ${who}${outlet ? `, told to ${outlet}` : ''}`,
    confirmed: (who, outlet) =>
      `confirmed by ${who}${outlet && outlet !== who ? ` to ${outlet}` : ''}`,
    reported: (who, outlet) =>
      `reported by ${who}${outlet && outlet !== who ? ` for ${outlet}` : ''}`,
    corroborated: (who, outlet) =>
      `corroborated by ${who}${outlet ? `, reported by ${outlet}` : ''}`,
    witnessed: (who, outlet) => `witnessed by ${who}${outlet ? `, reported by ${outlet}` : ''}`,
    announced: (who, outlet) => `announced by ${who}${outlet ? `, reported by ${outlet}` : ''}`,
    claimed: (who, outlet) => `claimed by ${who}${outlet ? `, reported by ${outlet}` : ''}`,
  },
  ar: {
    said: (who, outlet) => `بحسب ${who}${outlet ? `، كما نقلت ${outlet}` : ''}`,
    told: (who, outlet) => `بحسب ${who}${outlet ? `، في حديث إلى ${outlet}` : ''}`,
    confirmed: (who) => `أكّده ${who}`,
    reported: (who) => `أفادت به ${who}`,
    corroborated: (who, outlet) => `أيّده ${who}${outlet ? `، كما نقلت ${outlet}` : ''}`,
    witnessed: (who, outlet) => `شهده ${who}${outlet ? `، كما نقلت ${outlet}` : ''}`,
    announced: (who, outlet) => `أعلنه ${who}${outlet ? `، كما نقلت ${outlet}` : ''}`,
    claimed: (who, outlet) => `ادّعاه ${who}${outlet ? `، كما نقلت ${outlet}` : ''}`,
  },
};

const APPROXIMATELY: Record<string, (n: string) => string> = {
  en: (n) => `about ${n}`,
  ar: (n) => `نحو ${n}`,
};

function language(locale: string): string {
  return (locale || 'en').toLowerCase().split('-')[0] ?? 'en';
}

/** "according to a senior Iraqi official, told to the Guardian". */
export function describeSource(source: Source, locale = 'en'): string {
  const phrases = SOURCE_PHRASES[language(locale)] ?? SOURCE_PHRASES.en!;
  return phrases[source.verb](source.who, source.outlet);
}

/** All sources of an event, in order, for one sentence. */
export function describeSources(sources: readonly Source[], locale = 'en'): string {
  return sources.map((source) => describeSource(source, locale)).join('; ');
}

/**
 * "about 2,000 troops", "1,500 basiji forces"; approximate quantities written in words keep the
 * reporter's words ("hundreds of young men") rather than the number we stored for sorting.
 */
export function describeQuantity(quantity: Quantity, locale = 'en'): string {
  const unit = quantity.unit ? ` ${quantity.unit}` : '';
  const writtenInWords = quantity.text !== undefined && !/\d/.test(quantity.text);
  if (quantity.approximate && writtenInWords) return `${quantity.text}${unit}`;
  const number = new Intl.NumberFormat(locale).format(quantity.value);
  if (!quantity.approximate) return `${number}${unit}`;
  const approximately = APPROXIMATELY[language(locale)] ?? APPROXIMATELY.en!;
  return `${approximately(number)}${unit}`;
}

/** "Khanaqin, Diyala province, Iraq". */
export function describePlace(place: Place): string {
  return [place.name, place.admin, place.country].filter(Boolean).join(', ');
}
