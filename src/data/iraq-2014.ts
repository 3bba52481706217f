/**
 * "Iraq turns to Iran for help" (the Guardian, Saturday 14 June 2014) as a timeline: every dated or
 * datable happening in the article, with the span its words allow, read on the Baghdad wall clock
 * (Asia/Baghdad, UTC+03:00, no DST in 2014). Hand-curated reference data for tests, stories and
 * the demo; `src/data/static/iraq-2014.json` is the same data as JSON, written by
 * `scripts/export-fixtures.mjs` and checked against this file by `tests/unit/iraq-fixture.test.ts`.
 *
 * Rules followed (the tests check what they can):
 *
 * - Reference instant. The article gives a date (Saturday 14 June 2014) but no hour. `published`
 *   is noon Baghdad time, 2014-06-14T12:00:00+03:00: a documented convention, not a fact. Every
 *   span that counts back from publication ("in the past 48 hours", "this week") ends there.
 * - `when.text` is only ever the article's own time words for that event, verbatim ("on Friday",
 *   "overnight"). Where the article gives an event no time words, `text` is left out - never a
 *   placeholder such as "no day given" - and the summary does not pretend otherwise.
 * - Precision is what the words give: `day` ("on Friday"), `part-of-day` ("overnight"), `range`
 *   ("in the past 48 hours"), `week` ("this week"). An event with no time words of its own is
 *   `unspecified`.
 * - Span of an `unspecified` event: the story's frame, Monday 9 June 00:00 (start of the ISO week
 *   the article calls "this week", in which the Isis advance that everything else responds to
 *   happened) to the reference instant; narrowed only where the article itself ties the event to a
 *   dated one (Suleimani had arrived by the time the Guardian confirmed it on Friday, so his span
 *   ends at the end of Friday). Ongoing states ("continuing to reorganise") have an open end.
 * - Sources are recorded exactly as the article attributes them. When a statement reaches the
 *   article through another outlet ("Associated Press reported") that outlet is the source's
 *   `outlet`, not a second source, so relaying never counts as corroboration. `outlet` is set only
 *   where the article names the channel. Statements the article makes in its own voice, without
 *   attribution, have no sources (they show as unsourced); the Guardian is a source only where it
 *   says it confirmed something.
 * - Quantities keep the words as written; "hundreds of" is approximate with value 200, the least
 *   number the plural allows.
 * - Places use the article's spelling in `name` ("Kerbala"); `admin` carries the usual English
 *   name of the province ("Wasit province" where the article writes "Wasat"). Coordinates are
 *   town centres to two decimals, approximate.
 * - Each excerpt is one whole sentence of `IRAQ_ARTICLE_TEXT`, with literal character offsets
 *   (UTF-16 code units) such that `text.slice(start, end) === excerpt.text`. The first sentence
 *   follows the photo caption with no separator ("...Tel AbyadIran has sent"), as in the source.
 * - `events` is in chronological order: start ascending, then the narrower span first (an open
 *   end counts as widest) - the order of `sortEvents` in src/model/sort.ts, which keeps events
 *   dated alike in the order given here.
 */
import type { Timeline } from '../model/types.js';
import { IRAQ_ARTICLE_TEXT } from './iraq-article-text.js';

const PUBLISHED = '2014-06-14T12:00:00+03:00';
const ZONE = 'Asia/Baghdad';
/** Monday of the ISO week of publication: the start of the article's "this week". */
const WEEK_START = '2014-06-09T00:00:00+03:00';

/** Decisions behind the data that the data itself cannot carry, for docs and demo captions. */
export const iraqTimelineNotes: readonly string[] = [
  'The article is dated Saturday 14 June 2014 with no hour; the reference instant is noon Baghdad time (2014-06-14T12:00:00+03:00) by convention.',
  'Events the article gives no time words for are "unspecified" and span the story’s week, Monday 9 June 00:00 to the reference instant, unless the article ties them to a dated event.',
  'Suleimani’s arrival is only known to have happened by Friday 13 June, when the Guardian confirmed it; the span runs from the start of the week to the end of that Friday.',
  '"Hundreds of" young men is recorded as approximately 200, the least number the plural allows.',
  'Sources relayed through another outlet keep that outlet on the source rather than counting it as a second source.',
];

const places = {
  baghdad: {
    name: 'Baghdad',
    admin: 'Baghdad province',
    country: 'Iraq',
    coordinates: { lat: 33.32, lon: 44.37 },
  },
  khanaqin: {
    name: 'Khanaqin',
    admin: 'Diyala province',
    country: 'Iraq',
    coordinates: { lat: 34.35, lon: 45.39 },
  },
  badraJassan: {
    name: 'Badra Jassan',
    admin: 'Wasit province',
    country: 'Iraq',
    // The article names an area around the towns of Badra and Jassan; this is Badra's centre.
    coordinates: { lat: 33.12, lon: 45.95 },
  },
  kerbala: {
    name: 'Kerbala',
    admin: 'Karbala province',
    country: 'Iraq',
    coordinates: { lat: 32.62, lon: 44.02 },
  },
  samarra: {
    name: 'Samarra',
    admin: 'Salahuddin province',
    country: 'Iraq',
    coordinates: { lat: 34.2, lon: 43.87 },
  },
  mosul: {
    name: 'Mosul',
    admin: 'Nineveh province',
    country: 'Iraq',
    coordinates: { lat: 36.34, lon: 43.12 },
  },
  tikrit: {
    name: 'Tikrit',
    admin: 'Salahuddin province',
    country: 'Iraq',
    coordinates: { lat: 34.61, lon: 43.68 },
  },
  kirkuk: {
    name: 'Kirkuk',
    admin: 'Kirkuk province',
    country: 'Iraq',
    coordinates: { lat: 35.47, lon: 44.39 },
  },
  iraq: { name: 'Iraq', country: 'Iraq' },
  iran: { name: 'Iran', country: 'Iran' },
};

export const iraqTimeline: Timeline = {
  id: 'iraq-turns-to-iran-2014',
  title: 'Iraq turns to Iran for help',
  summary:
    'Iran has sent 2,000 advance troops to Iraq to help tackle the jihadist insurgency, as Iraq’s leaders call on citizens to take up arms: the week to Saturday 14 June 2014, as the Guardian reported it.',
  // The article opens with a photograph of Isis fighters in Tel Abyad that matches none of its
  // events: the title card shows it. The file is a placeholder made for the tests
  // (src/data/static/media/, served at data/media/ beside the page), never the Guardian's photo;
  // the caption is the article's own.
  media: [
    {
      kind: 'image',
      url: 'data/media/tel-abyad-placeholder.svg',
      alt: 'A grey placeholder picture made for the tests, standing in for the article’s opening photograph',
      caption:
        'Fighters of al-Qaeda linked Islamic State of Iraq and the Levant parade at Syrian town of Tel Abyad',
      credit: 'Test placeholder',
      width: 1200,
      height: 800,
    },
  ],
  language: 'en',
  // The article gives the day, not the hour: noon Baghdad time is the documented reference.
  published: PUBLISHED,
  timeZone: ZONE,
  article: {
    text: IRAQ_ARTICLE_TEXT,
    headline: 'Iraq turns to Iran for help',
    outlet: 'The Guardian',
  },
  eras: [
    {
      label: 'Isis advance, week of 9 June',
      when: {
        start: WEEK_START,
        end: PUBLISHED,
        precision: 'week',
        text: 'this week',
        resolvedAgainst: PUBLISHED,
      },
    },
  ],
  events: [
    // --- Start of the week, 9 June 00:00 ---------------------------------------------------
    {
      // No arrival time is given: the Guardian confirmed on Friday that he had arrived, so the
      // arrival was at the latest on Friday 13 June. Its start is the story's week.
      id: 'suleimani-arrives-in-baghdad',
      headline: 'Quds Force head Qassem Suleimani arrives in Baghdad',
      summary:
        'The head of the Revolutionary Guards’ Quds Force had arrived in Baghdad to oversee the defence of the capital, which the Guardian confirmed on Friday. The article does not say when he arrived.',
      when: {
        start: WEEK_START,
        end: '2014-06-14T00:00:00+03:00',
        precision: 'unspecified',
        text: 'confirmed on Friday',
        resolvedAgainst: PUBLISHED,
      },
      places: [places.baghdad],
      actors: [
        {
          name: 'Qassem Suleimani',
          kind: 'person',
          role: 'Major general, head of the Iranian Revolutionary Guards’ elite Quds Force',
        },
        { name: 'Quds Force', kind: 'military', role: 'Elite unit of the Revolutionary Guards' },
      ],
      quantities: [],
      sources: [{ who: 'The Guardian', named: true, verb: 'confirmed', outlet: 'The Guardian' }],
      tags: ['iran', 'quds-force', 'baghdad'],
      category: 'military',
      excerpt: {
        text: 'The\u00a0Guardian confirmed on Friday\u00a0that Major General Qassem Suleimani, the head of the Iranian Revolutionary Guards’ elite Quds Force, had arrived in Baghdad to oversee the defence of the capital.',
        start: 1304,
        end: 1499,
      },
    },
    {
      // Kirkuk paragraph: no day given. The photographer saw the looting after the troops left.
      id: 'army-bases-looted-in-kirkuk',
      headline: 'Army bases in Kirkuk looted after Iraqi troops leave',
      summary:
        'A photographer saw army bases being looted after the Iraqi troops had left Kirkuk. The article gives no day.',
      when: { start: WEEK_START, end: PUBLISHED, precision: 'unspecified' },
      places: [places.kirkuk],
      actors: [{ name: 'Iraqi army', kind: 'military', role: 'Troops who had left the bases' }],
      quantities: [],
      sources: [
        { who: 'a photographer', named: false, verb: 'witnessed', outlet: 'Associated Press' },
      ],
      tags: ['kirkuk', 'iraqi-army'],
      category: 'military',
      excerpt: {
        text: 'His account was corroborated by an Arab tribal sheik and a photographer who witnessed the looting of army bases after troops left and who related similar accounts of the takeover from relatives in the army, the Associated Press reported.',
        start: 2826,
        end: 3063,
      },
    },
    {
      // "This week" is the seizure of the cities; the call came after it. No day of its own.
      id: 'isis-seizes-mosul-and-tikrit',
      headline: 'Isis seizes Mosul and Tikrit in a lightning advance',
      summary:
        'Isis fighters took Mosul and Tikrit, Saddam Hussein’s hometown, in a rapid advance during the week.',
      when: {
        start: WEEK_START,
        end: PUBLISHED,
        precision: 'week',
        text: 'this week',
        resolvedAgainst: PUBLISHED,
      },
      places: [places.mosul, places.tikrit],
      actors: [
        {
          name: 'Islamic State of Iraq and the Levant (Isis)',
          kind: 'armed-group',
          role: 'Sunni jihadist insurgent group',
        },
      ],
      quantities: [],
      sources: [],
      tags: ['isis', 'mosul', 'tikrit'],
      category: 'military',
      excerpt: {
        text: 'The volunteers signing up were responding to a call by Iraq’s most revered Shia cleric, the Iranian-born grand ayatollah Ali al-Sistani, to defend their country after Isis seized Mosul and Saddam Hussein’s hometown of Tikrit in a lightning advance this week.',
        start: 1743,
        end: 2001,
      },
    },
    {
      // Kirkuk paragraph: no day given. The officer's account, corroborated (AP).
      id: 'kurds-order-iraqi-troops-out-of-kirkuk',
      headline: 'Kurdish fighters take Kirkuk and order Iraqi troops out',
      summary:
        'Kurdish fighters took full control of Kirkuk, the regional oil hub, and the surrounding areas, and ordered the Iraqi troops out, according to an army officer. The article gives no day.',
      when: { start: WEEK_START, end: PUBLISHED, precision: 'unspecified' },
      places: [places.kirkuk],
      actors: [
        { name: 'Kurdish fighters', kind: 'military', role: 'Took control of Kirkuk' },
        { name: 'Iraqi army', kind: 'military', role: 'Troops ordered out of Kirkuk' },
      ],
      quantities: [],
      sources: [
        {
          who: 'a mid-ranking army officer',
          named: false,
          verb: 'said',
          outlet: 'Associated Press',
        },
        {
          who: 'an Arab tribal sheik',
          named: false,
          verb: 'corroborated',
          outlet: 'Associated Press',
        },
        { who: 'a photographer', named: false, verb: 'corroborated', outlet: 'Associated Press' },
      ],
      tags: ['kirkuk', 'kurds', 'peshmerga', 'iraqi-army'],
      category: 'military',
      excerpt: {
        text: 'Meanwhile, Iraqi troops had been ordered out of the northern city of Kirkuk by Kurdish fighters who have taken full control of the regional oil hub and surrounding areas, according to a mid-ranking army officer.',
        start: 2613,
        end: 2824,
      },
    },
    {
      // Kirkuk paragraph: no day given. Disputes the officer's account of how it happened.
      id: 'peshmerga-say-they-moved-in-after-retreat',
      headline: 'Peshmerga say they moved in only after Iraqi troops retreated',
      summary:
        'A Kurdish forces spokesman said the peshmerga moved in only after Iraqi troops had retreated, taking control of most of the Kurdistan region outside the Kurdish regional government. This differs from the army officer’s account.',
      when: { start: WEEK_START, end: PUBLISHED, precision: 'unspecified' },
      places: [places.kirkuk],
      actors: [
        { name: 'Peshmerga', kind: 'military', role: 'Kurdish forces' },
        { name: 'Iraqi army', kind: 'military', role: 'Troops who retreated' },
      ],
      quantities: [],
      sources: [{ who: 'a spokesman for Kurdish forces', named: false, verb: 'said' }],
      tags: ['kirkuk', 'kurds', 'peshmerga'],
      category: 'military',
      excerpt: {
        text: 'A spokesman for Kurdish forces, known as the peshmerga, said they had only moved in after Iraqi troops retreated, assuming control of the “majority of the Kurdistan region” outside the semi-autonomous Kurdish regional government.',
        start: 3444,
        end: 3673,
      },
    },
    {
      // "The confirmation comes as ... Rouhani said": no day given.
      id: 'rouhani-offers-iran-support',
      headline: 'Rouhani says Iran is ready to support Iraq',
      summary:
        'Iran’s president said his country was ready to support Iraq against the threat spreading through it. The article gives no day for the statement.',
      when: { start: WEEK_START, end: PUBLISHED, precision: 'unspecified' },
      places: [],
      actors: [
        { name: 'Hassan Rouhani', kind: 'person', role: 'Iranian president' },
        { name: 'Iran', kind: 'country' },
      ],
      quantities: [],
      sources: [{ who: 'Hassan Rouhani', named: true, verb: 'said' }],
      tags: ['iran', 'rouhani'],
      category: 'politics',
      excerpt: {
        text: 'The confirmation comes as the Iranian president, Hassan Rouhani, said Iran was ready to support Iraq from the mortal threat fast spreading through the country, while the Iraqi prime minister,\u00a0Nouri al-Maliki, called on citizens to take up arms in their country’s defence.',
        start: 281,
        end: 552,
      },
    },
    {
      // No day given.
      id: 'rouhani-raises-cooperation-with-washington',
      headline: 'Rouhani raises prospect of working with Washington against Isis',
      summary:
        'In Iran, Rouhani raised the possibility of Tehran cooperating with its old enemy Washington to defeat Isis. The article gives no day for the statement.',
      when: { start: WEEK_START, end: PUBLISHED, precision: 'unspecified' },
      places: [places.iran],
      actors: [
        { name: 'Hassan Rouhani', kind: 'person', role: 'Iranian president' },
        { name: 'Washington', kind: 'government', role: 'Iran’s old enemy' },
        {
          name: 'Islamic State of Iraq and the Levant (Isis)',
          kind: 'armed-group',
          role: 'Sunni insurgent group',
        },
      ],
      quantities: [],
      sources: [{ who: 'Hassan Rouhani', named: true, verb: 'said' }],
      tags: ['iran', 'rouhani', 'united-states', 'isis'],
      category: 'politics',
      excerpt: {
        text: 'In Iran, Rouhani raised the prospect of Teheran cooperating with its old enemy Washington to defeat the Sunni insurgent group – which is attempting to ignite a sectarian war beyond Iraq’s borders.',
        start: 884,
        end: 1080,
      },
    },
    {
      // The call came after the seizure of Mosul and Tikrit ("this week") and before the
      // volunteers, whose reports came before Maliki's address; no day of its own.
      id: 'sistani-calls-on-iraqis-to-defend-country',
      headline: 'Grand Ayatollah Sistani calls on Iraqis to defend their country',
      summary:
        'Iraq’s most revered Shia cleric called on Iraqis to defend their country after the fall of Mosul and Tikrit; the volunteers were answering this call. The article gives no day for it.',
      when: { start: WEEK_START, end: PUBLISHED, precision: 'unspecified' },
      places: [],
      actors: [
        {
          name: 'Ali al-Sistani',
          kind: 'religious',
          role: 'Grand ayatollah, Iraq’s most revered Shia cleric',
        },
      ],
      quantities: [],
      sources: [],
      tags: ['sistani', 'volunteers'],
      category: 'religion',
      excerpt: {
        text: 'The volunteers signing up were responding to a call by Iraq’s most revered Shia cleric, the Iranian-born grand ayatollah Ali al-Sistani, to defend their country after Isis seized Mosul and Saddam Hussein’s hometown of Tikrit in a lightning advance this week.',
        start: 1743,
        end: 2001,
      },
    },
    {
      // Reports surfaced before Maliki's address on Saturday; no day of their own.
      id: 'volunteers-flock-to-baghdad-centres',
      headline: 'Hundreds of young men flock to volunteer centres in Baghdad',
      summary:
        'Reports said hundreds of young men were going to volunteer centres across Baghdad to join the fight against Isis. The reports came before Maliki’s address; the article gives no day.',
      when: { start: WEEK_START, end: PUBLISHED, precision: 'unspecified' },
      places: [places.baghdad],
      actors: [{ name: 'Young men volunteering', kind: 'group', role: 'Volunteers' }],
      quantities: [{ value: 200, unit: 'young men', approximate: true, text: 'hundreds of' }],
      sources: [{ who: 'unnamed reports', named: false, verb: 'said' }],
      tags: ['volunteers', 'baghdad'],
      category: 'mobilisation',
      excerpt: {
        text: 'His call to arms came after reports surfaced that hundreds of young men were flocking to volunteer centres across Baghdad to join the fight against Isis.',
        start: 729,
        end: 882,
      },
    },
    {
      // Ongoing at publication: open end. Its start is the story's week.
      id: 'shia-militias-head-to-samarra',
      headline: 'Shia militias reorganise, some heading to Samarra to defend shrines',
      summary:
        'Shia militias were reorganising, and some were heading to Samarra, 110km north of Baghdad, to defend two Shia shrines from the Sunni jihadist groups around them.',
      when: {
        start: WEEK_START,
        end: null,
        precision: 'unspecified',
        text: 'continuing to reorganise',
        resolvedAgainst: PUBLISHED,
      },
      places: [places.samarra],
      actors: [{ name: 'Shia militias', kind: 'armed-group' }],
      quantities: [{ value: 2, unit: 'Shia shrines', approximate: false, text: 'two' }],
      sources: [],
      tags: ['shia-militias', 'samarra'],
      category: 'military',
      excerpt: {
        text: 'There is growing evidence in Baghdad of Shia militias continuing to reorganise, with some heading to the central city of Samarra, 70 miles (110km) north of the capital, to\u00a0defend two Shia shrines\u00a0from Sunni jihadist groups surrounding them.',
        start: 1501,
        end: 1741,
      },
    },
    // --- The last 48 hours -----------------------------------------------------------------
    {
      id: 'iran-sends-2000-advance-troops',
      headline: 'Iran sends 2,000 advance troops to Iraq',
      summary:
        'Iran sent 2,000 advance troops to Iraq to help fight the jihadist insurgency, according to a senior Iraqi official.',
      when: {
        start: '2014-06-12T12:00:00+03:00',
        end: PUBLISHED,
        precision: 'range',
        text: 'in the past 48 hours',
        resolvedAgainst: PUBLISHED,
      },
      places: [places.iraq],
      actors: [{ name: 'Iran', kind: 'country', role: 'Sent the troops' }],
      quantities: [{ value: 2000, unit: 'advance troops', approximate: false, text: '2,000' }],
      sources: [
        { who: 'a senior Iraqi official', named: false, verb: 'told', outlet: 'The Guardian' },
      ],
      tags: ['iran', 'troops'],
      category: 'military',
      excerpt: {
        text: 'Iran\u00a0has sent 2,000 advance troops to\u00a0Iraq\u00a0in the past 48 hours to help tackle a jihadist insurgency, a senior Iraqi official has told the Guardian.',
        start: 131,
        end: 279,
      },
    },
    // --- Friday 13 June --------------------------------------------------------------------
    {
      id: 'basiji-cross-into-khanaqin',
      headline: '1,500 basiji forces cross the border into Khanaqin',
      summary:
        'According to the Iraqi official, 1,500 basiji forces crossed the border into the town of Khanaqin in Diyala province.',
      when: {
        start: '2014-06-13T00:00:00+03:00',
        end: '2014-06-14T00:00:00+03:00',
        precision: 'day',
        text: 'on Friday',
        resolvedAgainst: PUBLISHED,
      },
      places: [places.khanaqin],
      actors: [{ name: 'Basiji forces', kind: 'military', role: 'Forces crossing from Iran' }],
      quantities: [{ value: 1500, unit: 'basiji forces', approximate: false, text: '1,500' }],
      sources: [{ who: 'the Iraqi official', named: false, verb: 'said', outlet: 'The Guardian' }],
      tags: ['iran', 'basij', 'diyala'],
      category: 'military',
      excerpt: {
        text: 'The Iraqi official said 1,500 basiji forces had crossed the border into the town of Khanaqin, in Diyala province, in central Iraq on Friday, while another 500 had entered the Badra Jassan area in Wasat province overnight.',
        start: 1082,
        end: 1303,
      },
    },
    {
      id: 'kerbala-sermon-calls-for-volunteers',
      headline: 'Sistani’s representative calls for volunteers in Kerbala sermon',
      summary:
        'In a sermon in Kerbala, Sistani’s representative urged citizens able to carry weapons to volunteer and join the security forces, saying the fight was everybody’s responsibility.',
      when: {
        start: '2014-06-13T00:00:00+03:00',
        end: '2014-06-14T00:00:00+03:00',
        precision: 'day',
        text: 'on Friday',
        resolvedAgainst: PUBLISHED,
      },
      places: [places.kerbala],
      actors: [
        {
          name: 'Sheik Abdul-Mahdi al-Karbalaie',
          kind: 'religious',
          role: 'Representative of Grand Ayatollah Ali al-Sistani',
        },
      ],
      quantities: [],
      sources: [
        {
          who: 'Sheik Abdul-Mahdi al-Karbalaie',
          named: true,
          verb: 'said',
          outlet: 'Associated Press',
        },
      ],
      tags: ['sistani', 'volunteers', 'kerbala'],
      category: 'religion',
      excerpt: {
        text: '“Citizens who can carry weapons and fight the terrorists in defence of their country, its people and its holy sites should volunteer and join the security forces,” Sheik Abdul-Mahdi al-Karbalaie, Sistani’s representative, said on Friday in a sermon at the holy Shia city of Kerbala.',
        start: 2067,
        end: 2349,
      },
    },
    // --- The night of 13-14 June -----------------------------------------------------------
    {
      id: 'basiji-enter-badra-jassan',
      headline: 'Another 500 enter the Badra Jassan area',
      summary:
        'According to the Iraqi official, another 500 entered the Badra Jassan area in Wasit province during the night.',
      when: {
        start: '2014-06-13T18:00:00+03:00',
        end: '2014-06-14T06:00:00+03:00',
        precision: 'part-of-day',
        text: 'overnight',
        resolvedAgainst: PUBLISHED,
      },
      places: [places.badraJassan],
      actors: [{ name: 'Basiji forces', kind: 'military', role: 'Forces crossing from Iran' }],
      quantities: [{ value: 500, unit: 'basiji forces', approximate: false, text: '500' }],
      sources: [{ who: 'the Iraqi official', named: false, verb: 'said', outlet: 'The Guardian' }],
      tags: ['iran', 'basij', 'wasit'],
      category: 'military',
      excerpt: {
        text: 'The Iraqi official said 1,500 basiji forces had crossed the border into the town of Khanaqin, in Diyala province, in central Iraq on Friday, while another 500 had entered the Badra Jassan area in Wasat province overnight.',
        start: 1082,
        end: 1303,
      },
    },
    // --- Saturday 14 June ------------------------------------------------------------------
    {
      id: 'maliki-addresses-the-country',
      headline: 'Maliki addresses the country and calls on citizens to take up arms',
      summary:
        'Iraq’s prime minister addressed the nation, calling on citizens to take up arms and saying Isis had given the army and Iraqis an incentive to act bravely.',
      // Reported in a story published on Saturday at noon: it had happened by then.
      when: {
        start: '2014-06-14T00:00:00+03:00',
        end: PUBLISHED,
        precision: 'day',
        text: 'on Saturday',
        resolvedAgainst: PUBLISHED,
      },
      places: [],
      actors: [{ name: 'Nouri al-Maliki', kind: 'person', role: 'Iraqi prime minister' }],
      quantities: [],
      sources: [{ who: 'Nouri al-Maliki', named: true, verb: 'said' }],
      tags: ['maliki', 'volunteers'],
      category: 'politics',
      excerpt: {
        text: 'Addressing the country on Saturday, Maliki said rebels from the Islamic State of Iraq and the Levant (Isis) had given “an incentive to the army and to Iraqis to act bravely”.',
        start: 554,
        end: 728,
      },
    },
  ],
};
