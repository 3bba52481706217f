import { describe, expect, it } from 'vitest';
import { spansYears } from '../../src/layout/compose.js';
import {
  describeActor,
  describePlace,
  describeTimeRange,
  describeWhen,
  formatWhenShort,
  precisionLabel,
  translationFor,
} from '../../src/i18n/index.js';
import '../../src/i18n/translations/all.js';
import { describePublication } from '../../src/i18n/wording/publication.js';
import { resolveWhen } from '../../src/extract/time/resolve-when.js';
import { PRECISIONS } from '../../src/model/types.js';
import type { When } from '../../src/model/types.js';

const ARTICLE = '2014-06-14T12:00:00+03:00';
const BAGHDAD = { locale: 'en-GB', timeZone: 'Asia/Baghdad' };
const ARABIC = { locale: 'ar', timeZone: 'Asia/Baghdad' };

function article(text: string): When {
  const result = resolveWhen(text, { reference: ARTICLE, timeZone: 'Asia/Baghdad' });
  if (!result.ok) throw new Error(result.reason);
  return result.when;
}

// ICU versions differ on the comma after the weekday ("Friday, 13 June 2014"), so it is optional.
describe('describeWhen (en-GB, Baghdad)', () => {
  it.each<[string, RegExp]>([
    ['on Friday', /^sometime on Friday,? 13 June 2014$/],
    ['overnight', /^overnight, 13 to 14 June 2014$/],
    ['on Friday morning', /^on the morning of Friday,? 13 June 2014$/],
    ['on Friday evening', /^on the evening of Friday,? 13 June 2014$/],
    ['in the early hours of Friday', /^in the early hours of Friday,? 13 June 2014$/],
    ['last week', /^during the week of 2 June 2014$/],
    ['this week', /^during the week of 9 June 2014, up to 14 June 2014(,| at) 12:00$/],
    ['in the past 48 hours', /^in the 48 hours to 14 June 2014(,| at) 12:00$/],
    // VOA's Nepal quake "minutes before noon": "in the 1 hour to" read as a count of one.
    ['in the past hour', /^in the hour to 14 June 2014(,| at) 12:00$/],
    ['on Friday at 3pm', /^Friday,? 13 June 2014(,| at) 15:00$/],
    ['since Friday', /^since Friday,? 13 June 2014$/],
    ['in June', /^sometime in June 2014$/],
    ['this month', /^sometime in June 2014, up to 14 June 2014(,| at) 12:00$/],
    ['in 2014', /^sometime in 2014$/],
    ['earlier today', /^sometime on Saturday,? 14 June 2014, up to 12:00$/],
    // A range is sometime in it, as its dotted mark's legend says: "from … to" read as lasting.
    ['between Monday and Wednesday', /^between 9 June 2014 and 11 June 2014$/],
    ['two hours ago', /^between Saturday,? 14 June 2014(,| at) 0?9:30 and 10:30$/],
  ])('%s', (text, expected) => {
    expect(describeWhen(article(text), BAGHDAD)).toMatch(expected);
  });

  it('reads a minute as its time, given as an instant or as the minute’s span', () => {
    // TimelineJS's "9:20" is imported as the minute it names: it read "between … 09:20 and 09:21".
    const at = '2013-11-01T09:20:00-07:00';
    const zone = { locale: 'en-GB', timeZone: 'America/Los_Angeles' };
    const expected = /^Friday,? 1 November 2013(,| at) 09:20$/;
    expect(describeWhen({ start: at, end: at, precision: 'minute' }, zone)).toMatch(expected);
    const minute: When = { start: at, end: '2013-11-01T09:21:00-07:00', precision: 'minute' };
    expect(describeWhen(minute, zone)).toMatch(expected);
    // Longer, it is the span it is.
    const two = { ...minute, end: '2013-11-01T09:22:00-07:00' };
    expect(describeWhen(two, zone)).toMatch(/^between .*09:20 and 09:22$/);
  });

  it('says an unspecified time is on or before the last day it may be', () => {
    const when: When = {
      start: '2014-01-01T00:00:00+03:00',
      end: ARTICLE,
      precision: 'unspecified',
    };
    // Published at noon on 14 June: a time not given may be that morning.
    expect(describeWhen(when, BAGHDAD)).toBe('at an unspecified time on or before 14 June 2014');
    // A span that ends at midnight does not touch the day it ends on.
    const beforeMidnight = { ...when, end: '2014-06-14T00:00:00+03:00' };
    expect(describeWhen(beforeMidnight, BAGHDAD)).toBe(
      'at an unspecified time on or before 13 June 2014',
    );
  });

  it('reads dates in the timeline zone, not the machine zone (TZ=America/New_York)', () => {
    // 01:00 on 14 June in Baghdad is still 13 June in New York.
    const when: When = {
      start: '2014-06-13T22:00:00Z',
      end: '2014-06-13T22:00:00Z',
      precision: 'instant',
    };
    expect(describeWhen(when, BAGHDAD)).toMatch(/^Saturday,? 14 June 2014(,| at) 0?1:00$/);
  });

  it('writes hours with two digits, as the axis does, where the clock has 24 hours', () => {
    // Apollo's moonwalk began at 02:39:33 GMT: "Mon 21 Jul, 2:39" beside "20:17" read as afternoon.
    const when: When = {
      start: '1969-07-21T02:39:33Z',
      end: '1969-07-21T02:39:33Z',
      precision: 'instant',
    };
    const gmt = { locale: 'en', timeZone: 'UTC' };
    expect(formatWhenShort(when, gmt)).toBe('Mon 21 Jul, 02:39');
    expect(describeWhen(when, gmt)).toMatch(/^Monday,? 21 July 1969 at 02:39:33$/);
    expect(formatWhenShort(when, { ...gmt, locale: 'de' })).toContain('02:39');
    // A 12-hour clock keeps its own way of telling morning from afternoon.
    expect(formatWhenShort(when, { ...gmt, locale: 'en-US' })).toMatch(/AM$/);
  });

  it('falls back to "between" when a span does not have its precision\'s shape', () => {
    const when: When = {
      start: '2014-06-13T10:00:00+03:00',
      end: '2014-06-13T14:00:00+03:00',
      precision: 'part-of-day',
    };
    expect(describeWhen(when, BAGHDAD)).toMatch(
      /^between Friday,? 13 June 2014(,| at) 10:00 and 14:00$/,
    );
  });

  it('counts long ranges of whole days in days', () => {
    const when = article('in the past week');
    expect(describeWhen(when, BAGHDAD)).toMatch(/^in the 7 days to 14 June 2014(,| at) 12:00$/);
  });

  it('says a whole day on a 23-hour DST day in New York', () => {
    const when: When = {
      start: '2014-03-09T00:00:00-05:00',
      end: '2014-03-10T00:00:00-04:00',
      precision: 'day',
    };
    expect(describeWhen(when, { locale: 'en-GB', timeZone: 'America/New_York' })).toMatch(
      /^sometime on Sunday,? 9 March 2014$/,
    );
  });

  it('gives an honest phrase for an unparseable span', () => {
    expect(describeWhen({ start: 'Friday', end: null, precision: 'day' }, BAGHDAD)).toBe(
      'at an unknown time',
    );
  });

  it('follows the locale for the dates: en-US order', () => {
    expect(describeWhen(article('overnight'), { locale: 'en-US', timeZone: 'Asia/Baghdad' })).toBe(
      'overnight, June 13 to 14, 2014',
    );
  });
});

describe('describeWhen (Arabic and fallbacks)', () => {
  it('uses the Arabic phrases with Intl Arabic dates', () => {
    const friday = describeWhen(article('on Friday'), ARABIC);
    expect(friday.startsWith('في وقت ما يوم ')).toBe(true);
    expect(friday).toContain('الجمعة');
    expect(friday).toContain('يونيو');
    expect(describeWhen(article('overnight'), ARABIC)).toMatch(/^ليلة .* إلى /);
    expect(describeWhen(article('since Friday'), ARABIC).startsWith('منذ ')).toBe(true);
  });

  it('matches a regional tag to its language', () => {
    expect(translationFor('ar-IQ').time).toEqual(translationFor('ar').time);
    expect(translationFor('ar-IQ').$code).toBe('ar');
    expect(translationFor('en-GB').time).toBe(translationFor('en').time);
  });

  it('falls back to English words for a language with none registered, but keeps its dates', () => {
    expect(translationFor('sw').time).toBe(translationFor('en').time);
    expect(describeWhen(article('on Friday'), { locale: 'sw', timeZone: 'Asia/Baghdad' })).toMatch(
      /^sometime on Ijumaa,? 13 Juni 2014$/,
    );
  });
});

describe('describeWhen in the other shipped languages', () => {
  const say = (text: string, locale: string) =>
    describeWhen(article(text), { locale, timeZone: 'Asia/Baghdad' });

  it.each<[string, string, RegExp]>([
    ['fr', 'overnight', /^dans la nuit du 13 au 14 juin 2014$/],
    ['fr', 'between Monday and Wednesday', /^entre le 9 juin 2014 et le 11 juin 2014$/],
    ['fr', 'in June', /^en juin 2014$/],
    ['de', 'between Monday and Wednesday', /^zwischen 9\. Juni 2014 und 11\. Juni 2014$/],
    ['de', 'overnight', /^in der Nacht zum Samstag,? 14\. Juni 2014$/],
    ['de', 'since Friday', /^seit Freitag,? 13\. Juni 2014$/],
    ['es', 'overnight', /^en la noche del 13 al 14 de junio de 2014$/],
    ['es', 'in the past 48 hours', /^en las 48 horas previas al 14 de junio de 2014/],
    ['pt', 'between Monday and Wednesday', /^entre 9 de junho de 2014 e 11 de junho de 2014$/],
    ['he', 'in the past 48 hours', /^ב-48 השעות שקדמו ל-14 ביוני 2014/],
    ['ja', 'in June', /^2014年6月中$/],
    ['ja', 'between Monday and Wednesday', /^2014年6月9日から2014年6月11日までの間$/],
  ])('%s: %s', (locale, text, expected) => {
    expect(say(text, locale)).toMatch(expected);
  });

  // Days an event lasted (day precision, as TimelineJS imports a slide's start and end) run
  // "from … to" in each language's words.
  it.each<[string, RegExp]>([
    ['en-GB', /^from 9 to 11 June 2014$/],
    ['fr', /^du 9 au 11 juin 2014$/],
    ['de', /^vom 9\. bis 11\. Juni 2014$/],
    ['pt', /^de 9 a 11 de junho de 2014$/],
    // Intl writes Japanese ranges without shared fields, so both dates are said in full.
    ['ja', /^2014年6月9日から2014年6月11日にかけて$/],
  ])('%s: days an event lasted', (locale, expected) => {
    const lasted: When = {
      start: '2014-06-09T00:00:00+03:00',
      end: '2014-06-12T00:00:00+03:00',
      precision: 'day',
    };
    expect(describeWhen(lasted, { locale, timeZone: 'Asia/Baghdad' })).toMatch(expected);
  });

  it('reads a range of whole months or years between them without the article a day takes', () => {
    // French and Spanish say "entre le 9 juin" and "entre el 9 de junio", but a month or a year
    // takes none: "entre le janvier 2014" and "entre el enero de 2014" are not French or Spanish.
    const range = (start: string, end: string): When => ({ start, end, precision: 'range' });
    const months = range('2014-01-01T00:00:00+03:00', '2014-04-01T00:00:00+03:00');
    const years = range('2014-01-01T00:00:00+03:00', '2020-01-01T00:00:00+03:00');
    const days = range('2014-06-09T00:00:00+03:00', '2014-06-12T00:00:00+03:00');
    const options = (locale: string) => ({ locale, timeZone: 'Asia/Baghdad' });
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(describeWhen(months, options('fr')))).toBe('entre janvier 2014 et mars 2014');
    expect(plain(describeWhen(years, options('fr')))).toBe('entre 2014 et 2019');
    expect(plain(describeWhen(days, options('fr')))).toBe(
      'entre le 9 juin 2014 et le 11 juin 2014',
    );
    expect(plain(describeWhen(months, options('es')))).toBe('entre enero de 2014 y marzo de 2014');
    expect(plain(describeWhen(years, options('es')))).toBe('entre 2014 y 2019');
    expect(plain(describeWhen(days, options('es')))).toBe(
      'entre el 9 de junio de 2014 y el 11 de junio de 2014',
    );
  });

  it('German and Spanish choose their words by what the date looks like', () => {
    const openWeek: When = { start: '2014-06-09T00:00:00+03:00', end: null, precision: 'week' };
    const openMonth: When = { start: '2014-06-01T00:00:00+03:00', end: null, precision: 'month' };
    const options = (locale: string) => ({ locale, timeZone: 'Asia/Baghdad' });
    expect(describeWhen(openWeek, options('de'))).toBe('seit dem 9. Juni 2014');
    expect(describeWhen(openMonth, options('de'))).toBe('seit Juni 2014');
    expect(describeWhen(openWeek, options('es'))).toBe('desde el 9 de junio de 2014');
    expect(describeWhen(openMonth, options('es'))).toBe('desde junio de 2014');
  });
});

describe('formatWhenShort', () => {
  it.each<[string, RegExp]>([
    ['on Friday', /^Fri,? 13 Jun$/],
    ['overnight', /^13\s?–\s?14 Jun$/],
    ['on Friday at 3pm', /^Fri,? 13 Jun,? 15:00$/],
    ['on Friday morning', /^Fri,? 13 Jun, morning$/],
    ['last week', /^2\s?–\s?8 Jun$/],
    ['in June', /^Jun 2014$/],
    ['this month', /^Jun 2014$/],
    ['earlier this month', /^Jun 2014$/],
    ['in 2014', /^2014$/],
    ['this year', /^2014$/],
    ['earlier this year', /^2014$/],
    ['since Friday', /^since 13 Jun$/],
  ])('%s', (text, expected) => {
    expect(formatWhenShort(article(text), BAGHDAD)).toMatch(expected);
  });

  it('names a range of whole years or months by them, not by their first and last days', () => {
    const range = (start: string, end: string): When => ({ start, end, precision: 'range' });
    const plain = (text: string) => text.replace(/\s/g, ' ');
    // "Between 2014 and 2019", as a fraud trial's report put it, and its words again.
    const years = range('2014-01-01T00:00:00+03:00', '2020-01-01T00:00:00+03:00');
    expect(plain(formatWhenShort(years, BAGHDAD))).toBe('2014 – 2019');
    expect(plain(describeWhen(years, BAGHDAD))).toBe('between 2014 and 2019');
    const months = range('2014-01-01T00:00:00+03:00', '2014-04-01T00:00:00+03:00');
    expect(plain(formatWhenShort(months, BAGHDAD))).toBe('Jan – Mar 2014');
    expect(plain(describeWhen(months, BAGHDAD))).toBe('between January 2014 and March 2014');
    // Days that do not start a month stay days.
    const days = range('2014-06-09T00:00:00+03:00', '2014-06-12T00:00:00+03:00');
    expect(plain(formatWhenShort(days, BAGHDAD))).toBe('9 – 11 Jun');
  });

  it('says the hours of a range within hours, not its day alone', () => {
    // VOA's Ghana election night: "at about 10 p.m." read "9 Dec" beside "Sun 9 Dec" rows, and
    // Nepal's quake "minutes before noon local time on Saturday" read "25 Apr", as drafted before
    // the extractor gave such hours precision `hour`; a page's data may still give a range.
    const range = (start: string, end: string): When => ({ start, end, precision: 'range' });
    const plain = (text: string) => text.replace(/\s/g, ' ').replace(',', '');
    const accra = { locale: 'en-GB', timeZone: 'Africa/Accra' };
    const ten = range('2012-12-09T21:30:00+00:00', '2012-12-09T22:30:00+00:00');
    expect(plain(formatWhenShort(ten, accra))).toMatch(/^Sun 9 Dec 21:30\s?–\s?22:30$/);
    const kathmandu = { locale: 'en-GB', timeZone: 'Asia/Kathmandu' };
    const noon = range('2015-04-25T11:00:00+05:45', '2015-04-25T12:00:00+05:45');
    expect(plain(formatWhenShort(noon, kathmandu))).toMatch(/^Sat 25 Apr 11:00\s?–\s?12:00$/);
    // Across midnight, each end its day; a range of a whole day or more keeps its days.
    const late = range('2014-06-13T23:00:00+03:00', '2014-06-14T01:00:00+03:00');
    expect(formatWhenShort(late, BAGHDAD)).toMatch(
      /^Fri,? 13 Jun,? 23:00\s?–\s?Sat,? 14 Jun,? 01:00$/,
    );
    const day = range('2014-06-13T00:00:00+03:00', '2014-06-14T00:00:00+03:00');
    expect(formatWhenShort(day, BAGHDAD)).toMatch(/^(Fri,? )?13 Jun$/);
  });

  it('says the day of a half day and the hours of a shorter part no word names', () => {
    // The extractor's "late Sunday" (VOA's Ghana results) and "late Thursday afternoon" read
    // "9 Dec" and "4 Mar" beside rows that said "Sun 9 Dec".
    const part = (start: string, end: string): When => ({ start, end, precision: 'part-of-day' });
    const accra = { locale: 'en-GB', timeZone: 'Africa/Accra' };
    const late = part('2012-12-09T12:00:00+00:00', '2012-12-10T00:00:00+00:00');
    expect(formatWhenShort(late, accra)).toMatch(/^Sun,? 9 Dec$/);
    const afternoon = part('2021-03-04T15:00:00+00:00', '2021-03-04T18:00:00+00:00');
    expect(formatWhenShort(afternoon, accra).replace(/\s/g, ' ')).toMatch(
      /^Thu,? 4 Mar,? 15:00 ?– ?18:00$/,
    );
    // Named parts keep their words, and a night its two days.
    const evening = part('2012-12-09T18:00:00+00:00', '2012-12-10T00:00:00+00:00');
    expect(formatWhenShort(evening, accra)).toMatch(/^Sun,? 9 Dec, evening$/);
    // Days of a part no word names (a page's data, not the extractor's) say each day.
    const days = part('2012-12-09T12:00:00+00:00', '2012-12-11T12:00:00+00:00');
    expect(formatWhenShort(days, accra).replace(/\s/g, ' ')).toMatch(
      /^Sun,? 9( Dec)? ?– ?Tue,? 11 Dec$/,
    );
    const night = part('2012-12-09T18:00:00+00:00', '2012-12-10T06:00:00+00:00');
    expect(formatWhenShort(night, accra).replace(/\s/g, ' ')).toMatch(/^9 ?– ?10 Dec$/);
  });

  it('writes several days, months or years at those precisions as the ones they cover', () => {
    // As TimelineJS imports give them: "602" to "629" at year precision, a life at day precision.
    const UTC = { locale: 'en-GB', timeZone: 'UTC' };
    const plain = (text: string) => text.replace(/\s/g, ' ');
    const span = (start: string, end: string, precision: When['precision']): When => ({
      start: `${start}T00:00:00+00:00`,
      end: `${end}T00:00:00+00:00`,
      precision,
    });
    const war = span('0602-01-01', '0630-01-01', 'year');
    expect(plain(formatWhenShort(war, UTC))).toBe('602 – 629');
    expect(plain(describeWhen(war, UTC))).toBe('from 602 to 629');
    const life = span('1815-12-10', '1852-11-28', 'day');
    expect(plain(describeWhen(life, UTC))).toBe('from 10 December 1815 to 27 November 1852');
    const months = span('1943-07-01', '1947-01-01', 'year');
    expect(plain(formatWhenShort(months, UTC))).toBe('Jul 1943 – Dec 1946');
    expect(plain(describeWhen(months, UTC))).toBe('from July 1943 to December 1946');
    const spring = span('2014-03-01', '2014-06-01', 'month');
    expect(plain(formatWhenShort(spring, UTC))).toBe('Mar – May 2014');
    // One of them is still named alone.
    expect(formatWhenShort(span('0626-01-01', '0627-01-01', 'year'), UTC)).toBe('626');
    expect(formatWhenShort(span('2014-06-01', '2014-07-01', 'month'), UTC)).toBe('Jun 2014');
  });

  it('reads exactly one day, month or year as that one, whatever the precision', () => {
    // Extractor drafts give "in February" at day precision and "on 13 June" as a range.
    const UTC = { locale: 'en-GB', timeZone: 'UTC' };
    const span = (start: string, end: string, precision: When['precision']): When => ({
      start: `${start}T00:00:00+00:00`,
      end: `${end}T00:00:00+00:00`,
      precision,
    });
    expect(describeWhen(span('2014-02-01', '2014-03-01', 'day'), UTC)).toBe(
      'sometime in February 2014',
    );
    expect(describeWhen(span('2014-01-01', '2015-01-01', 'month'), UTC)).toBe('sometime in 2014');
    expect(describeWhen(span('2014-06-13', '2014-06-14', 'range'), UTC)).toMatch(
      /^sometime on Friday,? 13 June 2014$/,
    );
    // Two of them stay a range.
    expect(describeWhen(span('2014-01-01', '2016-01-01', 'range'), UTC)).toBe(
      'between 2014 and 2015',
    );
  });

  it('labels what was under way at publication, its start not given, as ongoing', () => {
    // The article's militias "continuing to reorganise": the start is the story's frame's, not
    // the reporter's ("since 9 Jun").
    const reorganising: When = {
      start: '2014-06-09T00:00:00+03:00',
      end: null,
      precision: 'unspecified',
      text: 'continuing to reorganise',
    };
    expect(formatWhenShort(reorganising, BAGHDAD)).toBe('Ongoing');
    // The card and the accessible name say so too, with what the data gives of its start.
    expect(describeWhen(reorganising, BAGHDAD)).toBe(
      'ongoing, begun at an unspecified time after 9 June 2014',
    );
    expect(formatWhenShort(reorganising, ARABIC)).toBe(translationFor('ar').legendOngoing);
    // A start the reporter gave keeps it.
    expect(formatWhenShort({ ...reorganising, precision: 'day' }, BAGHDAD)).toBe('since 9 Jun');
  });

  it('labels a day cut short at the publication as that day, with its weekday', () => {
    // "Addressing the country on Saturday", published on Saturday at noon.
    const saturday: When = {
      start: '2014-06-14T00:00:00+03:00',
      end: ARTICLE,
      precision: 'day',
      text: 'on Saturday',
    };
    expect(formatWhenShort(saturday, BAGHDAD)).toMatch(/^Sat,? 14 Jun$/);
    expect(describeWhen(saturday, BAGHDAD)).toMatch(
      /^sometime on Saturday,? 14 June 2014, up to 12:00$/,
    );
  });

  it('names the era of years before year 1, where Intl leaves it out', () => {
    const UTC = { locale: 'en-GB', timeZone: 'UTC' };
    const plain = (text: string) => text.replace(/\s/g, ' ');
    const span = (start: string, end: string): When => ({
      start: `${start}-01-01T00:00:00+00:00`,
      end: `${end}-01-01T00:00:00+00:00`,
      precision: 'year',
    });
    // ISO year -500 is 501 BC: the Ionian Revolt, 499 to 493 BC.
    const revolt = span('-000498', '-000491');
    expect(plain(formatWhenShort(revolt, UTC))).toBe('499 – 493 BC');
    expect(plain(describeWhen(revolt, UTC))).toBe('from 499 to 493 BC');
    expect(describeWhen(span('-000500', '-000499'), UTC)).toBe('sometime in 501 BC');
    expect(plain(describeWhen(span('-000010', '0011'), UTC))).toBe('from 11 BC to 10 AD');
    // A date without its year has no era to name.
    const day: When = { start: '-000010-03-04T00:00:00Z', end: null, precision: 'day' };
    expect(formatWhenShort(day, UTC)).toBe('since 4 Mar');
  });

  it('gives no weekday to a date before the Gregorian calendar', () => {
    // Intl's 8 June 632 is a Friday; the source's, on the calendar of its day, a Monday.
    const UTC = { locale: 'en-GB', timeZone: 'UTC', years: true };
    const day = (date: string, next: string): When => ({
      start: `${date}T00:00:00Z`,
      end: `${next}T00:00:00Z`,
      precision: 'day',
    });
    const death = day('0632-06-08', '0632-06-09');
    expect(formatWhenShort(death, UTC)).toBe('8 Jun 632');
    expect(describeWhen(death, UTC)).toBe('sometime on 8 June 632');
    // From 15 October 1582 on, the weekday stays.
    expect(formatWhenShort(day('1582-10-15', '1582-10-16'), UTC)).toMatch(/^Fri,? 15 Oct 1582$/);
  });

  it('finds the Gregorian calendar and year 1 on the wall clock of the zone, not of UTC', () => {
    const at = (timeZone: string) => ({ locale: 'en-GB', timeZone, years: true });
    const TOKYO = at('Etc/GMT-9');
    const WEST = at('Etc/GMT+5');
    // 15 October 1582 in UTC+9 began at 15:00 UTC on the 14th: a Gregorian day, with its weekday.
    const first: When = {
      start: '1582-10-15T00:00:00+09:00',
      end: '1582-10-16T00:00:00+09:00',
      precision: 'day',
    };
    expect(formatWhenShort(first, TOKYO)).toMatch(/^Fri,? 15 Oct 1582$/);
    // 14 October 1582 at 20:00 in UTC-5 is 15 October in UTC: still no weekday.
    const eve = (start: string): When => ({ start, end: start, precision: 'minute' });
    expect(describeWhen(eve('1582-10-14T20:00:00-05:00'), WEST)).toBe('14 October 1582 at 20:00');
    // The last evening before year 1 is 1 BC, not "31 December 1".
    expect(describeWhen(eve('0000-12-31T20:00:00-05:00'), WEST)).toBe('31 December 1 BC at 20:00');
  });

  it('labels an unspecified time by the last day it may be', () => {
    const when: When = {
      start: '2014-01-01T00:00:00+03:00',
      end: ARTICLE,
      precision: 'unspecified',
    };
    expect(formatWhenShort(when, BAGHDAD)).toBe('by 14 Jun');
    expect(formatWhenShort({ ...when, end: '2014-06-14T00:00:00+03:00' }, BAGHDAD)).toBe(
      'by 13 Jun',
    );
  });

  it('uses Arabic words in Arabic labels', () => {
    expect(formatWhenShort(article('on Friday morning'), ARABIC)).toContain('صباحًا');
  });

  it('names the year when the story spans more than one', () => {
    const years = { ...BAGHDAD, years: true };
    expect(formatWhenShort(article('on Friday'), years)).toMatch(/^Fri,? 13 Jun 2014$/);
    expect(formatWhenShort(article('overnight'), years)).toMatch(/^13\s?–\s?14 Jun 2014$/);
    expect(formatWhenShort(article('on Friday at 3pm'), years)).toMatch(
      /^Fri,? 13 Jun 2014,? 15:00$/,
    );
    expect(formatWhenShort(article('since Friday'), years)).toBe('since 13 Jun 2014');
    expect(formatWhenShort(article('in June'), years)).toBe('Jun 2014');
  });
});

describe('describeTimeRange', () => {
  const at = (iso: string) => Date.parse(iso);
  const AUCKLAND = { locale: 'en-GB', timeZone: 'Pacific/Auckland' };
  const LOS_ANGELES = { locale: 'en-GB', timeZone: 'America/Los_Angeles' };
  // Intl puts thin spaces around its range dash.
  const range = (...args: Parameters<typeof describeTimeRange>) =>
    describeTimeRange(...args).replace(/\s/g, ' ');

  it('ends a span of days on the last day it touches, not the midnight after it', () => {
    // "In 2017": the span ends at the first instant of 2018, and is that year. Three of the LA
    // Aqueduct's events of 1909 were "1 January – 31 December 1909".
    expect(range(at('2017-01-01T00:00+03:00'), at('2018-01-01T00:00+03:00'), BAGHDAD)).toBe('2017');
    expect(range(at('1909-01-01T00:00-08:00'), at('1912-01-01T00:00-08:00'), LOS_ANGELES)).toBe(
      '1909 – 1911',
    );
    expect(range(at('2014-06-01T00:00+03:00'), at('2014-09-01T00:00+03:00'), BAGHDAD)).toBe(
      'June – August 2014',
    );
    // Days of two months are days.
    expect(range(at('2014-06-01T00:00+03:00'), at('2014-07-15T00:00+03:00'), BAGHDAD)).toBe(
      '1 June – 14 July 2014',
    );
    // One whole day is that day, without the clock.
    expect(range(at('2014-06-13T00:00+03:00'), at('2014-06-14T00:00+03:00'), BAGHDAD)).toBe(
      '13 June 2014',
    );
    // Nine days to a noon: the noon's day is in it.
    expect(range(at('2014-06-09T00:00+03:00'), at('2014-06-14T12:00+03:00'), BAGHDAD)).toBe(
      '9 – 14 June 2014',
    );
  });

  it('counts a last instant at midnight as that day', () => {
    // A cluster's end is its last event's: an instant at midnight is on the day it starts.
    expect(range(at('2014-06-12T21:00+03:00'), at('2014-06-15T00:00+03:00'), BAGHDAD)).toBe(
      '12 – 15 June 2014',
    );
  });

  it('keeps the clock for a stretch under two days, unless asked for days', () => {
    const [from, to] = [at('2011-02-21T00:00+13:00'), at('2011-02-22T20:00+13:00')];
    expect(range(from, to, AUCKLAND)).toMatch(/21 February 2011.* 00:00 – .*20:00$/);
    expect(range(from, to, AUCKLAND, true)).toBe('21 – 22 February 2011');
  });
});

describe('spansYears', () => {
  it('tells a story within one year, in its zone, from one over two', () => {
    const at = (iso: string) => Date.parse(iso);
    const night: [number, number] = [at('2025-12-31T20:00:00Z'), at('2026-01-01T00:00:00Z')];
    expect(spansYears(night, 'UTC')).toBe(false); // the end is exclusive: midnight closes 2025
    expect(spansYears(night, 'Asia/Baghdad')).toBe(true); // 23:00 on 31 Dec to 03:00 on 1 Jan
    expect(spansYears([at('1968-12-09T00:00:00Z'), at('2001-10-24T00:00:00Z')], 'UTC')).toBe(true);
    expect(spansYears(null, 'UTC')).toBe(false);
    // A lone instant at midnight on New Year's Day is in one year.
    const midnight = at('2026-01-01T00:00:00Z');
    expect(spansYears([midnight, midnight], 'UTC')).toBe(false);
  });
});

describe('precisionLabel', () => {
  it('names every precision in English and Arabic', () => {
    expect(precisionLabel('part-of-day', 'en')).toBe('part of a day');
    expect(precisionLabel('unspecified', 'en-GB')).toBe('unspecified time');
    expect(precisionLabel('day', 'ar')).toBe('يوم');
    expect(precisionLabel('week', 'sw')).toBe('week');
    for (const precision of PRECISIONS) expect(precisionLabel(precision, 'ar')).not.toBe('');
  });
});

describe('describePlace', () => {
  it('says each part of a place once', () => {
    expect(describePlace({ name: 'Iraq', country: 'Iraq' })).toBe('Iraq');
    expect(describePlace({ name: 'Baghdad', admin: 'Baghdad province', country: 'Iraq' })).toBe(
      'Baghdad, Baghdad province, Iraq',
    );
    expect(describePlace({ name: 'Kirkuk', admin: 'Kirkuk', country: 'Iraq' })).toBe(
      'Kirkuk, Iraq',
    );
  });
});

describe('describeActor', () => {
  it('puts a role in parentheses, where after a comma it read as a second name', () => {
    const iran = { name: 'Iran', kind: 'government' as const, role: 'Sent the troops' };
    expect(describeActor(iran)).toBe('Iran (Sent the troops)');
    expect(describeActor({ name: 'Quds Force', kind: 'military' })).toBe('Quds Force');
  });
});

describe('describePublication', () => {
  it('says the zone of its time, once, after the last time when the story was updated', () => {
    const words = translationFor('en-GB');
    const published = '2014-06-14T12:00:00+03:00';
    expect(describePublication({ published }, words, BAGHDAD)).toBe(
      'Published Sat 14 June at 12:00 GMT+3',
    );
    // Twice, the label ran out of a phone's row.
    expect(
      describePublication({ published, updated: '2014-06-14T15:30:00+03:00' }, words, BAGHDAD),
    ).toBe('Published Sat 14 June at 12:00 · Updated Sat 14 June at 15:30 GMT+3');
  });

  it('keeps the publication’s zone when the update names none, or another', () => {
    const words = translationFor('en-GB');
    const published = '2014-06-14T12:00:00+03:00';
    // An update at midnight is a day, without a time or a zone.
    expect(
      describePublication({ published, updated: '2014-06-15T00:00:00+03:00' }, words, BAGHDAD),
    ).toBe('Published Sat 14 June at 12:00 GMT+3 · Updated Sun 15 June');
    // Across the end of summer time: 12:00 was EDT, not the update's EST.
    expect(
      describePublication(
        { published: '2014-11-01T12:00:00-04:00', updated: '2014-11-03T09:00:00-05:00' },
        translationFor('en-US'),
        { locale: 'en-US', timeZone: 'America/New_York' },
      ),
    ).toBe('Published Sat, November 1 at 12:00 PM EDT · Updated Mon, November 3 at 09:00 AM EST');
  });

  it('names the year when the story’s events fall in more than one', () => {
    // KPCC's Exide saga, 1981 to 2014: "Published Tue 19 August" said no year.
    const words = translationFor('en-GB');
    const la = { locale: 'en', timeZone: 'America/Los_Angeles', years: true };
    expect(describePublication({ published: '2014-08-19T12:00:00-07:00' }, words, la)).toBe(
      'Published Tue, 19 August 2014 at 12:00 GMT-7',
    );
    expect(
      describePublication(
        { published: '2014-08-19T12:00:00-07:00', updated: '2014-08-20T00:00:00-07:00' },
        words,
        la,
      ),
    ).toBe('Published Tue, 19 August 2014 at 12:00 GMT-7 · Updated Wed, 20 August 2014');
  });
});
