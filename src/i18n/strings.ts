// TEMPORARY shim until <news-timeline> is wired to the LocalizeController (after the element's
// split lands): counts become `Count`s here. Deleted in the wiring commit.
import { translationFor } from './translate.js';
import { count } from './wording/date-formats.js';

export function stringsFor(locale: string) {
  const t = translationFor(locale);
  return {
    ...t,
    rangeShown: (range: string, visible: number, total: number) =>
      t.rangeShown(range, count(visible, locale), count(total, locale)),
    cluster: (n: number, range: string) => t.cluster(count(n, locale), range),
    clusterAsList: (n: number) => t.clusterAsList(count(n, locale)),
    problemsTitle: (n: number) => t.problemsTitle(count(n, locale)),
  };
}
export type UiStrings = ReturnType<typeof stringsFor>;
export function isRtlLocale(locale: string): boolean {
  return translationFor(locale).$dir === 'rtl';
}
