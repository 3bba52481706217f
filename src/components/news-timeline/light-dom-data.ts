import { spanFromDatetime } from '../../model/html-datetime.js';

/**
 * Readers for data written in the page itself, for CMSs that cannot run scripts of their own.
 * Both return raw JSON-shaped data; it goes through `parseTimeline` like any other input.
 */

/** The text of a `<script type="application/json">` child, if there is one. */
export function readInlineJson(host: Element): string | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  return script?.textContent ?? undefined;
}

/**
 * A timeline from an ordinary `<ol>` of `<li>`s written in the page:
 *
 * ```html
 * <ol aria-label="Iraq, June 2014">
 *   <li id="khanaqin"><time datetime="2014-06-13">Friday</time>
 *     <strong>1,500 basiji cross into Khanaqin</strong> <p>Summary…</p></li>
 * </ol>
 * ```
 * The first `<time>` is the start, a second one the end; the headline is the first `<strong>`,
 * `<b>` or heading, else the item's text without its times; a `<p>` is the summary.
 */
export function readEventList(
  host: Element,
  timeZone: string,
): Record<string, unknown> | undefined {
  const list = host.querySelector(':scope > ol');
  if (!list) return undefined;
  return {
    id: list.id || host.id || 'page-list',
    title: list.getAttribute('aria-label') ?? '',
    language: host.closest('[lang]')?.getAttribute('lang') ?? 'en',
    timeZone,
    published: new Date().toISOString(),
    events: Array.from(list.querySelectorAll(':scope > li'), (item, index) =>
      readListItem(item, index, timeZone),
    ),
  };
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readListItem(item: Element, index: number, timeZone: string): Record<string, unknown> {
  const times = Array.from(item.querySelectorAll('time'));
  const [first, second] = times;
  /** The span a `<time>` gives: its `datetime`, else its text. */
  const timeSpan = (time: Element | undefined) =>
    time ? spanFromDatetime(time.getAttribute('datetime') ?? text(time), timeZone) : null;
  const startSpan = timeSpan(first);
  const endSpan = second ? timeSpan(second) : startSpan;
  const headlineNode = item.querySelector('strong,b,h2,h3,h4,h5,h6,[data-headline]');
  const withoutTimes = item.cloneNode(true) as Element;
  withoutTimes.querySelectorAll('time,p').forEach((node) => node.remove());
  const summary = text(item.querySelector('p'));
  return {
    id: item.id || `item-${index + 1}`,
    headline: text(headlineNode) || text(withoutTimes),
    ...(summary ? { summary } : {}),
    // A missing or unreadable date is passed on as such, so validation reports it by name.
    when: {
      start: startSpan?.start ?? first?.getAttribute('datetime') ?? '',
      end: endSpan?.end ?? null,
      precision: second ? 'range' : (startSpan?.precision ?? 'unspecified'),
      ...(first ? { text: times.map(text).join(' – ') } : {}),
    },
  };
}
