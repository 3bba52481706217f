/**
 * Ids made from words: lower-case ASCII letters and digits joined by hyphens, accents folded
 * ("Réunion talks" -> "reunion-talks"). Words in other scripts leave nothing, so callers give a
 * fallback: `slug(title) || 'timeline'`.
 */
export function slug(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength + 1) // one more, so a cut at a word end leaves a hyphen to trim
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
