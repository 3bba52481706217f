import type { Timeline } from '../../model/types.js';
import { parseInstant } from '../../model/zoned.js';
import type { Translation } from '../translation.js';
import { formatMoment, type DescribeWhenOptions } from './date-formats.js';

/** "Published Sat 14 June at 12:00", and the latest revision when there was one. */
export function describePublication(
  timeline: Pick<Timeline, 'published' | 'updated'>,
  words: Translation,
  options: DescribeWhenOptions,
): string {
  const moment = (iso: string) => formatMoment(parseInstant(iso), options);
  const published = words.published(moment(timeline.published));
  return timeline.updated
    ? `${published} · ${words.updatedAt(moment(timeline.updated))}`
    : published;
}
