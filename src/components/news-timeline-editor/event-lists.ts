/**
 * The lists of an event's form - places, people and groups, numbers, sources - one fieldset each,
 * every item a labelled group of inputs with its own "Remove" button, and an "Add" button. Focus
 * follows the editor: after adding, the new item's first input; after removing, the item that
 * took its place, else the one before, else the "Add" button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ACTOR_KINDS, SOURCE_VERBS, type TimelineEvent } from '../../model/types.js';
import type { ListName } from './draft.js';
import { fieldId, type EditorView } from './editor-view.js';
import type { EditorWords } from './editor-words.js';
import { invalidIf, problemText, problemsFor } from './field-problems.js';

interface ItemField {
  key: string;
  label: (words: EditorWords) => string;
  kind: 'text' | 'number' | 'checkbox' | 'select' | 'url';
  options?: readonly string[];
  optionLabel?: (words: EditorWords, value: string) => string;
}

const SPECS: Record<ListName, ItemField[]> = {
  places: [
    { key: 'name', label: (w) => w.placeName, kind: 'text' },
    { key: 'admin', label: (w) => w.placeAdmin, kind: 'text' },
    { key: 'country', label: (w) => w.placeCountry, kind: 'text' },
  ],
  actors: [
    { key: 'name', label: (w) => w.actorName, kind: 'text' },
    {
      key: 'kind',
      label: (w) => w.actorKind,
      kind: 'select',
      options: ACTOR_KINDS,
      optionLabel: (w, v) => w.actorKinds[v as keyof EditorWords['actorKinds']],
    },
    { key: 'role', label: (w) => w.actorRole, kind: 'text' },
  ],
  quantities: [
    { key: 'value', label: (w) => w.quantityValue, kind: 'number' },
    { key: 'unit', label: (w) => w.quantityUnit, kind: 'text' },
    { key: 'approximate', label: (w) => w.quantityApproximate, kind: 'checkbox' },
    { key: 'text', label: (w) => w.quantityText, kind: 'text' },
  ],
  sources: [
    { key: 'who', label: (w) => w.sourceWho, kind: 'text' },
    { key: 'named', label: (w) => w.sourceNamed, kind: 'checkbox' },
    {
      key: 'verb',
      label: (w) => w.sourceVerb,
      kind: 'select',
      options: SOURCE_VERBS,
      optionLabel: (w, v) => w.sourceVerbs[v as keyof EditorWords['sourceVerbs']],
    },
    { key: 'outlet', label: (w) => w.sourceOutlet, kind: 'text' },
    { key: 'url', label: (w) => w.sourceUrl, kind: 'url' },
  ],
};

export const LIST_NAMES: readonly ListName[] = ['places', 'actors', 'quantities', 'sources'];

function input(
  view: EditorView,
  event: TimelineEvent,
  list: ListName,
  index: number,
  spec: ItemField,
  value: unknown,
): TemplateResult {
  const field = `${list}[${index}].${spec.key}`;
  const id = fieldId(event.id, field);
  const problems = problemsFor(view, event.id, field);
  const set = (next: unknown) =>
    view.apply({ type: 'list-set', id: event.id, list, index, field: spec.key, value: next }, id);
  const describedBy = problems.length ? `${id}-problem` : nothing;
  const label = html`<label for=${id}>${spec.label(view.words)}</label>`;
  let control: TemplateResult;
  switch (spec.kind) {
    case 'checkbox':
      control = html`<input
        id=${id}
        type="checkbox"
        .checked=${live(value === true)}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
      />`;
      return html`<div class="field check">
        ${control} ${label}${problemText(`${id}-problem`, problems)}
      </div>`;
    case 'select':
      control = html`<select
        id=${id}
        aria-describedby=${describedBy}
        aria-invalid=${invalidIf(problems)}
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
      >
        ${spec.options!.map(
          (option) =>
            html`<option value=${option} ?selected=${option === value}>
              ${spec.optionLabel!(view.words, option)}
            </option>`,
        )}
      </select>`;
      break;
    case 'number':
      control = html`<input
        id=${id}
        type="number"
        step="any"
        .value=${live(String(value ?? ''))}
        aria-describedby=${describedBy}
        aria-invalid=${invalidIf(problems)}
        @input=${(e: Event) => {
          const number = (e.target as HTMLInputElement).valueAsNumber;
          if (Number.isFinite(number)) set(number);
        }}
        @blur=${() => view.sealHistory()}
      />`;
      break;
    default:
      control = html`<input
        id=${id}
        type=${spec.kind}
        .value=${live(typeof value === 'string' ? value : '')}
        aria-describedby=${describedBy}
        aria-invalid=${invalidIf(problems)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
        @blur=${() => view.sealHistory()}
      />`;
  }
  return html`<div class="field">${label}${control}${problemText(`${id}-problem`, problems)}</div>`;
}

export function listSection(
  view: EditorView,
  event: TimelineEvent,
  list: ListName,
): TemplateResult {
  const { words } = view;
  const items = event[list] as unknown as Record<string, unknown>[];
  const specs = SPECS[list];
  const addId = fieldId(event.id, `${list}-add`);
  const firstOf = (index: number) => fieldId(event.id, `${list}[${index}].${specs[0]!.key}`);
  const remove = (index: number) => {
    view.apply({ type: 'list-remove', id: event.id, list, index });
    const left = items.length - 1;
    view.focusLater(left === 0 ? addId : firstOf(Math.min(index, left - 1)));
  };
  const add = () => {
    view.apply({ type: 'list-add', id: event.id, list });
    view.focusLater(firstOf(items.length));
  };
  return html`
    <fieldset class="list">
      <legend>${words[list]}</legend>
      ${
        items.length === 0
          ? nothing
          : html`<ol>
              ${items.map(
                (item, index) =>
                  html`<li>
                    <div role="group" aria-label=${`${words.itemNouns[list]} ${index + 1}`}>
                      ${specs.map((spec) => input(view, event, list, index, spec, item[spec.key]))}
                      <button type="button" class="remove" @click=${() => remove(index)}>
                        ${words.remove(words.itemNouns[list], index + 1)}
                      </button>
                    </div>
                  </li>`,
              )}
            </ol>`
      }
      <button id=${addId} type="button" @click=${add}>${words.add(words.nouns[list])}</button>
    </fieldset>
  `;
}
