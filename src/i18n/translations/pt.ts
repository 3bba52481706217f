/**
 * Português (Portuguese), Brazilian usage ("linha do tempo", "carregando", "arquivo"), which is
 * what `Intl` gives for a bare "pt". A page for Portugal can register `pt-PT` words over it.
 * Import once to register: `import 'news-timeline/translations/pt.js'`. Portuguese counts 0 and 1
 * as singular in Brazil ("0 evento"); `Intl.PluralRules` gives that as `one`.
 */
import { countsInWords, plural, type PluralForms } from '../plural.js';
import { registerTranslation } from '../registry.js';
import type { Translation } from '../translation.js';

const events: PluralForms = { one: '# evento', other: '# eventos' };
const reportedBy = (outlet: string | undefined) =>
  outlet ? `, conforme noticiado por ${outlet}` : '';

const translation: Translation = {
  $code: 'pt',
  $name: 'Português',
  $dir: 'ltr',

  comma: ', ',
  listSeparator: '; ',
  sentenceSeparator: '. ',

  controls: 'Controles da linha do tempo',
  zoomIn: 'Ampliar',
  zoomOut: 'Reduzir',
  fitAll: 'Mostrar todos os eventos',
  listView: 'Visualização em lista',
  readMore: 'Ler mais',
  showLess: 'Mostrar menos',
  showMore: (count) => `Mostrar mais ${plural(count, events)}`,
  loading: 'Carregando a linha do tempo…',
  loadFailed: (reason) => `Não foi possível carregar a linha do tempo: ${reason}`,
  empty: 'Não há eventos para mostrar.',
  close: 'Fechar',
  eventsLabel: (title) => (title ? `Eventos de “${title}”` : 'Eventos'),
  rangeShown: (range, visible, total) =>
    `Exibindo ${range}: ${visible.text} de ${plural(total, events)}.`,
  shownOf: (visible, total) => `${visible.text} de ${plural(total, events)} visíveis`,
  selected: (headline) => `Aberto: ${headline}`,
  cluster: (count, range) => `${plural(count, events)}, ${range}`,
  clusterHint: 'Pressione Enter para ampliar esses eventos.',
  clusterAsList: (count) =>
    `Estes ${count.text} eventos ocorrem no mesmo momento, por isso são mostrados na visualização em lista.`,
  problemsTitle: (count) =>
    plural(count, {
      one: '# problema nos dados da linha do tempo',
      other: '# problemas nos dados da linha do tempo',
    }),
  dismiss: 'Ocultar',
  wheelHint: 'Use Ctrl + rolagem (⌘ + rolagem no Mac) para ampliar ou reduzir a linha do tempo',

  legend: 'Legenda',
  legendInstant: 'Horário exato',
  legendDay: 'Conhecido ao dia ou à hora',
  legendRange: 'Em algum momento deste período',
  legendUnspecified: 'Data não informada',
  legendOngoing: 'Em andamento',
  legendCluster: 'Vários eventos; amplie para ver',
  backgroundBand: (count, range, kind) =>
    `${range}, ${{ undated: 'horário não informado', context: 'contexto', mixed: 'contexto e horário não informado' }[kind]}: ${plural(count, events)}`,
  published: (when) => `Publicado em ${when}`,
  updatedAt: (when) => `Atualizado em ${when}`,
  legendPublished: 'Publicação da reportagem',
  legendCut: 'Período sem novidades, encurtado',
  eras: 'Períodos',
  era: (label, range) => (range ? `Período: ${label}, ${range}` : `Período: ${label}`),
  updateAnnounced: (added, changed, removed) =>
    countsInWords(
      [
        [added, { one: '# evento novo', other: '# eventos novos' }],
        [changed, { one: '# atualizado', other: '# atualizados' }],
        [removed, { one: '# removido', other: '# removidos' }],
      ],
      ', ',
      'A reportagem foi atualizada.',
    ),
  updatedMarker: 'Atualizado',
  corrections: 'Correções',
  eventRemoved: 'Este evento foi retirado da reportagem.',
  refreshFailed: (reason) => `Não foi possível verificar se há atualizações: ${reason}`,

  when: 'Quando',

  planned: 'Previsto',
  whenNote: (written, precision) =>
    written
      ? `(conforme o texto: “${written}”${precision ? `, precisão: ${precision}` : ''})`
      : precision && `(precisão: ${precision})`,
  places: 'Locais',
  actors: 'Pessoas e grupos',
  quantities: 'Números',
  approximately: (number) => `cerca de ${number}`,
  sources: 'Fontes',
  noSources: 'Nenhuma fonte informada',
  sourceVerbs: {
    said: (who, outlet) => `segundo ${who}${reportedBy(outlet)}`,
    told: (who, outlet) => `segundo ${who}${outlet ? `, em declaração a ${outlet}` : ''}`,
    confirmed: (who, outlet) =>
      `confirmado por ${who}${outlet && outlet !== who ? ` a ${outlet}` : ''}`,
    reported: (who, outlet) =>
      `noticiado por ${who}${outlet && outlet !== who ? ` para ${outlet}` : ''}`,
    corroborated: (who, outlet) => `corroborado por ${who}${reportedBy(outlet)}`,
    witnessed: (who, outlet) => `testemunhado por ${who}${reportedBy(outlet)}`,
    announced: (who, outlet) => `anunciado por ${who}${reportedBy(outlet)}`,
    claimed: (who, outlet) => `segundo alega ${who}${reportedBy(outlet)}`,
  },
  confidence: 'Confiabilidade',
  confidenceLevels: {
    confirmed: 'Confirmado pelo veículo ou por uma testemunha ocular',
    corroborated: 'Corroborado por mais de uma fonte',
    attributed: 'Atribuído a uma única fonte',
    unsourced: 'Nenhuma fonte informada',
  },
  excerpt: 'Trecho do artigo',

  storyMode: 'Narrativa',
  storyRole: 'carrossel',
  stepRole: 'diapositivo',
  storyLabel: (title) => (title ? `Narrativa: ${title}` : 'Narrativa'),
  storyIntro: 'Apresentação',
  storyPosition: (position, total) => `${position.text} de ${total.text}`,
  storyAnnounce: (step, headline) => `${step}: ${headline}`,
  previous: 'Anterior',
  next: 'Próximo',
  storyEventCount: (count) => plural(count, events),
  storyPublished: (date) => `Publicado em ${date}`,
  storyDuring: (eras) => `Período: ${eras}`,
  storyBackground: 'Contexto',

  mediaFailed: (alt) =>
    alt
      ? `Não foi possível carregar a imagem. Mostra: ${alt}`
      : 'Não foi possível carregar a imagem.',
  mediaCredit: (credit) => `Crédito: ${credit}`,
  mediaOpenVideo: 'Abrir o vídeo',
  mediaOpenAudio: 'Abrir o áudio',
  time: {
    day: (date) => `em algum momento de ${date}`,
    parts: {
      'early-hours': (date) => `na madrugada de ${date}`,
      morning: (date) => `na manhã de ${date}`,
      afternoon: (date) => `na tarde de ${date}`,
      evening: (date) => `na noite de ${date}`,
    },
    overnight: (range) => `na noite de ${range}`,
    week: (date) => `na semana de ${date}`,
    month: (period) => `em algum momento de ${period}`,
    year: (period) => `em algum momento de ${period}`,
    upTo: (period, end) => `${period}, até ${end}`,
    upToTime: (period, time) => `${period}, até as ${time}`,
    duration: (count, unit, end) =>
      `${plural(
        count,
        unit === 'hour'
          ? { one: 'na hora anterior', other: 'nas # horas anteriores' }
          : { one: 'no # dia anterior', other: 'nos # dias anteriores' },
      )} a ${end}`,
    days: (range) => `de ${range}`,
    between: (start, end) => `entre ${start} e ${end}`,
    betweenTimes: (start, time) => `entre ${start} e as ${time}`,
    since: (start) => `desde ${start}`,
    unspecifiedBy: (day) => `em um momento não informado até ${day}`,
    unspecifiedAfter: (start) => `em andamento, desde um momento não informado depois de ${start}`,
    unknown: 'em um momento desconhecido',
    rangeJoin: ' a ',
    shortPart: (date, part) => `${date}, ${part}`,
    shortParts: {
      'early-hours': 'madrugada',
      morning: 'manhã',
      afternoon: 'tarde',
      evening: 'noite',
    },
    shortSince: (start) => `desde ${start}`,
    shortBy: (day) => `até ${day}`,
  },
  precisions: {
    instant: 'horário exato',
    minute: 'ao minuto',
    hour: 'à hora',
    'part-of-day': 'período do dia',
    day: 'dia',
    range: 'intervalo de tempo',
    week: 'semana',
    month: 'mês',
    year: 'ano',
    unspecified: 'data não informada',
  },
};

registerTranslation(translation);
export default translation;
