/**
 * The editor's exports: the text of each format from the validated timeline, copy to the clipboard
 * (or select the text when the browser refuses), download as a file made in the browser (a blob
 * URL; nothing is uploaded), and the `news-timeline-editor-export` event. While the timeline has
 * errors nothing is exported: focus goes to the first field with a problem instead.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { embedSnippet } from '../../export/embed.js';
import { toTimelineJSCsv } from '../../export/timelinejs-csv.js';
import { sortEvents } from '../../model/sort.js';
import { exportTimeline } from './draft.js';
import { fieldId, type EditorView, type ExportFormat } from './editor-view.js';
import { emit } from '../emit.js';

export interface ExportOutput {
  text: string;
  notCarried: string[];
}

const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', embed: 'html', csv: 'csv' };
const TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  embed: 'text/html',
  csv: 'text/csv',
};

/** How long typing pauses before the export panel's text is made again. */
const REFRESH_MS = 300;

type Host = ReactiveControllerHost & HTMLElement & EditorView & { announce(text: string): void };

export class ExportController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The text the export panel shows, with what it was made of: validation, format, address. */
  private shown?: { made: readonly unknown[]; output: ExportOutput };
  private refresh?: ReturnType<typeof setTimeout>;

  // Moved in the page, the editor shows the text of the moment when it is back.
  hostConnected(): void {
    this.shown = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.refresh);
  }

  /**
   * The export panel's text. A change of format or address shows at once; typing refreshes it
   * when it pauses: laying a long timeline's JSON out again on every key took 30-70 ms of each
   * keystroke (Luca's 43 events). Copy and download always take the text of the moment.
   */
  shownOutput(): ExportOutput {
    const { validation, exportFormat, scriptSrc } = this.host;
    const made = [validation, exportFormat, scriptSrc];
    const last = this.shown;
    if (!last || last.made[1] !== exportFormat || last.made[2] !== scriptSrc) {
      this.shown = { made, output: this.output() };
      return this.shown.output;
    }
    if (last.made[0] !== validation) {
      clearTimeout(this.refresh);
      this.refresh = setTimeout(() => {
        this.shown = undefined;
        this.host.requestUpdate();
      }, REFRESH_MS);
    }
    return last.output;
  }

  output(format: ExportFormat = this.host.exportFormat): ExportOutput {
    const timeline = this.host.validation.timeline;
    if (!timeline) return { text: '', notCarried: [] };
    if (format === 'csv') {
      const sheet = toTimelineJSCsv(timeline);
      return { text: sheet.csv, notCarried: sheet.notCarried };
    }
    if (format === 'embed') {
      return { text: embedSnippet(timeline, { scriptSrc: this.host.scriptSrc }), notCarried: [] };
    }
    return { text: `${JSON.stringify(timeline, null, 2)}\n`, notCarried: [] };
  }

  copy(): void {
    if (!this.ready()) return;
    const { text } = this.output();
    this.fire('copy', text);
    const area = this.host.shadowRoot?.getElementById('export-text') as HTMLTextAreaElement | null;
    const refused = () => {
      area?.select();
      this.host.announce(this.host.words.copyFailed);
    };
    if (!navigator.clipboard) return refused();
    navigator.clipboard
      .writeText(text)
      .then(() => this.host.announce(this.host.words.copied), refused);
  }

  download(): void {
    if (!this.ready()) return;
    const format = this.host.exportFormat;
    const { text } = this.output();
    const name = `${this.host.draft.timeline.id || 'timeline'}.${EXTENSIONS[format]}`;
    const url = URL.createObjectURL(new Blob([text], { type: `${TYPES[format]};charset=utf-8` }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.fire('download', text);
    this.host.announce(this.host.words.downloaded(name));
  }

  /** True when nothing would be left out; else focus on the first problem, and false. */
  private ready(): boolean {
    const { validation, draft, words } = this.host;
    if (validation.errors === 0) return true;
    this.host.announce(words.problemBadge(validation.errors));
    const first = sortEvents(exportTimeline(draft).events).find((e) =>
      validation.byEvent.get(e.id)?.some((p) => p.severity === 'error'),
    );
    if (first) {
      const { field } = validation.byEvent.get(first.id)!.find((p) => p.severity === 'error')!;
      if (!this.host.expanded.has(first.id)) this.host.toggleEvent(first.id);
      this.host.focusLater(
        field.startsWith('when')
          ? `${fieldId(first.id, 'when')}-words`
          : fieldId(first.id, field || 'toggle'),
      );
    }
    return false;
  }

  private fire(action: 'copy' | 'download', text: string): void {
    emit(this.host, 'news-timeline-editor-export', {
      format: this.host.exportFormat,
      action,
      text,
    });
  }
}
