/**
 * Reading untrusted input: own data properties only (inherited keys, `__proto__` and getters are
 * not the input's data), and JSON text refused past a size cap before it is parsed. Shared by
 * `parseTimeline` and the importers, so every door into the model reads input the same way.
 */
import { formatCount, type Problem } from './problems.js';

/** JSON text longer than this is refused before parsing. */
export const MAX_INPUT_CHARACTERS = 32 * 1024 * 1024;

/** A plain object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Object.prototype.__lookupGetter__`, called on input that may shadow it. */
export const getterOf = (
  Object.prototype as unknown as { __lookupGetter__(key: PropertyKey): unknown }
).__lookupGetter__;

/**
 * An own data property of an object or list, else undefined: never a getter, never inherited.
 * Read without a property descriptor: one per field made descriptors a third of validating 10,000
 * events. `__lookupGetter__` stops at the own property, so it names its getter, or none for data;
 * a setter alone reads as undefined without running. A Proxy is read through its `get` trap too,
 * as it already answered through its others; what it returns is checked like any value.
 */
export function own(container: unknown, key: PropertyKey): unknown {
  if (typeof container !== 'object' || container === null) return undefined;
  if (!Object.hasOwn(container, key) || getterOf.call(container, key) !== undefined)
    return undefined;
  return (container as Record<PropertyKey, unknown>)[key];
}

/** An own property that is text, else undefined. */
export function ownText(container: unknown, key: PropertyKey): string | undefined {
  const value = own(container, key);
  return typeof value === 'string' ? value : undefined;
}

export type JsonText = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** Parses JSON text, refusing text over MAX_INPUT_CHARACTERS before any work is done on it. */
export function readJsonText(text: string): JsonText {
  if (text.length > MAX_INPUT_CHARACTERS) {
    const message = `The data is ${formatCount(text.length)} characters long; more than ${formatCount(MAX_INPUT_CHARACTERS)} is not read.`;
    return { ok: false, problem: { path: '', message, severity: 'error' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message.slice(0, 200)})` : '';
    const message = `The data is not valid JSON${detail}.`;
    return { ok: false, problem: { path: '', message, severity: 'error' } };
  }
}
