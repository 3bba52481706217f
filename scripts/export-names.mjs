// A chunk's exports under the names its code already has. esbuild names a chunk's exports `a`,
// `b`, … and terser then renames the code's own bindings, so the page's chunk ends with a list
// that pairs each binding with its export name (`export{B as a,Y as b,ht as c,…}`): 30 pairs,
// 60 B gzipped of the file every page loads first. Exporting each binding under its own name
// (`export{B,Y,ht,…}`) only needs the files that import it to ask for those names
// (`import{B as e}` for `import{a as e}`), and those are the build's own on-demand parts. A chunk
// some file loads with `import()` keeps its names: code reads those from the module object.

const EXPORT_LIST = /export\{([^}]*)\};?\s*$/;
const IMPORT_LIST = /import\{([^}]*)\}from"([^"]+)"/g;
const DYNAMIC_IMPORT = /import\("([^"]+)"\)/g;
/** Every quoted specifier, and the ones of bare imports (`import"./chunk.js"`: no names). */
const SPECIFIER = /"([^"]+\.js)"/g;
const BARE_IMPORT = /import"([^"]+)"/g;
const fileName = (path) => path.slice(path.lastIndexOf('/') + 1);

/** The pairs of an export or import list (`a as b,c`) as [name, alias]. */
function pairsOf(list) {
  return list.split(',').map((pair) => {
    const [name, alias = name] = pair.split(' as ');
    return [name, alias];
  });
}

const listOf = (pairs) =>
  pairs.map(([name, alias]) => (name === alias ? name : `${name} as ${alias}`)).join(',');

const filesNamedIn = (code, pattern) =>
  new Set(
    code.flatMap(({ text }) => [...text.matchAll(pattern)].map((match) => fileName(match.at(-1)))),
  );

/**
 * Each chunk's binding names by export name, for the chunks files import by name and none loads
 * with `import()`. An entry keeps its names too: pages import it.
 */
function renamedChunks(code) {
  const imported = filesNamedIn(code, IMPORT_LIST);
  const loadedLater = filesNamedIn(code, DYNAMIC_IMPORT);
  const chunks = new Map();
  for (const { path, text } of code) {
    const exports = EXPORT_LIST.exec(text);
    const name = fileName(path);
    if (exports && imported.has(name) && !loadedLater.has(name))
      chunks.set(name, new Map(pairsOf(exports[1]).map(([local, exported]) => [exported, local])));
  }
  return chunks;
}

/**
 * Rewrites `files` (esbuild's output files after terser: path and text, maps beside their code as
 * `.js.map`) so the chunks that are only imported statically export their bindings under their own
 * names; returns the files anew, each map moved with what its code moved.
 */
export function exportUnderLocalNames(files) {
  const code = files.filter(({ path }) => path.endsWith('.js'));
  const chunks = renamedChunks(code);
  const rewritten = new Map();
  for (const { path, text } of code) {
    refusingUnknownForms(path, text, chunks);
    const edits = [];
    let result = text.replace(IMPORT_LIST, (clause, list, spec, at) => {
      const names = chunks.get(fileName(spec));
      if (!names) return clause;
      const renamed = listOf(
        pairsOf(list).map(([name, alias]) => {
          if (!names.has(name)) throw new Error(`${path} imports ${name}, which ${spec} lacks`);
          return [names.get(name), alias];
        }),
      );
      edits.push({ at: at + 'import{'.length + list.length, by: renamed.length - list.length });
      return `import{${renamed}}from"${spec}"`;
    });
    const own = chunks.get(fileName(path));
    if (own) {
      // Its own map ends where the list starts: the list's entries pointed past the new end.
      const { index } = EXPORT_LIST.exec(text);
      edits.push({ at: index, by: 0, end: true });
      result = result.replace(EXPORT_LIST, `export{${[...own.values()].join(',')}};`);
    }
    if (result !== text) rewritten.set(path, { text: result, moves: movesByLine(text, edits) });
  }
  return files.map(({ path, text }) => {
    const own = rewritten.get(path);
    const ofMap = path.endsWith('.js.map') && rewritten.get(path.slice(0, -'.map'.length));
    if (own) return { path, text: own.text };
    if (ofMap) return { path, text: movedMap(text, ofMap.moves) };
    return { path, text };
  });
}

/**
 * A file that refers to a renamed chunk other than by a list of names or a bare import
 * (`import*as`, `export{…}from`, a default and names): the build's output changed shape, and
 * the file would ask for names the chunk no longer exports. Stops the build.
 */
function refusingUnknownForms(path, text, chunks) {
  const count = (pattern) =>
    [...text.matchAll(pattern)].filter((match) => chunks.has(fileName(match.at(-1)))).length;
  if (count(SPECIFIER) !== count(IMPORT_LIST) + count(BARE_IMPORT))
    throw new Error(`${path} refers to a chunk in a form export-names.mjs does not rewrite`);
}

/**
 * Each edit as its line and the column on it from which code moved by `by` characters, or, with
 * `end`, from which the map has nothing.
 */
function movesByLine(text, edits) {
  return edits.map(({ at, by, end = false }) => {
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    return { line, column: at - (before.lastIndexOf('\n') + 1), by, end };
  });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first value of a source-map segment (its generated column, relative to the segment before) and the segment's remaining characters. */
function firstValue(segment) {
  let value = 0;
  let shift = 0;
  let index = 0;
  for (;;) {
    const digit = BASE64.indexOf(segment[index++]);
    value += (digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return { value: value & 1 ? -(value >>> 1) : value >>> 1, rest: segment.slice(index) };
}

function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    const digit = rest & 31;
    rest >>>= 5;
    text += BASE64[rest ? digit | 32 : digit];
  } while (rest);
  return text;
}

/**
 * A source map whose generated columns follow `moves`: in a map, a line's first segment holds its
 * column and each later one the distance from the one before, so a move changes one segment, the
 * first at or after the column where the code moved.
 */
function movedMap(mapText, moves) {
  const map = JSON.parse(mapText);
  const lines = map.mappings.split(';');
  // Right to left: a move changes the distances after its column, not before.
  for (const { line, column, by, end } of moves.toSorted((a, b) => b.column - a.column)) {
    const segments = lines[line].split(',');
    let at = 0;
    const first = segments.findIndex((segment) => {
      if (!segment) return false;
      at += firstValue(segment).value;
      return at >= column;
    });
    if (first < 0) continue;
    if (end) {
      lines[line] = segments.slice(0, first).join(',');
      continue;
    }
    const { value, rest } = firstValue(segments[first]);
    segments[first] = vlq(value + by) + rest;
    lines[line] = segments.join(',');
  }
  return JSON.stringify({ ...map, mappings: lines.join(';') });
}
