// The page bundle's minification of Lit's css`` and html`` templates (scripts/template-minifier.mjs).
import { describe, expect, it } from 'vitest';
import { minifyHtmlParts, minifyTemplates } from '../../scripts/template-minifier.mjs';

const lines = (...text: string[]) => text.join('\n');

describe('css`` templates', () => {
  it('go through the CSS minifier, keeping a ${} where declarations go, escapes and quotes', async () => {
    const source = lines(
      'const a = css`',
      '  --x: 1px;',
      '  color: red;',
      '`;',
      'const b = css`',
      '  /* the plot */',
      "  :host([theme='dark']) .plot,",
      '  .base .mark {',
      "    font-family: 'Segoe UI', sans-serif;",
      '    margin: 0.50em;',
      '    ${a}',
      '  }',
      "  .q::before { content: '\\\\2014 \\`'; }",
      '`;',
      'const s = `not css  {  }`;',
    );
    const { code, warnings } = await minifyTemplates(source);
    expect(warnings).toEqual([]);
    expect(code).toBe(
      lines(
        'const a = css`--x:1px;color:red`;',
        'const b = css`:host([theme="dark"]) .plot,.base .mark{font-family:Segoe UI,sans-serif;margin:.5em;${a}}.q:before{content:"\\\\2014\\`"}`;',
        'const s = `not css  {  }`;',
      ),
    );
  });

  it("lose the white space esbuild keeps in custom properties and var() fallbacks, not in strings or calc()'s operators", async () => {
    const source = lines(
      'const a = css`',
      '  :host {',
      '    --_font: var( --font, system-ui, "Segoe UI , x" );',
      '    --_size: max(36px, calc(1.3em + 17px)) ;',
      '    width: var(--w, calc(var(--a) - 2px));',
      '  }',
      "  .\\\\31 , .b { content: ' ( '; }",
      '`;',
    );
    const { code, warnings } = await minifyTemplates(source);
    expect(warnings).toEqual([]);
    expect(code).toBe(
      lines(
        'const a = css`:host{--_font:var(--font,system-ui,"Segoe UI , x");--_size:max(36px,calc(1.3em + 17px));width:var(--w,calc(var(--a) - 2px))}.\\\\31 ,.b{content:" ( "}`;',
      ),
    );
  });

  it('lose the spaces around * and / between values, not a descendant combinator', async () => {
    const source = lines(
      'const a = css`',
      '  .a * { gap: calc(var(--s) / 2) calc(2 * var(--s)); color: var(--c, rgb(1 2 3 / .5)); }',
      '  .b { --_w: calc(var(--s) * 3 + 1px); content: " / 2"; }',
      '`;',
    );
    const { code, warnings } = await minifyTemplates(source);
    expect(warnings).toEqual([]);
    expect(code).toBe(
      lines(
        'const a = css`.a *{gap:calc(var(--s)/2) calc(2*var(--s));color:var(--c,rgb(1 2 3/.5))}.b{--_w:calc(var(--s)*3 + 1px);content:" / 2"}`;',
      ),
    );
  });

  it('are left as written, with a warning, where a ${} stands inside a value', async () => {
    const source = 'const c = css`.x { width: ${w}px; }`;';
    const { code, warnings } = await minifyTemplates(source, { fileName: 'c.ts' });
    expect(code).toBe(source);
    expect(warnings).toEqual([
      { file: 'c.ts', line: 1, reason: expect.stringContaining('no list of declarations') },
    ]);
  });
});

describe('html`` templates', () => {
  it('lose white space inside tags and indentation in text, not in quoted values', () => {
    expect(
      minifyHtmlParts([
        '\n  <div\n    part="era"\n    class="a  b"\n    title=\'x\n  y\'\n    style=',
        '\n  >\n    <span class="',
        '  c">  two  spaces  </span\n    >\n  </div>\n',
      ]),
    ).toEqual([
      '\n<div part=era class="a  b" title=\'x\n  y\' style=',
      '>\n<span class="',
      '  c">  two  spaces  </span>\n</div>\n',
    ]);
  });

  it('keep the space before a self-closing slash and around a binding in a tag', () => {
    expect(minifyHtmlParts(['<path d=', '\n  />\n  <b\n  ', '\n>x</b>'])).toEqual([
      '<path d=',
      ' />\n<b ',
      '>x</b>',
    ]);
  });

  it('lose the quotes of static values that need none, where the value ends', () => {
    expect(
      minifyHtmlParts([
        '<img part="a:b,c" alt="" src="x/y" width="20" />',
        '<i class="m" data-a="b"',
        ' title="x"',
        '><b c="d">',
      ]),
    ).toEqual([
      '<img part=a:b,c alt="" src="x/y" width=20 />',
      '<i class=m data-a="b"',
      ' title="x"',
      '><b c=d>',
    ]);
  });

  it('keep comments as written', () => {
    expect(minifyHtmlParts(['<!--  a\n  <b  c>  -->\n  <i\n>'])).toEqual([
      '<!--  a\n  <b  c>  -->\n<i>',
    ]);
  });

  it('are left as written with a raw-text element, or an escape in the template', async () => {
    expect(minifyHtmlParts(['<textarea>\n  a\n</textarea>'])).toBeNull();
    const source = lines(
      'const a = html`<p>\\u00a0\n  x</p>`;',
      'const b = html`<pre>\n  x</pre>`;',
      'const c = html`<ul>\n  ${items.map((i) => html`<li\n    >${i}</li\n  >`)}\n</ul>`;',
    );
    const { code } = await minifyTemplates(source);
    expect(code).toBe(
      lines(
        'const a = html`<p>\\u00a0\n  x</p>`;',
        'const b = html`<pre>\n  x</pre>`;',
        'const c = html`<ul>\n${items.map((i) => html`<li>${i}</li>`)}\n</ul>`;',
      ),
    );
  });

  it('stay as written when asked (a hydrating bundle must match the server markup)', async () => {
    const source = 'const c = html`<ul\n  >\n  <li>a</li>\n</ul>`;';
    expect((await minifyTemplates(source, { html: false })).code).toBe(source);
    expect((await minifyTemplates(source)).code).toBe('const c = html`<ul>\n<li>a</li>\n</ul>`;');
  });
});
