// The server-rendered article (examples/ssr/server.mjs, node:http) in a real Chromium: with
// JavaScript disabled the declarative shadow DOM alone shows the drawing, the background band and
// the legend; with JavaScript the bundle upgrades it without errors. Layout shift is measured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { bundleElement, bundleHydrating } from '../../scripts/bundle.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
// @ts-expect-error - plain ESM example without types
import { createSsrServer } from '../../examples/ssr/server.mjs';
import { renderTimelineHtml } from '../../src/ssr/index.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';

let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  await bundleElement();
  // Outside dist/, which the package test packs (the hydrating bundle is built on request only).
  const hydrateBundle = 'test-results/ssr/news-timeline.hydrate.bundle.js';
  await bundleHydrating({ outfile: hydrateBundle });
  server = await createSsrServer({ renderTimelineHtml, hydrateBundle });
  browser = await chromium.launch(chromiumLaunchOptions());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(javaScriptEnabled: boolean) {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors, context };
}

/** What is drawn inside the element's shadow root, with boxes relative to the plot. */
function drawing() {
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

describe('server-rendered article', () => {
  it('shows the drawing, the band and the legend with JavaScript disabled', async () => {
    const { page, context } = await open(false);
    await page.goto(`${server.url}/`);
    const drawn = await page.evaluate(drawing);
    expect(drawn).not.toBeNull();
    expect(drawn!.plotWidth).toBe(1200);
    expect(drawn!.plotHeight).toBeGreaterThan(200);
    // The five dated events on the axis, each where the layout puts it, with its headline shown.
    expect(drawn!.events).toHaveLength(5);
    const xs = new Set(drawn!.events.map((e) => Math.round(e.x)));
    expect(xs.size).toBeGreaterThan(2);
    for (const event of drawn!.events) {
      const headline = iraqTimeline.events.find((e) => e.id === event.id)!.headline;
      expect(event.label).toBe(headline);
      expect(event.labelWidth).toBeGreaterThan(100);
      expect(event.x).toBeGreaterThanOrEqual(0);
      expect(event.x).toBeLessThan(1200);
    }
    // The background band's ten events, listed in full.
    expect(drawn!.band).toHaveLength(10);
    for (const row of drawn!.band) expect(row.height).toBeGreaterThan(10);
    expect(drawn!.ticks).toBeGreaterThan(4);
    expect(drawn!.legendItems).toBeGreaterThanOrEqual(7);
    expect(drawn!.published).toBe('Published Sat 14 June at 12:00');
    await context.close();
  });

  it('upgrades in the browser without errors, drawing the same; reports the layout shift', async () => {
    const results: Record<string, number> = {};
    for (const path of ['/', '/client-only']) {
      const { page, errors, context } = await open(true);
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number }[]) {
            (window as unknown as { shift: number }).shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction(() => customElements.get('news-timeline') !== undefined);
      await page.waitForFunction(
        () =>
          document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]')
            .length === 5,
      );
      await page.waitForTimeout(500);
      const drawn = await page.evaluate(drawing);
      expect(drawn!.events).toHaveLength(5);
      expect(drawn!.band).toHaveLength(10);
      expect(errors).toEqual([]);
      results[path] = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      await context.close();
    }
    // A measurement, printed for the report: the server-rendered page should not move.
    console.log(
      `layout shift: server-rendered ${results['/']!.toFixed(4)}, client-only ${results['/client-only']!.toFixed(4)}`,
    );
    expect(results['/']).toBeLessThan(0.01);
  });

  it('prints the whole timeline in the light theme, without controls, the band open', async () => {
    const { page, errors, context } = await open(true);
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => customElements.get('news-timeline') !== undefined);
    await page.evaluate(async () => {
      const host = document.querySelector('news-timeline') as HTMLElement & {
        theme: string;
        maxHeight: string;
        updateComplete: Promise<boolean>;
      };
      host.theme = 'dark';
      host.maxHeight = '120';
      await host.updateComplete;
      // The reader closed the band on screen.
      host.shadowRoot!.querySelector<HTMLElement>('[part~="band-toggle"]')!.click();
      await host.updateComplete;
    });
    const look = () =>
      page.evaluate(() => {
        const root = document.querySelector('news-timeline')!.shadowRoot!;
        const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
        return {
          background: getComputedStyle(root.querySelector('[part~="base"]')!).backgroundColor,
          toolbar: getComputedStyle(root.querySelector('[part~="toolbar"]')!).display,
          band: getComputedStyle(root.querySelector('[part~="band-events"]')!).display,
          clipped: plot.scrollHeight > plot.clientHeight + 1,
        };
      });
    const screen = await look();
    expect(screen).toEqual({
      background: 'rgb(20, 24, 29)',
      toolbar: 'flex',
      band: 'none',
      clipped: true,
    });
    await page.emulateMedia({ media: 'print' });
    expect(await look()).toEqual({
      background: 'rgb(255, 255, 255)',
      toolbar: 'none',
      band: 'block',
      clipped: false,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hydrates with the hydrating bundle: no node rebuilt, no error, keyboard at once', async () => {
    const replaced: Record<string, number> = {};
    for (const path of ['/?hydrate', '/']) {
      const { page, errors, context } = await open(true);
      // Module scripts run after parsing ends: at "interactive" the server's DOM is there, untouched.
      await page.addInitScript(() => {
        const w = window as unknown as { removed: number; serverNodes: WeakSet<Node> };
        w.removed = 0;
        w.serverNodes = new WeakSet();
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          const root = document.querySelector('news-timeline')!.shadowRoot!;
          for (const node of root.querySelectorAll('*')) w.serverNodes.add(node);
          new MutationObserver((records) => {
            for (const record of records) w.removed += record.removedNodes.length;
          }).observe(root, { childList: true, subtree: true });
        });
      });
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction(() => customElements.get('news-timeline') !== undefined);
      await page.evaluate(
        () =>
          (
            document.querySelector('news-timeline') as HTMLElement & {
              updateComplete: Promise<boolean>;
            }
          ).updateComplete,
      );
      await page.waitForTimeout(300);
      const result = await page.evaluate(() => {
        const w = window as unknown as { removed: number; serverNodes: WeakSet<Node> };
        const root = document.querySelector('news-timeline')!.shadowRoot!;
        const events = [...root.querySelectorAll('[part~="event"]')];
        return {
          removed: w.removed,
          events: events.length,
          sameNodes: events.every((node) => w.serverNodes.has(node)),
        };
      });
      replaced[path] = result.removed;
      expect(result.events).toBe(5);
      expect(errors).toEqual([]);
      if (path === '/?hydrate') {
        expect(result).toEqual({ removed: 0, events: 5, sameNodes: true });
        // Keyboard at once: the drawing's one tab stop takes focus, the arrows move along events.
        await page.evaluate(() =>
          document
            .querySelector('news-timeline')!
            .shadowRoot!.querySelector<HTMLElement>('[part~="event"][tabindex="0"]')!
            .focus(),
        );
        const first = await page.evaluate(
          () =>
            document
              .querySelector('news-timeline')!
              .shadowRoot!.activeElement?.getAttribute('data-id') ?? '',
        );
        expect(first).not.toBe('');
        await page.keyboard.press('ArrowRight');
        const second = await page.evaluate(
          () =>
            document
              .querySelector('news-timeline')!
              .shadowRoot!.activeElement?.getAttribute('data-id') ?? '',
        );
        expect(second).not.toBe(first);
        expect(second).not.toBe('');
      }
      await context.close();
    }
    console.log(
      `nodes removed on upgrade: hydrating bundle ${replaced['/?hydrate']}, plain bundle ${replaced['/']}`,
    );
  });
});
