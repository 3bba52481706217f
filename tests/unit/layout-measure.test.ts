import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateLabelWidth } from '../../src/layout/index.js';

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
