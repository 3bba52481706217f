/**
 * Where translations are registered. A language file calls `registerTranslation` when it is
 * imported; every element on the page re-renders with the new words.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key, not in this module alone: the
 * one-file page bundle and a language file loaded beside it (`dist/translations/fr.js`, built on
 * its own) each carry a copy of this module, and both copies must see the same languages. This
 * module imports nothing, so a language file weighs only its words.
 */
import type { PartialTranslation } from './translation.js';

interface Registry {
  readonly translations: Map<string, PartialTranslation>;
  readonly listeners: Set<() => void>;
  /** Bumped on every registration, so lookups know their cache is stale. */
  version: number;
}

const KEY = Symbol.for('news-timeline.translations.v1');
const scope = globalThis as typeof globalThis & { [KEY]?: Registry };
const registry: Registry = (scope[KEY] ??= {
  translations: new Map(),
  listeners: new Set(),
  version: 0,
});

/** "pt_BR" and "PT-br" -> "pt-br": the registry's key for a language tag. */
export function languageKey(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * Adds languages, or words to a language already registered (a partial translation is merged over
 * it; anything still missing falls back to the shorter tag, then to English). Elements on the page
 * re-render.
 *
 * ```js
 * import { registerTranslation } from 'news-timeline';
 * registerTranslation({ $code: 'fr', $name: 'Français', $dir: 'ltr', zoomIn: 'Zoomer' });
 * ```
 */
export function registerTranslation(...translations: PartialTranslation[]): void {
  for (const translation of translations) {
    const key = languageKey(translation.$code);
    const existing = registry.translations.get(key);
    registry.translations.set(key, existing ? mergeWords(existing, translation) : translation);
  }
  registry.version++;
  for (const listener of [...registry.listeners]) listener();
}

/** The words registered for exactly this tag (no fallback). */
export function registeredTranslation(tag: string): PartialTranslation | undefined {
  return registry.translations.get(languageKey(tag));
}

/** The tags registered so far, lower case. */
export function registeredLanguages(): string[] {
  return [...registry.translations.keys()];
}

/** Changes with every registration. */
export function registryVersion(): number {
  return registry.version;
}

/** Calls `listener` after every registration; returns the function that stops it. */
export function onTranslationsChange(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

/** `over` wins; nested word groups (`time`, `precisions`, ...) merge key by key. */
export function mergeWords<T extends object>(base: T, over: object): T {
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] =
      isWordGroup(value) && isWordGroup(below) ? mergeWords(below, value) : (value ?? below);
  }
  return merged as T;
}

function isWordGroup(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
