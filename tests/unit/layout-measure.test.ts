import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateLabelWidth } from '../../src/layout/index.js';
import { estimateLabelWidths } from '../../src/layout/measure.js';

describe('estimateLabelWidth', () => {
  it('grows with the text and the font size, within 40..260', () => {
    const short = estimateLabelWidth('Mosul falls');
    const long = estimateLabelWidth('Insurgents seize Mosul, Iraq’s second city');
    expect(short).toBeGreaterThan(40);
    expect(long).toBeGreaterThan(short);
    expect(estimateLabelWidth('Mosul falls', 16)).toBeGreaterThan(short);
    expect(estimateLabelWidth('')).toBe(40);
    expect(estimateLabelWidth('x'.repeat(500))).toBe(260);
  });

  it('treats wide and narrow characters differently', () => {
    expect(estimateLabelWidth('WWWWWWWWWW')).toBeGreaterThan(estimateLabelWidth('iiiiiiiiii'));
    expect(estimateLabelWidth('入侵者占领了摩苏尔')).toBeGreaterThan(
      estimateLabelWidth('abcdefghi'),
    );
  });

  it('property: deterministic, integer and clamped for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 8, max: 32 }), (text, px) => {
        const width = estimateLabelWidth(text, px);
        expect(Number.isInteger(width)).toBe(true);
        expect(width).toBeGreaterThanOrEqual(40);
        expect(width).toBeLessThanOrEqual(260);
        expect(estimateLabelWidth(text, px)).toBe(width);
      }),
    );
  });
});

describe('estimateLabelWidths', () => {
  /** What it replaces: the line, then each word split out and measured on its own. */
  const bySplitting = (text: string, px: number) => {
    const words = text.split(/\s+/).filter(Boolean);
    return {
      line: estimateLabelWidth(text, px, Infinity),
      widestWord:
        words.length < 2
          ? null
          : Math.max(...words.map((word) => estimateLabelWidth(word, px, Infinity))),
    };
  };

  it('measures the line and the widest word in one pass', () => {
    expect(estimateLabelWidths('Insurgents seize Mosul', 16, Infinity)).toEqual(
      bySplitting('Insurgents seize Mosul', 16),
    );
    expect(estimateLabelWidths('Mosul', 16, Infinity).widestWord).toBeNull();
    expect(estimateLabelWidths('  Mosul\u00a0\t', 16, Infinity).widestWord).toBeNull();
    expect(estimateLabelWidths('占领\u3000摩苏尔', 16, Infinity)).toEqual(
      bySplitting('占领\u3000摩苏尔', 16),
    );
  });

  it('property: equal to splitting at white space and measuring each word', () => {
    const spaces = [' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028'];
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...spaces)))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 32 }), (value, px) => {
        expect(estimateLabelWidths(value, px, Infinity)).toEqual(bySplitting(value, px));
      }),
    );
  });
});
