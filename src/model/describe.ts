// TEMPORARY shim until <news-timeline> is wired to the LocalizeController (after the element's
// split lands): the wording moved to src/i18n/wording/. Deleted in the wiring commit.
import { describePlace as describePlaceIn } from '../i18n/wording/describe-event.js';
import type { Place } from './types.js';

export { describeSources } from '../i18n/wording/describe-event.js';
export const describePlace = (place: Place): string => describePlaceIn(place);
