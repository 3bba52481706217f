import { formatWhenShort } from '../../i18n/wording/format-when-short.js';
import type { LoadedTimeline } from './data-controller.js';

/**
 * Event `i`'s short date ("Fri 13 Jun"), with the year in a story over years and on its first
 * dated event in a story within one: down and in the list no axis says it, and Berkeley
 * Copwatch's night of 6 December 2014, KPCC's LAX shooting and Apollo 11 on a phone said their
 * year nowhere. The element's rows, band and list, and the static picture's band.
 */
export const shortWhenOf = (
  loaded: Pick<LoadedTimeline, 'timeline' | 'years' | 'index'>,
  i: number,
  options: { locale: string; timeZone: string },
): string =>
  formatWhenShort(loaded.timeline.events[i]!.when, {
    ...options,
    years: loaded.years || i === loaded.index.dated.items[0]?.i,
  });
