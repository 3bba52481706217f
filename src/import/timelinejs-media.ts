/**
 * TimelineJS `media` to news-timeline media. Carried over: pictures (a URL ending in an image
 * file's extension) and video or audio, as direct files or as pages of the video and audio sites
 * readers know (YouTube, Vimeo, Dailymotion, SoundCloud), which the card shows as links, never
 * embedded; an embedded player of those sites becomes its video's page. Everything else
 * TimelineJS embeds (tweets, maps, documents, Wikipedia, photo-site pages, other iframes, HTML)
 * is reported, not carried. A picture needs a description for readers who
 * cannot see it: TimelineJS's `alt`. Few TimelineJS timelines have one, so without it the caption
 * describes the picture, with a warning naming the event that asks the editor to check it; with
 * neither, the picture is left out with an error. The credit stays with its picture: who took a
 * photo is not a source of the news.
 *
 * A slide's media that is a web page (a broadcaster's report of the day, a post, a court's
 * document) is where its story comes from: TimelineJS shows it as a link card, and newsrooms cite
 * that way. It becomes one of the event's sources, named by its credit ("MBC"), else by its site;
 * dropped, the card said "No source given" (Jinbonet's history of wiretapping lost ten of its 24
 * reports). Pages of pictures and maps show what they show: they are not reports, and are left
 * out as other embeds are.
 */
import { preview } from '../model/problems.js';
import { isRecord, own, ownText } from '../model/untrusted.js';
import { mediaUrlProblem } from '../model/media.js';
import { isDirectMediaFile } from '../model/media-files.js';
import type { MediaItem, MediaKind } from '../model/types.js';
import { htmlToLine } from './html-to-text.js';
import { note, type Slide } from './timelinejs-slide.js';
import { publicPage } from './timelinejs-sources.js';

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
/** A picture's file name with stray marks after it: KPCC's IndyMac slide ends "67905-full.jpg][". */
const IMAGE_FILE_AND_MARKS = /\.(?:jpe?g|png|gif|webp|avif|svg)([^\w/]+)$/i;
const VIDEO_SITES = /^(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com)$/i;
const AUDIO_SITES = /^(?:www\.|m\.)?soundcloud\.com$/i;
const CARRIED_KEYS = new Set(['url', 'caption', 'credit', 'alt']);
const PICTURE_AND_MAP_SITES =
  /(?:^|\.)(?:flickr\.com|flic\.kr|imgur\.com|instagram\.com|pinterest\.[a-z.]+|giphy\.com|unsplash\.com|spotify\.com|maps\.google\.[a-z.]+|maps\.app\.goo\.gl)$/i;

/**
 * A picture served without a file name's extension, in a folder of pictures: the Memorial da
 * Democracia's "/publico/image/4539" was each of 24 slides' source ("reported by
 * memorialdademocracia.com.br"), its picture lost.
 */
const PICTURE_PATH = /\/(?:images?|imagens?|imagem|img|photos?|fotos?|bilder?)\/[^/]+\/?$/i;

/**
 * Whether a web page as media is a report of the event, not a picture, a song or a map of it: a
 * whole public http(s) address, as a source's link must be (`linkSources`).
 */
function isReport(url: string): boolean {
  const page = /^https?:\/\//i.test(url) ? publicPage(url) : undefined;
  if (!page) return false;
  const { hostname, pathname } = page;
  const map = /(?:^|\.)google\.[a-z.]+$|^goo\.gl$/i.test(hostname) && pathname.startsWith('/maps');
  return !map && !PICTURE_AND_MAP_SITES.test(hostname) && !PICTURE_PATH.test(pathname);
}

/** The player's address in an iframe's HTML: `src` of the first tag, quoted or not. */
const IFRAME_SRC = /^<iframe\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/i;

/**
 * The page of the video an embedded player plays (YouTube, Vimeo, Dailymotion): a link readers
 * know, where the iframe was left out and KPCC's "Mandela dies at age 95" lost its video.
 */
function playerPage(html: string): string | undefined {
  const src = IFRAME_SRC.exec(html)?.[1];
  let player: URL;
  try {
    player = new URL(src ?? '', 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  const host = player.hostname.replace(/^www\./, '');
  const id = /^\/(?:embed\/(?:video\/)?|video\/)([\w-]+)\/?$/.exec(player.pathname)?.[1];
  const param = (name: string) => /^[\w-]+$/.exec(player.searchParams.get(name) ?? '')?.[0];
  if (!id) return undefined;
  if (/^youtube(?:-nocookie)?\.com$/.test(host)) {
    // A playlist's player is the playlist's page; a channel's live stream has no page of its own.
    if (id === 'videoseries') {
      const list = param('list');
      return list && `https://www.youtube.com/playlist?list=${list}`;
    }
    return id === 'live_stream' ? undefined : `https://www.youtube.com/watch?v=${id}`;
  }
  // An unlisted video plays only with its hash.
  if (host === 'player.vimeo.com') {
    const hash = param('h');
    return `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`;
  }
  if (host === 'dailymotion.com') return `https://www.dailymotion.com/video/${id}`;
  return undefined;
}

/** What a TimelineJS media URL is to us, or undefined when we do not carry it. */
function kindOf(url: string): MediaKind | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  if (IMAGE_FILE.test(parsed.pathname)) return 'image';
  if (isDirectMediaFile(url, 'video') || VIDEO_SITES.test(parsed.hostname)) return 'video';
  if (isDirectMediaFile(url, 'audio') || AUDIO_SITES.test(parsed.hostname)) return 'audio';
  return undefined;
}

/**
 * The slide's media as news-timeline media (none or one item), reporting what is not carried. A
 * report's page goes to `asSource` (with its credit) when given: an event's slide.
 */
export function readMedia(
  raw: Record<string, unknown>,
  slide: Slide,
  asSource?: (url: string, credit: string) => void,
): MediaItem[] {
  const media = own(raw, 'media');
  if (media === undefined) return [];
  if (!isRecord(media)) {
    note(
      slide,
      ['media'],
      `should be an object, but is ${preview(media)}; it was ignored.`,
      'warning',
    );
    return [];
  }
  const given = (ownText(media, 'url') ?? '').trim();
  const player = given.startsWith('<') ? playerPage(given) : undefined;
  const url = player ?? given;
  if (player) {
    note(
      slide,
      ['media', 'url'],
      `is an embedded video player; the card links to its video, ${player}.`,
      'warning',
    );
  }
  // TimelineJS also takes HTML (an iframe, a blockquote) in place of a URL: an embed, not carried.
  const embed = url.startsWith('<');
  const unsafe = url && !embed ? mediaUrlProblem(url) : null;
  if (unsafe) {
    note(slide, ['media', 'url'], `${preview(url)} ${unsafe}. The media was left out.`, 'error');
    return [];
  }
  const kind = url && !embed ? kindOf(url) : undefined;
  // Without the word the card puts before it (interjust's read "Credit: Credit: …").
  const credit = htmlToLine(ownText(media, 'credit') ?? '').replace(/^credit:\s*/i, '');
  // A picture's address mistyped is no report: as a source, the picture's server "reported" the
  // event and corroborated it (KPCC's IndyMac seizure read "Corroborated by more than one source").
  const marks = !kind && url && !embed ? IMAGE_FILE_AND_MARKS.exec(url.split(/[?#]/)[0]!) : null;
  if (marks) {
    note(
      slide,
      ['media'],
      `(${preview(url)}) looks like a picture's address with ${JSON.stringify(marks[1])} after its file name; it was not carried over, nor made a source. Check the address.`,
      'warning',
    );
    return [];
  }
  if (!kind && url && !embed && asSource && isReport(url)) {
    asSource(url, credit);
    const named = credit ? ` (${JSON.stringify(credit)})` : '';
    note(
      slide,
      ['media'],
      `(${preview(url)}) is a web page, not a picture or a video or audio file: it is one of the event's sources${named}, not its media.`,
      'warning',
    );
    return [];
  }
  if (!kind) {
    const why = url
      ? `(${preview(url)}) was not carried over: news-timeline shows pictures and video or audio files or links, not embeds from other sites.`
      : 'has no url; it was not carried over.';
    note(slide, ['media'], why, 'warning');
    return [];
  }
  const caption = htmlToLine(ownText(media, 'caption') ?? '');
  let alt = htmlToLine(ownText(media, 'alt') ?? '');
  if (kind === 'image' && !alt) {
    if (!caption) {
      note(
        slide,
        ['media', 'alt'],
        'is missing and there is no caption: the picture was left out, as readers who cannot see it would get nothing. Add "alt" saying what it shows.',
        'error',
      );
      return [];
    }
    alt = caption;
    note(
      slide,
      ['media', 'alt'],
      'is missing: the caption describes the picture for readers who cannot see it. Check that it says what the picture shows.',
      'warning',
    );
  }
  const item: MediaItem = { kind, url };
  if (alt) item.alt = alt;
  if (caption) item.caption = caption;
  if (credit) item.credit = credit;
  const others = Object.keys(media).filter((key) => !CARRIED_KEYS.has(key));
  if (others.length > 0) {
    note(
      slide,
      ['media'],
      `has ${others.map((key) => key.slice(0, 40)).join(', ')}, which news-timeline does not use; not carried over.`,
      'warning',
    );
  }
  return [item];
}
