import { isServer, type ReactiveControllerHost } from 'lit';
import type { Timeline, TimelineEvent } from '../../model/types.js';
import type { Problem } from '../../model/problems.js';
import { parseTimeline } from '../../model/parse-timeline.js';
import { drawingWordsFor } from '../../i18n/drawing-words.js';
import { count } from '../../i18n/wording/date-formats.js';
import { SourceController, type SourceState } from './source-controller.js';
import { diffTimelines, type TimelineDiff } from '../../model/diff.js';
// After the two above: the bundle lays modules out in import order, and so the diff and the
// fetching sit beside the parsing of the data, before the layout (page payload 36 B smaller
// gzipped).
import { eraNames, prepareStory, type PreparedStory } from '../../layout/compose.js';
import { eventLooks } from '../../layout/mark-look.js';
import { readEventList, readInlineJson } from './light-dom-data.js';
import type { DataOrigin } from './news-timeline.events.js';
import { emit } from '../emit.js';

export type DataStatus = 'empty' | 'loading' | 'ready' | 'failed';

/** A validated timeline and what the drawing derives from it once per data change. */
export interface LoadedTimeline extends PreparedStory {
  timeline: Timeline;
  problems: Problem[];
  origin: DataOrigin;
  categories: string[];
  /** The marks its events take, for the legend: "band soft unspecified ongoing". */
  looks: string;
  /** Its eras' names, earliest first, for the legend: one array per data, not per render. */
  eraNames: string[];
}

export type DataHost = ReactiveControllerHost & HTMLElement;

/** What the element does when the data shown changes. */
export interface DataCallbacks {
  /** New data replaced the old (or none is left): the view starts afresh. */
  changed(): void;
  /** A newer version of the same story replaced the old: the reader keeps their place. */
  updated(diff: TimelineDiff, previous: LoadedTimeline): void;
}

type ParseOutcome = ReturnType<typeof parseTimeline>;

/**
 * Data in: the `timeline` property, the `src` URL, inline JSON or a page list, in that order of
 * precedence, each validated by `parseTimeline`. Reports `news-timeline-load` and
 * `news-timeline-error` and keeps the other events when some are invalid.
 */
export class DataController {
  loadedTimeline?: LoadedTimeline;
  fatalError?: string;
  /**
   * `src` and its refreshes: the element sets the interval (`setRefresh`), asks for a check now
   * (`refreshNow`) and shows why the last refresh failed (`refreshError`) through it.
   */
  readonly source: SourceController;
  readonly #host: DataHost;
  readonly #callbacks: DataCallbacks;

  constructor(host: DataHost, callbacks: DataCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    this.source = new SourceController(
      host,
      (state) => this.#sourceSettled(state),
      (text) => this.#refreshed(text),
    );
  }

  get status(): DataStatus {
    if (this.source.state.status === 'loading') return 'loading';
    if (this.fatalError !== undefined) return 'failed';
    if (!this.loadedTimeline?.timeline.events.length) return 'empty';
    return 'ready';
  }

  /**
   * Applies the inputs after a change: a set property wins over `src`, which wins over the page's
   * own markup. Clearing the property falls back to `src`, then to the markup, then to nothing.
   */
  update(property: Timeline | string | undefined, src: string | undefined): void {
    this.source.cancel();
    if (property !== undefined) {
      this.#accept(parseTimeline(property), 'property');
      return;
    }
    this.#clear();
    if (src) this.source.load(src);
    else this.readLightDom();
  }

  /** Reads an inline JSON child or a page list, if the page wrote one. */
  readLightDom(): void {
    // The server renders from the `timeline` property: it has no light DOM to read.
    if (isServer) return;
    const json = readInlineJson(this.#host);
    if (json !== undefined) {
      this.#accept(parseTimeline(json), 'inline-json');
      return;
    }
    const list = readEventList(this.#host, this.#host.getAttribute('time-zone') ?? 'UTC');
    if (list) this.#accept(parseTimeline(list), 'list');
  }

  #sourceSettled(state: SourceState): void {
    if (state.status === 'loaded') this.#accept(parseTimeline(state.text), 'src');
    else if (state.status === 'failed') this.#fail(state.reason, [], 'src');
  }

  /**
   * A refresh of `src` answered. New text for the same story is applied as an update; text that
   * cannot be read keeps the last good data on screen and is reported like a failed refresh.
   */
  #refreshed(text: string): void {
    const result = parseTimeline(text);
    if (!result.timeline) {
      this.source.refreshError = result.problems[0]?.message ?? 'the data is not a timeline';
      this.#host.requestUpdate();
      return;
    }
    this.#accept(result, 'src');
  }

  #clear(): void {
    if (!this.loadedTimeline && this.fatalError === undefined) return;
    this.loadedTimeline = undefined;
    this.fatalError = undefined;
    this.#callbacks.changed();
  }

  #accept(result: ParseOutcome, origin: DataOrigin): void {
    const { timeline, problems } = result;
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (!timeline) {
      this.#fail(errors[0]?.message ?? 'the data is not a timeline', problems, origin);
      return;
    }
    const previous = this.loadedTimeline;
    // A newer version of the same story is an update: the reader keeps their place.
    const diff =
      previous && sameStory(previous.timeline, timeline)
        ? diffTimelines(previous.timeline, timeline)
        : undefined;
    if (diff?.unchanged) return;
    // Already none for an update: data shown and a fatal error never go together.
    this.fatalError = undefined;
    // Undated events and context spans gather in the background band, out of the lanes.
    this.loadedTimeline = {
      timeline,
      problems,
      origin,
      ...prepareStory(timeline, previous?.baseDomain),
      categories: uniqueCategories(timeline.events),
      looks: [...eventLooks(timeline.events)].join(' '),
      eraNames: eraNames(timeline),
    };
    if (diff) {
      this.#callbacks.updated(diff, previous!);
      emit(this.#host, 'news-timeline-update', { timeline, diff, origin });
      return;
    }
    this.#callbacks.changed();
    emit(this.#host, 'news-timeline-load', { timeline, problems, origin });
    if (errors.length > 0) {
      emit(this.#host, 'news-timeline-error', {
        // For the page's developers, in English whatever the reader's language.
        message: drawingWordsFor('en').problemsTitle(count(errors.length, 'en')),
        problems,
        fatal: false,
        origin,
      });
    }
  }

  #fail(message: string, problems: Problem[], origin: DataOrigin): void {
    this.fatalError = message;
    this.loadedTimeline = undefined;
    this.#callbacks.changed();
    emit(this.#host, 'news-timeline-error', {
      message,
      problems,
      fatal: true,
      origin,
    });
  }
}

/**
 * Two data sets are versions of one story only when both name the same id: a defaulted id
 * says nothing about which story the data is, so it always starts a new view.
 */
function sameStory(before: Timeline, after: Timeline): boolean {
  return !before.idDefaulted && !after.idDefaulted && before.id === after.id;
}

function uniqueCategories(events: readonly TimelineEvent[]): string[] {
  return [...new Set(events.map((event) => event.category).filter((c): c is string => Boolean(c)))];
}
