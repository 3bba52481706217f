// The bundles' edits to lit-html (LIT_EDITS in scripts/bundle.mjs) drop what renders templates our
// sources never write: `svg`` and `mathml`` results, compiled templates (lit's compiler), element
// bindings (`<div ${ref(…)}>`), bindings in comments and raw-text elements (`<textarea>`,
// `<style>`, `<script>`, `<title>`) with a binding or a `<` in their text. A module that came to write one would render
// it wrong in the bundles only, so no module under src/ may. Nor may one render an async directive
// (`until`, `ref`…): the bundles' lit-html no longer tells parts and directives that their root
// connected or disconnected. Nor may a class declare a reactive property with an option the
// bundles' reactive-element no longer reads (`useDefault`, `converter`, `hasChanged`,
// `noAccessor`, `type: Object` or `Array`), or one over a method or accessor of its own, nor bind
// an event listener that is not a plain function, nor render with a `creationScope`.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { Linter } from 'eslint';
import { build } from 'esbuild';
import { _$LH } from 'lit-html';
import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { LIT_EDITS } from '../../scripts/bundle.mjs';
import { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { NewsTimelineLegend } from '../../src/components/news-timeline-legend/news-timeline-legend.js';
import { NewsEventCard } from '../../src/components/news-event-card/news-event-card.js';
import { NewsTimelineStory } from '../../src/components/news-timeline-story/news-timeline-story.js';
import { NewsTimelineEditor } from '../../src/components/news-timeline-editor/news-timeline-editor.js';

async function sources(): Promise<{ path: string; text: string }[]> {
  const entries = await readdir('src', { withFileTypes: true, recursive: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path, text: await readFile(path, 'utf8') };
      }),
  );
}

/** The cooked strings of every html`` template of a module. */
function htmlTemplates(text: string): string[][] {
  const file = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, true);
  const templates: string[][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'html') {
      const { template } = node;
      templates.push(
        ts.isNoSubstitutionTemplateLiteral(template)
          ? [template.text]
          : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)],
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return templates;
}

// Named so in Lit's development build, which Node takes, `L` in the production one.
const getTemplateHtml =
  _$LH._getTemplateHtml ?? (_$LH as unknown as { L: typeof _$LH._getTemplateHtml }).L;

describe('lit-html as the bundles edit it', () => {
  it('renders every template the sources write', async () => {
    const found: string[] = [];
    const all = await sources();
    expect(all.length).toBeGreaterThan(100);
    for (const { path, text } of all) {
      if (/\b(?:svg|mathml)\b[^;]*from 'lit(?:-html)?(?:\/[^']*)?'/.test(text)) {
        found.push(`${path}: imports svg or mathml`);
      }
      if (text.includes('_$litType$')) found.push(`${path}: a compiled template`);
      // Nor a render option for where a template's nodes are made (a scoped registry's).
      if (text.includes('creationScope')) found.push(`${path}: creationScope`);
      for (const strings of htmlTemplates(text)) {
        // Lit's own preparation of the template: an element binding becomes an attribute named by
        // the marker and the binding's index, where an attribute's value or a child's has none.
        const [markup] = getTemplateHtml(
          Object.assign([...strings], { raw: strings }) as unknown as TemplateStringsArray,
          1,
        );
        // Lit reads a raw-text element's text as text only where it knows the element (the
        // bundles' lit-html does not): text without a binding or a `<` reads the same either way.
        const joined = strings.join('\0');
        for (const [, name = '', text = ''] of joined.matchAll(
          /<(script|style|textarea|title)(?=[\s/>])[^>]*>([^]*?)(?:<\/\1|$)/gi,
        )) {
          if (/[<\0]/.test(text) || !joined.toLowerCase().includes(`</${name.toLowerCase()}`)) {
            found.push(
              `${path}: a binding or a < in <${name}> in ${JSON.stringify(joined.slice(0, 80))}`,
            );
          }
        }
        // A binding in a comment (`<!-- ${x} -->`, or a bogus one: `<!x ${x}>`, `</1 ${x}>`) makes
        // no part; the bundles' lit-html no longer looks for one there.
        const comments = joined.match(/<!--[^]*?(?:-->|$)|<[!?][^>]*|<\/[^a-zA-Z][^>]*/g) ?? [];
        if (comments.some((comment) => comment.includes('\0'))) {
          found.push(`${path}: a binding in a comment in ${JSON.stringify(joined.slice(0, 80))}`);
        }
        const marker = /lit\$\d+\$/.exec(String(markup))?.[0];
        if (
          marker &&
          new RegExp(`\\s${marker.replace(/\$/g, '\\$')}\\d+(?=[\\s/>])`).test(String(markup))
        ) {
          found.push(
            `${path}: an element binding in ${JSON.stringify(strings.join('${}').slice(0, 80))}`,
          );
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('finds each edited module and leaves no name in it undefined', async () => {
    // Lit's production modules, as the bundles resolve them (not the development build).
    const modules = (
      await Promise.all(
        [
          'node_modules/lit-html',
          'node_modules/lit-element',
          'node_modules/@lit/reactive-element',
        ].map(async (dir) =>
          (await readdir(dir))
            .filter((name) => name.endsWith('.js'))
            .map((name) => `${dir}/${name}`),
        ),
      )
    ).flat();
    const linter = new Linter({ configType: 'flat' });
    // What ESLint finds undefined: an edit that took away a name still in use shows here.
    const undefinedNames = (code: string) =>
      linter
        .verify(code, [
          {
            languageOptions: { sourceType: 'module', ecmaVersion: 2024 },
            rules: { 'no-undef': 'error' },
          },
        ])
        .map(({ message }) => message);
    for (const { file, edits } of LIT_EDITS) {
      const paths = modules.filter((path) => file.test(path));
      expect(paths, String(file)).toHaveLength(1);
      const source = await readFile(paths[0]!, 'utf8');
      let edited = source;
      for (const [from, to] of edits) edited = edited.replace(from, to);
      // (An edit may take away the one read of a global: fewer, never new.)
      const before = undefinedNames(source);
      expect(
        undefinedNames(edited).filter((name) => !before.includes(name)),
        paths[0],
      ).toEqual([]);
    }
  });

  it('finds no reactive property declared with an option the bundles do not handle', async () => {
    // reactive-element as the bundles edit it reads a declaration's `attribute`, `type` (Boolean,
    // Number or String) and `reflect` only (a `state` says `attribute: false` as well): no
    // `useDefault`, `converter`, `hasChanged` or `noAccessor`, no JSON for `type: Object` or
    // `Array`, and no method or accessor of the declaring class's own prototype under the property
    // (it is neither wrapped nor kept). No class under src/ may declare one so, nor one property
    // twice.
    const found: string[] = [];
    const reactive = new Set<string>();
    const nameOf = (name: ts.PropertyName | undefined) =>
      name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : name?.getText();
    for (const { path, text } of await sources()) {
      for (const [option] of text.matchAll(/\b(?:useDefault|converter|hasChanged|noAccessor)\b/g)) {
        found.push(`${path}: ${option}`);
      }
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isClassLike(node)) {
          const declared: string[] = [];
          const onPrototype = new Set<string>();
          const declare = (name: string, options: ts.Expression | undefined) => {
            declared.push(name);
            if (!options) return;
            if (!ts.isObjectLiteralExpression(options)) {
              found.push(`${path}: ${name}'s options not an object literal`);
              return;
            }
            for (const option of options.properties) {
              if (
                !ts.isPropertyAssignment(option) ||
                !['attribute', 'type', 'reflect', 'state'].includes(nameOf(option.name) ?? '')
              ) {
                found.push(`${path}: ${name} declared with ${option.getText()}`);
              } else if (
                nameOf(option.name) === 'type' &&
                !['Boolean', 'Number', 'String'].includes(option.initializer.getText())
              ) {
                found.push(`${path}: ${name} of type ${option.initializer.getText()}`);
              }
            }
            // A reflected value is written as it is: no converter makes a boolean an attribute.
            const text = options.getText();
            if (/\breflect:/.test(text) && /\btype:\s*Boolean\b/.test(text)) {
              found.push(`${path}: ${name} reflected as a boolean`);
            }
            // Nor does `state` take the attribute away: a declaration says so itself (Lit's `state`
            // decorator does).
            if (/\bstate:/.test(text) && !/\battribute:\s*false\b/.test(text)) {
              found.push(`${path}: ${name} a state with an attribute`);
            }
          };
          for (const member of node.members) {
            const name = nameOf(member.name);
            const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
            const isStatic = modifiers.some(({ kind }) => kind === ts.SyntaxKind.StaticKeyword);
            const isAccessor = modifiers.some(({ kind }) => kind === ts.SyntaxKind.AccessorKeyword);
            if (isStatic && name === 'properties') {
              const value = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
              if (!value || !ts.isObjectLiteralExpression(value)) {
                found.push(`${path}: static properties not an object literal`);
              } else {
                for (const property of value.properties) {
                  const key = nameOf(property.name);
                  // Named, not computed (a symbol): the bundles declare `Object.keys` of it.
                  if (
                    key &&
                    ts.isPropertyAssignment(property) &&
                    !ts.isComputedPropertyName(property.name)
                  )
                    declare(key, property.initializer);
                  else found.push(`${path}: ${property.getText()} in static properties`);
                }
              }
            }
            for (const { expression } of ts.canHaveDecorators(member)
              ? (ts.getDecorators(member) ?? [])
              : []) {
              const call = ts.isCallExpression(expression) ? expression : undefined;
              const decorator = call?.expression.getText();
              if (name && (decorator === 'property' || decorator === 'state')) {
                declare(name, call!.arguments[0]);
              }
            }
            if (
              !isStatic &&
              name &&
              (isAccessor ||
                ts.isMethodDeclaration(member) ||
                ts.isGetAccessorDeclaration(member) ||
                ts.isSetAccessorDeclaration(member))
            ) {
              onPrototype.add(name);
            }
          }
          for (const [i, name] of declared.entries()) {
            reactive.add(name);
            if (onPrototype.has(name)) found.push(`${path}: ${name} over a method or accessor`);
            if (declared.indexOf(name) !== i) found.push(`${path}: ${name} declared twice`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    // The declarations were read: the element's, the card's and the editor's.
    expect([...reactive]).toEqual(expect.arrayContaining(['timeline', 'event', 'draft']));
    expect(found).toEqual([]);
  });

  it('compiles decorators as legacy ones, which leave no metadata to read', () => {
    // The bundles' reactive-element does not read the declarations TC39 decorators leave in
    // `litPropertyMetadata`; the editor's decorators are TypeScript's legacy ones, as esbuild
    // compiles them with tsconfig.json's `experimentalDecorators`.
    const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
    expect(config.compilerOptions.experimentalDecorators).toBe(true);
  });

  it('binds only functions as event listeners, without listener options', () => {
    // The bundles' lit-html calls an event binding's value as a function and adds it with no
    // options of its own (`capture`, `once`, `passive`): no listener object with `handleEvent`,
    // no function carrying options (Lit's `eventOptions`). Checked with the types of every
    // `@event=${…}` in an html`` template under src/.
    const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, '.');
    const files = ts.sys
      .readDirectory('src', ['.ts'])
      .filter((path) => !path.endsWith('.test.ts') && !path.endsWith('.d.ts'));
    const program = ts.createProgram(files, { ...options, noEmit: true });
    const checker = program.getTypeChecker();
    const found: string[] = [];
    let bindings = 0;
    const listener = (type: ts.Type): boolean =>
      type.isUnion()
        ? type.types.every(listener)
        : (type.flags &
            (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.UniqueESSymbol)) !==
            0 ||
          (type.getCallSignatures().length > 0 &&
            !['capture', 'once', 'passive', 'handleEvent'].some((name) => type.getProperty(name)));
    for (const file of program.getSourceFiles()) {
      if (!files.some((path) => file.fileName.endsWith(path))) continue;
      if (/\beventOptions\b/.test(file.text)) found.push(`${file.fileName}: eventOptions`);
      const visit = (node: ts.Node) => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          node.tag.getText() === 'html' &&
          ts.isTemplateExpression(node.template)
        ) {
          let before = node.template.head.text;
          for (const span of node.template.templateSpans) {
            // Lit reads `@click = ${…}` as an event binding too.
            if (/@[^\s=>]+\s*=\s*["']?$/.test(before)) {
              bindings += 1;
              if (!listener(checker.getTypeAtLocation(span.expression))) {
                found.push(`${file.fileName}: ${span.expression.getText().slice(0, 60)}`);
              }
            }
            before = span.literal.text;
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(bindings).toBeGreaterThan(40);
    expect(found).toEqual([]);
  }, 120_000);

  it("calls lit-html's render() only through LitElement, with its render options", async () => {
    // The bundles' lit-html `render()` reads the options it is given without a fallback for
    // none: LitElement (and Lit's hydration support) always pass them. No module here calls it.
    const found: string[] = [];
    for (const { path, text } of await sources()) {
      if (/import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*'lit(?:-html)?(?:\/[^']*)?'/.test(text)) {
        found.push(path);
      }
    }
    expect(found).toEqual([]);
  });

  it('finds no async directive under src/', async () => {
    // Every module under src/ with the Lit modules it imports, resolved as the bundles resolve
    // them (browser, production); other packages are left out.
    const { metafile } = await build({
      entryPoints: (await sources()).map(({ path }) => path),
      bundle: true,
      write: false,
      metafile: true,
      outdir: 'unused',
      format: 'esm',
      platform: 'browser',
      conditions: ['production'],
      logLevel: 'silent',
      plugins: [
        {
          name: 'lit-only',
          setup(build) {
            build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
              /^(?:lit|lit-html|lit-element|@lit\/reactive-element)(?:\/|$)/.test(path)
                ? undefined
                : { path, external: true },
            );
          },
        },
      ],
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((path) => path.endsWith('node_modules/lit-html/lit-html.js'))).toBe(true);
    const importers = inputs.filter((path) =>
      metafile.inputs[path]!.imports.some(({ path: imported }) =>
        /[\\/]async-directive\.js$/.test(imported),
      ),
    );
    expect(importers).toEqual([]);
  });

  /** Every element class under src/ (the first test below holds the list to the sources). */
  const elements = [
    NewsTimeline,
    NewsTimelineLegend,
    NewsEventCard,
    NewsTimelineStory,
    NewsTimelineEditor,
  ];

  it('knows every element class under src/', async () => {
    const classes: string[] = [];
    for (const { text } of await sources()) {
      for (const [, name] of text.matchAll(/\bclass (\w+) extends (?:LitElement|NewsTimeline)/g))
        classes.push(name!);
    }
    expect(classes.sort()).toEqual(
      [...elements.map(({ name }) => name), 'NewsTimelineProperties'].sort(),
    );
  });

  it('finds no element without a render() of its own', () => {
    // LitElement as the bundles edit it has no default render() (which rendered nothing).
    for (const element of elements) {
      let own = false;
      for (
        let prototype = element.prototype;
        prototype !== LitElement.prototype;
        prototype = Object.getPrototypeOf(prototype)
      ) {
        own ||= Object.hasOwn(prototype, 'render');
      }
      expect(own, element.name).toBe(true);
    }
  });

  it('finds no element that lists a style twice', () => {
    // ReactiveElement as the bundles edit it takes an element's `styles` flattened, as they are;
    // Lit's own (this one, unedited) also drops a style listed twice, keeping its last place.
    for (const element of elements) {
      // Finalizes the class (`finalize` is protected), which sets `elementStyles`.
      void element.observedAttributes;
      const flattened = [element.styles ?? []].flat(Infinity);
      expect(element.elementStyles.length, element.name).toBe(flattened.length);
      element.elementStyles.forEach((style, i) => expect(style).toBe(flattened[i]));
    }
  });

  it('finds no use of the ReactiveElement API the bundles no longer have', async () => {
    // ReactiveElement as the bundles edit it makes each accessor itself, not through a static
    // `getPropertyDescriptor` a class could override, and reads a property's new value itself:
    // no `requestUpdate` here passes `useNewValue` and `newValue` (standard decorators'
    // accessors), every call takes no arguments. Nor has it `addInitializer`, which Lit's
    // `customElement` decorator (standard) and other packages' call: none of ours does. Nor the
    // hooks `scheduleUpdate`, `getUpdateComplete`, `shouldUpdate` and `firstUpdated` (no class
    // overrides one), nor `removeController`; and its styles are never a `CSSStyleSheet`.
    const found: string[] = [];
    for (const { path, text } of await sources()) {
      for (const [name] of text.matchAll(
        /\b(?:getPropertyDescriptor|addInitializer|customElement|scheduleUpdate|getUpdateComplete|shouldUpdate|firstUpdated|removeController|CSSStyleSheet)\b|\brequestUpdate\(\s*[^)\s]/g,
      )) {
        found.push(`${path}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });
});
