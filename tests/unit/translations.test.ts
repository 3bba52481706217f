// Every shipped language has every word, says it in its own words (not English left in place), and
// picks plural forms by Intl.PluralRules; the lookup falls back pt-BR -> pt -> en.
import { describe, expect, it } from 'vitest';
import { ALL_TRANSLATIONS } from '../../src/i18n/translations/all.js';
import en from '../../src/i18n/translations/en.js';
import {
  count,
  registerTranslation,
  translationFor,
  type Translation,
} from '../../src/i18n/index.js';

/** Sample arguments for every word that is a function, by its path. */
const SAMPLES: Record<string, (locale: string) => unknown[]> = {
  showMore: (l) => [count(500, l)],
  loadFailed: () => ['R'],
  eventsLabel: () => ['T'],
  rangeShown: (l) => ['R', count(3, l), count(15, l)],
  shownOf: (l) => [count(3, l), count(15, l)],
  selected: () => ['H'],
  cluster: (l) => [count(12, l), 'R'],
  clusterAsList: (l) => [count(4, l)],
  problemsTitle: (l) => [count(2, l)],
  whenNote: () => ['W', 'P'],
  backgroundBand: (l) => [count(9, l), 'R', 'mixed'],
  published: () => ['W'],
  updatedAt: () => ['W'],
  era: () => ['L', 'R'],
  updateAnnounced: (l) => [count(2, l), count(1, l), count(1, l)],
  refreshFailed: () => ['R'],
  approximately: () => ['N'],
  storyLabel: () => ['T'],
  storyPosition: (l) => [count(4, l), count(15, l)],
  storyAnnounce: () => ['S', 'H'],
  storyEventCount: (l) => [count(15, l)],
  storyPublished: () => ['D'],
  storyDuring: () => ['E'],
  mediaFailed: () => ['A'],
  mediaCredit: () => ['C'],
  'sourceVerbs.*': () => ['W', 'O'],
  'time.day': () => ['D'],
  'time.parts.*': () => ['D'],
  'time.overnight': () => ['R', 'E'],
  'time.week': () => ['D'],
  'time.month': () => ['P'],
  'time.year': () => ['P'],
  'time.upTo': () => ['P', 'E'],
  'time.upToTime': () => ['P', 'T'],
  'time.duration': (l) => [count(48, l), 'hour', 'E'],
  'time.days': () => ['R'],
  'time.between': () => ['S', 'E'],
  'time.betweenTimes': () => ['S', 'T'],
  'time.since': () => ['S', 'day'],
  'time.unspecifiedBy': () => ['E'],
  'time.unspecifiedAfter': () => ['S'],
  'time.shortPart': () => ['D', 'P'],
  'time.shortSince': () => ['S', 'date'],
  'time.shortBy': () => ['E'],
};

/**
 * Words that are rightly the same as in English, per language. Punctuation shared by Latin and
 * Hebrew script; "Sources" is French too; the short label "{date}, {part}" and the step
 * announcement "{step}: {headline}" are the same pattern in several languages.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  ar: ['sentenceSeparator', 'storyAnnounce'],
  de: ['comma', 'listSeparator', 'sentenceSeparator', 'storyAnnounce', 'time.shortPart'],
  es: ['comma', 'listSeparator', 'sentenceSeparator', 'storyAnnounce', 'time.shortPart'],
  fr: ['comma', 'sentenceSeparator', 'sources', 'time.shortPart'],
  he: ['comma', 'listSeparator', 'sentenceSeparator', 'storyAnnounce', 'time.shortPart'],
  ja: [],
  pt: ['comma', 'listSeparator', 'sentenceSeparator', 'storyAnnounce', 'time.shortPart'],
};

function leaves(words: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(words)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
    } else found.set(path, value);
  }
  return found;
}

function samplesFor(path: string): ((locale: string) => unknown[]) | undefined {
  return SAMPLES[path] ?? SAMPLES[path.replace(/\.[^.]+$/, '.*')];
}

/** A word as text: strings as they are, functions called with their sample arguments. */
function say(value: unknown, path: string, locale: string): string {
  if (typeof value !== 'function') return String(value);
  const args = samplesFor(path);
  if (!args) throw new Error(`no sample arguments for ${path}`);
  return String((value as (...a: unknown[]) => unknown)(...args(locale)));
}

const english = leaves(en);
const others = ALL_TRANSLATIONS.filter((t) => t.$code !== 'en');

describe('shipped translations', () => {
  it('ship eight languages with distinct codes, two of them right to left', () => {
    const codes = ALL_TRANSLATIONS.map((t) => t.$code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(8);
    expect(ALL_TRANSLATIONS.filter((t) => t.$dir === 'rtl').map((t) => t.$code)).toEqual(
      expect.arrayContaining(['ar', 'he']),
    );
  });

  it('has sample arguments for every function word of English', () => {
    for (const [path, value] of english) {
      if (typeof value === 'function') expect(samplesFor(path), path).toBeDefined();
    }
  });

  describe.each(others.map((t) => [t.$code, t] as const))('%s', (code, translation) => {
    const own = leaves(translation);

    it('has every key English has, of the same kind, and no other', () => {
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, value] of english) expect(typeof own.get(path), path).toBe(typeof value);
    });

    it('says every word differently from English, except the allowlist', () => {
      const same = [...english]
        .filter(([path]) => !path.startsWith('$'))
        .filter(([path, value]) => say(own.get(path), path, code) === say(value, path, code))
        .map(([path]) => path);
      expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[code] ?? [])].sort());
    });

    it('leaves no placeholder or undefined in any word, for any count', () => {
      for (const [path, value] of own) {
        if (typeof value !== 'function') continue;
        for (const n of [0, 1, 2, 3, 11, 100, 1001]) {
          const args = samplesFor(path)!(code).map((arg) =>
            typeof arg === 'object' ? count(n, code) : arg,
          );
          const text = String((value as (...a: unknown[]) => unknown)(...args));
          expect(text, `${path}(${n})`).not.toMatch(/#|undefined|\[object/);
          expect(text.trim(), `${path}(${n})`).not.toBe('');
        }
      }
    });
  });
});

describe('plural forms follow Intl.PluralRules', () => {
  const cluster = (locale: string, n: number) =>
    translationFor(locale).cluster(count(n, locale), 'R');

  it('Arabic has six forms', () => {
    const forms = [1, 2, 3, 11, 100].map((n) => cluster('ar', n).split('،')[0]);
    expect(new Set(forms).size).toBe(5);
    expect(cluster('ar', 2)).toContain('حدثان');
    expect(cluster('ar', 11)).toContain('حدثًا');
  });

  it('French and Brazilian Portuguese say 0 in the singular; European Portuguese does not', () => {
    expect(cluster('fr', 0)).toMatch(/^0 événement,/);
    expect(cluster('pt', 0)).toMatch(/^0 evento,/);
    // pt-PT has no words of its own: Portuguese words, Portugal's plural rules.
    expect(cluster('pt-PT', 0)).toMatch(/^0 eventos,/);
  });

  it('Hebrew has a dual', () => {
    expect(cluster('he', 2)).toMatch(/^שני אירועים/);
    expect(cluster('he', 3)).toMatch(/^3 אירועים/);
  });

  it('numbers are written by the reader locale', () => {
    expect(translationFor('ar-EG').cluster(count(12, 'ar-EG'), 'R')).toContain(
      new Intl.NumberFormat('ar-EG').format(12),
    );
    expect(cluster('de', 1500)).toMatch(/^1\.500 Ereignisse/);
  });
});

describe('translationFor', () => {
  it('falls back from region to language to English', () => {
    registerTranslation({ $code: 'pt-BR', zoomIn: 'Aproximar' });
    const ptBR = translationFor('pt-BR');
    expect(ptBR.zoomIn).toBe('Aproximar');
    expect(ptBR.zoomOut).toBe(translationFor('pt').zoomOut);
    expect(ptBR.$code).toBe('pt-BR');
    expect(translationFor('pt_br').zoomIn).toBe('Aproximar');
    expect(translationFor('PT-br-x-private').zoomIn).toBe('Aproximar');
    expect(translationFor('sw').zoomIn).toBe('Zoom in');
  });

  it('merges a partial translation into nested word groups', () => {
    registerTranslation({ $code: 'x-test', $dir: 'ltr', time: { unknown: 'U' } });
    const words: Translation = translationFor('x-test');
    expect(words.time.unknown).toBe('U');
    expect(words.time.since('S', 'day')).toBe('since S');
  });

  it('gives the direction of the script for a language with no words registered', () => {
    expect(translationFor('fa').$dir).toBe('rtl');
    expect(translationFor('fa').zoomIn).toBe('Zoom in');
    expect(translationFor('sw').$dir).toBe('ltr');
    expect(translationFor('ar-IQ').$dir).toBe('rtl');
  });
});
