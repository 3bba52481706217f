// Bundle-time shortening of the class names our components' shadow DOM uses only internally
// (`era-label`, `band-toggle`…), for the page bundle (scripts/bundle.mjs), like the private custom
// properties (scripts/custom-properties.mjs). A class in a shadow root is out of any page's reach
// (pages style parts, `::part()`, which are never renamed), but class names are plain words that
// may also be data, attribute values or text: a name is renamed only where it is provably a class
// (below), and only names listed in CLASS_NAMES, each of which must occur in no other literal of
// any module under src/ (checked when the map is made: a listed name found elsewhere fails the
// build, so a class a `${}` builds from a string, or a word that is also data, cannot be listed).
// Where a name is a class:
//   - in css`` templates: `.name` (a class selector);
//   - in html`` templates: a word of a static `class="…"` value;
//   - in a string literal passed to querySelector(), querySelectorAll(), closest() or matches():
//     `.name` (a class selector).
// A listed name may also be a part's name (`part="band-toggle" class="band-toggle"`): a word of a
// static `part` or `exportparts` value in an html`` template names a part, which pages style and
// which keeps its name; no class is read through it.
// Classes a `${}` computes (`plot ${orientation}`, `lane-${n}`, `list-${kind}`, `major`…) and the
// classes e2e tests read from the page bundle (`.published-label`, `.list-event`) keep their
// names: they are not listed.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { shortName, sourceFiles } from './custom-properties.mjs';

/** Short class names in lower case, as the names they stand for. */
const LOWER_CASE = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The renamed classes. Each appears only in the three contexts above, in any module under src/
 * (privateClassNames checks it); none is built by a `${}` (no class expression makes one: checked
 * by hand, `class=${…}` and `class="… ${…}"` in src/components).
 */
export const CLASS_NAMES = [
  'band-headline',
  'band-chevron',
  'band-mark',
  'band-when',
  'removed-headline',
  'wheel-hint',
  'list-summary',
  'list-when',
  'list-headline',
  'era-swatch',
  'published-swatch',
  'refresh-failed',
  'label-when',
  'as-written',
  'thumb',
  'sr-only',
  'tick-row',
  'list-mark',
  'band-toggle',
  'updated-marker',
];

const SELECTOR_CALLS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);

const escape = (name) => name.replace(/[-]/g, '\\-');
/** A listed name as a whole token (a class name is a run of word characters and `-`). */
const tokenPattern = (names) =>
  new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])`, 'g');
/** A listed name as a class selector. */
const selectorPattern = (names) =>
  new RegExp(`(?<![\\w-])\\.(${names.map(escape).join('|')})(?![\\w-])`, 'g');

const tagName = (node) => (ts.isIdentifier(node.tag) ? node.tag.text : undefined);

/** The raw spans of a template's literal pieces: `{ start, end }` in the source. */
function templateSpans(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return [{ start: template.getStart() + 1, end: template.end - 1, open: false }];
  }
  return [template.head, ...template.templateSpans.map((span) => span.literal)].map((piece) => ({
    start: piece.getStart() + 1,
    end: piece.end - (ts.isTemplateTail(piece) ? 1 : 2),
    open: !ts.isTemplateTail(piece),
  }));
}

/**
 * The edits (`{ index, name }`: a listed name at `index` of the source) that rename the classes
 * of a module, and the spans of every literal piece, for the check of what is left.
 */
function classEdits(source, fileName, names) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const selector = selectorPattern(names);
  // In a class value, a name beside a `${}` (the NUL) is a part of the class it completes.
  const classWord = new RegExp(
    `(?<![\\w\\0-])(?:${names.map(escape).join('|')})(?![\\w\\0-])`,
    'g',
  );
  const edits = [];
  const literals = [];
  // Part names (`part="…"`, `exportparts="…"`): a word there names a part, which keeps its name.
  const partWords = [];
  const selectorsIn = ({ start, end, open = false }) => {
    for (const match of source.slice(start, end).matchAll(selector)) {
      // A name a `${}` goes on completing is not this class: left, it fails the check.
      if (open && start + match.index + match[0].length === end) continue;
      edits.push({ index: start + match.index + 1, name: match[1] });
    }
  };
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      literals.push({ start: node.getStart() + 1, end: node.end - 1 });
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) {
      literals.push({ start: node.getStart() + 1, end: node.end - 2 });
    } else if (ts.isTemplateTail(node)) {
      literals.push({ start: node.getStart() + 1, end: node.end - 1 });
    }
    if (ts.isTaggedTemplateExpression(node) && tagName(node) === 'css') {
      templateSpans(node.template).forEach(selectorsIn);
    } else if (ts.isTaggedTemplateExpression(node) && tagName(node) === 'html') {
      // A class value may go on past a `${}`: the scan runs over the pieces joined by a NUL
      // (which no template holds), the value's end being its closing quote.
      const spans = templateSpans(node.template);
      const joined = spans.map(({ start, end }) => source.slice(start, end)).join('\0');
      const at = (offset) => {
        let rest = offset;
        for (const { start, end } of spans) {
          if (rest <= end - start) return start + rest;
          rest -= end - start + 1;
        }
        throw new Error('offset outside the template');
      };
      for (const value of joined.matchAll(/(?<![\w-])(?:export)?parts?="[^"]*"/g)) {
        partWords.push({ start: at(value.index), end: at(value.index + value[0].length) });
      }
      for (const value of joined.matchAll(/(?<![\w-])class="([^"]*)"/g)) {
        const valueStart = value.index + value[0].indexOf('"') + 1;
        for (const match of value[1].matchAll(classWord)) {
          edits.push({ index: at(valueStart + match.index), name: match[0] });
        }
      }
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      SELECTOR_CALLS.has(node.expression.name.text) &&
      node.arguments.length > 0 &&
      (ts.isStringLiteral(node.arguments[0]) ||
        ts.isNoSubstitutionTemplateLiteral(node.arguments[0]))
    ) {
      const argument = node.arguments[0];
      selectorsIn({ start: argument.getStart() + 1, end: argument.end - 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { edits, literals, partWords };
}

/** The names left in a module's literals once `edits` are made: each is a use as no class. */
function leftOver(source, { edits, literals, partWords }, names) {
  const renamed = new Set(edits.map(({ index }) => index));
  const inPart = (index) => partWords.some(({ start, end }) => index >= start && index < end);
  const token = tokenPattern(names);
  const left = [];
  for (const { start, end } of literals) {
    for (const match of source.slice(start, end).matchAll(token)) {
      const index = start + match.index;
      if (!renamed.has(index) && !inPart(index)) left.push(match[0]);
    }
  }
  return left;
}

/**
 * The renaming of the listed classes, the most used shortest, after checking every module under
 * `dir` (src/): a listed name in any literal where it is not a class fails. A short name never
 * equals a class we keep (checked against every class selector and class value in the literals
 * of src/components, where all our styles and templates are).
 */
export async function privateClassNames(dir, names = CLASS_NAMES) {
  const uses = new Map(names.map((name) => [name, 0]));
  const kept = new Set();
  for (const path of await sourceFiles(dir)) {
    const source = await readFile(path, 'utf8');
    const found = classEdits(source, path, names);
    const left = leftOver(source, found, names);
    if (left.length > 0) throw new Error(`${path}: ${left[0]} is used as no class`);
    for (const { name } of found.edits) uses.set(name, uses.get(name) + 1);
    // The classes the components' styles and templates name (src/components).
    if (!/[\\/]components[\\/]/.test(path)) continue;
    for (const { start, end } of found.literals) {
      const text = source.slice(start, end);
      for (const match of text.matchAll(/(?<![\w-])\.([a-zA-Z_][\w-]*)|class="([^"$]*)"/g)) {
        for (const word of (match[1] ?? match[2]).split(/\s+/)) kept.add(word);
      }
    }
  }
  const ordered = [...uses].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  const map = new Map(ordered.map(([name], k) => [name, shortName(k, LOWER_CASE)]));
  for (const short of map.values()) {
    if (kept.has(short)) throw new Error(`the short class name ${short} is also a class we keep`);
  }
  return map;
}

/** `source` with the listed classes renamed by `map` (`privateClassNames`) where they are classes. */
export function renameClasses(source, map, fileName = 'module.ts') {
  const names = [...map.keys()];
  if (!names.some((name) => source.includes(name))) return source;
  const found = classEdits(source, fileName, names);
  const left = leftOver(source, found, names);
  if (left.length > 0) throw new Error(`${fileName}: ${left[0]} is used as no class`);
  let code = source;
  for (const { index, name } of found.edits.sort((a, b) => b.index - a.index)) {
    code = code.slice(0, index) + map.get(name) + code.slice(index + name.length);
  }
  return code;
}
