/**
 * Words for the facts of an event that only the detail card shows - quantities, people,
 * confidence, precision - apart from describe-event.ts, which the accessible names of the drawing
 * use too: the card loads on demand, and these are not in the page's first download. Names from
 * the data stay as written; only the connecting words are translated.
 */
import type { Actor, Confidence, Precision, Quantity } from '../../model/types.js';
import { translationFor } from '../translate.js';
import { formatNumber } from './date-formats.js';

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
