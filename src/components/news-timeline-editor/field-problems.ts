/**
 * Problems next to the fields they are about: the text an input's `aria-describedby` points at,
 * and the lookup of a field's problems in the live validation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorView } from './editor-view.js';
import type { FieldProblem } from './validation.js';

/** Problems of `field` and of anything inside it ('when' covers 'when.start'). */
export function problemsFor(view: EditorView, eventId: string, field: string): FieldProblem[] {
  return (view.validation.byEvent.get(eventId) ?? []).filter(
    (p) => p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`),
  );
}

/** The problems' words, with the id an input's `aria-describedby` names; nothing when none. */
export function problemText(
  id: string,
  problems: readonly FieldProblem[],
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<p
    id=${id}
    class="problem"
    data-severity=${problems.some((p) => p.severity === 'error') ? 'error' : 'warning'}
  >
    ${problems.map((p) => html`<span>${p.message}</span> `)}
  </p>`;
}

/** `aria-invalid` and `aria-describedby` for an input with these problems. */
export function invalidIf(problems: readonly FieldProblem[]): 'true' | typeof nothing {
  return problems.some((p) => p.severity === 'error') ? 'true' : nothing;
}
