import type { ReactiveControllerHost } from 'lit';
import type { Timeline, TimelineEvent } from '../../model/types.js';
import type { Problem } from '../../model/problems.js';
import { parseTimeline } from '../../model/parse-timeline.js';
import { buildEventIndex, fitDomain, type EventIndex } from '../../layout/index.js';
import { stringsFor } from '../../i18n/strings.js';
import { SourceController, type SourceState } from './source-controller.js';
import { readEventList, readInlineJson } from './light-dom-data.js';
import type {
  DataOrigin,
  NewsTimelineErrorDetail,
  NewsTimelineLoadDetail,
} from './news-timeline.events.js';

/** More lanes than this fold into the last one. */
const MAX_LANES = 16;

export type DataStatus = 'empty' | 'loading' | 'ready' | 'failed';

/** A validated timeline and what the drawing derives from it once per data change. */
export interface LoadedTimeline {
  timeline: Timeline;
  problems: Problem[];
  origin: DataOrigin;
  index: EventIndex;
  /** The time range that shows every event, ms. */
  baseDomain: [number, number];
  /** The time range of the first view: the events on the axis, not the background band's spans. */
  firstView: [number, number];
  categories: string[];
  /** Headlines by input index, for label widths. */
  headlines: string[];
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** New data replaced the old: the view starts afresh. */
  dataChanged(): void;
}

/**
 * Data in: the `timeline` property, the `src` URL, inline JSON or a page list, in that order of
 * precedence, each validated by `parseTimeline`. Reports `news-timeline-load` and
 * `news-timeline-error` and keeps the other events when some are invalid.
 */
export class DataController {
  loaded?: LoadedTimeline;
  fatalError?: string;
  private readonly source: SourceController;

  constructor(private readonly host: DataHost) {
    this.source = new SourceController(host, (state) => this.sourceSettled(state));
  }

  get status(): DataStatus {
    if (this.source.state.status === 'loading') return 'loading';
    if (this.fatalError !== undefined) return 'failed';
    if (!this.loaded || this.loaded.timeline.events.length === 0) return 'empty';
    return 'ready';
  }

  /**
   * Applies the inputs after a change: a set property wins over `src`, which wins over the page's
   * own markup. Clearing the property falls back to `src`, then to the markup, then to nothing.
   */
  update(property: Timeline | string | undefined, src: string | undefined): void {
    if (property !== undefined) {
      this.source.cancel();
      this.accept(parseTimeline(property), 'property');
    } else if (src) {
      this.clear();
      this.source.load(src);
    } else {
      this.source.cancel();
      this.clear();
      this.readLightDom();
    }
  }

  /** Reads an inline JSON child or a page list, if the page wrote one. */
  readLightDom(): void {
    const json = readInlineJson(this.host);
    if (json !== undefined) {
      this.accept(parseTimeline(json), 'inline-json');
      return;
    }
    const list = readEventList(this.host, this.host.getAttribute('time-zone') ?? 'UTC');
    if (list) this.accept(parseTimeline(list), 'list');
  }

  private sourceSettled(state: SourceState): void {
    if (state.status === 'loaded') this.accept(parseTimeline(state.text), 'src');
    else if (state.status === 'failed') this.fail(state.reason, [], 'src');
  }

  private clear(): void {
    if (!this.loaded && this.fatalError === undefined) return;
    this.loaded = undefined;
    this.fatalError = undefined;
    this.host.dataChanged();
  }

  private accept(
    result: { timeline: Timeline | null; problems: Problem[] },
    origin: DataOrigin,
  ): void {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (!result.timeline) {
      this.fail(errors[0]?.message ?? 'the data is not a timeline', result.problems, origin);
      return;
    }
    const { timeline, problems } = result;
    // Undated events and context spans gather in the background band, out of the lanes.
    const index = buildEventIndex(timeline.events, { maxLanes: MAX_LANES, background: true });
    const baseDomain = fitDomain(index) ?? this.loaded?.baseDomain ?? [0, 1];
    this.fatalError = undefined;
    this.loaded = {
      timeline,
      problems,
      origin,
      index,
      baseDomain,
      firstView: fitDomain(index, 0.05, 'dated') ?? baseDomain,
      categories: uniqueCategories(timeline.events),
      headlines: timeline.events.map((event) => event.headline),
    };
    this.host.dataChanged();
    this.dispatch<NewsTimelineLoadDetail>('news-timeline-load', { timeline, problems, origin });
    if (errors.length > 0) {
      this.dispatch<NewsTimelineErrorDetail>('news-timeline-error', {
        message: stringsFor('en').problemsTitle(errors.length),
        problems,
        fatal: false,
        origin,
      });
    }
  }

  private fail(message: string, problems: Problem[], origin: DataOrigin): void {
    this.fatalError = message;
    this.loaded = undefined;
    this.host.dataChanged();
    this.dispatch<NewsTimelineErrorDetail>('news-timeline-error', {
      message,
      problems,
      fatal: true,
      origin,
    });
  }

  private dispatch<T>(type: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

function uniqueCategories(events: readonly TimelineEvent[]): string[] {
  return [...new Set(events.map((event) => event.category).filter((c): c is string => Boolean(c)))];
}
