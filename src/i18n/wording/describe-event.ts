/**
 * Words for the facts of an event - sources and places - shared by the detail card and the
 * accessible names of events, so what is seen and what is heard say the same thing. Names from the
 * data stay as written; only the connecting words are translated. The facts only the card shows
 * (quantities, people, confidence, precision) are describe-details.ts: the card loads on demand.
 */
import type { Place, Source } from '../../model/types.js';
import { drawingWordsFor } from '../drawing-words.js';

/** "as a senior Iraqi official told the Guardian", "according to Iran's state media". */
export function describeSource(source: Source, locale = 'en'): string {
  return drawingWordsFor(locale).sourceVerbs[source.verb](source.who, source.outlet);
}

/** All sources of an event, in order, for one sentence. */
export function describeSources(sources: readonly Source[], locale = 'en'): string {
  return sources
    .map((source) => describeSource(source, locale))
    .join(drawingWordsFor(locale).listSeparator);
}

/** "Khanaqin, Diyala province, Iraq". */
export function describePlace(place: Place, locale = 'en'): string {
  // A country named as the place ("Iraq", country "Iraq") is said once, not "Iraq, Iraq".
  return [place.name, place.admin, place.country]
    .filter((part, k, parts) => part && parts.indexOf(part) === k)
    .join(drawingWordsFor(locale).comma);
}

/** All places of an event, for one sentence. */
export function describePlaces(places: readonly Place[], locale = 'en'): string {
  return places
    .map((place) => describePlace(place, locale))
    .join(drawingWordsFor(locale).listSeparator);
}
