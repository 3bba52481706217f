import { describe, expect, it } from 'vitest';
import { CLASS_NAMES, privateClassNames, renameClasses } from '../../scripts/class-names.mjs';

const map = new Map([
  ['wheel-hint', 'a'],
  ['list-when', 'b'],
]);

describe('internal class names in the page bundle', () => {
  it('renames class selectors, static class values and selectors passed to the DOM', () => {
    const source = [
      'const s = css`.wheel-hint,.list-when>p{color:red}`;',
      'const t = html`<p class="x wheel-hint" part="hint">${a}</p><i class="list-when ${b}"></i>`;',
      "root.querySelector('.wheel-hint');",
      '// wheel-hint in a comment stays',
    ].join('\n');
    expect(renameClasses(source, map)).toBe(
      [
        'const s = css`.a,.b>p{color:red}`;',
        'const t = html`<p class="x a" part="hint">${a}</p><i class="b ${b}"></i>`;',
        "root.querySelector('.a');",
        '// wheel-hint in a comment stays',
      ].join('\n'),
    );
  });

  it('fails where a listed name is not provably a class', () => {
    expect(() => renameClasses("const s = 'wheel-hint';", map)).toThrow(/wheel-hint/);
    expect(() => renameClasses('css`::part(wheel-hint){}`', map)).toThrow(/wheel-hint/);
    // A class a `${}` completes, or one it is completed by, is not the listed class.
    expect(() => renameClasses('html`<p class="${x}wheel-hint"></p>`', map)).toThrow();
    expect(() => renameClasses('css`.wheel-hint${x}{}`', map)).toThrow();
  });

  it('keeps a part of the same name as a class', () => {
    expect(
      renameClasses(
        'html`<p part="wheel-hint x" class="wheel-hint"><a exportparts="wheel-hint:y"></a></p>`',
        map,
      ),
    ).toBe('html`<p part="wheel-hint x" class="a"><a exportparts="wheel-hint:y"></a></p>`');
  });

  it('makes one map for the sources, each listed name a class wherever it is used', async () => {
    const names = await privateClassNames('src');
    expect([...names.keys()].sort()).toEqual([...CLASS_NAMES].sort());
    expect(new Set(names.values()).size).toBe(CLASS_NAMES.length);
  });
});
