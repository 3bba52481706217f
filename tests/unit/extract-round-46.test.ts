// Round forty-six: the gaps earlier rounds left, each tested on sentences written for this file.
import { describe, expect, it } from 'vitest';
import {
  extractTimeline,
  findAttributions,
  findEntities,
  findQuantities,
} from '../../src/extract/index.js';

// A Thursday noon in London (BST, +01:00).
const options = { published: '2018-06-14T12:00:00+01:00', timeZone: 'Europe/London' };
const events = (text: string, published = options.published) =>
  extractTimeline(text, { ...options, published }).timeline.events;

describe('a plan dated by a part of a period', () => {
  it('is read forward as the whole period is', () => {
    const [plant, talks] = events(
      'The company will open the plant in late 2019. Talks will resume early next week.',
    );
    expect(plant).toMatchObject({ headline: 'The company will open the plant', planned: true });
    expect(plant!.when).toMatchObject({
      start: '2019-07-01T00:00:00+01:00',
      end: '2020-01-01T00:00:00+00:00',
      precision: 'range',
      text: 'in late 2019',
    });
    expect(talks!.when.start).toBe('2018-06-18T00:00:00+01:00');
    expect(talks!.planned).toBe(true);
  });
});

describe('a county, a district or a township', () => {
  it('is a place, also after a title word or a word of "of"', () => {
    // "King" is a title; "King County" was the person "County".
    expect(findEntities('Residents of King County voted on Tuesday.')).toMatchObject({
      people: [],
      places: [{ name: 'King County' }],
    });
    // Two capitalised words were a person's name.
    expect(findEntities('Orange County firefighters arrived.')).toMatchObject({
      people: [],
      places: [{ name: 'Orange County' }],
    });
    expect(findEntities('He was detained in Bahan Township.').places).toEqual([
      { name: 'Bahan Township' },
    ]);
    expect(findEntities('King County sheriff John Urquhart said.').people).toEqual([
      'John Urquhart',
    ]);
  });
});

describe('a pope, a king, and an office written in title case', () => {
  it('keeps a regnal title with a single name, and reads "Of London" as the office’s', () => {
    // "Francis" alone was the person.
    expect(findEntities('Crowds waited for Pope Francis in Rome.')).toMatchObject({
      people: ['Pope Francis'],
      places: [{ name: 'Rome' }],
    });
    expect(findEntities('Saudi King Abdullah met Prime Minister David Cameron.').people).toEqual([
      'King Abdullah',
      'David Cameron',
    ]);
    // "Of London" was the person.
    expect(findEntities('The Mayor Of London opened the bridge.')).toMatchObject({
      people: [],
      places: [{ name: 'London' }],
    });
    expect(findEntities('The Mayor Of London Sadiq Khan said.').people).toEqual(['Sadiq Khan']);
    // A title with a full name is left out of it, as before.
    expect(findEntities('Secretary of State John Kerry said.').people).toEqual(['John Kerry']);
  });
});

describe('a long run of capitalised words before a verb of saying', () => {
  it('is searched for its speaker in linear time', () => {
    // The outlet of ", X News reported" was searched from each capital to the end: 100 KB of
    // capitalised words took 17 s.
    const text = 'Ab '.repeat(33_000) + 'said the bridge had closed.';
    const started = performance.now();
    findAttributions(text);
    expect(performance.now() - started).toBeLessThan(1_000);
    // The outlet is still found.
    expect(findAttributions('The bridge closed, Valley News reported.').sources).toEqual([
      { who: 'Valley News', named: true, verb: 'reported', outlet: 'Valley News' },
    ]);
  });
});

describe('a day that is the subject of "is" or "was"', () => {
  it('makes no event of what the day is', () => {
    // VOA, Bohol (a Tuesday story): the closed schools made the sentence an event of Tuesday,
    // headed "Is a national holiday".
    const published = '2013-10-15T12:00:00+01:00';
    expect(
      events(
        'Tuesday is a national holiday, which may have cut the toll, as many schools and offices were closed.',
        published,
      ),
    ).toEqual([]);
    // A day that dates the clause's happening still does.
    const [quake] = events('On Tuesday the quake destroyed a church.', published);
    expect(quake).toMatchObject({ headline: 'The quake destroyed a church' });
    expect(quake!.when.start).toBe('2013-10-15T00:00:00+01:00');
  });
});

describe('a schedule with an adverb before "scheduled"', () => {
  it('is a plan, read forward', () => {
    // VOA, Myanmar (7 October 2022): "is next scheduled to appear in court on October 13" was a
    // happening of 13 October of the year before.
    const [hearing] = events('The journalist is next scheduled to appear in court on October 13.');
    expect(hearing).toMatchObject({ planned: true });
    expect(hearing!.when.start).toBe('2018-10-13T00:00:00+01:00');
    const [vote] = events('The council is now expected to vote on June 20.');
    expect(vote!.when.start).toBe('2018-06-20T00:00:00+01:00');
  });
});

describe('a report dated by its verb of saying, of a happening with time words of its own', () => {
  it('dates the happening by its own words, counted from the report', () => {
    // VOA, Kenneth Bae: "KCNA said Thursday that … was convicted at a trial two days earlier" put
    // the conviction on Thursday, headed "… convicted at a trial two days earlier".
    const [arrest, reopened] = events(
      'Police said on Thursday that the man was arrested two days earlier. The ministry confirmed on Wednesday that the bridge had reopened on Monday.',
    );
    expect(arrest).toMatchObject({ headline: 'The man was arrested' });
    expect(arrest!.when).toMatchObject({
      start: '2018-06-12T00:00:00+01:00',
      precision: 'day',
      text: 'two days earlier',
    });
    expect(reopened).toMatchObject({ headline: 'The bridge had reopened' });
    expect(reopened!.when.start).toBe('2018-06-11T00:00:00+01:00');
  });

  it('takes no date from an aside or a comparison in the reported clause', () => {
    // A read of the change: "the bridge, which opened in 1990, collapsed" was dated 1990.
    for (const sentence of [
      'The government said Thursday that the bridge, which opened in 1990, collapsed.',
      'Officials said Thursday that 40 people were killed, the worst toll since 2010.',
    ]) {
      const [event] = events(sentence);
      expect(event!.when.text).toBe('Thursday');
    }
  });
});

describe('a clock time right after a day’s words', () => {
  it('is that day’s, one mention, "about" widening it to the hour', () => {
    // Wikinews, India (a Saturday story): "Saturday morning at about 4:15 a.m." dated the
    // derailment to the morning, 06:00-12:00, which 04:15 is not in.
    const published = '2005-10-29T12:00:00+01:00';
    const [derailed] = events(
      'A train derailed Saturday morning at about 4:15 a.m. local time near the river.',
      published,
    );
    expect(derailed).toMatchObject({ headline: 'A train derailed near the river' });
    expect(derailed!.when).toMatchObject({
      start: '2005-10-29T03:45:00+01:00',
      end: '2005-10-29T04:45:00+01:00',
      precision: 'hour',
      text: 'Saturday morning at about 4:15 a.m. local time',
    });
    const [fire] = events('The fire started on Friday, at 10 p.m.', published);
    expect(fire!.when).toMatchObject({ start: '2005-10-28T22:00:00+01:00', precision: 'minute' });
    // A week's words take no clock time.
    const [talks] = events('Talks collapsed last week at 3pm.', published);
    expect(talks!.when.precision).not.toBe('minute');
  });
});

describe('a clock time', () => {
  it('is no count of anything', () => {
    // Wikinews, India: "4:15 a.m." was 4 ":15 a.m", and "2245 UTC" 2,245 UTC.
    expect(
      findQuantities(
        'It derailed at about 4:15 a.m. local time (Friday 2245 UTC) with at least 100 casualties.',
      ),
    ).toEqual([{ value: 100, unit: 'casualties', approximate: false, text: '100' }]);
    expect(findQuantities('The ferry left at 0930 GMT with 300 passengers.')).toEqual([
      { value: 300, unit: 'passengers', approximate: false, text: '300' },
    ]);
  });
});

describe('a quake’s magnitude', () => {
  it('is no count of anything', () => {
    // VOA's Gansu quake: 5.9 "quake struck early" and 5.6 "shook".
    expect(
      findQuantities(
        'A shallow, magnitude 5.9 quake struck early Monday. A second earthquake measuring 5.6 shook the area, and a 6.1-magnitude quake hit 40 villages.',
      ),
    ).toEqual([{ value: 40, unit: 'villages', approximate: false, text: '40' }]);
    expect(findQuantities('A 7.0 magnitude quake killed 200 people.')).toEqual([
      { value: 200, unit: 'people', approximate: false, text: '200' },
    ]);
  });
});

describe('"tens of thousands of" and "hundreds of thousands of"', () => {
  it('count the least the words allow, not the 2,000 of "thousands of"', () => {
    expect(findQuantities('Tens of thousands of tourists were evacuated.')).toEqual([
      { value: 20_000, unit: 'tourists', approximate: true, text: 'Tens of thousands of' },
    ]);
    expect(findQuantities('Hundreds of thousands of people were left without water.')).toEqual([
      { value: 200_000, unit: 'people', approximate: true, text: 'Hundreds of thousands of' },
    ]);
    // The fixture's convention stands for the plural alone.
    expect(findQuantities('Thousands of visitors left.')[0]?.value).toBe(2000);
  });
});

describe('an initialism after a preposition', () => {
  it('is no place, unless it is a country’s', () => {
    // VOA, Pakistan: "spoke to VOA" made VOA a place.
    expect(findEntities('The minister spoke to VOA standing before the rubble.').places).toEqual(
      [],
    );
    expect(findEntities('Troops flew to the UK and to NATO headquarters.').places).toEqual([
      { name: 'UK' },
    ]);
    // A read of the change: "in the DPRK" and "to NYC" are places.
    expect(findEntities('He was held in the DPRK before he flew to NYC.').places).toEqual([
      { name: 'DPRK' },
      { name: 'NYC' },
    ]);
  });
});

describe('"the state of" before a possessive', () => {
  it('is no place: the name is its owner’s', () => {
    expect(
      findEntities("Doctors gave no update on the state of Nelson Mandela's health."),
    ).toMatchObject({ people: ['Nelson Mandela'], places: [] });
  });
});

describe('numbers in a long text', () => {
  it('are read in linear time', () => {
    const started = performance.now();
    findQuantities('1 '.repeat(50_000));
    // Seconds quadratically (97 s before); the bound is loose, the growth is what it guards.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('a run of capitals before an initialism', () => {
  it('does not take the initialism’s first letter as a name', () => {
    // VOA, Kenneth Bae: "Former U.S. President Bill Clinton" gave the person "Former U".
    expect(
      findEntities('Former U.S. President Bill Clinton later traveled to Pyongyang.'),
    ).toMatchObject({ people: ['Bill Clinton'] });
  });
});

describe('an adverb between an auxiliary and a verb of saying', () => {
  it('is no part of the speaker', () => {
    const who = (sentence: string) => findAttributions(sentence).sources.map((s) => s.who);
    // VOA, Kenneth Bae: "It has previously said he confessed" had the source "It has previously".
    expect(who('It has previously said he confessed to the crimes.')).toEqual([]);
    expect(who('Police have repeatedly said the road was safe.')).toEqual(['Police']);
    expect(who('The ministry had earlier said the talks failed.')).toEqual(['The ministry']);
  });
});

describe('time words in a present-tense relative clause after a comma', () => {
  it('describe its noun and date nothing the sentence reports', () => {
    // Wikinews, India (a Saturday story): "passengers were traveling to celebrate Diwali, …, which
    // occurs Tuesday" put the travel on the Tuesday before.
    const [travel] = events(
      'Many of the passengers were traveling to celebrate Diwali, the festival of lights, which occurs Tuesday.',
      '2005-10-29T12:00:00+01:00',
    );
    expect(travel!.when.precision).toBe('unspecified');
    expect(travel!.when.text).toBeUndefined();
    // A past relative clause still dates its happening.
    const [rains] = events('Heavy rains, which killed 100 people this week, washed out the track.');
    expect(rains!.when).toMatchObject({ start: '2018-06-11T00:00:00+01:00', precision: 'week' });
  });
});

describe('two capitalised words that name a place by their own words or by the words before', () => {
  it('are a place, not a person', () => {
    // Wikinews, India: "the state of Andhra Pradesh" was a person.
    expect(
      findEntities('The derailment killed 100 people in the state of Andhra Pradesh.'),
    ).toMatchObject({ people: [], places: [{ name: 'Andhra Pradesh' }] });
    // VOA, Bohol: "Cebu City" and "Chocolate Hills" were people.
    expect(
      findEntities('Buildings fell in Cebu City and the Chocolate Hills were damaged.'),
    ).toMatchObject({ people: [], places: [{ name: 'Cebu City' }, { name: 'Chocolate Hills' }] });
    expect(findEntities('The crash was seen by John Smith.').people).toEqual(['John Smith']);
  });
});

describe('a demonym of a country of two words', () => {
  it('is no place', () => {
    // VOA, Kenneth Bae: "The North Korean announcement" made "North Korean" a place.
    expect(
      findEntities('The North Korean announcement comes at a time of tension.').places,
    ).toEqual([]);
    expect(findEntities('South African troops arrived in North Korea.').places).toEqual([
      { name: 'North Korea', country: 'North Korea' },
    ]);
  });
});
