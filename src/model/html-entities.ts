/**
 * HTML character references (`&amp;`, `&#8217;`, `&#x2019;`, the common named ones) read once,
 * without a DOM: for text and attribute values taken from HTML written by people (TimelineJS
 * fields, a page's `<news-timeline>` attributes). An unknown name stays as written; a number that
 * is no character becomes U+FFFD.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  eacute: 'é',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X'
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    const invalid = !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff);
    return invalid ? '\ufffd' : String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body] ?? entity;
}

/** `text` with every character reference in it read. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z]{2,8});/g, decodeEntity);
}
