import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/model/slug.js';
import { LINK_SCHEMES, LINK_SCHEMES_IN_WORDS, safeHref } from '../../src/model/safe-url.js';
import { checkLink } from '../../src/model/schema.js';
import {
  MAX_INPUT_CHARACTERS,
  isRecord,
  own,
  ownText,
  readJsonText,
} from '../../src/model/untrusted.js';

describe('slug', () => {
  it('folds accents instead of splitting words at them', () => {
    expect(slug('Réunion à Bagdad: Maliki’s résumé')).toBe('reunion-a-bagdad-maliki-s-resume');
    expect(slug('  Ça va  ')).toBe('ca-va');
  });

  it('leaves nothing for words in other scripts, so callers give a fallback', () => {
    expect(slug('العراق')).toBe('');
  });

  it('cuts at a length without leaving a hyphen at the end', () => {
    expect(slug('one two three', 8)).toBe('one-two');
    expect(slug('one two three', 7)).toBe('one-two');
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 80 }), (text, max) => {
        const id = slug(text, max);
        expect(id.length).toBeLessThanOrEqual(max);
        expect(id).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('link schemes', () => {
  it('are one list for validation and rendering', () => {
    expect(LINK_SCHEMES).toEqual(['http:', 'https:', 'mailto:']);
    expect(LINK_SCHEMES_IN_WORDS).toBe('http, https or mailto');
    const urls = [
      'https://example.com/a',
      'http://example.com',
      'mailto:desk@example.com',
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://example.com',
      '/relative',
      'example.com',
    ];
    for (const url of urls) {
      expect(checkLink(url) === null, url).toBe(safeHref(url) !== undefined);
    }
    expect(checkLink('javascript:alert(1)')).toBe('is not an http, https or mailto link');
  });
});

describe('reading untrusted input', () => {
  it('reads own data properties only', () => {
    const withGetter = Object.defineProperty({}, 'x', { get: () => 'computed' });
    const inherited = Object.create({ x: 'inherited' }) as object;
    expect(own(withGetter, 'x')).toBeUndefined();
    expect(own(inherited, 'x')).toBeUndefined();
    expect(own({ x: 1 }, 'x')).toBe(1);
    expect(own(['a', 'b'], 1)).toBe('b');
    expect(own(null, 'x')).toBeUndefined();
    expect(ownText({ x: 1 }, 'x')).toBeUndefined();
    expect(ownText({ x: 'one' }, 'x')).toBe('one');
    expect(isRecord([])).toBe(false);
    expect(isRecord({})).toBe(true);
  });

  it('refuses JSON text over the cap before parsing it, and says why text is not JSON', () => {
    const tooLong = readJsonText(' '.repeat(MAX_INPUT_CHARACTERS + 1));
    expect(tooLong.ok).toBe(false);
    expect(!tooLong.ok && tooLong.problem.message).toMatch(/^The data is 33,554,433 characters/);
    const broken = readJsonText('{ nope');
    expect(!broken.ok && broken.problem.message).toMatch(/^The data is not valid JSON \(/);
    expect(readJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
