// The page bundle's renaming of our private custom properties (scripts/custom-properties.mjs).
import { describe, expect, it } from 'vitest';
import { privatePropertyNames, renamePrivateProperties } from '../../scripts/custom-properties.mjs';

const lines = (...text: string[]) => text.join('\n');

describe('private custom properties', () => {
  it('are renamed in string and template literals only, the same way everywhere', () => {
    const names = new Map([
      ['--_space', '--_a'],
      ['--_lane', '--_b'],
      ['--_category-', '--_c-'],
    ]);
    const source = lines(
      '// --_space in a comment stays',
      'let _space = 2; --_space;',
      'const style = { \'--_lane\': `${n}`, top: "var(--_space)" };',
      'const c = css`.a { gap: var(--_space); margin: calc(var(--_space) * ${k}) }`;',
      'const color = `var(--_category-${i % 6})`;',
      "const pub = 'var(--news-timeline-spacing, 0.5rem)';",
    );
    expect(renamePrivateProperties(source, names)).toBe(
      lines(
        '// --_space in a comment stays',
        'let _space = 2; --_space;',
        'const style = { \'--_b\': `${n}`, top: "var(--_a)" };',
        'const c = css`.a { gap: var(--_a); margin: calc(var(--_a) * ${k}) }`;',
        'const color = `var(--_c-${i % 6})`;',
        "const pub = 'var(--news-timeline-spacing, 0.5rem)';",
      ),
    );
  });

  it('fail the build for a name the map does not have', () => {
    expect(() => renamePrivateProperties("const s = 'var(--_new)';", new Map())).toThrow(/--_new/);
  });

  it('get short names, the most used first; a family built by a template keeps its suffixes', async () => {
    const names = await privatePropertyNames('src/components');
    expect(names.get('--_space')).toBe('--_a');
    const family = names.get('--_category-')!;
    expect(family).toMatch(/^--_[a-zA-Z]+-$/);
    expect(names.get('--_category-3')).toBe(`${family}3`);
    // All different, none public.
    expect(new Set(names.values()).size).toBe(names.size);
    expect([...names.keys()].every((name) => name.startsWith('--_'))).toBe(true);
  });
});
