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
  // Not a valid language tag (Intl throws on it): the start does not read the page's language.
  document.documentElement.lang = 'en_NZ';
  await import('../../src/news-timeline.js');
  expect(customElements.get('news-timeline')).toBeDefined();
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error);
  window.addEventListener('error', onError);
  // Not while the page loads its scripts: in the first idle time after.
  expect(locales).toEqual([]);
  await idle();
  await idle();
  window.removeEventListener('error', onError);
  expect(thrown).toEqual([]);
  expect(locales).toEqual(['en-GB']);
  expect(document.querySelector('news-timeline')).toBeNull();
});
