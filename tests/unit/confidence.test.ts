import { describe, expect, it } from 'vitest';
import { deriveConfidence } from '../../src/model/confidence.js';
import { describeConfidence } from '../../src/i18n/index.js';
import { ALL_TRANSLATIONS } from '../../src/i18n/translations/all.js';
import { CONFIDENCES } from '../../src/model/types.js';
import type { Source } from '../../src/model/types.js';

const official: Source = {
  who: 'a senior Iraqi official',
  named: false,
  verb: 'told',
  outlet: 'the Guardian',
};
const guardian: Source = { who: 'the Guardian', named: true, verb: 'confirmed' };
const officer: Source = { who: 'a mid-ranking army officer', named: false, verb: 'said' };
const sheik: Source = { who: 'an Arab tribal sheik', named: false, verb: 'corroborated' };
const photographer: Source = { who: 'a photographer', named: false, verb: 'witnessed' };

describe('deriveConfidence', () => {
  it('is unsourced with no sources', () => {
    expect(deriveConfidence([])).toBe('unsourced');
  });

  it('is attributed to a single source', () => {
    expect(deriveConfidence([official])).toBe('attributed');
  });

  it('counts the same source quoted twice once (case and spacing ignored)', () => {
    const again: Source = { ...official, who: '  A senior  Iraqi official ', verb: 'said' };
    expect(deriveConfidence([official, again])).toBe('attributed');
  });

  it('is corroborated by two distinct sources', () => {
    expect(deriveConfidence([official, officer])).toBe('corroborated');
  });

  it('is corroborated by one source whose verb is corroborated', () => {
    expect(deriveConfidence([sheik])).toBe('corroborated');
  });

  it('is confirmed when the outlet itself confirmed, even alone', () => {
    expect(deriveConfidence([guardian])).toBe('confirmed');
  });

  it('is confirmed when a source witnessed it, outranking corroboration', () => {
    expect(deriveConfidence([officer, sheik, photographer])).toBe('confirmed');
  });

  it('does not depend on source order', () => {
    expect(deriveConfidence([photographer, officer])).toBe(
      deriveConfidence([officer, photographer]),
    );
  });
});

describe('describeConfidence', () => {
  it('gives a distinct English phrase for every level', () => {
    const phrases = CONFIDENCES.map((level) => describeConfidence(level));
    expect(new Set(phrases).size).toBe(4);
    expect(describeConfidence('attributed')).toMatch(/single source/);
    expect(describeConfidence('unsourced')).toMatch(/no source/i);
  });

  it('says the badge in every shipped language, four distinct phrases each', () => {
    for (const { $code } of ALL_TRANSLATIONS) {
      const phrases = CONFIDENCES.map((level) => describeConfidence(level, $code));
      expect(new Set(phrases).size, $code).toBe(4);
      if ($code !== 'en') expect(phrases, $code).not.toContain(describeConfidence('attributed'));
    }
    expect(describeConfidence('attributed', 'ar-IQ')).toBe('منسوب إلى مصدر واحد');
  });
});
