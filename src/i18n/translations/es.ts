/**
 * Español (Spanish), written to read well on both sides of the Atlantic: "acontecimientos" for
 * news events, "tú" in instructions as most interfaces now do, no regional words. Import once to
 * register: `import 'news-timeline/translations/es.js'`.
 */
import { countsInWords, plural, type PluralForms } from '../plural.js';
import { registerTranslation } from '../registry.js';
import type { Translation } from '../translation.js';

const events: PluralForms = { one: '# acontecimiento', other: '# acontecimientos' };
const reportedBy = (outlet: string | undefined) => (outlet ? `, informa ${outlet}` : '');

const translation: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  comma: ', ',
  listSeparator: '; ',
  sentenceSeparator: '. ',

  controls: 'Controles de la cronología',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Mostrar todos los acontecimientos',
  listView: 'Vista de lista',
  readMore: 'Leer más',
  showLess: 'Mostrar menos',
  showMore: (count) => `Mostrar ${count.text} más`,
  loading: 'Cargando la cronología…',
  loadFailed: (reason) => `No se pudo cargar la cronología: ${reason}`,
  empty: 'No hay acontecimientos que mostrar.',
  close: 'Cerrar',
  eventsLabel: (title) => (title ? `Acontecimientos de «${title}»` : 'Acontecimientos'),
  rangeShown: (range, visible, total) =>
    `Mostrando ${range}: ${visible.text} de ${plural(total, events)}.`,
  shownOf: (visible, total) => `${visible.text} de ${plural(total, events)} visibles`,
  selected: (headline) => `Abierto: ${headline}`,
  cluster: (count, range) => `${plural(count, events)}, ${range}`,
  clusterHint: 'Pulsa Intro para acercar la vista a estos acontecimientos.',
  clusterAsList: (count) =>
    `Estos ${count.text} acontecimientos ocurren al mismo tiempo; se muestran en la vista de lista.`,
  problemsTitle: (count) =>
    plural(count, {
      one: '# problema en los datos de la cronología',
      other: '# problemas en los datos de la cronología',
    }),
  dismiss: 'Ocultar',
  wheelHint: 'Usa Ctrl + rueda (⌘ + desplazamiento en Mac) para acercar o alejar la cronología',

  legend: 'Leyenda',
  legendInstant: 'Hora exacta',
  legendDay: 'Conocido al día o a la hora',
  legendRange: 'En algún momento de este intervalo',
  legendUnspecified: 'Fecha no indicada',
  legendOngoing: 'En curso',
  legendCluster: 'Varios acontecimientos; acerca la vista',
  backgroundBand: (count, range, kind) =>
    `${range}, ${{ undated: 'hora no indicada', context: 'contexto', mixed: 'contexto y hora no indicada' }[kind]}: ${plural(count, events)}`,
  published: (when) => `Publicado el ${when}`,
  updatedAt: (when) => `Actualizado el ${when}`,
  legendPublished: 'Publicación de la noticia',
  legendCut: 'Tiempo sin novedades, acortado',
  eras: 'Épocas',
  era: (label, range) => (range ? `Época: ${label}, ${range}` : `Época: ${label}`),
  updateAnnounced: (added, changed, removed) =>
    countsInWords(
      [
        [added, { one: '# acontecimiento nuevo', other: '# acontecimientos nuevos' }],
        [changed, { one: '# actualizado', other: '# actualizados' }],
        [removed, { one: '# retirado', other: '# retirados' }],
      ],
      ', ',
      'La noticia se actualizó.',
    ),
  updatedMarker: 'Actualizado',
  corrections: 'Correcciones',
  eventRemoved: 'Este acontecimiento se retiró de la noticia.',
  refreshFailed: (reason) => `No se pudo comprobar si hay actualizaciones: ${reason}`,

  when: 'Cuándo',

  planned: 'Previsto',
  whenNote: (written, precision) =>
    written
      ? `(texto original: «${written}»${precision ? `, precisión: ${precision}` : ''})`
      : precision && `(precisión: ${precision})`,
  places: 'Lugares',
  actors: 'Personas y grupos',
  quantities: 'Cifras',
  approximately: (number) => `aproximadamente ${number}`,
  sources: 'Fuentes',
  noSources: 'Sin fuente indicada',
  sourceVerbs: {
    said: (who, outlet) => `según ${who}${reportedBy(outlet)}`,
    told: (who, outlet) => `según ${who}${outlet ? `, en declaraciones a ${outlet}` : ''}`,
    confirmed: (who, outlet) =>
      `confirmado por ${who}${outlet && outlet !== who ? ` a ${outlet}` : ''}`,
    reported: (who, outlet) =>
      `según informa ${who}${outlet && outlet !== who ? ` para ${outlet}` : ''}`,
    corroborated: (who, outlet) => `corroborado por ${who}${reportedBy(outlet)}`,
    witnessed: (who, outlet) => `presenciado por ${who}${reportedBy(outlet)}`,
    announced: (who, outlet) => `anunciado por ${who}${reportedBy(outlet)}`,
    claimed: (who, outlet) => `según afirma ${who}${reportedBy(outlet)}`,
  },
  confidence: 'Fiabilidad',
  confidenceLevels: {
    confirmed: 'Confirmado por el medio o por un testigo presencial',
    corroborated: 'Corroborado por más de una fuente',
    attributed: 'Atribuido a una sola fuente',
    unsourced: 'Sin fuente indicada',
  },
  excerpt: 'Del artículo',

  storyMode: 'Relato',
  storyRole: 'carrusel',
  stepRole: 'diapositiva',
  storyLabel: (title) => (title ? `Relato: ${title}` : 'Relato'),
  storyIntro: 'Presentación',
  storyPosition: (position, total) => `${position.text} de ${total.text}`,
  storyAnnounce: (step, headline) => `${step}: ${headline}`,
  previous: 'Anterior',
  next: 'Siguiente',
  storyEventCount: (count) => plural(count, events),
  storyPublished: (date) => `Publicado el ${date}`,
  storyDuring: (eras) => `Periodo: ${eras}`,
  storyBackground: 'Contexto',

  mediaFailed: (alt) =>
    alt ? `No se pudo cargar la imagen. Muestra: ${alt}` : 'No se pudo cargar la imagen.',
  mediaCredit: (credit) => `Crédito: ${credit}`,
  mediaOpenVideo: 'Abrir el vídeo',
  mediaOpenAudio: 'Abrir el audio',
  time: {
    day: (date) => `en algún momento del ${date}`,
    parts: {
      'early-hours': (date) => `en la madrugada del ${date}`,
      morning: (date) => `en la mañana del ${date}`,
      afternoon: (date) => `en la tarde del ${date}`,
      evening: (date) => `en la noche del ${date}`,
    },
    overnight: (range) => `en la noche del ${range}`,
    week: (date) => `durante la semana del ${date}`,
    month: (period) => `en algún momento de ${period}`,
    year: (period) => `en algún momento de ${period}`,
    upTo: (period, end) => `${period}, hasta el ${end}`,
    upToTime: (period, time) => `${period}, hasta las ${time}`,
    duration: (count, unit, end) =>
      `${plural(
        count,
        unit === 'hour'
          ? { one: 'en la hora previa', other: 'en las # horas previas' }
          : { one: 'en el # día previo', other: 'en los # días previos' },
      )} al ${end}`,
    days: (range) => `del ${range}`,
    between: (start, end, kind) =>
      kind === 'month' || kind === 'year'
        ? `entre ${start} y ${end}`
        : `entre el ${start} y el ${end}`,
    betweenTimes: (start, time) => `entre el ${start} y las ${time}`,
    since: (start, kind) =>
      kind === 'day' || kind === 'date' ? `desde el ${start}` : `desde ${start}`,
    unspecifiedBy: (day) => `en un momento no precisado hasta el ${day}`,
    unspecifiedAfter: (start) => `en curso, desde un momento no precisado después del ${start}`,
    unknown: 'en un momento desconocido',
    rangeJoin: ' al ',
    shortPart: (date, part) => `${date}, ${part}`,
    shortParts: {
      'early-hours': 'madrugada',
      morning: 'mañana',
      afternoon: 'tarde',
      evening: 'noche',
    },
    shortSince: (start, kind) => (kind === 'date' ? `desde el ${start}` : `desde ${start}`),
    shortBy: (day) => `hasta el ${day}`,
  },
  precisions: {
    instant: 'hora exacta',
    minute: 'al minuto',
    hour: 'a la hora',
    'part-of-day': 'parte del día',
    day: 'día',
    range: 'intervalo',
    week: 'semana',
    month: 'mes',
    year: 'año',
    unspecified: 'fecha no indicada',
  },
};

registerTranslation(translation);
export default translation;
