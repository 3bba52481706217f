/**
 * The layer rules of docs/architecture.md, as data, and a checker that reads one source file's
 * imports and globals with the TypeScript parser (no type checking, no execution).
 */
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

export type Layer =
  | 'model'
  | 'import'
  | 'export'
  | 'extract'
  | 'layout'
  | 'i18n'
  | 'components'
  | 'editor'
  | 'data'
  | 'cli'
  | 'static'
  | 'ssr'
  | 'entry';

/** The layer of a path relative to the repository root, or undefined outside src/. */
export function layerOf(path: string): Layer | undefined {
  const match = /^src\/([^/]+)(\/|$)/.exec(path.replaceAll('\\', '/'));
  if (!match) return undefined;
  const folder = match[1]!;
  if (match[2] === '') return 'entry'; // src/index.ts, src/news-timeline.ts
  if (folder === 'translations') return 'i18n';
  // The review editor is an element for editors, never in the reader's bundle: it may drive the
  // extractor and the importers, which the reader's elements may not.
  if (path.replaceAll('\\', '/').startsWith('src/components/news-timeline-editor/'))
    return 'editor';
  const layers: Layer[] = [
    'model',
    'import',
    'export',
    'extract',
    'layout',
    'i18n',
    'components',
    'data',
    'cli',
    'static',
    'ssr',
  ];
  return layers.find((layer) => layer === folder);
}

interface Rule {
  /** Layers this one may import from (itself included). */
  layers: readonly Layer[];
  /** Packages it may import (exact names or prefixes ending in '-' or '/'). */
  packages: readonly string[];
  /** Runs in Node as well as in browsers: no DOM globals. */
  noDom: boolean;
}

const NONE: readonly string[] = [];

export const RULES: Record<Layer, Rule> = {
  model: { layers: ['model'], packages: NONE, noDom: true },
  import: { layers: ['model', 'import'], packages: ['d3-dsv'], noDom: true },
  export: { layers: ['model', 'import', 'export'], packages: ['d3-dsv'], noDom: true },
  extract: { layers: ['model', 'extract'], packages: NONE, noDom: true },
  layout: { layers: ['model', 'layout'], packages: ['d3-'], noDom: true },
  // Words per language and the phrases built from them; the elements' controller is a component.
  i18n: { layers: ['model', 'i18n'], packages: NONE, noDom: true },
  components: {
    layers: ['model', 'layout', 'i18n', 'components'],
    packages: ['lit', 'lit/', '@lit/', '@lit-labs/', 'd3-'],
    noDom: false,
  },
  editor: {
    layers: ['model', 'import', 'export', 'extract', 'layout', 'i18n', 'components', 'editor'],
    packages: ['lit', 'lit/', '@lit/'],
    noDom: false,
  },
  data: { layers: ['model', 'data'], packages: NONE, noDom: true },
  cli: {
    layers: ['model', 'import', 'export', 'extract', 'static', 'ssr', 'cli'],
    packages: ['node:', 'esbuild', 'playwright-core'],
    noDom: true,
  },
  // Pictures without a DOM: the layout and the words, and the elements' DOM-free naming helper.
  static: {
    layers: ['model', 'layout', 'i18n', 'components', 'static'],
    packages: NONE,
    noDom: true,
  },
  // The element rendered in Node by @lit-labs/ssr, and the hydrating page bundle's entry.
  ssr: {
    layers: ['model', 'i18n', 'entry', 'ssr'],
    packages: ['lit', 'lit/', '@lit-labs/'],
    noDom: true,
  },
  entry: {
    layers: [
      'model',
      'import',
      'export',
      'extract',
      'layout',
      'i18n',
      'components',
      'editor',
      'entry',
    ],
    packages: NONE,
    noDom: false,
  },
};

/** Browser globals that do not exist in Node: using one ties code to a page. */
export const DOM_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'location',
  'self',
  'customElements',
  'HTMLElement',
  'Element',
  'Node',
  'ShadowRoot',
  'DocumentFragment',
  'EventTarget',
  'CustomEvent',
  'KeyboardEvent',
  'PointerEvent',
  'WheelEvent',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
  'matchMedia',
  'localStorage',
  'sessionStorage',
  'ResizeObserver',
  'IntersectionObserver',
  'MutationObserver',
  'DOMParser',
  'CSSStyleSheet',
]);

function packageAllowed(specifier: string, allowed: readonly string[]): boolean {
  return allowed.some((name) =>
    name.endsWith('-') || name.endsWith('/') || name.endsWith(':')
      ? specifier.startsWith(name)
      : specifier === name || specifier.startsWith(`${name}/`),
  );
}

/** Every module specifier a file names: imports, re-exports and dynamic imports. */
export function specifiersOf(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Names the file declares itself (a local `window` variable is not the DOM's). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    if (
      name &&
      ts.isIdentifier(name) &&
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node) ||
        ts.isBindingElement(node) ||
        ts.isTypeParameterDeclaration(node))
    ) {
      names.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Identifiers used as free names (not `x.name`, not `{ name: ... }`, not declarations). */
function freeIdentifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isMethodSignature(parent) ||
          ts.isGetAccessorDeclaration(parent) ||
          ts.isSetAccessorDeclaration(parent) ||
          ts.isEnumMember(parent)) &&
          parent.name === node);
      if (!isMemberName) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What is wrong with one file under the rules: one line per problem, empty when it is fine. */
export function violations(path: string, text: string): string[] {
  const layer = layerOf(path);
  if (!layer) return [];
  const rule = RULES[layer];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  for (const specifier of specifiersOf(source)) {
    if (specifier.startsWith('.')) {
      const target = normalize(join(dirname(path), specifier)).replaceAll('\\', '/');
      const targetLayer = layerOf(target);
      if (targetLayer === undefined) {
        problems.push(`${path} (${layer}) imports ${specifier}, outside src/`);
      } else if (!rule.layers.includes(targetLayer)) {
        problems.push(`${path} (${layer}) imports ${specifier} (${targetLayer})`);
      }
    } else if (!packageAllowed(specifier, rule.packages)) {
      problems.push(`${path} (${layer}) imports the package ${specifier}`);
    }
  }
  if (rule.noDom) {
    const own = declaredNames(source);
    const used = new Set(
      freeIdentifiers(source).filter((name) => DOM_GLOBALS.has(name) && !own.has(name)),
    );
    for (const name of used) problems.push(`${path} (${layer}) uses the DOM global ${name}`);
  }
  return problems;
}
