import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * custom-elements.json is what Storybook's controls and docs read (`npm test` writes it first):
 * a tag it cannot find by name gets no controls, no parts and no CSS properties in the docs.
 */
interface Declaration {
  kind: string;
  customElement?: boolean;
  name: string;
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: unknown[];
  cssProperties?: unknown[];
  events?: unknown[];
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
};
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const byTag = (tag: string) => declarations.find((declaration) => declaration.tagName === tag);

describe('custom elements manifest', () => {
  it.each([
    'news-timeline',
    'news-event-card',
    'news-timeline-legend',
    'news-timeline-story',
    'news-timeline-editor',
  ])('names the class of <%s> by its tag', (tag) => {
    expect(byTag(tag)).toBeDefined();
  });

  it('documents <news-timeline> with its inherited attributes, parts, CSS properties and events', () => {
    const timeline = byTag('news-timeline')!;
    expect(timeline.attributes?.map((attribute) => attribute.name)).toEqual(
      expect.arrayContaining(['src', 'layout', 'theme', 'locale', 'mode', 'refresh', 'width']),
    );
    expect(timeline.cssParts?.length).toBeGreaterThan(20);
    expect(timeline.cssProperties?.length).toBeGreaterThan(10);
    expect(timeline.events?.length).toBe(5);
  });

  it('lists as elements only classes with a tag, and as definitions only custom element names', () => {
    const untagged = declarations.filter((d) => d.customElement && !d.tagName).map((d) => d.name);
    const definitions = manifest.modules
      .flatMap((module) => module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => entry.name);
    expect(untagged).toEqual([]);
    expect(definitions.filter((name) => !name.includes('-'))).toEqual([]);
  });
});
