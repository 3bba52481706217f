import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties (`--_p`, `--_lane`…) through the CSSOM, never through the `style`
 * attribute. Lit's `styleMap` writes its first values as a `style="…"` attribute, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks; `style.setProperty` is always allowed.
 * Use it as an element binding: `<li ${styleProperties({ '--_p': '12px' })}>`.
 */
class StylePropertiesDirective extends Directive {
  /** What this binding last wrote: comparing with it spares a style read per property per frame. */
  private previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('styleProperties() must be used as an element binding');
    }
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous.keys()) {
      if (!(name in properties)) style.removeProperty(name);
    }
    const written = new Map<string, string>();
    for (const [name, value] of Object.entries(properties)) {
      if (this.previous.get(name) !== value) style.setProperty(name, value);
      written.set(name, value);
    }
    this.previous = written;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
