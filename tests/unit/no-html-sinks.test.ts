// Text is text, independent of the linter: no source file may reach an HTML or code sink.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

const SINKS: ReadonlyArray<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['unsafeHTML', /\bunsafeHTML\b/],
  ['unsafeSVG', /\bunsafeSVG\b/],
  ['unsafeStatic', /\bunsafeStatic\b/],
  ['unsafe-html directive import', /lit\/directives\/unsafe-(html|svg|mathml)/],
  ['DOMParser', /\bDOMParser\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function(...)', /(^|[^.\w])Function\s*\(\s*['"`]/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['setTimeout with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** The code without comments, so a doc comment that names a sink is not a use of it. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

export function findSinks(code: string): string[] {
  const stripped = withoutComments(code);
  return SINKS.filter(([, pattern]) => pattern.test(stripped)).map(([name]) => name);
}

describe('no HTML or code sinks in src/', () => {
  const files = sourceFiles(SRC);

  it('scans the whole source tree', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('the scanner finds every sink it looks for', () => {
    const samples = [
      'el.innerHTML = x;',
      'el.outerHTML = x;',
      "el.insertAdjacentHTML('beforeend', x);",
      'document.write(x);',
      'html`${unsafeHTML(x)}`',
      'html`${unsafeSVG(x)}`',
      'unsafeStatic(x)',
      "import { a } from 'lit/directives/unsafe-html.js';",
      'new DOMParser().parseFromString(x, "text/html")',
      'range.createContextualFragment(x)',
      'frame.srcdoc = x',
      "new Function('return 1')",
      "Function('return 1')()",
      'eval(x)',
      "setTimeout('x()', 1)",
    ];
    for (const sample of samples) expect(findSinks(sample), sample).not.toEqual([]);
    expect(findSinks('// innerHTML is banned\nconst evaluate = 1; medieval(1);')).toEqual([]);
  });

  for (const file of files) {
    it(relative(ROOT, file), () => {
      expect(findSinks(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
