import { isServer, noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/**
 * Sets CSS custom properties (`--_p`, `--_lane`…) through the CSSOM, never through the `style`
 * attribute. Lit's `styleMap` writes its first values as a `style="…"` attribute, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks; `style.setProperty` is always allowed.
 * Use it as the `style` binding: `<li style=${styleProperties({ '--_p': '12px' })}>`. In the
 * browser it writes through the CSSOM and the attribute binding never commits; on the server
 * (`@lit-labs/ssr`), which only calls `render()`, it is the inline style the page needs before
 * any script runs (server-rendered pages need `style-src 'unsafe-inline'`, docs/security.md).
 * Bound only to `style` attributes (no check at run time: the page bundle would carry its message).
 */
class StylePropertiesDirective extends Directive {
  /** What this binding last wrote: comparing with it spares a style read per property per frame. */
  #previous?: Readonly<Record<string, string>>;

  /**
   * The server's inline style. The browser never calls this (`update` does not), so the page
   * bundle, built for the browser where `isServer` is false, leaves the text out.
   */
  render(properties: Readonly<Record<string, string>>): string {
    return isServer
      ? Object.entries(properties)
          .map(([name, value]) => `${name}:${value}`)
          .join(';')
      : '';
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    // First, what is inline already counts as written (its values unknown): a server's style,
    // being hydrated, whose properties the client's layout may leave out (a phone row the server
    // drew above its mark).
    const previous: Readonly<Record<string, string | undefined>> =
      this.#previous ?? Object.fromEntries([...style].map((name) => [name]));
    for (const name in previous) if (!(name in properties)) style.removeProperty(name);
    // Kept as given, not copied: every binding is passed a fresh object per render.
    for (const name in properties) {
      const value = properties[name]!;
      if (previous[name] !== value) style.setProperty(name, value);
    }
    this.#previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
