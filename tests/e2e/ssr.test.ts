// The server-rendered article (examples/ssr/server.mjs, node:http) in a real Chromium: with
// JavaScript disabled the declarative shadow DOM alone shows the drawing, the background band and
// the legend; with JavaScript the bundle upgrades it without errors. Layout shift is measured, at
// the server's width and at another. Every page is served under the example's strict CSP.
import { describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import {
  drawing,
  eventsFromServer,
  openPage,
  probes,
  ssrSite,
  upgraded,
  type Drawing,
} from './ssr-page.js';

const site = ssrSite('ssr');

function open(javaScriptEnabled: boolean, width = 1280) {
  return openPage(site(), { javaScriptEnabled, width });
}

/** A drawing with its lengths rounded to whole px. */
function rounded(drawn: Drawing): Drawing {
  return JSON.parse(
    JSON.stringify(drawn, (_, value: unknown) =>
      typeof value === 'number' ? Math.round(value) : value,
    ),
  ) as Drawing;
}

describe('server-rendered article', () => {
  it('shows the drawing, the band and the legend with JavaScript disabled', async () => {
    const { page, errors, context } = await open(false);
    await page.goto(`${site().url}/`);
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
    // The article's four marks (no exact time, nothing merged), the publication and the era.
    expect(drawn!.legendItems).toBe(6);
    expect(drawn!.published).toBe('Published Sat 14 June at 12:00 GMT+3');
    // Under the example's strict policy (no 'unsafe-inline'): Chromium logs any refusal.
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the whole timeline, scaled, in a column narrower than the server laid out for', async () => {
    const wide = await open(false);
    await wide.page.goto(`${site().url}/`);
    const at1200 = (await wide.page.evaluate(drawing))!;
    await wide.context.close();
    const { page, errors, context } = await open(false, 900);
    await page.goto(`${site().url}/`);
    const drawn = (await page.evaluate(drawing))!;
    const scale = drawn.plotWidth / 1200;
    expect(scale).toBeLessThan(0.8);
    expect(drawn.events).toHaveLength(5);
    for (const event of drawn.events) {
      const wider = at1200.events.find((e) => e.id === event.id)!;
      // Each mark at the same share of the axis, inside the narrower plot (none cut off).
      expect(Math.abs(event.x - wider.x * scale)).toBeLessThan(1.5);
      expect(event.y).toBe(wider.y);
      expect(event.x).toBeGreaterThanOrEqual(0);
      expect(event.x + event.width).toBeLessThanOrEqual(drawn.plotWidth + 1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('upgrades in the browser without errors, drawing the same; reports the layout shift', async () => {
    const results: Record<string, number> = {};
    for (const path of ['/', '/client-only']) {
      const { page, errors, context } = await open(true);
      await page.goto(`${site().url}${path}`);
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
      const seen = await probes(page);
      expect(seen.violations).toEqual([]);
      expect(errors).toEqual([]);
      results[path] = seen.shift;
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
    await page.goto(`${site().url}/`);
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
      // The reader closed the band on screen, and opened an event's card.
      host.shadowRoot!.querySelector<HTMLElement>('[part~="band-toggle"]')!.click();
      host.shadowRoot!.querySelector<HTMLElement>('[part~="event"]')!.click();
      await host.updateComplete;
    });
    await page.waitForFunction(() =>
      document
        .querySelector('news-timeline')!
        .shadowRoot!.querySelector('news-event-card')
        ?.shadowRoot?.querySelector('[part~="base"]'),
    );
    const look = () =>
      page.evaluate(() => {
        const root = document.querySelector('news-timeline')!.shadowRoot!;
        const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
        const legend = root.querySelector('news-timeline-legend')!.shadowRoot!;
        const card = root.querySelector('news-event-card')!.shadowRoot!;
        return {
          background: getComputedStyle(root.querySelector('[part~="base"]')!).backgroundColor,
          toolbar: getComputedStyle(root.querySelector('[part~="toolbar"]')!).display,
          band: getComputedStyle(root.querySelector('[part~="band-events"]')!).display,
          clipped: plot.scrollHeight > plot.clientHeight + 1,
          // The elements within it print light too: the card printed light text on the white
          // page's dark card, the legend light grey on white (2.1:1).
          legend: getComputedStyle(legend.querySelector('[part~="list"]')!).color,
          card: getComputedStyle(card.querySelector('[part~="base"]')!).color,
        };
      });
    const screen = await look();
    expect(screen).toMatchObject({
      background: 'rgb(20, 24, 29)',
      toolbar: 'flex',
      band: 'none',
      clipped: true,
      card: 'rgb(232, 236, 240)',
    });
    await page.emulateMedia({ media: 'print' });
    expect(await look()).toEqual({
      background: 'rgb(255, 255, 255)',
      toolbar: 'none',
      band: 'block',
      clipped: false,
      legend: 'rgb(79, 90, 102)',
      card: 'rgb(27, 31, 36)',
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("prints a phone's drawing without what lies beyond its ends, an open card whole after it", async () => {
    const { page, errors, context } = await open(true);
    await page.goto(`${site().url}/`);
    await page.waitForFunction(() => customElements.get('news-timeline') !== undefined);
    await page.evaluate(async () => {
      const host = document.querySelector('news-timeline') as HTMLElement & {
        layout: string;
        selected: string;
        updateComplete: Promise<boolean>;
      };
      host.layout = 'vertical';
      await host.updateComplete;
      host.selected = host.shadowRoot!.querySelector('[part~="event"]')!.getAttribute('data-id')!;
      await host.updateComplete;
    });
    const look = () =>
      page.evaluate(() => {
        const root = document.querySelector('news-timeline')!.shadowRoot!;
        const detail = getComputedStyle(root.querySelector('[part~="detail"]')!);
        return {
          // The drawing lays out ticks and marks beyond its ends, for a pan to bring in.
          overflow: getComputedStyle(root.querySelector('[part~="plot"]')!).overflowY,
          detail: `${detail.position} ${detail.maxHeight}`,
        };
      });
    // On screen the card is a sheet at the foot of the screen.
    expect((await look()).detail).toMatch(/^sticky \d/);
    await page.emulateMedia({ media: 'print' });
    // Paper has no foot of a screen, and a card cut to part of a page loses its end.
    expect(await look()).toEqual({ overflow: 'clip', detail: 'static none' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hydrates with the hydrating bundle: no node rebuilt, no error, keyboard at once', async () => {
    const replaced: Record<string, number> = {};
    for (const path of ['/?hydrate', '/']) {
      const { page, errors, context } = await open(true);
      await page.goto(`${site().url}${path}`);
      await upgraded(page);
      const seen = await probes(page);
      const events = (await page.evaluate(drawing))!.events.length;
      replaced[path] = seen.removed;
      expect(events).toBe(5);
      expect(seen.violations).toEqual([]);
      expect(errors).toEqual([]);
      if (path === '/?hydrate') {
        expect(seen.removed).toBe(0);
        expect(await eventsFromServer(page)).toBe(true);
        // Keyboard at once: the drawing's one tab stop takes focus, the arrows move along events.
        const focused = () =>
          page.evaluate(
            () =>
              document
                .querySelector('news-timeline')!
                .shadowRoot!.activeElement?.getAttribute('data-id') ?? '',
          );
        await page.evaluate(() =>
          document
            .querySelector('news-timeline')!
            .shadowRoot!.querySelector<HTMLElement>('[part~="event"][tabindex="0"]')!
            .focus(),
        );
        const first = await focused();
        expect(first).not.toBe('');
        await page.keyboard.press('ArrowRight');
        const second = await focused();
        expect(second).not.toBe(first);
        expect(second).not.toBe('');
      }
      await context.close();
    }
    console.log(
      `nodes removed on upgrade: hydrating bundle ${replaced['/?hydrate']}, plain bundle ${replaced['/']}`,
    );
  });

  it('renders the inline-JSON form of a page: the same drawing, hydrated with no request for data', async () => {
    const fromProperty = await open(false);
    await fromProperty.page.goto(`${site().url}/`);
    const expected = (await fromProperty.page.evaluate(drawing))!;
    await fromProperty.context.close();
    // Before JavaScript: the inline JSON was drawn on the server, like the Timeline object.
    const noScript = await open(false);
    await noScript.page.goto(`${site().url}/inline`);
    expect(await noScript.page.evaluate(drawing)).toEqual(expected);
    await noScript.context.close();
    // With the hydrating bundle: the element reads the same JSON child, so the page asks for its
    // document and scripts only, and the server's nodes stay.
    const { page, errors, context } = await open(true);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
    await page.goto(`${site().url}/inline?hydrate`);
    await upgraded(page);
    await page.waitForTimeout(300);
    const seen = await probes(page);
    expect(requests.filter((r) => !/^(document|script) /.test(r))).toEqual([]);
    expect(requests.filter((r) => /\.json\b/.test(r))).toEqual([]);
    expect(seen.removed).toBe(0);
    expect(await eventsFromServer(page)).toBe(true);
    // The same (up to the server's rounding of shares of the width to 4 decimals).
    expect(rounded((await page.evaluate(drawing))!)).toEqual(rounded(expected));
    expect(seen.violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a client column of another width than the server laid out for', () => {
  /** `path` at `width`: layouts at a new axis length after the first client render, layout shift. */
  async function openAt(width: number, path = '/?hydrate') {
    const { page, errors, context } = await open(true, width);
    await page.goto(`${site().url}${path}`);
    await upgraded(page);
    const seen = await probes(page);
    const drawn = (await page.evaluate(drawing))!;
    const fromServer = await eventsFromServer(page);
    await context.close();
    // lengths: the server's, then the plot's axis length after each client update.
    const [server, ...client] = seen.lengths;
    const relayouts = client.filter((length, k) => length !== (k === 0 ? server : client[k - 1]));
    return { seen, drawn, errors, server, client, relayouts, fromServer };
  }

  it('lays out once, right after hydration, at the real width; layout shift measured', async () => {
    const shifts: string[] = [];
    const horizontal: number[] = [];
    for (const width of [1280, 900, 700, 480]) {
      const run = await openAt(width);
      const plot = Math.min(width, 1200);
      expect(run.errors).toEqual([]);
      expect(run.seen.violations).toEqual([]);
      expect(run.server).toBe('1200px');
      // Hydration renders what the server rendered, so Lit adopts its DOM and no event node is new.
      expect(run.client[0]).toBe('1200px');
      if (plot === 1200) expect(run.seen.removed).toBe(0);
      expect(run.fromServer).toBe(true);
      // Then at most one layout at the real width, and none after it (below 600 px the element
      // draws vertically, along an axis of at least its vertical-length, 560 px, longer where the
      // rows of its headlines need it).
      if (plot < 600) {
        expect(run.relayouts).toHaveLength(1);
        expect(parseFloat(run.relayouts[0]!)).toBeGreaterThanOrEqual(560);
      } else expect(run.relayouts).toEqual(plot === 1200 ? [] : [`${plot}px`]);
      expect(run.drawn.plotWidth).toBe(plot);
      expect(run.drawn.events).toHaveLength(5);
      // For comparison: the plain bundle (it redraws the server's shadow root from the data) and
      // the page drawn only in the browser.
      const plain = await openAt(width, '/');
      const clientOnly = await openAt(width, '/client-only');
      shifts.push(
        `${width} px: hydrated ${run.seen.shift.toFixed(4)} (${run.client.length} updates), plain bundle ${plain.seen.shift.toFixed(4)}, client-only ${clientOnly.seen.shift.toFixed(4)}`,
      );
      // The same drawing as a page drawn only in the browser at this width.
      expect(run.drawn.events.map((e) => [e.id, Math.round(e.x)])).toEqual(
        clientOnly.drawn.events.map((e) => [e.id, Math.round(e.x)]),
      );
      horizontal.push(...(plot < 600 ? [] : [run.seen.shift]));
    }
    console.log(`layout shift (server laid out for 1200 px): ${shifts.join('; ')}`);
    // Horizontal: the marks stay where the fluid server drawing had them, at any width where the
    // first view is the server's. Narrower, a last headline may need the view longer at its end
    // to start at its mark (story.ts: Maliki's address, which ends at the publication since round
    // twenty-six, at 900 and 700 px), and the marks move left with it: 0.023 and 0.043 there, inside
    // half the 0.1 of a good page (they were 0.016 at 700 px when the address ran to midnight).
    for (const shift of horizontal) expect(shift).toBeLessThan(0.05);
    expect(horizontal.filter((shift) => shift >= 0.01).length).toBeLessThanOrEqual(2);
  });
});
