/**
 * Français (French). Import once to register: `import 'news-timeline/translations/fr.js'`.
 * French typography: a no-break space before ":" and inside « », a narrow one before ";".
 * French counts 0 and 1 as singular ("0 événement"), which `Intl.PluralRules` gives as `one`.
 */
import { countsInWords, plural, type PluralForms } from '../plural.js';
import { registerTranslation } from '../registry.js';
import type { Translation } from '../translation.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const quote = (text: string) => `«${NBSP}${text}${NBSP}»`;
const events: PluralForms = { one: '# événement', other: '# événements' };
const reportedBy = (outlet: string | undefined) => (outlet ? `, selon ${outlet}` : '');
/** Neutral in gender: the source may be a man, a woman or an institution. */
const wordsReportedBy = (outlet: string | undefined) =>
  outlet ? `, propos rapportés par ${outlet}` : '';

const translation: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  comma: ', ',
  listSeparator: `${NNBSP}; `,
  sentenceSeparator: '. ',

  controls: 'Commandes de la frise chronologique',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fitAll: 'Afficher tous les événements',
  listView: 'Vue en liste',
  readMore: 'Lire la suite',
  showLess: 'Afficher moins',
  showMore: (count) =>
    `Afficher ${plural(count, { one: '# événement de plus', other: '# événements de plus' })}`,
  loading: 'Chargement de la frise chronologique…',
  loadFailed: (reason) => `Impossible de charger la frise chronologique${NBSP}: ${reason}`,
  empty: 'Aucun événement à afficher.',
  close: 'Fermer',
  eventsLabel: (title) => (title ? `Événements de ${quote(title)}` : 'Événements'),
  rangeShown: (range, visible, total) =>
    `Période affichée${NBSP}: ${range}, ${plural(visible, events)} sur ${total.text}.`,
  shownOf: (visible, total) =>
    `${plural(visible, { one: '# événement affiché', other: '# événements affichés' })} sur ${total.text}`,
  selected: (headline) => `Ouvert${NBSP}: ${headline}`,
  cluster: (count, range) => `${plural(count, events)}, ${range}`,
  clusterHint: 'Appuyez sur Entrée pour zoomer sur ces événements.',
  clusterAsList: (count) =>
    `Ces ${count.text} événements ont lieu au même moment${NNBSP}; ils sont affichés dans la vue en liste.`,
  problemsTitle: (count) =>
    plural(count, {
      one: '# problème dans les données de la frise',
      other: '# problèmes dans les données de la frise',
    }),
  dismiss: 'Masquer',
  wheelHint: 'Utilisez Ctrl + molette (⌘ + défilement sur Mac) pour zoomer sur la frise',

  legend: 'Légende',
  legendInstant: 'Heure exacte',
  legendDay: 'Connu au jour ou à l’heure près',
  legendRange: 'Au cours de cette période',
  legendUnspecified: 'Date non précisée',
  legendOngoing: 'En cours',
  legendCluster: `Plusieurs événements${NNBSP}; zoomez pour les voir`,
  backgroundBand: (count, range, kind) =>
    `${range}, ${{ undated: 'heure non précisée', context: 'contexte', mixed: 'contexte et heure non précisée' }[kind]}${NNBSP}: ${plural(count, events)}`,
  published: (when) => `Publié le ${when}`,
  updatedAt: (when) => `Mis à jour le ${when}`,
  legendPublished: 'Publication de l’article',
  legendCut: 'Période calme, raccourcie',
  eras: 'Périodes',
  era: (label, range) =>
    range ? `Période${NNBSP}: ${label}, ${range}` : `Période${NNBSP}: ${label}`,
  updateAnnounced: (added, changed, removed) =>
    countsInWords(
      [
        [added, { one: '# nouvel événement', other: '# nouveaux événements' }],
        [changed, { one: '# mis à jour', other: '# mis à jour' }],
        [removed, { one: '# retiré', other: '# retirés' }],
      ],
      ', ',
      'L’article a été mis à jour.',
    ),
  updatedMarker: 'Mis à jour',
  corrections: 'Rectificatifs',
  eventRemoved: 'Cet événement a été retiré de l’article.',
  refreshFailed: (reason) => `Impossible de vérifier les mises à jour${NNBSP}: ${reason}`,

  when: 'Quand',

  planned: 'Prévu',
  whenNote: (written, precision) =>
    written
      ? `(texte d’origine${NBSP}: ${quote(written)}${precision ? `, précision${NBSP}: ${precision}` : ''})`
      : precision && `(précision${NBSP}: ${precision})`,
  places: 'Lieux',
  actors: 'Personnes et organisations',
  quantities: 'Chiffres',
  approximately: (number) => `environ ${number}`,
  sources: 'Sources',
  noSources: 'Aucune source indiquée',
  sourceVerbs: {
    said: (who, outlet) => `d’après ${who}${wordsReportedBy(outlet)}`,
    told: (who, outlet) => `d’après ${who}${outlet ? `, dans une déclaration à ${outlet}` : ''}`,
    confirmed: (who, outlet) =>
      `confirmé par ${who}${outlet && outlet !== who ? ` auprès de ${outlet}` : ''}`,
    reported: (who, outlet) =>
      `rapporté par ${who}${outlet && outlet !== who ? ` pour ${outlet}` : ''}`,
    corroborated: (who, outlet) => `corroboré par ${who}${reportedBy(outlet)}`,
    witnessed: (who, outlet) => `constaté par ${who}${reportedBy(outlet)}`,
    announced: (who, outlet) => `annoncé par ${who}${reportedBy(outlet)}`,
    claimed: (who, outlet) => `affirmé par ${who}${reportedBy(outlet)}`,
  },
  confidence: 'Fiabilité',
  confidenceLevels: {
    confirmed: 'Confirmé par le média ou par un témoin direct',
    corroborated: 'Corroboré par plusieurs sources',
    attributed: 'Attribué à une seule source',
    unsourced: 'Aucune source indiquée',
  },
  excerpt: 'Extrait de l’article',

  storyMode: 'Récit',
  storyRole: 'carrousel',
  stepRole: 'diapositive',
  storyLabel: (title) => (title ? `Récit${NBSP}: ${title}` : 'Récit'),
  storyIntro: 'Présentation',
  storyPosition: (position, total) => `${position.text} sur ${total.text}`,
  storyAnnounce: (step, headline) => `${step}${NBSP}: ${headline}`,
  previous: 'Précédent',
  next: 'Suivant',
  storyEventCount: (count) => plural(count, events),
  storyPublished: (date) => `Publié le ${date}`,
  storyDuring: (eras) => `Période${NBSP}: ${eras}`,
  storyBackground: 'Contexte',

  mediaFailed: (alt) =>
    alt
      ? `L’image n’a pas pu être chargée. Elle montre${NBSP}: ${alt}`
      : 'L’image n’a pas pu être chargée.',
  mediaCredit: (credit) => `Crédit${NBSP}: ${credit}`,
  mediaOpenVideo: 'Ouvrir la vidéo',
  mediaOpenAudio: 'Ouvrir l’enregistrement audio',
  time: {
    day: (date) => `dans la journée du ${date}`,
    parts: {
      'early-hours': (date) => `aux premières heures du ${date}`,
      morning: (date) => `dans la matinée du ${date}`,
      afternoon: (date) => `dans l’après-midi du ${date}`,
      evening: (date) => `dans la soirée du ${date}`,
    },
    overnight: (range) => `dans la nuit du ${range}`,
    week: (date) => `au cours de la semaine du ${date}`,
    month: (period) => `en ${period}`,
    year: (period) => `en ${period}`,
    upTo: (period, end) => `${period}, jusqu’au ${end}`,
    upToTime: (period, time) => `${period}, jusqu’à ${time}`,
    duration: (count, unit, end) =>
      `${plural(
        count,
        unit === 'hour'
          ? { one: 'dans l’heure précédant', other: 'dans les # heures précédant' }
          : { one: 'dans la journée précédant', other: 'dans les # jours précédant' },
      )} le ${end}`,
    days: (range) => `du ${range}`,
    between: (start, end, kind) =>
      kind === 'month' || kind === 'year'
        ? `entre ${start} et ${end}`
        : `entre le ${start} et le ${end}`,
    betweenTimes: (start, time) => `entre le ${start} et ${time}`,
    since: (start, kind) =>
      kind === 'day' || kind === 'date' ? `depuis le ${start}` : `depuis ${start}`,
    unspecifiedBy: (day) => `à une date non précisée, au plus tard le ${day}`,
    unspecifiedAfter: (start) => `en cours, depuis une date non précisée après le ${start}`,
    unknown: 'à une date inconnue',
    rangeJoin: ' au ',
    shortPart: (date, part) => `${date}, ${part}`,
    shortParts: {
      'early-hours': 'petit matin',
      morning: 'matin',
      afternoon: 'après-midi',
      evening: 'soir',
    },
    shortSince: (start, kind) => (kind === 'date' ? `depuis le ${start}` : `depuis ${start}`),
    shortBy: (day) => `jusqu’au ${day}`,
  },
  precisions: {
    instant: 'heure exacte',
    minute: 'à la minute près',
    hour: 'à l’heure près',
    'part-of-day': 'moment de la journée',
    day: 'jour',
    range: 'intervalle',
    week: 'semaine',
    month: 'mois',
    year: 'année',
    unspecified: 'date non précisée',
  },
};

registerTranslation(translation);
export default translation;
