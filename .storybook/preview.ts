import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/news-timeline.js';
// The card's stories show it on its own, from their first paint.
import '../src/news-event-card.js';
// Every shipped language, so the locale controls and the language stories can switch freely.
import '../src/i18n/translations/all.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};
export default preview;
