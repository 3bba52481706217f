import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { splitSentences, type Sentence } from '../../extract/index.js';
import type { Problem } from '../../model/problems.js';
import { sortEvents } from '../../model/sort.js';
import type { Timeline, TimelineEvent } from '../../model/types.js';
import { isValidTimeZone } from '../../model/zoned.js';
import { themeTokens } from '../shared-styles.js';
import { articlePanel, showSentenceOf } from './article-panel.js';
import { AutosaveController } from './autosave-controller.js';
import { applyOp, blankEvent, type Draft, type EditOp } from './draft.js';
import { fieldId, type EditorView, type ExportFormat } from './editor-view.js';
import { EDITOR_WORDS } from './editor-words.js';
import { eventItem } from './event-item.js';
import { fromWallInput } from './event-when.js';
import { ExportController } from './export-controller.js';
import { exportPanel } from './export-panel.js';
import { History } from './history.js';
import { draftFromArticle, draftFromFile, draftFromTimeline, type Loaded } from './loaders.js';
import { editorStyles } from './news-timeline-editor.styles.js';
import { eventFromSentence, storyFrame } from './sentence-event.js';
import { restorePrompt } from './restore-prompt.js';
import { startPanel } from './start-panel.js';
import { loadReport, toolbar } from './toolbar.js';
import { validateDraft, type Validation } from './validation.js';
import { emit } from '../emit.js';
import { DEFAULT_BUNDLE_SRC } from '../../export/embed.js';

const EMPTY_VALIDATION: Validation = {
  timeline: null,
  problems: [],
  byEvent: new Map(),
  general: [],
  errors: 0,
};

/**
 * A review editor for news timelines: from an article (drafted by the extractor), a timeline JSON
 * or a TimelineJS sheet to a published timeline. The article sits beside the draft events with
 * each event's sentence highlighted; an editor accepts or rejects events, adds one from a sentence,
 * edits headline, time (in words, resolved live, or by hand), places, people, numbers and sources,
 * and sees the live `<news-timeline>` preview. Every change is checked by `parseTimeline`, can be
 * undone, and is saved in this browser only. Exports: JSON, an embed snippet, a TimelineJS CSV.
 *
 * @summary Review and edit a draft news timeline, then export it.
 *
 * @fires news-timeline-editor-change - After every change the editor makes; detail: the timeline as it would be published and its problems.
 * @fires news-timeline-editor-export - When an export is copied or downloaded; detail: format, action and text.
 *
 * @cssprop --news-timeline-accent - Highlights, focus of the current sentence.
 * @cssprop --news-timeline-danger-color - Problems next to fields.
 * @cssprop --news-timeline-font-family - Font family.
 */
export class NewsTimelineEditor extends LitElement implements EditorView {
  static override styles = [themeTokens, editorStyles];

  /** Article text to draft a timeline from (with `published` and `time-zone`). */
  @property({ attribute: false }) article?: string;

  /** Publication instant of the article, ISO 8601 with offset. */
  @property() published?: string;

  /** IANA zone the article's times are read in. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** A timeline to edit: an object or JSON text. Wins over `article`. */
  @property({ attribute: false }) timeline?: Timeline | string;

  /** BCP 47 locale for dates in the editor and the preview. */
  @property() locale = 'en';

  /** Key of the draft in `localStorage`; give each editor on a page its own. */
  @property({ attribute: 'storage-key' }) storageKey = 'news-timeline-editor';

  /**
   * Where the exported embed snippet loads the one-file bundle from: the address your site serves
   * `dist/news-timeline.bundle.js` at. The editor's export panel can change it.
   */
  @property({ attribute: 'script-src' }) scriptSrc = DEFAULT_BUNDLE_SRC;

  /** Turns autosave and the restore prompt off. */
  @property({ type: Boolean, attribute: 'no-autosave' }) noAutosave = false;

  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** @internal The editor's words (English for now). */
  readonly words = EDITOR_WORDS;
  /** The document being edited: the timeline with every event, review status and flags. Read only. */
  @state() draft!: Draft;
  /** @internal */
  @state() validation: Validation = EMPTY_VALIDATION;
  /** @internal */
  @state() sentences: readonly Sentence[] = [];
  /** @internal */
  @state() activeSentence = 0;
  /** @internal */
  @state() expanded: ReadonlySet<string> = new Set();
  /** @internal */
  @state() typedWhen: ReadonlyMap<string, string> = new Map();
  /** @internal */
  @state() exportFormat: ExportFormat = 'json';
  @state() private announcement = '';
  @state() private startMessage = '';
  @state() private loadProblems: Problem[] = [];
  private history?: History<Draft>;
  private focusTarget?: string;
  private readonly autosave = new AutosaveController(this, () => this.storageKey);
  private readonly exports = new ExportController(this);

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.noAutosave) this.autosave.pending = undefined;
  }

  // ---- loading ----

  /** Drafts a timeline from an article; replaces what is being edited. */
  loadArticle(text: string, options: { published: string; timeZone: string; title?: string }) {
    this.load(draftFromArticle({ text, ...options }));
  }

  /** Edits a news-timeline timeline (object or JSON text). */
  loadTimeline(data: Timeline | string) {
    this.load(draftFromTimeline(data));
  }

  /** Edits a TimelineJS sheet (CSV) or TimelineJS / news-timeline JSON read from a file. */
  loadFile(name: string, text: string, timeZone = 'UTC') {
    this.load(draftFromFile(name, text, timeZone));
  }

  private load(loaded: Loaded): void {
    this.loadProblems = loaded.problems;
    if (!loaded.draft) {
      this.startMessage = loaded.problems[0]?.message ?? '';
      return;
    }
    this.history = new History(loaded.draft);
    this.expanded = new Set();
    this.typedWhen = new Map();
    this.setDraft(loaded.draft);
    this.announce(this.words.loaded(loaded.draft.timeline.events.length));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timeline') && this.timeline !== undefined) {
      this.loadTimeline(this.timeline);
    } else if (
      (changed.has('article') || changed.has('published') || changed.has('timeZone')) &&
      this.article &&
      this.published &&
      this.timeZone &&
      this.timeline === undefined
    ) {
      this.loadArticle(this.article, { published: this.published, timeZone: this.timeZone });
    }
  }

  // ---- changes ----

  apply(op: EditOp, mergeKey?: string): void {
    if (!this.history) return;
    this.rememberFocus();
    this.history.push(applyOp(this.history.value, op), mergeKey);
    this.setDraft(this.history.value);
    const headline = this.draft.timeline.events.find((e) => 'id' in op && e.id === op.id)?.headline;
    if (op.type === 'status' && headline !== undefined) {
      const { eventAccepted, eventRejected, eventRestored } = this.words;
      const say = { accepted: eventAccepted, rejected: eventRejected, pending: eventRestored };
      this.announce(say[op.status](headline));
    }
    const { timeline, problems } = this.validation;
    emit(this, 'news-timeline-editor-change', {
      timeline,
      problems,
    });
  }

  sealHistory(): void {
    this.history?.seal();
  }

  undo(): void {
    if (this.history?.canUndo) this.restore(this.history.undo(), this.words.undone);
  }

  redo(): void {
    if (this.history?.canRedo) this.restore(this.history.redo(), this.words.redone);
  }

  private restore(draft: Draft, said: string): void {
    this.rememberFocus();
    const before = this.draft.timeline.events;
    this.setDraft(draft);
    // Time words typed for a time the step changed: left, "overnight" read as still applied.
    const whenOf = (events: readonly TimelineEvent[], id: string) =>
      events.find((event) => event.id === id)?.when;
    this.typedWhen = new Map(
      [...this.typedWhen].filter(
        ([id]) => whenOf(before, id) === whenOf(draft.timeline.events, id),
      ),
    );
    this.announce(said);
  }

  private setDraft(draft: Draft): void {
    const articleChanged = draft.timeline.article?.text !== this.draft?.timeline.article?.text;
    this.draft = draft;
    if (articleChanged) {
      this.sentences = draft.timeline.article ? splitSentences(draft.timeline.article.text) : [];
      this.activeSentence = 0;
    }
    this.validation = validateDraft(draft, this.words);
    if (!this.noAutosave) this.autosave.schedule(draft);
  }

  toggleEvent(id: string): void {
    const next = new Set(this.expanded);
    if (next.delete(id)) {
      this.expanded = next;
      return;
    }
    this.expanded = next.add(id);
    void this.updateComplete.then(() => showSentenceOf(this, this.renderRoot, id));
  }

  typeWhen(id: string, text: string): void {
    this.typedWhen = new Map(this.typedWhen).set(id, text);
  }

  setActiveSentence(index: number): void {
    this.activeSentence = index;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector(`#sentence-${index}`)?.scrollIntoView?.({ block: 'nearest' }),
    );
  }

  addFromSentence(index: number): void {
    const sentence = this.sentences[index];
    if (!sentence) return;
    this.addEvent(eventFromSentence(this.draft.timeline, sentence));
  }

  addBlankEvent(): void {
    this.addEvent(
      blankEvent(this.draft, this.words.newEventHeadline, storyFrame(this.draft.timeline)),
    );
  }

  private addEvent(event: Draft['timeline']['events'][number]): void {
    this.apply({ type: 'add', event });
    this.expanded = new Set(this.expanded).add(event.id);
    this.announce(this.words.eventAdded(event.headline));
    this.focusLater(fieldId(event.id, 'headline'));
  }

  focusLater(id: string): void {
    this.focusTarget = id;
    this.requestUpdate();
  }

  /** A moved or re-rendered field keeps focus: remember it before a change. */
  private rememberFocus(): void {
    const active = this.shadowRoot?.activeElement;
    if (active?.id && !this.focusTarget) this.focusTarget = `keep:${active.id}`;
  }

  protected override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const keep = target.startsWith('keep:');
    const id = keep ? target.slice(5) : target;
    if (keep && this.shadowRoot?.activeElement?.id === id) return;
    (this.shadowRoot?.getElementById(id) as HTMLElement | null)?.focus();
  }

  announce(text: string): void {
    this.announcement = text;
  }

  private onKeydown(event: KeyboardEvent): void {
    const { history } = this;
    if (!(event.ctrlKey || event.metaKey) || event.altKey || !history) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || key === 'y';
    if (key !== 'z' && !redo) return;
    // In a text field, the editor's step only when it was typed there; any other is the field's
    // own to undo. Ctrl+Z in the time words took back another event's headline, out of sight.
    const field = event.composedPath()[0];
    const typing =
      field instanceof HTMLTextAreaElement ||
      (field instanceof HTMLInputElement && /^(?:text|url|number|search)$/.test(field.type));
    if (typing && (redo ? history.redoKey : history.undoKey) !== field.id) return;
    if (redo) this.redo();
    else this.undo();
    event.preventDefault();
  }

  // ---- export ----

  setScriptSrc(src: string): void {
    this.scriptSrc = src;
  }

  setExportFormat(format: ExportFormat): void {
    this.exportFormat = format;
  }

  /** The export in `format` (default: the one chosen): its text and what a sheet leaves out. */
  exportText(format?: ExportFormat) {
    return this.exports.output(format);
  }

  copyExport(): void {
    this.exports.copy();
  }

  downloadExport(): void {
    this.exports.download();
  }

  // ---- rendering ----

  private startDraft(article: string, published: string, timeZone: string): void {
    const words = this.words;
    const instant = isValidTimeZone(timeZone) ? fromWallInput(published, timeZone) : undefined;
    if (!article.trim()) this.startMessage = words.needArticle;
    else if (!isValidTimeZone(timeZone)) this.startMessage = words.badTimeZone(timeZone);
    else if (!instant) this.startMessage = words.needPublished;
    else {
      this.startMessage = '';
      this.loadArticle(article, { published: instant, timeZone });
      this.focusLater('events-heading');
    }
    if (this.startMessage) this.focusLater('start-message');
  }

  private async openFile(file: File): Promise<void> {
    const zone = (this.shadowRoot?.getElementById('start-zone') as HTMLInputElement | null)?.value;
    try {
      this.loadFile(file.name, await file.text(), zone && isValidTimeZone(zone) ? zone : 'UTC');
      if (this.draft) this.focusLater('events-heading');
    } catch (error) {
      this.startMessage = this.words.unreadableFile(file.name, String(error));
    }
  }

  private renderRestorePrompt() {
    const saved = this.autosave.pending;
    if (!saved || this.noAutosave) return nothing;
    return restorePrompt(this.words, saved, this.locale, (restore) => {
      const draft = this.autosave.answer(restore);
      if (draft) this.load({ draft, problems: [] });
      this.focusLater(draft ? 'title' : this.draft ? 'title' : 'start-article');
    });
  }

  override render() {
    const words = this.words;
    const live = html`<p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>`;
    if (!this.draft) {
      return html`<div id="editor-start" tabindex="-1" aria-label=${words.editorLabel}>
        ${this.renderRestorePrompt()}
        ${startPanel({
          words,
          message: this.startMessage,
          defaults: { published: '', timeZone: this.timeZone ?? 'UTC' },
          draft: (a, p, z) => this.startDraft(a, p, z),
          open: (file) => void this.openFile(file),
        })}
        ${live}
      </div>`;
    }
    const { timeline } = this.draft;
    const events = sortEvents(timeline.events);
    const rejected = events.filter((e) => this.draft.status[e.id] === 'rejected').length;
    return html`
      ${this.renderRestorePrompt()}
      ${toolbar(this, {
        canUndo: this.history?.canUndo ?? false,
        canRedo: this.history?.canRedo ?? false,
        undo: () => this.undo(),
        redo: () => this.redo(),
      })}
      ${loadReport(this, this.loadProblems)}
      <div class=${timeline.article ? 'workspace' : 'workspace no-article'}>
        ${articlePanel(this)}
        <section class="events" aria-labelledby="events-heading">
          <h2 id="events-heading" tabindex="-1">${words.eventsHeading(events.length, rejected)}</h2>
          <ol class="events">
            ${repeat(
              events,
              (event) => event.id,
              (event) => eventItem(this, event),
            )}
          </ol>
          <button type="button" @click=${() => this.addBlankEvent()}>${words.addBlank}</button>
        </section>
      </div>
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading" tabindex="-1">${words.previewHeading}</h2>
        <news-timeline
          .timeline=${this.validation.timeline ?? undefined}
          locale=${this.locale}
          heading-level="3"
          theme=${this.theme}
        ></news-timeline>
      </section>
      ${exportPanel(this, this.exports.shownOutput())} ${live}
    `;
  }
}
