// The measurements behind the library decisions in docs/extraction.md: how many of the hand-listed
// people, places and organisations of the three test texts compromise finds, against the
// extractor's own cues, and what chrono-node finds as time expressions, against the extractor's
// finder. `node bench/extract-libraries.mjs` prints the numbers; compromise and chrono-node are dev
// dependencies for this script only (the extractor imports neither).
// (Was tests/unit/extract-libraries.test.ts: an evaluation, not a test of behaviour.)
import { importTypeScript } from './lib/node-bundle.mjs';

const lib = await importTypeScript(
  'extract-libraries',
  `export { iraqTimeline } from './src/data/iraq-2014.ts';
export { IRAQ_ARTICLE_TEXT } from './src/data/iraq-article-text.ts';
export { findEntities, findTimeExpressions, splitSentences } from './src/extract/index.ts';
export { MALTON_TEXT, maltonTimeline } from './tests/unit/fixtures/extract/malton-flood.ts';
export { SPRINGFIELD_TEXT, springfieldTimeline } from './tests/unit/fixtures/extract/springfield-strike.ts';`,
);

/** Named entities an editor would expect found in each text (proper names only). */
const GOLD = {
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

const texts = [
  ['iraq', lib.IRAQ_ARTICLE_TEXT, lib.iraqTimeline],
  ['malton', lib.MALTON_TEXT, lib.maltonTimeline],
  ['springfield', lib.SPRINGFIELD_TEXT, lib.springfieldTimeline],
];
const KINDS = ['people', 'places', 'organisations'];

const norm = (s) =>
  s
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^a-z0-9 -]/g, '')
    .trim();

/** A found name counts if it contains, or is contained in, a gold name of the same kind. */
function score(found, gold) {
  let hits = 0;
  let total = 0;
  let foundCount = 0;
  let correct = 0;
  for (const kind of KINDS) {
    const names = [...new Set(found[kind].map(norm))].filter((n) => n !== '');
    const goldNames = gold[kind].map(norm);
    total += goldNames.length;
    hits += goldNames.filter((g) => names.some((n) => n.includes(g) || g.includes(n))).length;
    foundCount += names.length;
    correct += names.filter((n) => goldNames.some((g) => n.includes(g) || g.includes(n))).length;
  }
  return { recall: hits / total, precision: foundCount ? correct / foundCount : 0 };
}

function ours(text) {
  const result = { people: [], places: [], organisations: [] };
  for (const sentence of lib.splitSentences(text)) {
    const e = lib.findEntities(sentence.text);
    result.people.push(...e.people);
    result.places.push(...e.places.flatMap((p) => [p.name, ...(p.admin ? [p.admin] : [])]));
    result.organisations.push(...e.organisations.map((o) => o.name));
  }
  return result;
}

const { default: nlp } = await import('compromise');
nlp('warm up.');
console.log('People, places, organisations: recall / precision (time)');
for (const [name, text] of texts) {
  let started = performance.now();
  const doc = nlp(text);
  const theirs = {
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organisations: doc.organizations().out('array'),
  };
  const compromiseMs = performance.now() - started;
  started = performance.now();
  const mine = ours(text);
  const oursMs = performance.now() - started;
  const a = score(theirs, GOLD[name]);
  const b = score(mine, GOLD[name]);
  console.log(
    `  ${name.padEnd(11)} compromise ${a.recall.toFixed(2)} / ${a.precision.toFixed(2)} (${compromiseMs.toFixed(0)} ms); ` +
      `cues ${b.recall.toFixed(2)} / ${b.precision.toFixed(2)} (${oursMs.toFixed(0)} ms)`,
  );
}

const chrono = await import('chrono-node');
console.log('Time phrases of the fixtures found word for word');
for (const [name, text, timeline] of texts) {
  const gold = new Set(
    timeline.events.flatMap((e) =>
      e.when.text && e.when.precision !== 'unspecified' ? [e.when.text.toLowerCase()] : [],
    ),
  );
  const theirs = chrono.en.GB.parse(text, new Date(timeline.published)).map((r) =>
    r.text.toLowerCase(),
  );
  const mine = lib
    .splitSentences(text)
    .flatMap((s) =>
      lib
        .findTimeExpressions(s.text, { reference: timeline.published, timeZone: timeline.timeZone })
        .map((m) => m.text.toLowerCase()),
    );
  const exact = (found) => [...gold].filter((g) => found.some((f) => f === g)).length;
  const overlapping = (found) =>
    [...gold].filter((g) => found.some((f) => f.includes(g) || g.includes(f))).length;
  console.log(
    `  ${name.padEnd(11)} ${gold.size} in the fixture; chrono exact ${exact(theirs)}, overlapping ${overlapping(theirs)}; ` +
      `finder exact ${exact(mine)}`,
  );
  console.log(`              chrono found: ${theirs.join(' | ')}`);
}
