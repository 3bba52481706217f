/**
 * The "When" part of an event's form: the time in words, resolved live against the story's
 * publication as the editor types ("on Friday" -> Friday 13 June 2014, day), and a span set by
 * hand (start, end or still going on, precision) for what words cannot say.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describeWhen } from '../../i18n/wording/describe-when.js';
import { resolveWhen } from '../../extract/time/resolve-when.js';
import { PRECISIONS, type Precision, type TimelineEvent, type When } from '../../model/types.js';
import { parseInstant, toIsoWithOffset, zonedParts, zonedToInstant } from '../../model/zoned.js';
import { fieldId, type EditorView } from './editor-view.js';
import { problemText, problemsFor } from './field-problems.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local input, on the story's wall clock. */
export function toWallInput(iso: string, timeZone: string): string {
  const ms = parseInstant(iso);
  if (Number.isNaN(ms)) return '';
  const p = zonedParts(ms, timeZone);
  return `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * "2014-06-14T12:00" (a datetime-local value) or "2014-06-14 12:00" read on the story's wall
 * clock, as an ISO instant with offset; with an offset or Z the instant is taken as written.
 */
export function fromWallInput(value: string, timeZone: string): string | undefined {
  const match =
    /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:\d{2})?\s*$/i.exec(
      value,
    );
  if (!match) return undefined;
  if (match[6]) {
    const instant = parseInstant(value.trim().replace(' ', 'T').toUpperCase());
    return Number.isNaN(instant) ? undefined : toIsoWithOffset(instant, timeZone);
  }
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = match.slice(1, 6).map(Number);
  // The same checks as any instant: a real day, hours and minutes in range.
  if (
    Number.isNaN(parseInstant(`${match[1]}-${match[2]}-${match[3]}T${pad(hour)}:${match[5]}:00Z`))
  )
    return undefined;
  return toIsoWithOffset(zonedToInstant({ year, month, day, hour, minute }, timeZone), timeZone);
}

function resolveTyped(view: EditorView, text: string) {
  const { published, timeZone } = view.draft.timeline;
  return resolveWhen(text, { reference: published, timeZone });
}

function applyWords(view: EditorView, event: TimelineEvent): void {
  const typed = view.typedWhen.get(event.id);
  if (typed === undefined || typed.trim() === '') return;
  const result = resolveTyped(view, typed);
  if (result.ok) view.apply({ type: 'when', id: event.id, when: { ...result.when, text: typed } });
}

function applySpan(view: EditorView, event: TimelineEvent, target: EventTarget | null): void {
  const box = (target as HTMLElement).closest('fieldset')!;
  const value = (name: string) =>
    (box.querySelector(`[data-span="${name}"]`) as HTMLInputElement | HTMLSelectElement).value;
  const ongoing = (box.querySelector('[data-span="ongoing"]') as HTMLInputElement).checked;
  const { timeZone, published } = view.draft.timeline;
  const start = fromWallInput(value('start'), timeZone);
  const end = ongoing ? null : fromWallInput(value('end'), timeZone);
  const error = box.querySelector('[data-span="error"]') as HTMLElement;
  if (!start || end === undefined || (end !== null && parseInstant(end) < parseInstant(start))) {
    error.textContent = view.words.badSpan;
    return;
  }
  error.textContent = '';
  const when: When = {
    start,
    end,
    precision: value('precision') as Precision,
    resolvedAgainst: published,
  };
  if (event.when.text) when.text = event.when.text;
  view.apply({ type: 'when', id: event.id, when });
}

export function whenSection(view: EditorView, event: TimelineEvent): TemplateResult {
  const { words, locale } = view;
  const { timeZone } = view.draft.timeline;
  const id = fieldId(event.id, 'when');
  const typed = view.typedWhen.get(event.id);
  const result = typed !== undefined && typed.trim() !== '' ? resolveTyped(view, typed) : undefined;
  const problems = problemsFor(view, event.id, 'when');
  const describe = (when: When) => `${describeWhen(when, { locale, timeZone })}`;
  return html`
    <fieldset class="when" aria-describedby=${problems.length ? `${id}-problem` : nothing}>
      <legend>${words.whenHeading}</legend>
      <p class="current">${describe(event.when)} (${words.precisions[event.when.precision]})</p>
      ${problemText(`${id}-problem`, problems)}
      <div class="field">
        <label for=${`${id}-words`}>${words.whenWords}</label>
        <input
          id=${`${id}-words`}
          type="text"
          autocomplete="off"
          .value=${live(typed ?? event.when.text ?? '')}
          aria-describedby=${`${id}-hint ${id}-reading`}
          aria-invalid=${result && !result.ok ? 'true' : nothing}
          @input=${(e: InputEvent) => view.typeWhen(event.id, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              applyWords(view, event);
            }
          }}
        />
        <p id=${`${id}-hint`} class="hint">${words.whenWordsHint}</p>
        <output
          id=${`${id}-reading`}
          aria-live="polite"
          class=${result && !result.ok ? 'problem' : 'reading'}
        >
          ${
            result === undefined
              ? nothing
              : result.ok
                ? words.resolved(describe(result.when), words.precisions[result.when.precision])
                : words.unresolved(result.reason.replace(/^unresolved: /, ''))
          }
        </output>
        <button type="button" ?disabled=${!result?.ok} @click=${() => applyWords(view, event)}>
          ${words.applyWords}
        </button>
      </div>
      <div class="field check">
        <input
          id=${`${id}-planned`}
          type="checkbox"
          .checked=${live(event.planned === true)}
          @change=${(e: Event) =>
            view.apply({
              type: 'planned',
              id: event.id,
              planned: (e.target as HTMLInputElement).checked,
            })}
        />
        <label for=${`${id}-planned`}>${words.planned}</label>
      </div>
      <details class="by-hand">
        <summary>${words.spanByHand}</summary>
        <fieldset>
          <legend class="sr-only">${words.spanByHand}</legend>
          <label
            >${words.start}
            <input
              type="datetime-local"
              data-span="start"
              .value=${live(toWallInput(event.when.start, timeZone))}
            />
          </label>
          <label
            >${words.end}
            <input
              type="datetime-local"
              data-span="end"
              .value=${live(event.when.end === null ? '' : toWallInput(event.when.end, timeZone))}
            />
          </label>
          <label
            ><input type="checkbox" data-span="ongoing" .checked=${live(event.when.end === null)} />
            ${words.ongoing}</label
          >
          <label
            >${words.precision}
            <select data-span="precision">
              ${PRECISIONS.map(
                (p) =>
                  html`<option value=${p} ?selected=${p === event.when.precision}>
                    ${words.precisions[p]}
                  </option>`,
              )}
            </select>
          </label>
          <p data-span="error" class="problem" role="alert"></p>
          <button type="button" @click=${(e: Event) => applySpan(view, event, e.currentTarget)}>
            ${words.applySpan}
          </button>
        </fieldset>
      </details>
    </fieldset>
  `;
}
