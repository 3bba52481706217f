/**
 * `npm run analyze` reads this beside its command-line flags. The analyzer takes every class that
 * extends LitElement for an element and every `customElements.define` call for a definition, so
 * it lists NewsTimelineProperties (a base class, never defined) as an element without a tag, and
 * the `define(tag, element)` helper of src/news-timeline.ts as an element named "tag". Tools would
 * offer both; the elements themselves are named by their `@tag` doc comments.
 */
export default {
  plugins: [
    {
      name: 'news-timeline-elements-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.exports = module.exports?.filter(
            (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
          );
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          }
        }
      },
    },
  ],
};
