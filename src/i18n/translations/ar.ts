/**
 * العربية (Arabic), right to left. Import once to register: `import 'news-timeline/translations/ar.js'`.
 * Counted nouns follow the six Arabic plural categories of `Intl.PluralRules` (zero, one, two,
 * few 3-10, many 11-99, other 100+). Source phrases are nouns ("بحسب", "بتأكيد من") so that
 * they need no verb agreeing with the source's gender.
 */
import { countsInWords, plural, type PluralForms } from '../plural.js';
import { registerTranslation } from '../registry.js';
import type { Translation } from '../translation.js';

/** "حدث" counted, nominative (cluster names). */
const events: PluralForms = {
  zero: 'لا أحداث',
  one: 'حدث واحد',
  two: 'حدثان',
  few: '# أحداث',
  many: '# حدثًا',
  other: '# حدث',
};
/** After a preposition (genitive): "من أصل حدثين". */
const eventsAfterPreposition: PluralForms = { ...events, zero: '# حدث', two: 'حدثين' };

const outletReported = (outlet: string | undefined) => (outlet ? `، كما نقلت ${outlet}` : '');

const translation: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  comma: '، ',
  listSeparator: '؛ ',
  sentenceSeparator: '. ',

  controls: 'أدوات التحكم في الخط الزمني',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fitAll: 'عرض كل الأحداث',
  listView: 'عرض القائمة',
  readMore: 'اقرأ المزيد',
  showLess: 'عرض أقل',
  showMore: (count) =>
    `عرض ${plural(count, {
      one: 'حدث آخر',
      two: 'حدثين آخرين',
      few: '# أحداث أخرى',
      many: '# حدثًا آخر',
      other: '# حدث آخر',
    })}`,
  loading: 'جارٍ تحميل الخط الزمني…',
  loadFailed: (reason) => `تعذّر تحميل الخط الزمني: ${reason}`,
  empty: 'لا توجد أحداث لعرضها.',
  close: 'إغلاق',
  eventsLabel: (title) => (title ? `أحداث «${title}»` : 'الأحداث'),
  rangeShown: (range, visible, total) =>
    `تُعرض الفترة ${range}: ${visible.text} من أصل ${plural(total, eventsAfterPreposition)}.`,
  shownOf: (visible, total) =>
    `يُعرض ${visible.text} من أصل ${plural(total, eventsAfterPreposition)}`,
  selected: (headline) => `فُتح الحدث: ${headline}`,
  cluster: (count, range) => `${plural(count, events)}، ${range}`,
  clusterHint: 'اضغط Enter لتكبير العرض على هذه الأحداث.',
  clusterAsList: (count) => `تقع هذه الأحداث (${count.text}) في الوقت نفسه، لذا تُعرض في القائمة.`,
  problemsTitle: (count) =>
    `${plural(count, {
      one: 'مشكلة واحدة',
      two: 'مشكلتان',
      few: '# مشكلات',
      many: '# مشكلةً',
      other: '# مشكلة',
    })} في بيانات الخط الزمني`,
  dismiss: 'إخفاء',
  wheelHint: 'استخدم Ctrl مع عجلة التمرير (⌘ مع التمرير على Mac) لتكبير الخط الزمني أو تصغيره',

  legend: 'مفتاح الرموز',
  legendInstant: 'وقت محدد',
  legendDay: 'معروف باليوم أو الساعة',
  legendRange: 'في وقت ما ضمن هذه الفترة',
  legendUnspecified: 'الوقت غير مذكور',
  legendOngoing: 'مستمر',
  legendCluster: 'عدة أحداث؛ كبّر العرض لرؤيتها',
  backgroundBand: (count, range, kind) =>
    `${range}، ${{ undated: 'الوقت غير مذكور', context: 'خلفية', mixed: 'خلفية ووقت غير مذكور' }[kind]}: ${plural(count, events)}`,
  published: (when) => `نُشر ${when}`,
  updatedAt: (when) => `حُدِّث ${when}`,
  legendPublished: 'وقت نشر القصة',
  legendCut: 'فترة هادئة، مختصرة',
  eras: 'الحقب',
  era: (label, range) => (range ? `حقبة: ${label}، ${range}` : `حقبة: ${label}`),
  updateAnnounced: (added, changed, removed) =>
    countsInWords(
      [
        [
          added,
          {
            one: 'حدث جديد واحد',
            two: 'حدثان جديدان',
            few: '# أحداث جديدة',
            many: '# حدثًا جديدًا',
            other: '# حدث جديد',
          },
        ],
        [
          changed,
          {
            one: 'حدث واحد حُدِّث',
            two: 'حدثان حُدِّثا',
            few: '# أحداث حُدِّثت',
            many: '# حدثًا حُدِّث',
            other: '# حدث حُدِّث',
          },
        ],
        [
          removed,
          {
            one: 'حدث واحد أُزيل',
            two: 'حدثان أُزيلا',
            few: '# أحداث أُزيلت',
            many: '# حدثًا أُزيل',
            other: '# حدث أُزيل',
          },
        ],
      ],
      '، ',
      'حُدِّثت القصة.',
    ),
  updatedMarker: 'محدَّث',
  corrections: 'تصحيحات',
  eventRemoved: 'أُزيل هذا الحدث من القصة.',
  refreshFailed: (reason) => `تعذّر التحقق من وجود تحديثات: ${reason}`,

  when: 'متى',

  planned: 'مُخطَّط له',
  whenNote: (written, precision) =>
    written
      ? `(كما ورد: «${written}»${precision ? `، الدقة: ${precision}` : ''})`
      : precision && `(الدقة: ${precision})`,
  places: 'الأماكن',
  actors: 'الأشخاص والجهات',
  quantities: 'الأرقام',
  approximately: (number) => `نحو ${number}`,
  sources: 'المصادر',
  noSources: 'لا يوجد مصدر',
  sourceVerbs: {
    said: (who, outlet) => `بحسب ${who}${outletReported(outlet)}`,
    told: (who, outlet) => `بحسب ${who}${outlet ? `، في حديث إلى ${outlet}` : ''}`,
    confirmed: (who, outlet) =>
      `بتأكيد من ${who}${outlet && outlet !== who ? `، في تصريح إلى ${outlet}` : ''}`,
    reported: (who, outlet) =>
      `في تقرير لـ${who}${outlet && outlet !== who ? ` نشرته ${outlet}` : ''}`,
    corroborated: (who, outlet) => `تدعمه رواية ${who}${outletReported(outlet)}`,
    witnessed: (who, outlet) => `بحسب شهادة ${who}${outletReported(outlet)}`,
    announced: (who, outlet) => `بحسب إعلان صادر عن ${who}${outletReported(outlet)}`,
    claimed: (who, outlet) => `بحسب ادعاء ${who}${outletReported(outlet)}`,
  },
  confidence: 'درجة الثقة',
  confidenceLevels: {
    confirmed: 'مؤكَّد من الوسيلة الإعلامية أو من شاهد عيان',
    corroborated: 'تدعمه أكثر من رواية مستقلة',
    attributed: 'منسوب إلى مصدر واحد',
    unsourced: 'لا يوجد مصدر',
  },
  excerpt: 'من المقال',

  storyMode: 'القصة',
  storyRole: 'عرض شرائح',
  stepRole: 'شريحة',
  storyLabel: (title) => (title ? `القصة: ${title}` : 'القصة'),
  storyIntro: 'مقدمة',
  storyPosition: (position, total) => `${position.text} من ${total.text}`,
  storyAnnounce: (step, headline) => `${step}: ${headline}`,
  previous: 'السابق',
  next: 'التالي',
  storyEventCount: (count) => plural(count, events),
  storyPublished: (date) => `نُشر في ${date}`,
  storyDuring: (eras) => `الفترة: ${eras}`,
  storyBackground: 'خلفية',

  mediaFailed: (alt) => (alt ? `تعذّر تحميل الصورة. تُظهر الصورة: ${alt}` : 'تعذّر تحميل الصورة.'),
  mediaCredit: (credit) => `الحقوق: ${credit}`,
  mediaOpenVideo: 'فتح الفيديو',
  mediaOpenAudio: 'فتح التسجيل الصوتي',
  time: {
    day: (date) => `في وقت ما يوم ${date}`,
    parts: {
      'early-hours': (date) => `في الساعات الأولى من ${date}`,
      morning: (date) => `صباح ${date}`,
      afternoon: (date) => `بعد ظهر ${date}`,
      evening: (date) => `مساء ${date}`,
    },
    overnight: (range) => `ليلة ${range}`,
    week: (date) => `خلال الأسبوع الذي يبدأ في ${date}`,
    month: (period) => `في وقت ما من ${period}`,
    year: (period) => `في وقت ما من عام ${period}`,
    upTo: (period, end) => `${period}، حتى ${end}`,
    upToTime: (period, time) => `${period}، حتى الساعة ${time}`,
    duration: (count, unit, end) =>
      `خلال ${plural(
        count,
        unit === 'hour'
          ? {
              one: 'ساعة واحدة',
              two: 'ساعتين',
              few: '# ساعات',
              many: '# ساعةً',
              other: '# ساعة',
            }
          : { one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' },
      )} حتى ${end}`,
    days: (range) => `من ${range}`,
    between: (start, end) => `بين ${start} و${end}`,
    betweenTimes: (start, time) => `بين ${start} والساعة ${time}`,
    since: (start) => `منذ ${start}`,
    unspecifiedBy: (day) => `في وقت غير محدد حتى ${day}`,
    unspecifiedAfter: (start) => `مستمر، منذ وقت غير محدد بعد ${start}`,
    unknown: 'في وقت غير معروف',
    rangeJoin: ' إلى ',
    shortPart: (date, part) => `${date}، ${part}`,
    shortParts: {
      'early-hours': 'فجرًا',
      morning: 'صباحًا',
      afternoon: 'بعد الظهر',
      evening: 'مساءً',
    },
    shortSince: (start) => `منذ ${start}`,
    shortBy: (day) => `حتى ${day}`,
  },
  precisions: {
    instant: 'لحظة محددة',
    minute: 'بالدقيقة',
    hour: 'بالساعة',
    'part-of-day': 'جزء من اليوم',
    day: 'يوم',
    range: 'فترة زمنية',
    week: 'أسبوع',
    month: 'شهر',
    year: 'سنة',
    unspecified: 'وقت غير محدد',
  },
};

registerTranslation(translation);
export default translation;
