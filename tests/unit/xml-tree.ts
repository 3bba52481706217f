/**
 * A small, strict XML reader for the static pictures' tests: elements, attributes and text, with
 * the five predefined entities and numeric references. Throws on anything not well formed
 * (unbalanced tags, a bare `<` or `&`, duplicate attributes), so a test that parses also checks.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) {
    throw new Error(`bare & in ${JSON.stringify(text.slice(0, 60))}`);
  }
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, ref: string) =>
    ref.startsWith('#x') || ref.startsWith('#X')
      ? String.fromCodePoint(parseInt(ref.slice(2), 16))
      : ref.startsWith('#')
        ? String.fromCodePoint(Number(ref.slice(1)))
        : NAMED[ref]!,
  );
}

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack = [root];
  const tag =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  let at = 0;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const text = source.slice(at, lt < 0 ? source.length : lt);
    if (text.includes('>')) throw new Error(`stray > at ${at}`);
    if (text) stack.at(-1)!.children.push(decode(text));
    if (lt < 0) break;
    tag.lastIndex = lt;
    const match = tag.exec(source);
    if (!match) throw new Error(`not a tag at ${lt}: ${source.slice(lt, lt + 40)}`);
    const [, close, name, rawAttributes, selfClose] = match;
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
    } else {
      const attributes: Record<string, string> = {};
      for (const m of rawAttributes!.matchAll(
        /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
      )) {
        const key = m[1]!;
        if (key in attributes) throw new Error(`duplicate attribute ${key}`);
        attributes[key] = decode(m[2] ?? m[3] ?? '');
      }
      const element: XmlElement = { name: name!, attributes, children: [] };
      stack.at(-1)!.children.push(element);
      if (!selfClose) stack.push(element);
    }
    at = tag.lastIndex;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (elements.length !== 1) throw new Error('not exactly one root element');
  return elements[0]!;
}

/** Every element below (and including) `element`, in document order. */
export function allElements(element: XmlElement): XmlElement[] {
  return [
    element,
    ...element.children.flatMap((c) => (typeof c === 'string' ? [] : allElements(c))),
  ];
}

/** The text inside an element, its descendants' included. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
