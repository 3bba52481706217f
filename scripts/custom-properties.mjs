// Bundle-time shortening of our private CSS custom properties (`--_space`, `--_labels-start`…),
// for the page bundle (scripts/bundle.mjs). esbuild's CSS minifier keeps a custom property's name
// as written: any page or sheet could read it. Ours start with `--_` and no page, data or API
// reads or sets them (the public ones are `--news-timeline-*`, never renamed); they are written
// and read only in our components' string and template literals: styles, `styleProperties` keys
// and `var()` references. One map, made from every literal under src/components, renames them
// the same way in each module of the build (the page bundle and its chunks), most used first.
// Only literals change (the TypeScript parser finds them): code and comments stay as written.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

/** A private custom property's name, or the start of one a template completes (`--_category-`). */
const PRIVATE_NAME = /--_[\w-]+/g;

/**
 * The literal pieces of a module: strings and each piece of a template, with their raw text's
 * span in the source and whether a `${}` follows (the piece then may end inside a name).
 */
function literalPieces(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const pieces = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      pieces.push({ start: node.getStart() + 1, end: node.end - 1, open: false });
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) {
      pieces.push({ start: node.getStart() + 1, end: node.end - 2, open: true });
    } else if (ts.isTemplateTail(node)) {
      pieces.push({ start: node.getStart() + 1, end: node.end - 1, open: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return pieces;
}

/** Each name in a piece, and whether a `${}` completes it (it ends the piece before one). */
function namesIn(source, piece) {
  const text = source.slice(piece.start, piece.end);
  return [...text.matchAll(PRIVATE_NAME)].map((match) => ({
    index: piece.start + match.index,
    name: match[0],
    prefix: piece.open && match.index + match[0].length === text.length,
  }));
}

/** The TypeScript modules under `dir`. */
export async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The `k`th short name from `letters`: one letter each, then two. */
export function shortName(k, letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
  return k < letters.length
    ? letters[k]
    : shortName(Math.floor(k / letters.length) - 1, letters) + letters[k % letters.length];
}

/**
 * The renaming of every private custom property in the modules under `dir`: `--_` and a short
 * name, the most used shortest. A name that a template completes (`--_category-${i}`) keeps what
 * follows it and ends in `-`, so none of its names can equal another's (those have no `-`).
 */
export async function privatePropertyNames(dir) {
  const uses = new Map();
  const prefixes = new Set();
  for (const path of await sourceFiles(dir)) {
    const source = await readFile(path, 'utf8');
    if (!source.includes('--_')) continue;
    for (const piece of literalPieces(source, path)) {
      for (const { name, prefix } of namesIn(source, piece)) {
        if (prefix) prefixes.add(name);
        else uses.set(name, (uses.get(name) ?? 0) + 1);
      }
    }
  }
  const familyOf = (name) => [...prefixes].find((p) => name.startsWith(p) && name !== p);
  const names = new Map();
  let next = 0;
  const ordered = [...uses].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  for (const [name] of ordered) if (!familyOf(name)) names.set(name, `--_${shortName(next++)}`);
  for (const prefix of [...prefixes].sort()) names.set(prefix, `--_${shortName(next++)}-`);
  for (const [name] of ordered) {
    const prefix = familyOf(name);
    if (prefix) names.set(name, names.get(prefix) + name.slice(prefix.length));
  }
  return names;
}

/**
 * `source` with its private custom properties renamed by `names` (`privatePropertyNames`), in its
 * literals only. A name the map does not have fails the build: it would not match its uses.
 */
export function renamePrivateProperties(source, names, fileName = 'module.ts') {
  if (!source.includes('--_')) return source;
  const edits = literalPieces(source, fileName).flatMap((piece) => namesIn(source, piece));
  let code = source;
  for (const { index, name } of edits.reverse()) {
    const short = names.get(name);
    if (short === undefined) throw new Error(`${fileName}: ${name} is not in the names' map`);
    code = code.slice(0, index) + short + code.slice(index + name.length);
  }
  return code;
}
