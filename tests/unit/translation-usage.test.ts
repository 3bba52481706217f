// No dead words: every word of the English translation is used by the components or the wording
// layer (issue 14, defect 7: `timelineView`, `legendPartOfDay` and `categories` were never shown).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/translations/en.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith('translations') ? [] : sources(path);
    return path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

// Everything under src/ except the language files themselves.
const code = sources('src').join('\n');
const used = (key: string) => new RegExp(`[.'"\`]${key}\\b`).test(code);

/** Word groups keyed by a model union (Precision, SourceVerb, Confidence, PartOfDay) are looked up by value. */
const LOOKED_UP_BY_VALUE = new Set(['sourceVerbs', 'confidenceLevels', 'precisions']);
/** Time words chosen by the calendar period: `phrases[period]`. */
const PERIODS = new Set(['day', 'week', 'month', 'year']);

describe('translation keys', () => {
  it('every top-level word is used outside the language files', () => {
    const unused = Object.keys(en).filter((key) => !key.startsWith('$') && !used(key));
    expect(unused).toEqual([]);
  });

  it('every time phrase is used', () => {
    const unused = Object.keys(en.time).filter((key) => !PERIODS.has(key) && !used(key));
    expect(unused).toEqual([]);
    for (const group of LOOKED_UP_BY_VALUE) expect(used(group), group).toBe(true);
  });
});
