/**
 * עברית (Hebrew), right to left. Import once to register: `import 'news-timeline/translations/he.js'`.
 * UI actions use the infinitive-noun form ("הגדלה", "סגירה") as Hebrew interfaces do, so no verb
 * is gendered; source phrases are nouns ("לדברי", "לטענת", "באישור") for the same reason. The
 * prefix letters (ב, ל, מ) take a hyphen before a digit ("ב-9 ביוני").
 */
import { countsInWords, plural, type PluralForms } from '../plural.js';
import { registerTranslation } from '../registry.js';
import type { Translation } from '../translation.js';

const events: PluralForms = { one: 'אירוע אחד', two: 'שני אירועים', other: '# אירועים' };

const outletReported = (outlet: string | undefined) => (outlet ? `, כפי שדווח ב-${outlet}` : '');

const translation: Translation = {
  $code: 'he',
  $name: 'עברית',
  $dir: 'rtl',

  comma: ', ',
  listSeparator: '; ',
  sentenceSeparator: '. ',

  controls: 'פקדי ציר הזמן',
  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  fitAll: 'הצגת כל האירועים',
  listView: 'תצוגת רשימה',
  readMore: 'קרא עוד',
  showLess: 'הצג פחות',
  showMore: (count) =>
    `הצגת ${plural(count, { one: 'אירוע נוסף', two: 'שני אירועים נוספים', other: '# אירועים נוספים' })}`,
  loading: 'ציר הזמן נטען…',
  loadFailed: (reason) => `לא ניתן היה לטעון את ציר הזמן: ${reason}`,
  empty: 'אין אירועים להצגה.',
  close: 'סגירה',
  eventsLabel: (title) => (title ? `אירועי "${title}"` : 'אירועים'),
  rangeShown: (range, visible, total) =>
    `מוצג הטווח ${range}: ${visible.text} מתוך ${plural(total, events)}.`,
  shownOf: (visible, total) => `מוצגים ${visible.text} מתוך ${plural(total, events)}`,
  selected: (headline) => `נפתח: ${headline}`,
  cluster: (count, range) => `${plural(count, events)}, ${range}`,
  clusterHint: 'יש ללחוץ על Enter כדי להגדיל את התצוגה של אירועים אלה.',
  clusterAsList: (count) => `לאירועים אלה (${count.text}) אותו מועד, ולכן הם מוצגים בתצוגת רשימה.`,
  problemsTitle: (count) =>
    `${plural(count, { one: 'בעיה אחת', two: 'שתי בעיות', other: '# בעיות' })} בנתוני ציר הזמן`,
  dismiss: 'הסתרה',
  wheelHint: 'כדי להגדיל או להקטין את ציר הזמן, יש לגלול תוך לחיצה על Ctrl (או ⌘ ב-Mac)',

  legend: 'מקרא',
  legendInstant: 'זמן מדויק',
  legendDay: 'ידוע ברמת יום או שעה',
  legendRange: 'מתישהו בטווח הזה',
  legendUnspecified: 'הזמן לא צוין',
  legendOngoing: 'נמשך',
  legendCluster: 'כמה אירועים; יש להגדיל',
  backgroundBand: (count, range, kind) =>
    `${range}, ${{ undated: 'השעה לא צוינה', context: 'רקע', mixed: 'רקע ושעה שלא צוינה' }[kind]}: ${plural(count, events)}`,
  published: (when) => `פורסם ${when}`,
  updatedAt: (when) => `עודכן ${when}`,
  legendPublished: 'מועד פרסום הכתבה',
  legendCut: 'זמן שקט, מקוצר',
  eras: 'תקופות',
  era: (label, range) => (range ? `תקופה: ${label}, ${range}` : `תקופה: ${label}`),
  updateAnnounced: (added, changed, removed) =>
    countsInWords(
      [
        [added, { one: 'אירוע חדש אחד', two: 'שני אירועים חדשים', other: '# אירועים חדשים' }],
        [changed, { one: 'אירוע אחד עודכן', two: 'שני אירועים עודכנו', other: '# אירועים עודכנו' }],
        [removed, { one: 'אירוע אחד הוסר', two: 'שני אירועים הוסרו', other: '# אירועים הוסרו' }],
      ],
      ', ',
      'הכתבה עודכנה.',
    ),
  updatedMarker: 'עודכן',
  corrections: 'תיקונים',
  eventRemoved: 'אירוע זה הוסר מהכתבה.',
  refreshFailed: (reason) => `לא ניתן היה לבדוק אם יש עדכונים: ${reason}`,

  when: 'מתי',

  planned: 'מתוכנן',
  whenNote: (written, precision) =>
    written
      ? `(כפי שנכתב: "${written}"${precision ? `, רמת דיוק: ${precision}` : ''})`
      : precision && `(רמת דיוק: ${precision})`,
  places: 'מקומות',
  actors: 'אנשים וגופים',
  quantities: 'מספרים',
  approximately: (number) => `כ-${number}`,
  sources: 'מקורות',
  noSources: 'לא צוין מקור',
  sourceVerbs: {
    said: (who, outlet) => `לדברי ${who}${outletReported(outlet)}`,
    told: (who, outlet) => `לדברי ${who}${outlet ? `, בשיחה עם ${outlet}` : ''}`,
    confirmed: (who, outlet) =>
      `באישור ${who}${outlet && outlet !== who ? `, בהודעה ל-${outlet}` : ''}`,
    reported: (who, outlet) =>
      `לפי דיווח של ${who}${outlet && outlet !== who ? ` עבור ${outlet}` : ''}`,
    corroborated: (who, outlet) => `אושש על ידי ${who}${outletReported(outlet)}`,
    witnessed: (who, outlet) => `לפי עדות של ${who}${outletReported(outlet)}`,
    announced: (who, outlet) => `לפי הודעה של ${who}${outletReported(outlet)}`,
    claimed: (who, outlet) => `לטענת ${who}${outletReported(outlet)}`,
  },
  confidence: 'רמת ודאות',
  confidenceLevels: {
    confirmed: 'אושר על ידי כלי התקשורת או על ידי עד ראייה',
    corroborated: 'אושש על ידי יותר ממקור אחד',
    attributed: 'מיוחס למקור יחיד',
    unsourced: 'לא צוין מקור',
  },
  excerpt: 'מתוך הכתבה',

  storyMode: 'סיפור',
  storyRole: 'קרוסלה',
  stepRole: 'שקופית',
  storyLabel: (title) => (title ? `סיפור: ${title}` : 'סיפור'),
  storyIntro: 'מבוא',
  storyPosition: (position, total) => `${position.text} מתוך ${total.text}`,
  storyAnnounce: (step, headline) => `${step}: ${headline}`,
  previous: 'הקודם',
  next: 'הבא',
  storyEventCount: (count) => plural(count, events),
  storyPublished: (date) => `פורסם ב${date}`,
  storyDuring: (eras) => `תקופה: ${eras}`,
  storyBackground: 'רקע',

  mediaFailed: (alt) =>
    alt ? `לא ניתן היה לטעון את התמונה. היא מציגה: ${alt}` : 'לא ניתן היה לטעון את התמונה.',
  mediaCredit: (credit) => `קרדיט: ${credit}`,
  mediaOpenVideo: 'פתיחת הסרטון',
  mediaOpenAudio: 'פתיחת ההקלטה',
  time: {
    day: (date) => `במהלך ${date}`,
    parts: {
      'early-hours': (date) => `בשעות הבוקר המוקדמות של ${date}`,
      morning: (date) => `בבוקר של ${date}`,
      afternoon: (date) => `בשעות אחר הצהריים של ${date}`,
      evening: (date) => `בערב של ${date}`,
    },
    overnight: (range) => `במהלך הלילה, ${range}`,
    week: (date) => `במהלך השבוע שהחל ב-${date}`,
    month: (period) => `במהלך ${period}`,
    year: (period) => `במהלך שנת ${period}`,
    upTo: (period, end) => `${period}, עד ${end}`,
    upToTime: (period, time) => `${period}, עד השעה ${time}`,
    duration: (count, unit, end) =>
      `${plural(
        count,
        unit === 'hour'
          ? { one: 'בשעה שקדמה', two: 'בשעתיים שקדמו', other: 'ב-# השעות שקדמו' }
          : { one: 'ביום שקדם', two: 'ביומיים שקדמו', other: 'ב-# הימים שקדמו' },
      )} ל-${end}`,
    days: (range) => `מ-${range}`,
    between: (start, end) => `בין ${start} לבין ${end}`,
    betweenTimes: (start, time) => `בין ${start} לבין השעה ${time}`,
    since: (start) => `מאז ${start}`,
    unspecifiedBy: (day) => `במועד לא ידוע עד ${day}`,
    unspecifiedAfter: (start) => `נמשך, מאז מועד לא ידוע אחרי ${start}`,
    unknown: 'במועד לא ידוע',
    rangeJoin: ' עד ',
    shortPart: (date, part) => `${date}, ${part}`,
    shortParts: {
      'early-hours': 'לפנות בוקר',
      morning: 'בוקר',
      afternoon: 'אחר הצהריים',
      evening: 'ערב',
    },
    shortSince: (start) => `מאז ${start}`,
    shortBy: (day) => `עד ${day}`,
  },
  precisions: {
    instant: 'זמן מדויק',
    minute: 'ברמת דקה',
    hour: 'ברמת שעה',
    'part-of-day': 'חלק מהיום',
    day: 'יום',
    range: 'טווח זמן',
    week: 'שבוע',
    month: 'חודש',
    year: 'שנה',
    unspecified: 'זמן שלא צוין',
  },
};

registerTranslation(translation);
export default translation;
