// Screenshots of the real element in Chromium for the README: the article timeline at desktop and
// phone widths, and with an event's detail open. Run `npm run build` first.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, requireChromium } from './chromium.mjs';
import { serveStatic } from './serve.mjs';

requireChromium();
const server = await serveStatic();
const browser = await chromium.launch(chromiumLaunchOptions());

const SHOTS = [
  { name: 'timeline-desktop', width: 1280, height: 720, theme: 'light' },
  { name: 'timeline-desktop-dark', width: 1280, height: 720, theme: 'dark' },
  { name: 'timeline-phone', width: 390, height: 844, theme: 'light' },
  { name: 'timeline-detail', width: 1280, height: 900, theme: 'light', open: 'khanaqin' },
  // The screen a phone reader sees: the card a sheet at its foot, the event above it.
  {
    name: 'timeline-phone-card',
    width: 390,
    height: 844,
    theme: 'light',
    open: 'khanaqin',
    screen: true,
  },
  // Story mode on a phone: the step's card a sheet, its buttons at the screen's foot.
  {
    name: 'timeline-phone-story',
    width: 390,
    height: 844,
    theme: 'light',
    step: 2,
    screen: true,
  },
  { name: 'timeline-rtl-arabic', width: 1280, height: 720, theme: 'light', rtl: 'ar' },
  { name: 'timeline-rtl-hebrew', width: 1280, height: 720, theme: 'light', rtl: 'he' },
];

try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    page.on('console', (message) => {
      if (message.type() === 'error')
        console.error(`[${shot.name}] console error: ${message.text()}`);
    });
    await page.goto(`${server.url}/demo/index.html`);
    await page.evaluate(({ theme, rtl }) => {
      const element = document.querySelector('news-timeline');
      element.setAttribute('theme', theme);
      if (theme === 'dark') document.body.style.background = '#14181d';
      if (rtl) {
        document.documentElement.lang = rtl;
        document.documentElement.dir = 'rtl';
      }
    }, shot);
    // English is in the bundle; other languages are one file each, as a page would load them.
    if (shot.rtl) {
      await page.addScriptTag({ type: 'module', url: `/dist/translations/${shot.rtl}.js` });
      await page.waitForFunction(
        (lang) =>
          document
            .querySelector('news-timeline')
            ?.shadowRoot?.querySelector(`[part~="base"][lang="${lang}"]`),
        shot.rtl,
      );
    }
    await page.waitForFunction(() =>
      document.querySelector('news-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
    );
    if (shot.open) {
      await page.evaluate((id) => {
        const root = document.querySelector('news-timeline').shadowRoot;
        const button = [...root.querySelectorAll('[part~="event"]')].find((b) =>
          b.dataset.id?.includes(id),
        );
        (button ?? root.querySelector('[part~="event"]')).click();
      }, shot.open);
      await page.waitForFunction(() =>
        document.querySelector('news-timeline').shadowRoot.querySelector('news-event-card'),
      );
    }
    if (shot.step) {
      await page.evaluate(() => (document.querySelector('news-timeline').mode = 'story'));
      // Its code loads on demand: the element is defined once it has a shadow root.
      const story = await page.waitForFunction(() => {
        const element = document
          .querySelector('news-timeline')
          .shadowRoot.querySelector('news-timeline-story');
        return element?.shadowRoot && element;
      });
      await story.evaluate((element, step) => element.goTo(step), shot.step);
      await page.waitForTimeout(600);
    }
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/images/${shot.name}.png`, fullPage: !shot.screen });
    console.log(`docs/images/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
