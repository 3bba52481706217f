/**
 * TimelineJS 2 data (`{"timeline": {"headline", "text", "asset", "date": [...], "era": [...]}}`)
 * as the TimelineJS3 JSON `fromTimelineJS` reads: newsroom archives still serve it (Holder de
 * ord's posts, Berkeley Copwatch's night of 6 December 2014), and it was refused as "not
 * TimelineJS JSON". Fields are renamed, nothing is added: `startDate` and `endDate` become
 * `start_date` and `end_date`, `headline` and `text` the slide's text, `asset` its media, `tag` its
 * group. A slide's other fields (`classname`) go on, to be reported as not carried over.
 */
import { MAX_TIMELINE_ERAS } from '../model/schema.js';
import { isRecord, own } from '../model/untrusted.js';
import { MAX_EVENTS } from './timelinejs-slide.js';
import { isValidTimeZone, parseInstant, zonedParts } from '../model/zoned.js';

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
const RENAMED = new Set(['startDate', 'endDate', 'headline', 'text', 'asset', 'tag']);

/**
 * The TimelineJS3 shape of TimelineJS 2 data, or undefined when `data` is not TimelineJS 2 data.
 * An ISO date with an offset ("2014-12-06T17:00:00-08:00") keeps its instant: it is written as
 * the wall clock of `timeZone`, which the dates of TimelineJS3 JSON are.
 */
export function fromVersion2(data: unknown, timeZone = 'UTC'): Record<string, unknown> | undefined {
  const root = own(data, 'timeline');
  const dates = own(root, 'date');
  if (!isRecord(data) || own(data, 'events') !== undefined || !Array.isArray(dates)) return;
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const slide = (raw: unknown): unknown => {
    if (!isRecord(raw)) return raw;
    // Read with `own`, as all untrusted data: no getter runs, nothing inherited is taken.
    const rest = Object.keys(raw).filter((key) => !RENAMED.has(key));
    const asset = own(raw, 'asset');
    const media = own(asset, 'media');
    const start = own(raw, 'startDate');
    const end = own(raw, 'endDate');
    return {
      ...Object.fromEntries(rest.map((key) => [key, own(raw, key)])),
      ...(start === undefined ? {} : { start_date: dateOf(start, zone) }),
      ...(end === undefined || end === '' ? {} : { end_date: dateOf(end, zone) }),
      text: { headline: own(raw, 'headline'), text: own(raw, 'text') },
      ...(media
        ? {
            media: Object.fromEntries(
              Object.keys(asset as object).map((key) => [
                key === 'media' ? 'url' : key,
                own(asset, key),
              ]),
            ),
          }
        : {}),
      ...(own(raw, 'tag') ? { group: own(raw, 'tag') } : {}),
    };
  };
  const eras = own(root, 'era');
  return {
    title: slide({
      headline: own(root, 'headline'),
      text: own(root, 'text'),
      asset: own(root, 'asset'),
    }),
    events: firstOf(dates, MAX_EVENTS, slide),
    ...(Array.isArray(eras) ? { eras: firstOf(eras, MAX_TIMELINE_ERAS, slide) } : {}),
  };
}

/**
 * The first `limit` items as `read` makes them, and the list as long as it was: `fromTimelineJS`
 * reads no more than that and says how many it left. Each item read, a sparse list of 2^32 - 1
 * took half a minute.
 */
function firstOf(list: unknown[], limit: number, read: (raw: unknown) => unknown): unknown[] {
  const first = list.slice(0, limit).map(read);
  first.length = list.length;
  return first;
}

/**
 * "2011,12,10,07,02,10" (year to second, as many as given), "12/6/2014" or ISO 8601 as TimelineJS3 date parts;
 * anything else is passed on as the year, for `readWhen` to report.
 */
function dateOf(value: unknown, timeZone: string): Record<string, string> | unknown {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return value;
  let parts: string[] | undefined;
  if (/^\s*-?\d+(?:\s*,\s*\d+){0,5}\s*,?\s*$/.test(text)) {
    parts = text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  } else if (/^\s*\d{1,2}\/\d{1,2}\/-?\d{1,4}\s*$/.test(text)) {
    // A spreadsheet's "12/6/2014", as TimelineJS 2 read it: month, day, year.
    const [month, day, year] = text.trim().split('/');
    parts = [year!, month!, day!];
  } else {
    const iso =
      /^\s*(-?\d{4})-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?)?)?\s*$/.exec(
        text,
      );
    if (!iso) return { year: text };
    // ":00" seconds are a program's, not a reporter's (Copwatch's "18:11:00" beside "22:20:02"):
    // to the minute.
    parts = iso.slice(1, iso[6] === '00' ? 6 : 7).filter((part): part is string => !!part);
    if (iso[7]) {
      // An instant: the wall clock of the zone the timeline is read in, to the unit it was given.
      const ms = parseInstant(
        text
          .trim()
          .replace(' ', 'T')
          .replace(/([+-]\d\d)(\d\d)$/, '$1:$2'),
      );
      if (Number.isFinite(ms)) {
        const wall = zonedParts(ms, timeZone);
        parts = parts.map((_, k) => String(wall[DATE_PARTS[k]!]));
      }
    }
  }
  return Object.fromEntries(parts.map((part, k) => [DATE_PARTS[k], part]));
}
