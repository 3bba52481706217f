/**
 * Loads the live-update module (live.ts) the first time an element needs it: pages that never
 * refresh or update a story never download it (`npm run size` lists it apart, on demand).
 */
type LiveModule = typeof import('./live.js');

let loading: Promise<LiveModule> | undefined;
let loaded: LiveModule | undefined;

/** The module once loaded; later calls share the first load, a failed one may be retried. */
export function loadLive(): Promise<LiveModule> {
  loading ??= import('./live.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The module, if it has loaded. */
export function liveModule(): LiveModule | undefined {
  return loaded;
}

/**
 * Adds the live styles (CSS text) to an element's shadow root, once, before its last sheet: the
 * print styles, which must stay last to override the others on paper.
 */
export function adoptLiveStyles(root: ShadowRoot | null, cssText: string): void {
  if (!root) return;
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(cssText);
    if (root.adoptedStyleSheets.includes(sheet)) return;
    const sheets = [...root.adoptedStyleSheets];
    sheets.splice(Math.max(0, sheets.length - 1), 0, sheet);
    root.adoptedStyleSheets = sheets;
    return;
  }
  // Without constructable style sheets Lit writes <style> elements; so do we.
  if (root.querySelector('style[data-live]')) return;
  const style = document.createElement('style');
  style.dataset.live = '';
  style.textContent = cssText;
  root.append(style);
}

/** One sheet for every element's shadow root. */
let sheet: CSSStyleSheet | undefined;
