/**
 * A TimelineJS slide's sources: the pages its text links to, and a report's page as its media
 * (timelinejs-media.ts). TimelineJS has no sources; its slides cite by linking.
 */
import { MAX_LINK_LENGTH, MAX_LIST_ITEMS } from '../model/schema.js';
import { safeHref } from '../model/safe-url.js';
import type { Source } from '../model/types.js';
import { note, type Slide } from './timelinejs-slide.js';

/**
 * A slide's links as its sources: the page each links to reported the event ("Read more at KPCC",
 * "Read the story"), named by its site, or by the credit `credits` holds for it when that reads
 * as a name (a hundred characters at most), and linked; imported without them, every card said
 * "No source given". Once per page (its sections are one page, credited alike); web links only (a `mailto:` is no
 * report), without a sign-in's name or password, no longer than a source's link may be; a
 * hundred at most, as an event's sources.
 */
export function linkSources(
  links: readonly string[],
  slide: Slide,
  credits: ReadonlyMap<string, string>,
): Source[] {
  // By page: a slide's text linking its media's report with a "#section" named it by its site.
  const pageCredits = new Map<string, string>();
  for (const [link, credit] of credits) {
    const url = publicPage(link);
    if (url) pageCredits.set(pageOf(url), credit);
  }
  const sources = new Map<string, Source>();
  for (const link of links) {
    const url = publicPage(link);
    if (!url) continue;
    const page = pageOf(url);
    if (sources.has(page)) continue;
    if (sources.size === MAX_LIST_ITEMS) {
      note(
        slide,
        ['text', 'text'],
        `links to more than ${MAX_LIST_ITEMS} pages; the first ${MAX_LIST_ITEMS} are its sources.`,
        'warning',
      );
      break;
    }
    const credit = pageCredits.get(page);
    const who = credit && credit.length <= 100 ? credit : siteName(link, url);
    sources.set(page, { who, named: true, verb: 'reported', url: url.href });
  }
  return [...sources.values()];
}

/** The page a link names, its sections one page (the fragment ends a parsed address). */
function pageOf(url: URL): string {
  return url.href.replace(/#.*/, '');
}

/**
 * The page `link` names, when a source may link to it: a web page, without a sign-in's name and
 * password in the address (not a public page), no longer than a source's link may be.
 */
export function publicPage(link: string): URL | undefined {
  const href = safeHref(link);
  const url = href?.startsWith('http') ? new URL(href) : undefined;
  return url && !url.username && !url.password && href!.length <= MAX_LINK_LENGTH ? url : undefined;
}

/**
 * A link's site as its readers write it ("süddeutsche.de"; `URL.hostname` gives the punycode
 * "xn--sddeutsche-9db.de"), without "www."; the parsed host when the link's own text has none the
 * browser would read alike ("https:example.org").
 */
function siteName(link: string, url: URL): string {
  const written = /^\s*https?:\/\/(?:[^@/?#]*@)?([^/?#:\\]+)/i.exec(link)?.[1];
  let host = url.hostname;
  try {
    if (written && new URL(`http://${written}`).hostname === host)
      host = decodeURIComponent(written);
  } catch {
    // Not a host the browser reads: the parsed one.
  }
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * A paragraph that only points at a linked page ("Read more (USGS)", "Read more at KPCC"), which
 * the slide's sources now link; left in the summary, it pointed at nothing. A sentence that
 * starts with "More" ("More than 100 died") is not one.
 */
const POINTER =
  /^(?:read more|read the (?:full )?story|full story|continue reading|more)(?: (?:at|on|from) [^\n]{1,60}| \([^)\n]{1,60}\))?[.:]?$/i;

/** `text` without the paragraphs that point at the pages its sources link (`POINTER`). */
export function withoutPointers(text: string, linked: boolean): string {
  if (!linked) return text;
  return text
    .split('\n\n')
    .filter((paragraph) => !POINTER.test(paragraph.trim()))
    .join('\n\n');
}
