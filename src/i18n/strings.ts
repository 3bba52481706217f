/**
 * The words of the UI. English and Arabic ship; a page adds a language with
 * `registerStrings('fr', { zoomIn: 'Zoomer', ... })` - anything left out falls back to English.
 * Dates and numbers never live here: they come from `Intl` in the element's locale.
 */
export interface UiStrings {
  controls: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  listView: string;
  timelineView: string;
  loading: string;
  loadFailed: (reason: string) => string;
  empty: string;
  legend: string;
  close: string;
  eventsLabel: (title: string) => string;
  /** Announced politely when the visible range settles. */
  rangeShown: (range: string, visible: number, total: number) => string;
  selected: (headline: string) => string;
  cluster: (count: number, range: string) => string;
  clusterHint: string;
  /** Announced when a cluster cannot be split by zooming and its events are listed instead. */
  clusterAsList: (count: number) => string;
  problemsTitle: (count: number) => string;
  dismiss: string;
  wheelHint: string;
  when: string;
  asWritten: string;
  precision: string;
  places: string;
  actors: string;
  quantities: string;
  sources: string;
  confidence: string;
  excerpt: string;
  noSources: string;
  legendInstant: string;
  legendDay: string;
  legendPartOfDay: string;
  legendRange: string;
  legendUnspecified: string;
  legendOngoing: string;
  legendCluster: string;
  categories: string;
  /**
   * The background band's label: events with no time of their own (`undated`) and context spans
   * (`context`) over `range` ("9 – 14 June 2014").
   */
  backgroundBand: (count: number, range: string, undated: number, context: number) => string;
  /** The publication mark: "Published Sat 14 June". */
  published: (when: string) => string;
  legendPublished: string;
  /** Heading of the eras, and an era in the legend ("Era: this week", `range` empty) or list view. */
  eras: string;
  era: (label: string, range: string) => string;
}

const en: UiStrings = {
  controls: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all events',
  listView: 'List view',
  timelineView: 'Timeline view',
  loading: 'Loading the timeline…',
  loadFailed: (reason) => `The timeline could not be loaded: ${reason}`,
  empty: 'There are no events to show.',
  legend: 'Legend',
  close: 'Close',
  eventsLabel: (title) => (title ? `Events of “${title}”` : 'Events'),
  rangeShown: (range, visible, total) =>
    `Showing ${range}: ${visible} of ${total} ${total === 1 ? 'event' : 'events'}.`,
  selected: (headline) => `Opened: ${headline}`,
  cluster: (count, range) => `${count} events, ${range}`,
  clusterHint: 'Press Enter to zoom in on these events.',
  clusterAsList: (count) =>
    `These ${count} events share the same time; showing them in the list view.`,
  problemsTitle: (count) =>
    count === 1 ? '1 problem in the timeline data' : `${count} problems in the timeline data`,
  dismiss: 'Dismiss',
  wheelHint: 'Use Ctrl + scroll (⌘ + scroll on a Mac) to zoom the timeline',
  when: 'When',
  asWritten: 'as written',
  precision: 'precision',
  places: 'Places',
  actors: 'People and groups',
  quantities: 'Numbers',
  sources: 'Sources',
  confidence: 'Confidence',
  excerpt: 'From the article',
  noSources: 'No source given',
  legendInstant: 'Exact time',
  legendDay: 'Sometime that day',
  legendPartOfDay: 'Part of a day, e.g. overnight',
  legendRange: 'Sometime in this range',
  legendUnspecified: 'Time not given',
  legendOngoing: 'Ongoing',
  legendCluster: 'Several events; zoom in',
  categories: 'Categories',
  backgroundBand: (count, range, undated, context) => {
    const events = count === 1 ? '1 event' : `${count} events`;
    if (context === 0) return `${range}, time not given: ${events}`;
    if (undated === 0) return `${range}, background: ${events}`;
    return `${range}, background and time not given: ${events}`;
  },
  published: (when) => `Published ${when}`,
  legendPublished: 'Publication of the story',
  eras: 'Eras',
  era: (label, range) => (range ? `Era: ${label}, ${range}` : `Era: ${label}`),
};

const ar: UiStrings = {
  controls: 'أدوات الخط الزمني',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fitAll: 'عرض كل الأحداث',
  listView: 'عرض القائمة',
  timelineView: 'عرض الخط الزمني',
  loading: 'جارٍ تحميل الخط الزمني…',
  loadFailed: (reason) => `تعذّر تحميل الخط الزمني: ${reason}`,
  empty: 'لا توجد أحداث لعرضها.',
  legend: 'مفتاح الرموز',
  close: 'إغلاق',
  eventsLabel: (title) => (title ? `أحداث «${title}»` : 'الأحداث'),
  rangeShown: (range, visible, total) => `عرض ${range}: ${visible} من ${total} حدثًا.`,
  selected: (headline) => `فُتح: ${headline}`,
  cluster: (count, range) => `${count} أحداث، ${range}`,
  clusterHint: 'اضغط Enter لتكبير هذه الأحداث.',
  clusterAsList: (count) => `هذه الأحداث (${count}) في الوقت نفسه؛ تُعرض في القائمة.`,
  problemsTitle: (count) => `${count} مشكلة في بيانات الخط الزمني`,
  dismiss: 'تجاهل',
  wheelHint: 'استخدم Ctrl مع التمرير لتكبير الخط الزمني',
  when: 'متى',
  asWritten: 'كما ورد',
  precision: 'الدقة',
  places: 'الأماكن',
  actors: 'الأشخاص والجهات',
  quantities: 'الأرقام',
  sources: 'المصادر',
  confidence: 'درجة الثقة',
  excerpt: 'من المقال',
  noSources: 'لا يوجد مصدر',
  legendInstant: 'وقت محدد',
  legendDay: 'في وقت ما من ذلك اليوم',
  legendPartOfDay: 'جزء من يوم، مثل الليل',
  legendRange: 'في وقت ما ضمن هذه الفترة',
  legendUnspecified: 'الوقت غير مذكور',
  legendOngoing: 'مستمر',
  legendCluster: 'عدة أحداث؛ كبّر للعرض',
  categories: 'الفئات',
  backgroundBand: (count, range, undated, context) => {
    if (context === 0) return `${range}، الوقت غير مذكور: ${count} أحداث`;
    if (undated === 0) return `${range}، خلفية: ${count} أحداث`;
    return `${range}، خلفية ووقت غير مذكور: ${count} أحداث`;
  },
  published: (when) => `نُشر ${when}`,
  legendPublished: 'وقت نشر القصة',
  eras: 'الحقب',
  era: (label, range) => (range ? `حقبة: ${label}، ${range}` : `حقبة: ${label}`),
};

const registry = new Map<string, UiStrings>([
  ['en', en],
  ['ar', ar],
]);

/** Adds or extends a language; missing words fall back to English. */
export function registerStrings(language: string, strings: Partial<UiStrings>): void {
  const key = language.toLowerCase();
  registry.set(key, { ...(registry.get(key) ?? en), ...strings });
}

/** The strings for a BCP 47 locale: exact match, then its language ("ar-IQ" -> "ar"), then English. */
export function stringsFor(locale: string): UiStrings {
  const key = (locale || 'en').toLowerCase();
  return registry.get(key) ?? registry.get(key.split('-')[0] ?? 'en') ?? en;
}

/** Right-to-left scripts, for `dir="auto"` resolution from a locale. */
export function isRtlLocale(locale: string): boolean {
  return ['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv'].includes(
    (locale || '').toLowerCase().split('-')[0] ?? '',
  );
}
