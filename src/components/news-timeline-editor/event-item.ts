/**
 * One event in the editor's list: a row with its headline and time (a button that opens its form),
 * its review status and the accept/reject buttons, and, when open, the form - headline, summary,
 * category, when, places, people, numbers, sources - with the extractor's notes and the sentence
 * it came from. Problems sit next to their fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatWhenShort } from '../../i18n/wording/format-when-short.js';
import type { TimelineEvent } from '../../model/types.js';
import type { TextField } from './draft.js';
import { fieldId, type EditorView } from './editor-view.js';
import { LIST_NAMES, listSection } from './event-lists.js';
import { whenSection } from './event-when.js';
import { invalidIf, problemText, problemsFor } from './field-problems.js';

function textField(
  view: EditorView,
  event: TimelineEvent,
  field: TextField,
  label: string,
  multiline = false,
): TemplateResult {
  const id = fieldId(event.id, field);
  const problems = problemsFor(view, event.id, field);
  const value = event[field] ?? '';
  const onInput = (e: Event) =>
    view.apply(
      { type: 'text', id: event.id, field, value: (e.target as HTMLInputElement).value },
      id,
    );
  const describedBy = problems.length ? `${id}-problem` : nothing;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${
      multiline
        ? html`<textarea
            id=${id}
            rows="3"
            .value=${live(value)}
            aria-describedby=${describedBy}
            aria-invalid=${invalidIf(problems)}
            @input=${onInput}
            @blur=${() => view.sealHistory()}
          ></textarea>`
        : html`<input
            id=${id}
            type="text"
            .value=${live(value)}
            aria-describedby=${describedBy}
            aria-invalid=${invalidIf(problems)}
            @input=${onInput}
            @blur=${() => view.sealHistory()}
          />`
    }
    ${problemText(`${id}-problem`, problems)}
  </div>`;
}

function eventForm(view: EditorView, event: TimelineEvent): TemplateResult {
  const { words } = view;
  const formId = fieldId(event.id, 'form');
  const general = problemsFor(view, event.id, '').filter((p) => p.field === '');
  const flags = view.draft.flags.filter((flag) => flag.eventId === event.id);
  return html`<div
    id=${formId}
    class="form"
    role="group"
    aria-labelledby=${fieldId(event.id, 'toggle')}
  >
    ${problemText(fieldId(event.id, 'event-problem'), general)}
    ${textField(view, event, 'headline', words.headline)} ${whenSection(view, event)}
    ${textField(view, event, 'summary', words.summary, true)}
    ${textField(view, event, 'category', words.category)}
    ${LIST_NAMES.map((list) => listSection(view, event, list))}
    ${
      flags.length === 0
        ? nothing
        : html`<div class="flags">
            <p class="flags-heading">${words.flagsHeading}</p>
            <ul>
              ${flags.map((flag) => html`<li>${flag.message}</li>`)}
            </ul>
          </div>`
    }
    ${
      event.excerpt
        ? html`<figure class="excerpt">
            <figcaption>${words.excerpt}</figcaption>
            <blockquote>${event.excerpt.text}</blockquote>
          </figure>`
        : nothing
    }
  </div>`;
}

export function eventItem(view: EditorView, event: TimelineEvent): TemplateResult {
  const { words, locale } = view;
  const status = view.draft.status[event.id] ?? 'pending';
  const open = view.expanded.has(event.id);
  const headline = event.headline.trim() || words.noHeadline;
  const errors = (view.validation.byEvent.get(event.id) ?? []).filter(
    (p) => p.severity === 'error',
  ).length;
  const toggleId = fieldId(event.id, 'toggle');
  const statusButton = (next: 'accepted' | 'rejected' | 'pending', text: string, label: string) =>
    html`<button
      type="button"
      id=${fieldId(event.id, next)}
      class=${`review ${next}`}
      aria-label=${label}
      @click=${() => {
        view.apply({ type: 'status', id: event.id, status: next });
        view.focusLater(
          fieldId(
            event.id,
            next === 'accepted' ? 'rejected' : next === 'rejected' ? 'pending' : 'rejected',
          ),
        );
      }}
    >
      ${text}
    </button>`;
  return html`<li class="event" data-id=${event.id} data-status=${status}>
    <div class="row">
      <button
        type="button"
        id=${toggleId}
        class="toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${fieldId(event.id, 'form')}
        aria-describedby=${fieldId(event.id, 'status')}
        @click=${() => view.toggleEvent(event.id)}
      >
        <span class="headline" dir="auto">${headline}</span>
        <span class="when"
          >${formatWhenShort(event.when, { locale, timeZone: view.draft.timeline.timeZone })}</span
        >
      </button>
      <span class="status" id=${fieldId(event.id, 'status')}
        >${words.status[status]}${errors ? html`, <span class="count">${words.problemBadge(errors)}</span>` : nothing}</span
      >
      ${status !== 'accepted' && status !== 'rejected' ? statusButton('accepted', words.accept, words.acceptEvent(headline)) : nothing}
      ${
        status === 'rejected'
          ? statusButton('pending', words.restoreEvent, words.restoreEventLabel(headline))
          : statusButton('rejected', words.reject, words.rejectEvent(headline))
      }
    </div>
    ${open ? eventForm(view, event) : nothing}
  </li>`;
}
