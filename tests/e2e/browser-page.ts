import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/serve.mjs';

/** A static server for the repository and a Chromium to open its pages, for whole-page tests. */
export async function openSite(headers: Record<string, string> = {}) {
  const server = await serveStatic(process.cwd(), { headers });
  const browser: Browser = await chromium.launch(chromiumLaunchOptions());
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Page errors and console errors, collected so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Headlines drawn by every <news-timeline> on the page, plus events counted inside clusters. */
export async function drawnEvents(page: Page): Promise<{ headlines: string[]; clustered: number }> {
  return page.evaluate(() => {
    const headlines: string[] = [];
    let clustered = 0;
    for (const element of document.querySelectorAll('news-timeline')) {
      const root = element.shadowRoot;
      if (!root) continue;
      for (const button of root.querySelectorAll('[part~="event"]')) {
        headlines.push(button.getAttribute('aria-label')?.split('. ')[0] ?? '');
      }
      // The background band lists its events with their headlines in full.
      for (const label of root.querySelectorAll('[part~="band-event"] [part~="label"]')) {
        headlines.push(label.textContent?.trim() ?? '');
      }
      for (const cluster of root.querySelectorAll('[part~="cluster"]')) {
        clustered += Number(cluster.textContent?.trim() || 0);
      }
    }
    return { headlines, clustered };
  });
}
