import { describe, expect, it } from 'vitest';
import { IRAQ_ARTICLE_TEXT } from '../../src/data/iraq-article-text.js';
import { extractTimeline } from '../../src/extract/index.js';
import { HEADLINE_LENGTH, wholeClause } from '../../src/extract/clause.js';
import { titleCase } from '../../src/extract/title.js';
import { MALTON_TEXT, maltonTimeline } from './fixtures/extract/malton-flood.js';
import { SPRINGFIELD_TEXT, springfieldTimeline } from './fixtures/extract/springfield-strike.js';

describe('titleCase', () => {
  it('keeps the proper nouns of an all-caps headline as the article writes them', () => {
    const body = IRAQ_ARTICLE_TEXT.slice(IRAQ_ARTICLE_TEXT.indexOf('\n'));
    expect(titleCase('IRAQ TURNS TO IRAN FOR HELP', body)).toBe('Iraq turns to Iran for help');
  });

  it('takes acronyms, hyphenated names and countries from the text', () => {
    const body =
      'The envoy of the UN met pro-Russian leaders in Donetsk on Friday. Talks with the leaders went on.';
    expect(titleCase('UN ENVOY MEETS PRO-RUSSIAN LEADERS IN DONETSK', body)).toBe(
      'UN envoy meets pro-Russian leaders in Donetsk',
    );
    // Words the text never uses mid-sentence: country names stay capitalised, others do not.
    expect(titleCase('FLOODS HIT FRANCE', 'Rain fell.')).toBe('Floods hit France');
  });

  it('does not take a word at the start of a sentence for a name', () => {
    expect(
      titleCase(
        'POLICE CLOSE ROAD',
        'Police said the road was shut. The police also closed a bridge.',
      ),
    ).toBe('Police close road');
  });

  it('leaves a headline that is not in capitals as written', () => {
    expect(titleCase('Iraq turns to Iran for help', '')).toBe('Iraq turns to Iran for help');
  });

  it('is what extractTimeline gives as the title', () => {
    const { timeline } = extractTimeline(IRAQ_ARTICLE_TEXT, {
      published: '2014-06-14T12:00:00+03:00',
      timeZone: 'Asia/Baghdad',
    });
    expect(timeline.title).toBe('Iraq turns to Iran for help');
  });
});

describe('wholeClause', () => {
  it('keeps a short headline whole', () => {
    expect(wholeClause('Police arrested two men')).toBe('Police arrested two men');
  });

  it('cuts a long one back to the longest opening that is still a clause', () => {
    const long =
      'Hundreds of residents were evacuated from their homes in the town after the river burst its banks for the second time';
    const cut = wholeClause(long);
    expect(cut).toBe('Hundreds of residents were evacuated from their homes in the town');
    expect(cut.length).toBeLessThanOrEqual(HEADLINE_LENGTH);
  });

  it('never ends on a word that needs another, and never adds an ellipsis', () => {
    const long =
      'The volunteers signing up were responding to a call by the country’s most senior cleric to defend the nation against the advance';
    const cut = wholeClause(long);
    expect(cut).not.toMatch(/…|\s(?:the|a|to|of|by|and)$/);
    expect(cut.length).toBeLessThanOrEqual(HEADLINE_LENGTH);
    expect(cut).toMatch(/^The volunteers signing up were responding/);
  });

  it('falls back to a word boundary when no clause fits, still without an ellipsis', () => {
    const words = 'Supercalifragilistic '.repeat(8).trim();
    const cut = wholeClause(words);
    expect(cut.length).toBeLessThanOrEqual(HEADLINE_LENGTH);
    expect(cut).not.toContain('…');
  });
});

describe('extractTimeline headlines', () => {
  it.each([
    ['Iraq', IRAQ_ARTICLE_TEXT, '2014-06-14T12:00:00+03:00', 'Asia/Baghdad'],
    ['Malton', MALTON_TEXT, maltonTimeline.published, maltonTimeline.timeZone],
    ['Springfield', SPRINGFIELD_TEXT, springfieldTimeline.published, springfieldTimeline.timeZone],
  ])(
    '%s: every headline is at most 80 characters, uncut and with its verb',
    (_, text, published, timeZone) => {
      const { timeline } = extractTimeline(text, { published, timeZone });
      for (const { headline } of timeline.events) {
        expect(headline.length).toBeLessThanOrEqual(HEADLINE_LENGTH);
        expect(headline).not.toMatch(/…|\.\.\.$/);
        expect(headline).not.toMatch(/[,;:]$|\s(?:the|a|an|of|to|and|in|on|at)$/);
      }
    },
  );

  it('drops an emptied aside and a trailing attribution', () => {
    const { timeline } = extractTimeline(SPRINGFIELD_TEXT, {
      published: springfieldTimeline.published,
      timeZone: springfieldTimeline.timeZone,
    });
    const headlines = timeline.events.map((e) => e.headline);
    expect(headlines).toContain('The vote passed with 1,240 votes in favour and 310 against');
    expect(headlines).toContain('Ridership fell by roughly 40% during the walkout');
  });
});
