// Bundle-time minification of Lit's tagged templates, for the page bundle (scripts/bundle.mjs).
// esbuild minifies our code but leaves template literals as written: comments, indentation and
// all. This finds Lit's css`` and html`` templates in a module's syntax tree (TypeScript's parser,
// so nested templates and backticks in expressions are no guesswork) and rewrites only their text:
//   css``  - through esbuild's own CSS minifier, each ${} kept where it was (see minifyCss);
//   html`` - white space only where HTML provably does not care (see minifyHtmlParts).
// A template the rules cannot handle is left as written, with a warning; never changed blindly.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { transform } from 'esbuild';
import { renamePrivateProperties } from './custom-properties.mjs';
import { renameClasses } from './class-names.mjs';

/** Placeholder for the i-th ${} of a css`` template: a custom property, so CSS keeps it. */
const placeholder = (index) => `--_lit-${index}:0`;
const PLACEHOLDER = /--_lit-(\d+):0/g;

/** Text for inside a template literal: escapes what would end or interpolate it. */
const escapeTemplate = (text) => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

/** A CSS string with its quotes, or an escape outside one: text no white space rule may touch. */
const CSS_VERBATIM =
  /("(?:[^"\\\n]|\\[^])*"|'(?:[^'\\\n]|\\[^])*'|\\[\da-fA-F]{1,6}[ \t\n\f\r]?|\\[^])/;

/**
 * The white space esbuild's minifier keeps where custom properties and var() fallbacks are token
 * lists kept as written: after a custom property's colon, before `;` and `}`, after `(`, before
 * `)` and around commas. Leading and trailing white space of a custom property's value is not
 * part of it, and these tokens need no white space beside them in any value, so what the browser
 * computes is the same. (Not after `)`: calc()'s `+` and `-` need white space on both sides.)
 * Also the spaces esbuild leaves around `*` and `/` between two values (`calc(var(--_space) / 2)`,
 * `rgb(180 130 20 / .12)`, `0 / 6px`): each is a delimiter token that needs no white space
 * (css-values-4: "the * and / operators do not require white space"; a shorthand's `/` is a
 * delimiter too). Only between a value's end (a word, `%`, `)`) and a number or `var(`/`calc(`,
 * which no selector has (`.a *` stays: there the space is the descendant combinator). 4 B.
 * Strings and escapes are kept as written.
 */
function tightenTokens(code) {
  // CSS's white space, not \s (U+00A0 is a name character in CSS).
  return code
    .split(CSS_VERBATIM)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece
            .replace(/(--[\w-]+):[ \t\n\f\r]+/g, '$1:')
            .replace(/[ \t\n\f\r]*,[ \t\n\f\r]*/g, ',')
            .replace(/\([ \t\n\f\r]+/g, '(')
            .replace(/[ \t\n\f\r]+([;})])/g, '$1')
            .replace(/(?<=[\w%)]) ([*/]) (?=\.?\d|var\(|calc\()/g, '$1'),
    )
    .join('');
}

/**
 * One css`` template through esbuild's CSS minifier. `parts` are its cooked strings (n + 1 for
 * n interpolations). A ${} may stand only where declarations go (right after `{` or `;`, before
 * `;` or `}`), which is how our styles share token lists (`:host { ${cardSurface} }`): there it
 * becomes a custom-property placeholder the minifier keeps in place, and is put back after. A
 * template of declarations alone (no `{`) is minified inside a stand-in rule. Returns the new
 * cooked strings, in the same order around the same interpolations, or a reason it cannot.
 */
export async function minifyCss(parts) {
  let text = parts[0];
  for (let index = 1; index < parts.length; index++) {
    const before = text.trimEnd();
    const after = parts[index].trimStart();
    const declarationSlot =
      (before === '' || /[{;]$/.test(before)) && (after === '' || /^[;}]/.test(after));
    if (!declarationSlot) return { reason: 'a ${} stands where no list of declarations goes' };
    text += `${placeholder(index - 1)};${parts[index]}`;
  }
  const declarationsOnly = !text.includes('{');
  const input = declarationsOnly ? `a{${text}}` : text;
  let result;
  try {
    result = await transform(input, { loader: 'css', minify: true, logLevel: 'silent' });
  } catch (error) {
    return { reason: error.errors?.[0]?.text ?? String(error) };
  }
  if (result.warnings.length > 0) return { reason: result.warnings[0].text };
  let code = tightenTokens(result.code.trim());
  if (declarationsOnly) {
    if (!code.startsWith('a{') || !code.endsWith('}')) return { reason: 'unexpected output' };
    code = code.slice(2, -1);
  }
  const order = [...code.matchAll(PLACEHOLDER)].map((match) => Number(match[1]));
  if (order.length !== parts.length - 1 || order.some((n, i) => n !== i)) {
    return { reason: 'the minifier moved or dropped a ${}' };
  }
  return { parts: code.split(PLACEHOLDER).filter((_, i) => i % 2 === 0) };
}

/** HTML's white space (not \s, which takes in U+00A0 and other text characters). */
const HTML_SPACE = /[ \t\n\f\r]/;
/**
 * A quoted attribute value that reads the same without its quotes, in HTML's unquoted attribute
 * value state and in Lit's scan of a template's tags: not empty, and none of white space, quotes,
 * `=`, `<`, `>`, backtick, `/` (the `/` of a `/>` after it would join the value) or `$` (a `${}`).
 * It must end at white space or the tag's end.
 */
const UNQUOTABLE = /^[\w.,:#-]+$/;
/** Elements whose content is raw text: white space there is content. */
const RAW_TEXT_ELEMENT = /<(pre|textarea|script|style|title|xmp|listing|plaintext)\b/i;

/**
 * The raw strings of one html`` template with white space removed where the HTML parser and CSS
 * make it provably the same page:
 *   - inside a tag, outside quoted attribute values, a run becomes one space, and none before
 *     the `>` that ends the tag (tokenizer states before and after attribute names);
 *   - in text, a run that holds a line break becomes one line break: under `white-space`
 *     normal, nowrap and pre-line (our elements use nothing else) the browser collapses both to
 *     the same space; text nodes stay where they were, none appears or vanishes;
 *   - a static attribute value loses its quotes where it needs none (`UNQUOTABLE`).
 * Runs without a line break, comments and attribute values are kept as they are. The scan
 * carries its state across ${} (a value may open in one string and close in the next). Returns
 * null for a template with a raw-text element (<pre>, <textarea>...), where white space is text.
 */
export function minifyHtmlParts(parts) {
  if (parts.some((part) => RAW_TEXT_ELEMENT.test(part))) return null;
  let state = 'text'; // 'text' | 'tag' | 'comment' | a quote character
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const char = part[i];
      if (state === 'comment') {
        const end = part.indexOf('-->', i);
        const stop = end === -1 ? part.length : end + 3;
        out += part.slice(i, stop);
        i = stop;
        if (end !== -1) state = 'text';
      } else if (state === '"' || state === "'") {
        out += char;
        i++;
        if (char === state) state = 'tag';
      } else if (HTML_SPACE.test(char)) {
        let stop = i;
        while (stop < part.length && HTML_SPACE.test(part[stop])) stop++;
        const run = part.slice(i, stop);
        if (state === 'tag') out += part[stop] === '>' ? '' : ' ';
        else out += run.includes('\n') ? '\n' : run;
        i = stop;
      } else {
        out += char;
        i++;
        if (state === 'text' && char === '<') {
          if (part.startsWith('!--', i)) {
            state = 'comment';
            out += '!--';
            i += 3;
          } else if (/[a-zA-Z/]/.test(part[i] ?? '')) state = 'tag';
        } else if (state === 'tag') {
          if (char === '>') state = 'text';
          else if (char === '"' || char === "'") {
            const end = part.indexOf(char, i);
            const value = end === -1 ? '' : part.slice(i, end);
            // Only where the value ended at white space or the tag's end: `a="x"${y}` stays.
            const after = part[end + 1] ?? '';
            if (
              out.at(-2) === '=' &&
              UNQUOTABLE.test(value) &&
              (after === '>' || HTML_SPACE.test(after))
            ) {
              out = out.slice(0, -1) + value;
              i = end + 1;
            } else state = char;
          }
        }
      }
    }
    return out;
  });
}

/** The cooked strings and the ${} expressions (as source text) of a template literal. */
function templatePieces(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return { cooked: [template.text], exprs: [] };
  return {
    cooked: [template.head.text, ...template.templateSpans.map((span) => span.literal.text)],
    exprs: template.templateSpans.map((span) =>
      source.slice(span.expression.getStart(), span.expression.end),
    ),
  };
}

/** The literal pieces (head, middles, tail) of a template, each with its raw source span. */
function literalNodes(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

const tagName = (node) => (ts.isIdentifier(node.tag) ? node.tag.text : undefined);

/**
 * Minifies the css`` and (with `html`) html`` templates of one module's source text. Returns the
 * new source and warnings (file, line, reason) for templates it left as written.
 */
export async function minifyTemplates(source, { fileName = 'module.ts', html = true } = {}) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits = []; // { start, end, text }, never overlapping
  const cssJobs = [];
  const warnings = [];
  const warn = (node, reason) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    warnings.push({ file: fileName, line: line + 1, reason });
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && tagName(node) === 'css') {
      // Expressions in our css`` are names of other css`` values: nothing inside to visit.
      cssJobs.push(node);
      return;
    }
    if (html && ts.isTaggedTemplateExpression(node) && tagName(node) === 'html') {
      const literals = literalNodes(node.template);
      // Raw text with a backslash escape could hide a quote or a '<' from the scan, and raw-text
      // elements hold white space that is text: such templates stay as written, by design.
      const raws = literals.map((literal) => literal.rawText ?? '\\');
      const minified = raws.some((raw) => raw.includes('\\')) ? null : minifyHtmlParts(raws);
      if (minified !== null) {
        literals.forEach((literal, i) => {
          if (minified[i] === raws[i]) return;
          // A literal's raw text sits between '`' or '}' and '`' or '${'.
          const closing = ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1;
          edits.push({
            start: literal.getStart() + 1,
            end: literal.end - closing,
            text: minified[i],
          });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  await Promise.all(
    cssJobs.map(async (node) => {
      const { cooked, exprs } = templatePieces(node.template, source);
      if (cooked.some((part) => part === undefined)) return warn(node, 'invalid escape');
      const result = await minifyCss(cooked);
      if (!result.parts) return warn(node, `css\`\` left as written: ${result.reason}`);
      const body = result.parts
        .map((part, i) => escapeTemplate(part) + (i < exprs.length ? `\${${exprs[i]}}` : ''))
        .join('');
      edits.push({ start: node.template.getStart(), end: node.template.end, text: `\`${body}\`` });
    }),
  );
  edits.sort((a, b) => b.start - a.start);
  let code = source;
  for (const { start, end, text } of edits) code = code.slice(0, start) + text + code.slice(end);
  return { code, warnings };
}

/**
 * esbuild plugin: minifies the templates of our components' modules as they load. `html: false`
 * leaves html`` as written, for a bundle whose templates must match server-rendered markup
 * (Lit's hydration compares a digest of the template strings). With `names` (see
 * scripts/custom-properties.mjs) it also renames the private custom properties in their literals,
 * and with `classes` (scripts/class-names.mjs) the internal classes where they are classes.
 */
export function templateMinifier({ html = true, names, classes } = {}) {
  return {
    name: 'minify-lit-templates',
    setup(build) {
      build.onLoad(
        { filter: /[\\/]src[\\/]components[\\/].*\.ts$/, namespace: 'file' },
        async ({ path }) => {
          const text = await readFile(path, 'utf8');
          const renamed = names ? renamePrivateProperties(text, names, path) : text;
          const source = classes ? renameClasses(renamed, classes, path) : renamed;
          if (!source.includes('css`') && !(html && source.includes('html`'))) {
            return { contents: source, loader: 'ts' };
          }
          const { code, warnings } = await minifyTemplates(source, { fileName: path, html });
          return {
            contents: code,
            loader: 'ts',
            warnings: warnings.map(({ file, line, reason }) => ({
              text: reason,
              location: { file, line },
            })),
          };
        },
      );
    },
  };
}
