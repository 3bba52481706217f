// A headless Chromium that can be thrown away: a peer that hangs the renderer for a minute is a
// result ("timeout"), so the session relaunches the browser instead of waiting for it.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export class TimeoutError extends Error {}

/** Rejects with TimeoutError after `ms`; the slow promise is abandoned, not cancelled. */
export function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} exceeded ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export class BrowserSession {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.browser = undefined;
  }

  async launch() {
    const options = chromiumLaunchOptions();
    // Precise heap numbers and gc() in the page, so the heap figure is live objects only.
    options.args.push('--enable-precise-memory-info', '--js-flags=--expose-gc');
    this.browser = await chromium.launch(options);
    return this.browser.version();
  }

  /** Kills a browser whose renderer is stuck in a peer's loop and starts a fresh one. */
  async relaunch() {
    const old = this.browser;
    this.browser = undefined;
    await withTimeout(old.close(), 10_000, 'closing the browser').catch(() => {});
    await this.launch();
  }

  async close() {
    await this.browser?.close();
  }

  /** A fresh page (and context: no state shared between loads) with the library's harness. */
  async open(pageFile) {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  [${pageFile}] page error: ${error.message}`));
    await page.goto(`${this.baseUrl}/bench/pages/${pageFile}`);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return { page, context, cdp };
  }
}

/**
 * Main-thread busy time of the renderer so far, in ms (CDP Performance.TaskDuration). Unlike the
 * rAF latency it does not include waiting for the next vsync, so it can be compared to 16 ms.
 */
export async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
}
