/**
 * Words for the facts of an event - sources, confidence, quantities, places, people - shared by
 * the detail card and the accessible names of events, so what is seen and what is heard say the
 * same thing. Names from the data stay as written; only the connecting words are translated.
 */
import type { Actor, Confidence, Place, Precision, Quantity, Source } from '../../model/types.js';
import { translationFor } from '../translate.js';
import { formatNumber } from './date-formats.js';

/** "as a senior Iraqi official told the Guardian", "according to Iran's state media". */
export function describeSource(source: Source, locale = 'en'): string {
  return translationFor(locale).sourceVerbs[source.verb](source.who, source.outlet);
}

/** All sources of an event, in order, for one sentence. */
export function describeSources(sources: readonly Source[], locale = 'en'): string {
  return sources
    .map((source) => describeSource(source, locale))
    .join(translationFor(locale).listSeparator);
}

/**
 * "about 2,000 troops", "1,500 basiji forces"; approximate quantities written in words keep the
 * reporter's words ("hundreds of young men") rather than the number we stored for sorting.
 */
export function describeQuantity(quantity: Quantity, locale = 'en'): string {
  const unit = quantity.unit ? ` ${quantity.unit}` : '';
  const writtenInWords = quantity.text !== undefined && !/\d/.test(quantity.text);
  if (quantity.approximate && writtenInWords) return `${quantity.text}${unit}`;
  const number = formatNumber(quantity.value, locale);
  return (quantity.approximate ? translationFor(locale).approximately(number) : number) + unit;
}

/** "Khanaqin, Diyala province, Iraq". */
export function describePlace(place: Place, locale = 'en'): string {
  // A country named as the place ("Iraq", country "Iraq") is said once, not "Iraq, Iraq".
  return [place.name, place.admin, place.country]
    .filter((part, k, parts) => part && parts.indexOf(part) === k)
    .join(translationFor(locale).comma);
}

/** All places of an event, for one sentence. */
export function describePlaces(places: readonly Place[], locale = 'en'): string {
  return places
    .map((place) => describePlace(place, locale))
    .join(translationFor(locale).listSeparator);
}

/**
 * "Nouri al-Maliki (prime minister)": a role after a comma read as a second name in a list ("Iran,
 * Sent the troops"). `locale` is kept for callers; the parentheses are the same in every script.
 */
export function describeActor(actor: Actor, _locale = 'en'): string {
  return actor.role ? `${actor.name} (${actor.role})` : actor.name;
}

/** The confidence badge: "Attributed to a single source". */
export function describeConfidence(confidence: Confidence, locale = 'en'): string {
  return translationFor(locale).confidenceLevels[confidence];
}

/** The name of a precision in the locale's words: "part of a day". */
export function precisionLabel(precision: Precision, locale = 'en'): string {
  return translationFor(locale).precisions[precision];
}
