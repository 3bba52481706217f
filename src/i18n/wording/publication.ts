import type { Timeline } from '../../model/types.js';
import { parseInstant } from '../../model/zoned.js';
import type { DrawingWords } from '../translation.js';
import { formatMoment, type DescribeWhenOptions } from './date-formats.js';

/**
 * "Published Sat 14 June at 12:00 GMT+3", and the latest revision when there was one, the zone
 * said once, at the end (twice, the label ran out of a phone's row).
 */
export function describePublication(
  timeline: Pick<Timeline, 'published' | 'updated'>,
  words: DrawingWords,
  options: DescribeWhenOptions,
): string {
  const { updated, published: at } = timeline;
  const moment = (iso: string, zoned?: boolean) => formatMoment(parseInstant(iso), options, zoned);
  const full = moment(at);
  const clock = moment(at, false);
  // The update's zone covers the publication's only when its words end with the same one (not at
  // midnight, not across a change of clocks: "12:00 · Updated … 09:00 EST" read 12:00 as EST).
  const published = words.published(
    updated && moment(updated).endsWith(full.slice(clock.length)) ? clock : full,
  );
  return updated ? `${published} · ${words.updatedAt(moment(updated))}` : published;
}
