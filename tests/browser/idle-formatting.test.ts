// This file imports the elements' define module itself, after it has put a counter on the date
// formatter: no other import of this file loads the library.
import { afterEach, expect, it } from 'vitest';

const Original = Intl.DateTimeFormat;
const lang = document.documentElement.lang;
afterEach(() => {
  Intl.DateTimeFormat = Original;
  document.documentElement.lang = lang;
});

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));

it('starts date formatting (ICU) in idle time once the elements are defined, before any element is drawn', async () => {
  const locales: string[] = [];
  Intl.DateTimeFormat = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      locales.push(String(args[0]));
      return Reflect.construct(target, args) as Intl.DateTimeFormat;
    },
  });
  // A page in a language no module formats in when it loads.
  document.documentElement.lang = 'en-NZ';
  await import('../../src/news-timeline.js');
  expect(customElements.get('news-timeline')).toBeDefined();
  // Not while the page loads its scripts: in the first idle time after.
  expect(locales).toEqual([]);
  await idle();
  await idle();
  expect(locales).toEqual(['en-NZ']);
  expect(document.querySelector('news-timeline')).toBeNull();
});
