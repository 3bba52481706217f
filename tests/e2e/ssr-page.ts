// The server-rendered article (examples/ssr/server.mjs) and a Chromium to open it, shared by the
// server-rendering tests: the server, a page with probes installed before any script of its own,
// and what the element draws.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleElement, bundleHydrating } from '../../scripts/bundle.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
// @ts-expect-error - plain ESM example without types
import { createSsrServer } from '../../examples/ssr/server.mjs';
import * as ssr from '../../src/ssr/index.js';
import { collectErrors } from './browser-page.js';

export interface SsrSite {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * For a test file: before its tests, builds the bundles (the hydrating one under
 * test-results/`name`/), serves the example and opens Chromium; closes both after them.
 */
export function ssrSite(name: string): () => SsrSite {
  let site: SsrSite | undefined;
  beforeAll(async () => {
    await bundleElement();
    // Outside dist/, which the package test packs (the hydrating bundle is built on request only).
    const hydrateBundle = `test-results/${name}/news-timeline.hydrate.bundle.js`;
    await bundleHydrating({ outfile: hydrateBundle });
    const server = (await createSsrServer({ ssr, hydrateBundle })) as {
      url: string;
      close: () => Promise<void>;
    };
    const browser = await chromium.launch(chromiumLaunchOptions());
    site = { url: server.url, browser, close: () => browser.close().then(server.close) };
  }, 120_000);
  afterAll(() => site?.close());
  return () => site!;
}

/** What the page's probes saw (see `installProbes`). */
export interface Probes {
  violations: string[];
  shift: number;
  /** The plot's `--_length` after each update of the element, the server's first. */
  lengths: string[];
  removed: number;
}

/**
 * Probes installed before the page's own scripts: CSP violations, layout shift, every update of
 * `<news-timeline>` (through its class, patched as it is defined) and nodes removed from its
 * server-rendered shadow root once parsing ends.
 */
function installProbes(): void {
  const probes: Probes = { violations: [], shift: 0, lengths: [], removed: 0 };
  (window as unknown as { probes: Probes }).probes = probes;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => probes.violations.push(`${event.effectiveDirective}: ${event.sample}`),
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number }[]) {
      probes.shift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const lengthOf = (host: Element) =>
    host.shadowRoot
      ?.querySelector<HTMLElement>('[part~="plot"]')
      ?.style.getPropertyValue('--_length') ?? '';
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'news-timeline') {
      const proto = constructor.prototype as { updated(changed: unknown): void };
      const updated = proto.updated;
      proto.updated = function (this: Element, changed: unknown) {
        updated.call(this, changed);
        probes.lengths.push(lengthOf(this));
      };
    }
    define(name, constructor, options);
  };
  // Module scripts run after parsing ends: at "interactive" the server's DOM is there, untouched.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const host = document.querySelector('news-timeline');
    if (!host?.shadowRoot) return;
    probes.lengths.push(lengthOf(host));
    const serverNodes = new WeakSet<Node>(host.shadowRoot.querySelectorAll('*'));
    (window as unknown as { serverNodes: WeakSet<Node> }).serverNodes = serverNodes;
    new MutationObserver((records) => {
      for (const record of records) probes.removed += record.removedNodes.length;
    }).observe(host.shadowRoot, { childList: true, subtree: true });
  });
}

/** A page at `width` px (the column is 1200 px at most), probes installed, errors collected. */
export async function openPage(
  site: SsrSite,
  { javaScriptEnabled = true, width = 1280 }: { javaScriptEnabled?: boolean; width?: number } = {},
) {
  const context = await site.browser.newContext({
    javaScriptEnabled,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript(installProbes);
  return { page, errors, context };
}

export function probes(page: Page): Promise<Probes> {
  return page.evaluate(() => (window as unknown as { probes: Probes }).probes);
}

/** Waits until the element is defined and has finished its updates. */
export async function upgraded(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('news-timeline') !== undefined);
  await page.evaluate(
    () =>
      (
        document.querySelector('news-timeline') as HTMLElement & {
          updateComplete: Promise<boolean>;
        }
      ).updateComplete,
  );
  // The resize observer's first report and the names after the first paint.
  await page.waitForTimeout(400);
}

/** Whether every event button now drawn is a node the server wrote (none was re-created). */
export function eventsFromServer(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const serverNodes = (window as unknown as { serverNodes?: WeakSet<Node> }).serverNodes;
    const root = document.querySelector('news-timeline')!.shadowRoot!;
    const events = [...root.querySelectorAll('[part~="event"]')];
    return Boolean(serverNodes) && events.every((node) => serverNodes!.has(node));
  });
}

/** What is drawn inside the element's shadow root, with boxes relative to the plot. */
export function drawing() {
  const host = document.querySelector('news-timeline')!;
  const root = host.shadowRoot;
  if (!root) return null;
  const plot = root.querySelector('[part~="plot"]')!.getBoundingClientRect();
  const events = [...root.querySelectorAll<HTMLElement>('[part~="event"]')].map((button) => {
    const box = button.getBoundingClientRect();
    return {
      id: button.dataset.id!,
      x: box.left - plot.left,
      y: box.top - plot.top,
      width: box.width,
      label: button.querySelector('[part~="label"]')?.textContent?.trim() ?? '',
      labelWidth: button.querySelector('[part~="label"]')?.getBoundingClientRect().width ?? 0,
    };
  });
  const band = [...root.querySelectorAll<HTMLElement>('[part~="band-event"]')].map((button) => ({
    text: button.textContent!.replace(/\s+/g, ' ').trim(),
    height: button.getBoundingClientRect().height,
  }));
  const legend = host.shadowRoot!.querySelector('news-timeline-legend')?.shadowRoot;
  return {
    plotHeight: plot.height,
    plotWidth: plot.width,
    events,
    band,
    ticks: root.querySelectorAll('[part~="tick"]').length,
    legendItems: legend?.querySelectorAll('[part~="item"]').length ?? 0,
    published: root.querySelector('.published-label')?.textContent?.trim() ?? '',
  };
}

export type Drawing = NonNullable<ReturnType<typeof drawing>>;
