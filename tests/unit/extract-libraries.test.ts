/**
 * The measurements behind the library decisions in docs/extraction.md: how many of the hand-made
 * fixtures' people, places and organisations compromise finds on the three texts, against the
 * extractor's own cues, and what chrono-node finds as time expressions. Prints the numbers; asserts
 * only that the extractor's entity recall is not worse than compromise's, which is the reason it
 * does not use compromise.
 */
import { describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { IRAQ_ARTICLE_TEXT } from '../../src/data/iraq-article-text.js';
import { findEntities, findTimeExpressions, splitSentences } from '../../src/extract/index.js';
import type { Timeline } from '../../src/model/types.js';
import { MALTON_TEXT, maltonTimeline } from './fixtures/extract/malton-flood.js';
import { SPRINGFIELD_TEXT, springfieldTimeline } from './fixtures/extract/springfield-strike.js';

/** Named entities an editor would expect found in each text (proper names only). */
const GOLD: Record<string, { people: string[]; places: string[]; organisations: string[] }> = {
  iraq: {
    people: [
      'Hassan Rouhani',
      'Nouri al-Maliki',
      'Qassem Suleimani',
      'Ali al-Sistani',
      'Saddam Hussein',
      'Abdul-Mahdi al-Karbalaie',
    ],
    places: [
      'Iraq',
      'Iran',
      'Baghdad',
      'Khanaqin',
      'Diyala',
      'Badra Jassan',
      'Wasat',
      'Samarra',
      'Mosul',
      'Tikrit',
      'Kerbala',
      'Kirkuk',
      'Teheran',
      'Washington',
      'Tel Abyad',
    ],
    organisations: [
      'Islamic State of Iraq and the Levant',
      'Quds Force',
      'Revolutionary Guards',
      'Associated Press',
      'Guardian',
      'al-Qaeda',
    ],
  },
  malton: {
    people: ['Jane Holt', 'Boris Johnson'],
    places: ['Malton', 'River Derwent', 'North Yorkshire', 'A64', 'Market Street'],
    organisations: ['Environment Agency', 'Met Office', 'BBC'],
  },
  springfield: {
    people: ['Maria Lopez', 'Lopez'],
    places: ['Springfield'],
    organisations: ['Reuters'],
  },
};

const texts: [string, string, Timeline][] = [
  ['iraq', IRAQ_ARTICLE_TEXT, iraqTimeline],
  ['malton', MALTON_TEXT, maltonTimeline],
  ['springfield', SPRINGFIELD_TEXT, springfieldTimeline],
];

type Kind = 'people' | 'places' | 'organisations';
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^a-z0-9 -]/g, '')
    .trim();
/** A found name counts if it contains, or is contained in, a gold name of the same kind. */
function measure(found: Record<Kind, string[]>, gold: Record<Kind, string[]>) {
  let hits = 0,
    total = 0,
    foundCount = 0,
    correct = 0;
  for (const kind of ['people', 'places', 'organisations'] as Kind[]) {
    const names = [...new Set(found[kind].map(norm))].filter((n) => n !== '');
    const goldNames = gold[kind].map(norm);
    total += goldNames.length;
    hits += goldNames.filter((g) => names.some((n) => n.includes(g) || g.includes(n))).length;
    foundCount += names.length;
    correct += names.filter((n) => goldNames.some((g) => n.includes(g) || g.includes(n))).length;
  }
  return { recall: hits / total, precision: foundCount ? correct / foundCount : 0 };
}

function ours(text: string): Record<Kind, string[]> {
  const result: Record<Kind, string[]> = { people: [], places: [], organisations: [] };
  for (const sentence of splitSentences(text)) {
    const e = findEntities(sentence.text);
    result.people.push(...e.people);
    result.places.push(...e.places.flatMap((p) => [p.name, ...(p.admin ? [p.admin] : [])]));
    result.organisations.push(...e.organisations.map((o) => o.name));
  }
  return result;
}

describe('library evaluation (numbers for docs/extraction.md)', () => {
  it('compromise vs. hand-written cues for people, places and organisations', async () => {
    const { default: nlp } = await import('compromise');
    nlp('warm up.');
    for (const [name, text] of texts) {
      const started = performance.now();
      const doc = nlp(text);
      const theirs = {
        people: doc.people().out('array') as string[],
        places: doc.places().out('array') as string[],
        organisations: doc.organizations().out('array') as string[],
      };
      const compromiseMs = performance.now() - started;
      const oursStarted = performance.now();
      const mine = ours(text);
      const oursMs = performance.now() - oursStarted;
      const a = measure(theirs, GOLD[name]!);
      const b = measure(mine, GOLD[name]!);
      console.log(
        `${name}: compromise recall ${a.recall.toFixed(2)} precision ${a.precision.toFixed(2)} (${compromiseMs.toFixed(0)} ms); cues recall ${b.recall.toFixed(2)} precision ${b.precision.toFixed(2)} (${oursMs.toFixed(0)} ms)`,
      );
      expect(b.recall).toBeGreaterThanOrEqual(a.recall - 0.1);
    }
  });

  it('chrono-node as a finder of time expressions, against the extractor’s finder', async () => {
    const chrono = await import('chrono-node');
    for (const [name, text, timeline] of texts) {
      const gold = new Set(
        timeline.events.flatMap((e) =>
          e.when.text && e.when.precision !== 'unspecified' ? [e.when.text.toLowerCase()] : [],
        ),
      );
      const theirs = chrono.en.GB.parse(text, new Date(timeline.published)).map((r) =>
        r.text.toLowerCase(),
      );
      const mine = splitSentences(text).flatMap((s) =>
        findTimeExpressions(s.text, {
          reference: timeline.published,
          timeZone: timeline.timeZone,
        }).map((m) => m.text.toLowerCase()),
      );
      const count = (found: string[]) => [...gold].filter((g) => found.some((f) => f === g)).length;
      const overlap = (found: string[]) =>
        [...gold].filter((g) => found.some((f) => f.includes(g) || g.includes(f))).length;
      console.log(
        `${name}: ${gold.size} time phrases in the fixture; chrono exact ${count(theirs)}, overlapping ${overlap(theirs)} [${theirs.join(' | ')}]; finder exact ${count(mine)}`,
      );
      expect(count(mine)).toBeGreaterThanOrEqual(count(theirs));
    }
  });
});
