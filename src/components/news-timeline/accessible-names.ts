import type { TimelineEvent } from '../../model/types.js';
import type { ViewCluster, ViewItem } from '../../layout/index.js';
import type { DrawingWords } from '../../i18n/translation.js';
import { describeWhen } from '../../i18n/wording/describe-when.js';
import { count, describeTimeRange } from '../../i18n/wording/date-formats.js';
import { describePlaces, describeSources } from '../../i18n/wording/describe-event.js';
import type { LoadedTimeline } from './data-controller.js';
import { shortWhenOf } from './short-when.js';

/**
 * Whether a drawn item (its mark, or its label moved on to the near edge) is in the view of an axis
 * `length` px long. Only those get their full names: items laid out beyond the view, as room to
 * pan into, are named by their headline until a layout finds them in view.
 */
export function namedInView(item: ViewItem, length: number): boolean {
  const labelEnd = item.label ? item.label.p + item.label.size : item.p1;
  return Math.max(item.p0, item.p1, labelEnd) >= 0 && item.p0 <= length;
}

/** Clusters of the same count and times have the same name. */
function clusterKey(item: ViewCluster): string {
  return `${item.count}|${item.t0}|${item.t1}`;
}

/** Cluster names kept before the cache starts over (a long pan meets many distinct clusters). */
const MAX_CLUSTER_NAMES = 2000;

export interface NamingContext {
  locale: string;
  timeZone: string;
  /** Vertical rows show the date before the headline, and the name must start with what is seen. */
  vertical: boolean;
  /** The story whose rows' short dates vertical names start with (`shortWhenOf`); names are
   * cleared with the data. */
  loaded?: LoadedTimeline | undefined;
  /** The translation for `locale`: a new object whenever a language is registered. */
  drawingWords: DrawingWords;
}

/**
 * The accessible names of drawn events and clusters, and the range sentences read to screen
 * readers. Names are built from Intl and the wording modules, which is slow enough to matter
 * while panning, so they are cached until the data, locale, zone or orientation change.
 */
export class AccessibleNames {
  /** Set: the element calls `use()` in every update, before it lays out or names anything. */
  #context?: NamingContext;
  readonly #events = new Map<number, string>();
  readonly #clusters = new Map<string, string>();

  /** Sets what names depend on; a change forgets every cached name. */
  use(context: NamingContext): void {
    const last = this.#context;
    if (
      !last ||
      last.locale !== context.locale ||
      last.timeZone !== context.timeZone ||
      last.vertical !== context.vertical ||
      last.drawingWords !== context.drawingWords
    ) {
      this.clear();
    }
    this.#context = context;
  }

  /** Forgets every name: the data changed. */
  clear(): void {
    this.#events.clear();
    this.#clusters.clear();
  }

  /** "Headline, sometime on Friday 13 June 2014, Khanaqin, Diyala, according to …". */
  event(index: number, event: TimelineEvent): string {
    let name = this.#events.get(index);
    if (name === undefined) {
      const context = this.#context!;
      const { locale, timeZone, drawingWords: words } = context;
      // Label in name (WCAG 2.5.3): the vertical row shows "Fri 13 Jun" before the headline, so
      // the name starts with the same words (the first with its year), and speech users can say
      // what they see.
      const shown = context.vertical
        ? `${shortWhenOf(context.loaded!, index, context)} ${event.headline}`
        : event.headline;
      // The time starts its sentence with a capital ("In the 48 hours to 14 June 2014", not "in
      // the…"), which braille shows. Places and sources are left as written: in some languages
      // they start with the data's own words ("iPad", "the Guardian によると").
      const when = describeWhen(event.when, { locale, timeZone });
      // A headline that ends a sentence itself ("CSM/LM undocked.", or cut: "…") takes a space;
      // after a full-width mark ("着陸した。") nothing, as Japanese runs its sentences together.
      name = [
        shown,
        when.charAt(0).toLocaleUpperCase(locale) + when.slice(1),
        describePlaces(event.places, locale),
        describeSources(event.sources, locale),
      ]
        .filter(Boolean)
        .reduce(
          (text, part) =>
            text +
            (/[。！？]$/.test(text) ? '' : /[.!?؟…]$/.test(text) ? ' ' : words.sentenceSeparator) +
            part,
        );
      this.#events.set(index, name);
    }
    return name;
  }

  /** "12 events, 9 – 11 June 2014": Intl's range formatting is slow, and panning repeats clusters. */
  cluster(item: ViewCluster): string {
    const key = clusterKey(item);
    let name = this.#clusters.get(key);
    if (name === undefined) {
      if (this.#clusters.size > MAX_CLUSTER_NAMES) this.#clusters.clear();
      const { drawingWords: words, locale } = this.#context!;
      name = words.cluster(count(item.count, locale), this.span(item));
      this.#clusters.set(key, name);
    }
    return name;
  }

  /** "9 – 11 June 2014", the span of a cluster's events, drawn after its badge: cached as its name. */
  span(item: ViewCluster): string {
    const key = `~${clusterKey(item)}`;
    let span = this.#clusters.get(key);
    // Events each a minute long are at their minute: three at 16:21 read "16:21–16:22". (An
    // extractor's minute is an instant, and a range known to the minute runs past its start.)
    if (span === undefined) {
      const minutes = item.members.every((m) => m.end - m.start == 6e4);
      this.#clusters.set(key, (span = this.range(item.t0, item.t1 - (minutes ? 6e4 : 0))));
    }
    return span;
  }

  /** Whether the item's name is built already (no Intl to run for it). */
  known(item: ViewItem): boolean {
    return item.kind === 'cluster'
      ? this.#clusters.has(clusterKey(item))
      : this.#events.has(item.item.i);
  }

  /**
   * Builds the names of the items in view that are not cached yet, while `more()` says there is
   * time; true once every one is (the next render then finds them all cached).
   */
  prefill(
    items: readonly ViewItem[],
    events: readonly TimelineEvent[],
    length: number,
    more: () => boolean,
  ): boolean {
    for (const item of items) {
      if (!namedInView(item, length)) continue;
      if (item.kind === 'cluster') this.cluster(item);
      else this.event(item.item.i, events[item.item.i]!);
      if (!more()) return false;
    }
    return true;
  }

  /** A time range in words, in the story's zone; in whole days with `days`. */
  range(start: number, end: number, days?: boolean): string {
    // The naming context as the date options: a range is in long dates, which name the year
    // whatever the rows' short dates say.
    return describeTimeRange(start, end, this.#context!, days);
  }
}
