/**
 * 日本語 (Japanese). Import once to register: `import 'news-timeline/translations/ja.js'`.
 * Japanese has one plural form, so counts carry a counter (件, 時間, 日間) instead. News events are
 * 出来事; punctuation is full width (、。「」：), and phrases put the date first, as Japanese does
 * ("2014年6月13日金曜日の朝").
 */
import { countsInWords } from '../plural.js';
import { registerTranslation } from '../registry.js';
import type { Translation } from '../translation.js';

const reportedBy = (outlet: string | undefined) => (outlet ? `（${outlet}の報道）` : '');

const translation: Translation = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',

  comma: '、',
  listSeparator: '。',
  sentenceSeparator: '。',

  controls: 'タイムラインの操作',
  zoomIn: '拡大',
  zoomOut: '縮小',
  fitAll: 'すべての出来事を表示',
  listView: 'リスト表示',
  readMore: '続きを読む',
  showLess: '閉じる',
  showMore: (count) => `さらに${count.text}件を表示`,
  loading: 'タイムラインを読み込んでいます…',
  loadFailed: (reason) => `タイムラインを読み込めませんでした：${reason}`,
  empty: '表示する出来事はありません。',
  close: '閉じる',
  eventsLabel: (title) => (title ? `「${title}」の出来事` : '出来事'),
  rangeShown: (range, visible, total) => `${range}を表示中：全${total.text}件中${visible.text}件。`,
  shownOf: (visible, total) => `全${total.text}件中${visible.text}件を表示`,
  selected: (headline) => `「${headline}」を開きました`,
  cluster: (count, range) => `${count.text}件の出来事、${range}`,
  clusterHint: 'Enterキーを押すと、これらの出来事を拡大表示します。',
  clusterAsList: (count) => `これら${count.text}件の出来事は同じ時刻のため、リスト表示で示します。`,
  problemsTitle: (count) => `タイムラインのデータに${count.text}件の問題があります`,
  dismiss: '非表示にする',
  wheelHint:
    'Ctrlキー（Macでは⌘キー）を押しながらスクロールすると、タイムラインを拡大・縮小できます',

  legend: '凡例',
  legendInstant: '正確な時刻',
  legendDay: '日または時間単位で判明',
  legendRange: 'この期間のいずれかの時点',
  legendUnspecified: '時刻の記載なし',
  legendOngoing: '継続中',
  legendCluster: '複数の出来事（拡大すると表示）',
  backgroundBand: (count, range, kind) =>
    `${range}、${{ undated: '時刻不明', context: '背景', mixed: '背景・時刻不明' }[kind]}：${count.text}件`,
  published: (when) => `${when}公開`,
  updatedAt: (when) => `${when}更新`,
  legendPublished: '記事の公開日時',
  legendCut: '動きのない期間（短縮）',
  eras: '時代区分',
  era: (label, range) => (range ? `時代区分：${label}（${range}）` : `時代区分：${label}`),
  updateAnnounced: (added, changed, removed) =>
    countsInWords(
      [
        [added, { other: '新規#件' }],
        [changed, { other: '更新#件' }],
        [removed, { other: '削除#件' }],
      ],
      '、',
      '記事が更新されました。',
    ),
  updatedMarker: '更新あり',
  corrections: '訂正',
  eventRemoved: 'この出来事は記事から削除されました。',
  refreshFailed: (reason) => `更新を確認できませんでした：${reason}`,

  when: '日時',

  planned: '予定',
  whenNote: (written, precision) =>
    written
      ? `（原文：「${written}」${precision ? `、精度：${precision}` : ''}）`
      : precision && `（精度：${precision}）`,
  places: '場所',
  actors: '人物・組織',
  quantities: '数値',
  approximately: (number) => `約${number}`,
  sources: '情報源',
  noSources: '情報源の記載なし',
  sourceVerbs: {
    said: (who, outlet) => `${who}によると${reportedBy(outlet)}`,
    told: (who, outlet) => `${who}が${outlet ? `${outlet}に` : ''}語ったところによると`,
    confirmed: (who, outlet) =>
      `${who}が${outlet && outlet !== who ? `${outlet}に対して` : ''}確認`,
    reported: (who, outlet) => `${who}${outlet && outlet !== who ? `（${outlet}）` : ''}が報道`,
    corroborated: (who, outlet) => `${who}が裏付け${reportedBy(outlet)}`,
    witnessed: (who, outlet) => `${who}が目撃${reportedBy(outlet)}`,
    announced: (who, outlet) => `${who}が発表${reportedBy(outlet)}`,
    claimed: (who, outlet) => `${who}の主張による${reportedBy(outlet)}`,
  },
  confidence: '確度',
  confidenceLevels: {
    confirmed: '報道機関または目撃者が確認',
    corroborated: '複数の情報源が裏付け',
    attributed: '単一の情報源による',
    unsourced: '情報源の記載なし',
  },
  excerpt: '記事からの引用',

  storyMode: 'ストーリー',
  storyRole: 'カルーセル',
  stepRole: 'スライド',
  storyLabel: (title) => (title ? `ストーリー：${title}` : 'ストーリー'),
  storyIntro: 'はじめに',
  storyPosition: (position, total) => `${position.text} / ${total.text}`,
  storyAnnounce: (step, headline) => `${step}：${headline}`,
  previous: '前へ',
  next: '次へ',
  storyEventCount: (count) => `${count.text}件の出来事`,
  storyPublished: (date) => `${date}掲載`,
  storyDuring: (eras) => `期間：${eras}`,
  storyBackground: '背景',

  mediaFailed: (alt) =>
    alt ? `画像を読み込めませんでした。内容：${alt}` : '画像を読み込めませんでした。',
  mediaCredit: (credit) => `提供：${credit}`,
  mediaOpenVideo: '動画を開く',
  mediaOpenAudio: '音声を開く',
  time: {
    day: (date) => `${date}のいずれかの時点`,
    parts: {
      'early-hours': (date) => `${date}の未明`,
      morning: (date) => `${date}の朝`,
      afternoon: (date) => `${date}の午後`,
      evening: (date) => `${date}の夜`,
    },
    overnight: (range) => `${range}にかけての夜間`,
    week: (date) => `${date}からの週`,
    month: (period) => `${period}中`,
    year: (period) => `${period}中`,
    upTo: (period, end) => `${period}（${end}まで）`,
    upToTime: (period, time) => `${period}（${time}まで）`,
    duration: (count, unit, end) => `${end}までの${count.text}${unit === 'hour' ? '時間' : '日間'}`,
    days: (range) => `${range}にかけて`,
    between: (start, end) => `${start}から${end}までの間`,
    betweenTimes: (start, time) => `${start}から${time}までの間`,
    since: (start) => `${start}以降`,
    unspecifiedBy: (day) => `${day}までの不明な時点`,
    unspecifiedAfter: (start) => `継続中（${start}より後の不明な時点から）`,
    unknown: '不明な時点',
    rangeJoin: 'から',
    shortPart: (date, part) => `${date} ${part}`,
    shortParts: {
      'early-hours': '未明',
      morning: '朝',
      afternoon: '午後',
      evening: '夜',
    },
    shortSince: (start) => `${start}以降`,
    shortBy: (day) => `${day}まで`,
  },
  precisions: {
    instant: '正確な時刻',
    minute: '分単位',
    hour: '時間単位',
    'part-of-day': '時間帯',
    day: '日',
    range: '期間',
    week: '週',
    month: '月',
    year: '年',
    unspecified: '不明',
  },
};

registerTranslation(translation);
export default translation;
