/**
 * The language and direction an element speaks in, after Shoelace's `LocalizeController`:
 *
 * - locale: the host's `locale` property, else the nearest `lang` (through shadow roots), else a
 *   fallback the host gives (the data's language), else "en";
 * - direction: the nearest `dir="ltr|rtl"`, else the direction of the locale's translation;
 * - words: the registered translation for that locale (English filling any gap): the timeline and
 *   its legend look up the drawing's (`drawingWordsFor`), `LocalizeController` every word.
 *
 * The host re-renders when `lang` or `dir` changes on any ancestor, in the document or in the
 * shadow roots above the host (one MutationObserver per root, shared by its hosts, disconnected
 * when the last of them leaves), when a language is registered, and when it is moved. DOM walks
 * are done once and cached until something changes, so reading `locale` per label costs a map
 * lookup.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { onTranslationsChange } from '../i18n/registry.js';
import { drawingWordsFor } from '../i18n/drawing-words.js';

export type LocalizeHost = ReactiveControllerHost & HTMLElement & { locale?: string | undefined };

export interface LocalizeOptions {
  /** The locale when neither `locale` nor any `lang` gives one, e.g. the data's language. */
  fallbackLocale?: () => string | undefined;
}

/** Every connected host, for registrations. */
const hosts = new Set<LocaleController>();
let stopListening: (() => void) | undefined;

/** One observer per root (the document, and each shadow root hosts sit under), shared by its hosts. */
const observed = new Map<Node, { observer: MutationObserver; hosts: Set<LocaleController> }>();
// An attribute filter implies `attributes: true`.
const LANG_AND_DIR: MutationObserverInit = { attributeFilter: ['lang', 'dir'], subtree: true };

/**
 * `element`, then the shadow host of each root above it, up to the document's: where a `lang` or
 * `dir` above `element` is looked for, and whose roots it can change in. Inside `<news-timeline>`
 * the legend must see the timeline's own `dir` change, which the document's observer cannot see.
 */
function hostsAbove(element: Element): Element[] {
  const chain: Element[] = [];
  let node: Element | null = element;
  while (node) {
    chain.push(node);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return chain;
}

function watch(controller: LocaleController, roots: readonly Node[]): void {
  hosts.add(controller);
  stopListening ??= onTranslationsChange(() => {
    for (const each of hosts) each.translationsChanged();
  });
  // Only a page's lang and dir change; `isServer` is a constant the page bundle drops with its
  // check (a test of MutationObserver stayed in it).
  if (isServer) return;
  for (const root of roots) {
    let watched = observed.get(root);
    if (!watched) {
      const watchers = new Set<LocaleController>();
      const observer = new MutationObserver(() => {
        for (const each of watchers) each.contextChanged();
      });
      observer.observe(root, LANG_AND_DIR);
      observed.set(root, (watched = { observer, hosts: watchers }));
    }
    watched.hosts.add(controller);
  }
}

function unwatch(controller: LocaleController, roots: readonly Node[]): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    stopListening?.();
    stopListening = undefined;
  }
  for (const root of roots) {
    const watched = observed.get(root);
    if (!watched) continue;
    watched.hosts.delete(controller);
    if (watched.hosts.size === 0) {
      watched.observer.disconnect();
      observed.delete(root);
    }
  }
}

/** @internal For tests: how many roots are observed now. */
export function observedRoots(): number {
  return observed.size;
}

const usableTags = new Map<string, string | null>();

/** A valid BCP 47 tag in canonical case ("pt_br" -> "pt-BR"), or undefined for junk. */
function usable(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  let canonical = usableTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
    } catch {
      canonical = null;
    }
    if (usableTags.size > 256) usableTags.clear();
    usableTags.set(tag, canonical);
  }
  return canonical ?? undefined;
}

/** `closest()` that climbs out of shadow roots to their hosts. */
function closestAttribute(element: Element, name: 'lang' | 'dir'): string | null {
  // A server has no tree above the element: only the element's own attribute counts there.
  if (isServer) return element.getAttribute(name);
  for (const node of hostsAbove(element)) {
    const found = node.closest(`[${name}]`);
    if (found) return found.getAttribute(name);
  }
  return null;
}

export class LocaleController implements ReactiveController {
  #inheritedLang: string | null | undefined;
  #inheritedDir: string | null | undefined;
  #roots: Node[] = [];

  constructor(
    private readonly host: LocalizeHost,
    private readonly options: LocalizeOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#roots = hostsAbove(this.host).map((node) => node.getRootNode());
    watch(this, this.#roots);
    // Moved under another `lang` or `dir`: say it in that language, that way round.
    if (this.#inheritedLang !== undefined || this.#inheritedDir !== undefined)
      this.contextChanged();
  }

  hostDisconnected(): void {
    unwatch(this, this.#roots);
    this.#roots = [];
  }

  /** The BCP 47 locale in force. */
  get locale(): string {
    return (
      usable(this.host.locale) ??
      usable((this.#inheritedLang ??= closestAttribute(this.host, 'lang'))) ??
      usable(this.options.fallbackLocale?.()) ??
      'en'
    );
  }

  /** The direction in force: the nearest `dir`, else the translation's. */
  get dir(): 'ltr' | 'rtl' {
    const dir = (this.#inheritedDir ??= closestAttribute(this.host, 'dir'))?.toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? dir : drawingWordsFor(this.locale).$dir;
  }

  /** @internal Called when a `lang` or `dir` attribute changed somewhere in the document. */
  contextChanged(): void {
    const lang = closestAttribute(this.host, 'lang');
    const dir = closestAttribute(this.host, 'dir');
    if (lang === this.#inheritedLang && dir === this.#inheritedDir) return;
    this.#inheritedLang = lang;
    this.#inheritedDir = dir;
    this.host.requestUpdate();
  }

  /** @internal Called when a language was registered. */
  translationsChanged(): void {
    this.host.requestUpdate();
  }
}
