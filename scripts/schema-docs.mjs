// The schema's documentation is for the JSON Schema (`toJsonSchema`, news-timeline.schema.json),
// not for the element: validating never reads a node's `description`. This esbuild plugin drops
// those texts from the page bundle. In src/model/schema.ts and media-schema.ts, every argument
// passed to a parameter named `description` (of schema-builder.ts's builders, or of a helper the
// file declares) becomes ''. Found with the TypeScript parser, so formatting does not matter.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const BUILDER = fileURLToPath(new URL('../src/model/schema-builder.ts', import.meta.url));
const FILTER = /[\\/]src[\\/]model[\\/](schema|media-schema)\.ts$/;

/** name -> index of its `description` parameter, for the functions and arrows `source` declares. */
function describedParameters(source) {
  const found = new Map();
  const note = (name, parameters) => {
    const at = parameters.findIndex(
      (p) => ts.isIdentifier(p.name) && p.name.text === 'description',
    );
    if (at >= 0) found.set(name, at);
  };
  const visit = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name) note(node.name.text, node.parameters);
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      note(node.name.text, node.initializer.parameters);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const parse = (path, text) => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);

/** `text` with every description argument replaced by '' (see the file's comment). */
export function stripSchemaDocs(path, text, builders) {
  const source = parse(path, text);
  const described = new Map([...builders, ...describedParameters(source)]);
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const at = described.get(node.expression.text);
      const argument = at === undefined ? undefined : node.arguments[at];
      if (argument) edits.push([argument.getStart(source), argument.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = text;
  for (const [start, end] of edits.sort((a, b) => b[0] - a[0])) {
    out = `${out.slice(0, start)}''${out.slice(end)}`;
  }
  return out;
}

export const schemaDocs = {
  name: 'strip-schema-docs',
  setup(build) {
    let builders;
    build.onLoad({ filter: FILTER }, async ({ path }) => {
      builders ??= describedParameters(parse(BUILDER, await readFile(BUILDER, 'utf8')));
      return {
        contents: stripSchemaDocs(path, await readFile(path, 'utf8'), builders),
        loader: 'ts',
      };
    });
  },
};
