import type { Timeline } from '../../model/types.js';
import { parseInstant } from '../../model/zoned.js';
import type { Translation } from '../translation.js';
import { formatMoment, momentZone, type DescribeWhenOptions } from './date-formats.js';

/**
 * "Published Sat 14 June at 12:00 GMT+3", and the latest revision when there was one, the zone
 * said once, at the end (twice, the label ran out of a phone's row).
 */
export function describePublication(
  timeline: Pick<Timeline, 'published' | 'updated'>,
  words: Translation,
  options: DescribeWhenOptions,
): string {
  const { updated, published: at } = timeline;
  const moment = (iso: string, zoned?: boolean) => formatMoment(parseInstant(iso), options, zoned);
  // The update's zone covers the publication's only when it says one (not at midnight) and it is
  // the same (not across a change of clocks: "12:00 · Updated … 09:00 EST" read 12:00 as EST).
  const published = words.published(
    moment(at, !updated || !moment(updated).endsWith(momentZone(parseInstant(at), options))),
  );
  return updated ? `${published} · ${words.updatedAt(moment(updated))}` : published;
}
