import { describe, expect, it } from 'vitest';
import {
  findAttributions,
  findEntities,
  findQuantities,
  findTimeExpressions,
  splitSentences,
} from '../../src/extract/index.js';
import { WEEKDAYS } from '../../src/extract/time/words.js';

describe('splitSentences', () => {
  it('keeps titles, initialisms and numbers inside a sentence', () => {
    const text =
      'Maj. Gen. John Smith flew to the U.S. on Friday with 1,500 troops. He left at 3.30pm. “Go,” he said.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Maj. Gen. John Smith flew to the U.S. on Friday with 1,500 troops.',
      'He left at 3.30pm.',
      '“Go,” he said.',
    ]);
  });

  it('ends a sentence after a closing quote, either side of the full stop', () => {
    const text =
      'He said it was “a disgrace”. Then he left. She said: “We will stay.” Nobody moved.';
    expect(splitSentences(text).map((s) => s.text)).toHaveLength(4);
  });

  it('gives offsets into the original text and marks headlines as fragments', () => {
    const text = 'FLOODS HIT TOWN\n\nWater rose on Monday. Roads closed.\n\nContinue reading…';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.fragment)).toEqual([true, false, false, true]);
  });

  it('splits a photo caption glued to the first sentence', () => {
    const text =
      'Rescue workers search the rubble in the town of AntakyaRescuers pulled 12 people alive from the rubble on Monday.';
    const [caption, first] = splitSentences(text);
    expect(caption).toMatchObject({
      text: 'Rescue workers search the rubble in the town of Antakya',
      fragment: true,
    });
    expect(first!.text).toBe('Rescuers pulled 12 people alive from the rubble on Monday.');
  });
});

describe('findTimeExpressions', () => {
  const options = { reference: '2021-03-10T12:00:00+00:00', timeZone: 'Europe/London' };
  const read = (text: string, anchor?: string) =>
    findTimeExpressions(text, anchor ? { ...options, anchor } : options).map((m) => [
      m.text,
      m.result.ok ? `${m.result.when.start} ${m.result.when.precision}` : 'unresolved',
    ]);

  it('keeps the preposition in the words and resolves with resolveWhen', () => {
    expect(read('Police were called on Tuesday night and again yesterday morning.')).toEqual([
      ['on Tuesday night', '2021-03-09T18:00:00+00:00 part-of-day'],
      ['yesterday morning', '2021-03-09T06:00:00+00:00 part-of-day'],
    ]);
  });

  it('reads explicit dates, months and durations', () => {
    expect(
      read(
        'It rained on 3 March 2021; last month the council met; in the past 48 hours it flooded.',
      ),
    ).toEqual([
      ['on 3 March 2021', '2021-03-03T00:00:00+00:00 day'],
      ['last month', '2021-02-01T00:00:00+00:00 month'],
      ['in the past 48 hours', '2021-03-08T12:00:00+00:00 range'],
    ]);
  });

  it('counts "two days earlier" from the anchor when there is one', () => {
    expect(read('Two days earlier, a warning was issued.', '2021-03-09T18:00:00+00:00')).toEqual([
      ['Two days earlier', '2021-03-07T00:00:00+00:00 day'],
    ]);
  });

  it('does not read "May" the verb or a bare number as time', () => {
    expect(read('They may leave with 15 people.')).toEqual([]);
  });

  it('finds the abbreviated weekdays the resolver reads, after a preposition or before a date', () => {
    // 10 March 2021 is a Wednesday.
    expect(
      read('Talks resumed on Tues and stalled last Fri; the bill passed Thurs 4 March.'),
    ).toEqual([
      ['on Tues', '2021-03-09T00:00:00+00:00 day'],
      ['last Fri', '2021-03-05T00:00:00+00:00 day'],
      ['Thurs 4 March', '2021-03-04T00:00:00+00:00 day'],
    ]);
    expect(read('The vote was at 3pm on Mon.')).toEqual([
      ['at 3pm on Mon', '2021-03-08T15:00:00+00:00 minute'],
    ]);
  });

  it('finds after "on" every weekday word the resolver knows, from the one shared table', () => {
    for (const word of Object.keys(WEEKDAYS)) {
      const spelled = word[0]!.toUpperCase() + word.slice(1);
      expect(read(`Police came on ${spelled}.`), word).toEqual([
        [`on ${spelled}`, expect.stringMatching(/ day$/)],
      ]);
    }
  });

  it('does not read "sat", "wed" or "Sun" alone as weekdays', () => {
    expect(read('She sat with a Sun reporter before they wed.')).toEqual([]);
  });

  it('keeps words the resolver rejects as unresolved', () => {
    expect(read('It happened on 31 June.')).toEqual([['on 31 June', 'unresolved']]);
  });
});

describe('findQuantities', () => {
  it('reads counts with units, vague plurals as approximate, and skips times and years', () => {
    expect(
      findQuantities(
        '1,500 basiji forces crossed in 48 hours in 2014, while hundreds of young men and another 500 waited.',
      ),
    ).toEqual([
      { value: 1500, unit: 'basiji forces', approximate: false, text: '1,500' },
      { value: 200, unit: 'young men', approximate: true, text: 'hundreds of' },
    ]);
  });
});

describe('findAttributions', () => {
  it('reads "told the Guardian", "according to" and a relaying outlet', () => {
    expect(
      findAttributions('Iran sent troops, a senior Iraqi official has told the Guardian.').sources,
    ).toEqual([
      { who: 'a senior Iraqi official', named: false, verb: 'told', outlet: 'The Guardian' },
    ]);
    expect(
      findAttributions(
        'Troops left the city, according to a mid-ranking army officer, the Associated Press reported.',
      ).sources,
    ).toEqual([
      { who: 'a mid-ranking army officer', named: false, verb: 'said', outlet: 'Associated Press' },
    ]);
  });

  it('names a speaker in apposition and an outlet that only reports', () => {
    expect(
      findAttributions('The president, Hassan Rouhani, said Iran was ready.').sources[0],
    ).toMatchObject({
      who: 'Hassan Rouhani',
      named: true,
      verb: 'said',
    });
    expect(findAttributions('Two drivers were injured, Reuters reported.').sources).toEqual([
      { who: 'Reuters', named: true, verb: 'reported', outlet: 'Reuters' },
    ]);
  });
});

describe('findTimeExpressions, qualified words (reader review B)', () => {
  const options = { reference: '2021-03-10T12:00:00+00:00', timeZone: 'Europe/London' };
  const read = (text: string) =>
    findTimeExpressions(text, options).map((m) => [
      m.text,
      m.result.ok ? `${m.result.when.start} ${m.result.when.precision}` : 'unresolved',
    ]);

  it('takes "early", "late", "about" and "minutes before" into the words, never a finer span', () => {
    expect(read('It struck early Monday and again late last month.')).toEqual([
      ['early Monday', '2021-03-08T00:00:00+00:00 part-of-day'],
      ['late last month', '2021-02-16T00:00:00+00:00 range'],
    ]);
    expect(read('Shops shut minutes before noon local time on Tuesday.')).toEqual([
      ['minutes before noon local time on Tuesday', '2021-03-09T11:00:00+00:00 hour'],
    ]);
    expect(read('A second tremor came about two weeks ago.')).toEqual([
      ['about two weeks ago', '2021-02-24T00:00:00+00:00 day'],
    ]);
  });

  // Round forty-four: "late" and "early" are the second and first halves, as VOA's "late Sunday"
  // results (10 p.m.) and "early Monday" quake (07:45) were; a week, or a period cut short by
  // the reference before its middle, stays whole.
  it('reads "early" and "late" as the first and second half of the day, part, month or year', () => {
    const spans = (text: string) =>
      findTimeExpressions(text, options).map((m) =>
        m.result.ok
          ? [m.text, m.result.when.start, m.result.when.end, m.result.when.precision]
          : [],
      );
    expect(spans('Results came late Sunday and a speech late Thursday afternoon.')).toEqual([
      ['late Sunday', '2021-03-07T12:00:00+00:00', '2021-03-08T00:00:00+00:00', 'part-of-day'],
      [
        'late Thursday afternoon',
        '2021-03-04T15:00:00+00:00',
        '2021-03-04T18:00:00+00:00',
        'part-of-day',
      ],
    ]);
    expect(spans('It rained early Tuesday night, early last year and early last week.')).toEqual([
      [
        'early Tuesday night',
        '2021-03-09T18:00:00+00:00',
        '2021-03-10T00:00:00+00:00',
        'part-of-day',
      ],
      ['early last year', '2020-01-01T00:00:00+00:00', '2020-07-01T00:00:00+01:00', 'range'],
      ['early last week', '2021-03-01T00:00:00+00:00', '2021-03-08T00:00:00+00:00', 'week'],
    ]);
    // On 10 March "this month" ends before the 16th: no half of it to keep.
    expect(spans('Prices rose late this month.')[0]?.[3]).toBe('month');
  });

  // Round forty-five: "in late February" and "early 2014" were not read at all (decisions,
  // round forty-four's final read); "mid" is the middle third, which no half holds.
  it('reads early, mid and late of a month or a year: halves, and the middle third', () => {
    const spans = (text: string) =>
      findTimeExpressions(text, { ...options, direction: 'past' }).map((m) =>
        m.result.ok
          ? [m.text, m.result.when.start, m.result.when.end, m.result.when.precision]
          : [m.text],
      );
    expect(spans('Talks collapsed in late February and resumed in early 2014.')).toEqual([
      ['in late February', '2021-02-16T00:00:00+00:00', '2021-03-01T00:00:00+00:00', 'range'],
      ['in early 2014', '2014-01-01T00:00:00+00:00', '2014-07-01T00:00:00+01:00', 'range'],
    ]);
    expect(spans('Fighting flared in mid-January, again in mid-2019 and late 2019.')).toEqual([
      ['in mid-January', '2021-01-11T00:00:00+00:00', '2021-01-21T00:00:00+00:00', 'range'],
      ['in mid-2019', '2019-05-01T00:00:00+01:00', '2019-09-01T00:00:00+01:00', 'range'],
      ['late 2019', '2019-07-01T00:00:00+01:00', '2020-01-01T00:00:00+00:00', 'range'],
    ]);
    // A month without a year looks back: in a March story, "late November" is last year's.
    expect(spans('The deal was signed in early November 2020 and mid-December.')).toEqual([
      ['in early November 2020', '2020-11-01T00:00:00+00:00', '2020-11-16T00:00:00+00:00', 'range'],
      ['mid-December', '2020-12-11T00:00:00+00:00', '2020-12-21T00:00:00+00:00', 'range'],
    ]);
    // "late May" with no preposition may be an adjective's: "the late May sunshine".
    expect(spans('They enjoyed the late May sunshine.')).toEqual([]);
  });

  it('halves a day whose midnight a clock change skipped at its noon (review)', () => {
    // Santiago sprang forward at 00:00 on Sunday 11 September 2022: Sunday began at 01:00, 23
    // wall-clock hours, and "late Sunday" was left the whole day.
    const [late] = findTimeExpressions('Results came late Sunday.', {
      reference: '2022-09-12T09:00:00-03:00',
      timeZone: 'America/Santiago',
    });
    expect(late?.result.ok && late.result.when).toMatchObject({
      start: '2022-09-11T12:00:00-03:00',
      end: '2022-09-12T00:00:00-03:00',
      precision: 'part-of-day',
    });
    const [early] = findTimeExpressions('It struck early Sunday.', {
      reference: '2022-09-12T09:00:00-03:00',
      timeZone: 'America/Santiago',
    });
    expect(early?.result.ok && early.result.when).toMatchObject({
      start: '2022-09-11T01:00:00-03:00',
      end: '2022-09-11T12:00:00-03:00',
    });
  });

  it('leaves "talks about Friday" its "about"', () => {
    expect(read('They held talks about Friday’s vote.')).toEqual([
      ['Friday', '2021-03-05T00:00:00+00:00 day'],
    ]);
  });
});

describe('findAttributions, passives (reader review B)', () => {
  it('reads no speaker in "people were reported dead"', () => {
    expect(
      findAttributions('At least 180 people were reported dead when the tower collapsed.').sources,
    ).toEqual([]);
  });

  it('reads the agent of "it has been confirmed by the police that" and leaves it out of the headline', () => {
    const sentence =
      'It has also recently been confirmed by the police that a suspicious object was found.';
    const { sources, spans } = findAttributions(sentence);
    expect(sources).toEqual([{ who: 'the police', named: false, verb: 'confirmed' }]);
    expect(spans).toEqual([{ start: 0, end: sentence.indexOf('a suspicious') - 1 }]);
  });
});

describe('findEntities, two capitalised words that are no person (reader review B: VOA texts)', () => {
  it('reads countries, bodies, places, storms and ships for what they are', () => {
    const entities = findEntities(
      'A White House spokesman said the United States and the U.S. Geological Survey would help the Democratic Republic of Congo and Latin America after Typhoon Haiyan, as the USS George Washington sailed past the Dharahara Tower.',
    );
    expect(entities.people).toEqual([]);
    expect(entities.places.map((p) => p.name)).toEqual([
      'United States',
      'Democratic Republic of Congo',
      'Latin America',
      'Dharahara Tower',
    ]);
    expect(entities.organisations.map((o) => o.name)).toEqual(['White House', 'Geological Survey']);
  });
});

describe('findQuantities, times and designations (round forty-four: VOA texts)', () => {
  it('counts no clock time written "p.m." and no number that names a thing', () => {
    expect(findQuantities('The chairman spoke at about 10 p.m. that night.')).toEqual([]);
    expect(
      findQuantities('The Boeing 737 MAX-8 jet went down and Flight 302 carried 157 people.'),
    ).toEqual([{ value: 157, unit: 'people', approximate: false, text: '157' }]);
    // A day's or a month's name is no thing's: the count after it stays.
    expect(findQuantities('Officials said Tuesday 30 people were killed in the blast.')).toEqual([
      { value: 30, unit: 'people', approximate: false, text: '30' },
    ]);
    expect(findQuantities('In the attack on Monday 40 soldiers died.')).toEqual([
      { value: 40, unit: 'soldiers', approximate: false, text: '40' },
    ]);
    // A sentence's first word is no name: "Around 200 buses" is a count.
    expect(findQuantities('Around 200 buses and vans drove past.')).toEqual([
      { value: 200, unit: 'buses', approximate: false, text: '200' },
    ]);
  });
});

describe('names in letters beyond ASCII (round forty-four: Wikinews, East Timor)', () => {
  it('keeps a name whole, as a person and as a speaker', () => {
    const entities = findEntities(
      'He cited the threat by President Xanana Gusmão to resign, and Prime Minister Mari Alkatiri left.',
    );
    expect(entities.people).toContain('Xanana Gusmão');
    expect(findAttributions('The president, Xanana Gusmão, said he would stay.').sources).toEqual([
      { who: 'Xanana Gusmão', named: true, verb: 'said' },
    ]);
  });
});

describe('findEntities, a title inside a run of capitals (round forty-five)', () => {
  // "East Timorese Prime Minister Mari Alkatiri" was a place (round forty-four's seen-and-left),
  // "Secretary of State John Kerry" an armed group, "Iraqi Prime Minister Nouri al-Maliki" nothing.
  it('reads the name after the title as a person, and the words before it as no place', () => {
    const read = (text: string) => {
      const { people, places, organisations } = findEntities(text);
      return { people, places: places.map((p) => p.name), organisations };
    };
    expect(read('He cited the threat by East Timorese Prime Minister Mari Alkatiri.')).toEqual({
      people: ['Mari Alkatiri'],
      places: [],
      organisations: [],
    });
    expect(read('Secretary of State John Kerry condemned the attack.')).toEqual({
      people: ['John Kerry'],
      places: [],
      organisations: [],
    });
    expect(read('Iraqi Prime Minister Nouri al-Maliki flew to Tehran.').people).toEqual([
      'Nouri al-Maliki',
    ]);
    expect(read('Foreign Minister Jose Ramos Horta resigned.').people).toEqual([
      'Jose Ramos Horta',
    ]);
    // A country before the title stays a country.
    expect(read("New Zealand's Civil Defense Minister John Carter spoke.")).toEqual({
      people: ['John Carter'],
      places: ['New Zealand'],
      organisations: [],
    });
  });
});

describe('findAttributions, who says (round forty-four: VOA texts)', () => {
  it('reads a plural "say", the subject of coordinated verbs, and no dateline', () => {
    expect(findAttributions('Witnesses say the gunmen wore masks.').sources).toEqual([
      { who: 'Witnesses', named: false, verb: 'said' },
    ]);
    expect(
      findAttributions('Canada and France each say two of their citizens were killed.').sources,
    ).toEqual([{ who: 'Canada and France', named: true, verb: 'said' }]);
    expect(
      findAttributions(
        'Secretary of State John Kerry condemned the attack and said the United States has offered its support.',
      ).sources,
    ).toEqual([{ who: 'Secretary of State John Kerry', named: true, verb: 'said' }]);
    // An adjective after the article is no verb of the predicate: the subject is not "The".
    expect(
      findAttributions('The armed forces seized the town and said the rebels had fled.').sources,
    ).toEqual([{ who: 'The armed forces', named: false, verb: 'said' }]);
    expect(
      findAttributions('The elected council met on Monday and said it would resign.').sources,
    ).toEqual([{ who: 'The elected council', named: false, verb: 'said' }]);
    expect(
      findAttributions(
        'ACCRA — Ghana announced the results of its presidential election late Sunday.',
      ).sources,
    ).toEqual([{ who: 'Ghana', named: true, verb: 'announced' }]);
  });
});
