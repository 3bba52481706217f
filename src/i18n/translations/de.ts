/**
 * Deutsch (German). Import once to register: `import 'news-timeline/translations/de.js'`.
 * Intl writes dates in the nominative ("Freitag, 13. Juni 2014"), so phrases put them where no
 * case ending is needed ("am Freitag, 13. Juni 2014, morgens", not "am Morgen des Freitag").
 */
import { countsInWords, plural, type PluralForms } from '../plural.js';
import { registerTranslation } from '../registry.js';
import type { Translation } from '../translation.js';

const events: PluralForms = { one: '# Ereignis', other: '# Ereignisse' };
const reportedBy = (outlet: string | undefined) => (outlet ? `, wie ${outlet} berichtet` : '');

const translation: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  comma: ', ',
  listSeparator: '; ',
  sentenceSeparator: '. ',

  controls: 'Steuerung der Zeitleiste',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fitAll: 'Alle Ereignisse zeigen',
  listView: 'Listenansicht',
  readMore: 'Weiterlesen',
  showLess: 'Weniger anzeigen',
  showMore: (count) => plural(count, { one: '# weiteres zeigen', other: '# weitere zeigen' }),
  loading: 'Zeitleiste wird geladen …',
  loadFailed: (reason) => `Die Zeitleiste konnte nicht geladen werden: ${reason}`,
  empty: 'Keine Ereignisse vorhanden.',
  close: 'Schließen',
  eventsLabel: (title) => (title ? `Ereignisse zu „${title}“` : 'Ereignisse'),
  rangeShown: (range, visible, total) =>
    `Angezeigt: ${range}, ${visible.text} von ${plural(total, { one: '# Ereignis', other: '# Ereignissen' })}.`,
  shownOf: (visible, total) =>
    `${visible.text} von ${plural(total, { one: '# Ereignis', other: '# Ereignissen' })} sichtbar`,
  selected: (headline) => `Geöffnet: ${headline}`,
  cluster: (count, range) => `${plural(count, events)}, ${range}`,
  clusterHint: 'Mit der Eingabetaste auf diese Ereignisse zoomen.',
  clusterAsList: (count) =>
    `Diese ${count.text} Ereignisse fallen auf denselben Zeitpunkt; sie werden in der Listenansicht gezeigt.`,
  problemsTitle: (count) =>
    plural(count, {
      one: '# Problem in den Daten der Zeitleiste',
      other: '# Probleme in den Daten der Zeitleiste',
    }),
  dismiss: 'Ausblenden',
  wheelHint: 'Zum Zoomen der Zeitleiste Strg gedrückt halten und scrollen (auf dem Mac ⌘)',

  legend: 'Legende',
  legendInstant: 'Genaue Uhrzeit',
  legendDay: 'Auf Tag oder Stunde bekannt',
  legendRange: 'Irgendwann in diesem Zeitraum',
  legendUnspecified: 'Zeit nicht angegeben',
  legendOngoing: 'Andauernd',
  legendCluster: 'Mehrere Ereignisse; zum Anzeigen vergrößern',
  backgroundBand: (count, range, kind) =>
    `${range}, ${{ undated: 'Zeit nicht angegeben', context: 'Hintergrund', mixed: 'Hintergrund und Zeit nicht angegeben' }[kind]}: ${plural(count, events)}`,
  published: (when) => `Veröffentlicht ${when}`,
  updatedAt: (when) => `Aktualisiert ${when}`,
  legendPublished: 'Veröffentlichung des Artikels',
  legendCut: 'Ruhige Zeit, gekürzt',
  eras: 'Zeitabschnitte',
  era: (label, range) => (range ? `Zeitabschnitt: ${label}, ${range}` : `Zeitabschnitt: ${label}`),
  updateAnnounced: (added, changed, removed) =>
    countsInWords(
      [
        [added, { one: '# neues Ereignis', other: '# neue Ereignisse' }],
        [changed, { other: '# aktualisiert' }],
        [removed, { other: '# entfernt' }],
      ],
      ', ',
      'Der Artikel wurde aktualisiert.',
    ),
  updatedMarker: 'Aktualisiert',
  corrections: 'Korrekturen',
  eventRemoved: 'Dieses Ereignis wurde aus dem Artikel entfernt.',
  refreshFailed: (reason) => `Aktualisierungen konnten nicht geprüft werden: ${reason}`,

  when: 'Wann',

  planned: 'Geplant',
  whenNote: (written, precision) =>
    written
      ? `(im Wortlaut: „${written}“${precision ? `, Genauigkeit: ${precision}` : ''})`
      : precision && `(Genauigkeit: ${precision})`,
  places: 'Orte',
  actors: 'Personen und Gruppen',
  quantities: 'Zahlen',
  approximately: (number) => `etwa ${number}`,
  sources: 'Quellen',
  noSources: 'Keine Quelle angegeben',
  sourceVerbs: {
    said: (who, outlet) => `laut ${who}${reportedBy(outlet)}`,
    told: (who, outlet) => `laut ${who}${outlet ? ` gegenüber ${outlet}` : ''}`,
    confirmed: (who, outlet) =>
      `bestätigt von ${who}${outlet && outlet !== who ? ` gegenüber ${outlet}` : ''}`,
    reported: (who, outlet) =>
      `berichtet von ${who}${outlet && outlet !== who ? ` für ${outlet}` : ''}`,
    corroborated: (who, outlet) => `gestützt von ${who}${reportedBy(outlet)}`,
    witnessed: (who, outlet) => `bezeugt von ${who}${reportedBy(outlet)}`,
    announced: (who, outlet) => `bekannt gegeben von ${who}${reportedBy(outlet)}`,
    claimed: (who, outlet) => `nach Darstellung von ${who}${reportedBy(outlet)}`,
  },
  confidence: 'Verlässlichkeit',
  confidenceLevels: {
    confirmed: 'Bestätigt vom Medium oder von einem Augenzeugen',
    corroborated: 'Von mehr als einer Quelle gestützt',
    attributed: 'Einer einzigen Quelle zugeschrieben',
    unsourced: 'Keine Quelle angegeben',
  },
  excerpt: 'Aus dem Artikel',

  storyMode: 'Erzählmodus',
  storyRole: 'Karussell',
  stepRole: 'Folie',
  storyLabel: (title) => (title ? `Erzählung: ${title}` : 'Erzählung'),
  storyIntro: 'Einführung',
  storyPosition: (position, total) => `${position.text} von ${total.text}`,
  storyAnnounce: (step, headline) => `${step}: ${headline}`,
  previous: 'Zurück',
  next: 'Weiter',
  storyEventCount: (count) => plural(count, events),
  storyPublished: (date) => `Veröffentlicht am ${date}`,
  storyDuring: (eras) => `Zeitraum: ${eras}`,
  storyBackground: 'Hintergrund',

  mediaFailed: (alt) =>
    alt
      ? `Das Bild konnte nicht geladen werden. Es zeigt: ${alt}`
      : 'Das Bild konnte nicht geladen werden.',
  mediaCredit: (credit) => `Nachweis: ${credit}`,
  mediaOpenVideo: 'Video öffnen',
  mediaOpenAudio: 'Audio öffnen',
  time: {
    day: (date) => `irgendwann am ${date}`,
    parts: {
      'early-hours': (date) => `am ${date}, in den frühen Morgenstunden`,
      morning: (date) => `am ${date}, morgens`,
      afternoon: (date) => `am ${date}, nachmittags`,
      evening: (date) => `am ${date}, abends`,
    },
    overnight: (_range, end) => `in der Nacht zum ${end}`,
    week: (date) => `in der Woche vom ${date}`,
    month: (period) => `irgendwann im ${period}`,
    year: (period) => `irgendwann im Jahr ${period}`,
    upTo: (period, end) => `${period}, bis zum ${end}`,
    upToTime: (period, time) => `${period}, bis ${time} Uhr`,
    duration: (count, unit, end) =>
      `${plural(
        count,
        unit === 'hour'
          ? { one: 'in der Stunde', other: 'in den # Stunden' }
          : { one: 'an dem # Tag', other: 'in den # Tagen' },
      )} bis zum ${end}`,
    days: (range) => `vom ${range}`,
    between: (start, end) => `zwischen ${start} und ${end}`,
    betweenTimes: (start, time) => `zwischen ${start} und ${time} Uhr`,
    since: (start, kind) => (kind === 'date' ? `seit dem ${start}` : `seit ${start}`),
    unspecifiedBy: (day) => `zu einem unbestimmten Zeitpunkt bis zum ${day}`,
    unspecifiedAfter: (start) =>
      `andauernd, begonnen zu einem unbestimmten Zeitpunkt nach dem ${start}`,
    unknown: 'zu einem unbekannten Zeitpunkt',
    rangeJoin: ' bis ',
    shortPart: (date, part) => `${date}, ${part}`,
    shortParts: {
      'early-hours': 'frühmorgens',
      morning: 'morgens',
      afternoon: 'nachmittags',
      evening: 'abends',
    },
    shortSince: (start, kind) => (kind === 'date' ? `seit dem ${start}` : `seit ${start}`),
    shortBy: (day) => `bis ${day}`,
  },
  precisions: {
    instant: 'genaue Uhrzeit',
    minute: 'minutengenau',
    hour: 'stundengenau',
    'part-of-day': 'Tageszeit',
    day: 'Tag',
    range: 'Zeitraum',
    week: 'Woche',
    month: 'Monat',
    year: 'Jahr',
    unspecified: 'unbestimmte Zeit',
  },
};

registerTranslation(translation);
export default translation;
