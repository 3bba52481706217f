/**
 * Plural forms for translations. A `Count` is a number as the reader's locale writes it, with the
 * plural category `Intl.PluralRules` gives it there; a translation picks its words by that category.
 * This file imports nothing, so a language file stays a few hundred bytes of words.
 */

/** A number to say in a sentence. Made by `count()` in the wording layer. */
export interface Count {
  readonly value: number;
  /** The number formatted for the reader: "1,500", "١٬٥٠٠". */
  readonly text: string;
  /** `Intl.PluralRules` category of `value` in the reader's locale. */
  readonly form: Intl.LDMLPluralRule;
}

/** The words for each plural category a language uses; `other` is required, `#` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * `plural(n, { one: '# event', other: '# events' })` -> "1 event", "1,500 events". A category the
 * forms leave out falls back to `other`.
 */
export function plural(count: Count, forms: PluralForms): string {
  return (forms[count.form] ?? forms.other).replaceAll('#', count.text);
}

/**
 * The counts that are not zero, each in its forms, joined: "2 new events, 1 updated"; `none` when
 * every count is zero.
 */
export function countsInWords(
  parts: readonly (readonly [Count, PluralForms])[],
  separator: string,
  none: string,
): string {
  const said = parts
    .filter(([count]) => count.value !== 0)
    .map(([count, forms]) => plural(count, forms));
  return said.length > 0 ? said.join(separator) : none;
}
