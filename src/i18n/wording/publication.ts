import type { Timeline } from '../../model/types.js';
import { parseInstant } from '../../model/zoned.js';
import type { Translation } from '../translation.js';
import { formatMoment, type DescribeWhenOptions } from './date-formats.js';

/**
 * "Published Sat 14 June at 12:00 GMT+3", and the latest revision when there was one, the zone
 * said once, at the end (twice, the label ran out of a phone's row).
 */
export function describePublication(
  timeline: Pick<Timeline, 'published' | 'updated'>,
  words: Translation,
  options: DescribeWhenOptions,
): string {
  const moment = (iso: string, zoned?: boolean) => formatMoment(parseInstant(iso), options, zoned);
  const published = words.published(moment(timeline.published, !timeline.updated));
  return timeline.updated
    ? `${published} · ${words.updatedAt(moment(timeline.updated))}`
    : published;
}
