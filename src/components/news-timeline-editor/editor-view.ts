/**
 * What the editor's templates read and call. The element implements it; each template file renders
 * one region (article, events, an event's form, export) from it, so the element keeps the state
 * and the public API while the templates stay small.
 */
import type { Sentence } from '../../extract/index.js';
import type { Draft, EditOp } from './draft.js';
import type { EditorWords } from './editor-words.js';
import type { Validation } from './validation.js';

export type ExportFormat = 'json' | 'embed' | 'csv';

export interface EditorView {
  readonly words: EditorWords;
  readonly draft: Draft;
  readonly validation: Validation;
  readonly locale: string;
  /** Sentences of the article, with offsets. */
  readonly sentences: readonly Sentence[];
  /** Index of the sentence the article list points at. */
  readonly activeSentence: number;
  /** Events whose form is open. */
  readonly expanded: ReadonlySet<string>;
  /** Time words typed into an event's form and not applied yet, by event id. */
  readonly typedWhen: ReadonlyMap<string, string>;
  readonly exportFormat: ExportFormat;
  /** Where the embed snippet loads the one-file bundle from. */
  readonly scriptSrc: string;
  /** Applies a change; `mergeKey` makes consecutive changes of one field one undo step. */
  apply(op: EditOp, mergeKey?: string): void;
  /** Ends the current typing step (the field lost focus). */
  sealHistory(): void;
  toggleEvent(id: string): void;
  typeWhen(id: string, text: string): void;
  setActiveSentence(index: number): void;
  addFromSentence(index: number): void;
  addBlankEvent(): void;
  setExportFormat(format: ExportFormat): void;
  setScriptSrc(src: string): void;
  copyExport(): void;
  downloadExport(): void;
  /** Moves focus to an element of the editor's shadow root by id, after the next render. */
  focusLater(id: string): void;
}

/** Ids of form fields: one scheme for the label, the input and its problem text. */
export function fieldId(eventId: string, field: string): string {
  return `f-${eventId}-${field.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}
