// The page bundle renames the properties listed in INTERNAL_PROPERTIES (scripts/bundle.mjs):
// esbuild renames them where code names them, never inside strings. A module of the page bundle
// that names one in a string (`'axisLength' in x`, `x['viewStart']`, a template's `.prop=`) would
// read a property the bundle no longer has, so no string of the bundle's sources may hold one.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { INTERNAL_PROPERTIES, bundleElement } from '../../scripts/bundle.mjs';

/**
 * The text of every string and template piece of a module (comments are not in the tree), but
 * css`` templates': CSS reads no property of a script's objects, and its comments are prose. Nor
 * the path an `import` or `export … from` names ('../../layout/frame.js' names a file), nor a
 * string in a type (`Pick<StoryLayout, 'firstView'>`): types are gone from the bundle, and a
 * string the code reads at run time is an expression, which this still takes in.
 */
function stringsOf(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true);
  const strings: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'css') return;
    // A class's `extends` clause is an expression that runs, though TypeScript calls it a type.
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      ts.forEachChild(node, (child) => (child === node.moduleSpecifier ? undefined : visit(child)));
      return;
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) strings.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return strings;
}

describe('page bundle internal properties', () => {
  it('are never named in a string by a module of the page bundle', async () => {
    const { metafile } = await bundleElement({ write: false });
    const sources = Object.keys(metafile!.inputs).filter((path) => path.startsWith('src/'));
    expect(sources.length).toBeGreaterThan(50);
    // A name joined to another word by a hyphen is part of a class, attribute or custom property
    // name (`lane-2`, `data-revision`, `--_mark-rows`), which no code of the bundle splits into
    // property names.
    const names = INTERNAL_PROPERTIES.join('|');
    const word = new RegExp(`(?<![\\w$-])(?:${names})(?![\\w$-])`);
    // Nor is a name among other words, in a string with a space (a message's "has 300 items",
    // a selector, markup): no code of the bundle splits such a string into property names either.
    // Markup names a property only in a Lit property binding (`.items=${…}`), looked for in it.
    const binding = new RegExp(`\\.(?:${names})=`);
    const found: string[] = [];
    for (const path of sources) {
      for (const text of stringsOf(await readFile(path, 'utf8'))) {
        const match = (/\s/.test(text) ? binding : word).exec(text);
        if (match) found.push(`${path}: ${match[0]} in ${JSON.stringify(text.slice(0, 80))}`);
      }
    }
    expect(found).toEqual([]);
  });
});
