// TEMPORARY shim until <news-timeline> is wired to the LocalizeController (after the element's
// split lands): the wording moved to src/i18n/wording/. Deleted in the wiring commit.
export { describeWhen } from '../i18n/wording/describe-when.js';
export { formatWhenShort } from '../i18n/wording/format-when-short.js';
export { dateLocale, describeTimeRange } from '../i18n/wording/date-formats.js';
