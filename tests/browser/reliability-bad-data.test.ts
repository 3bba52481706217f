// Bad, empty and absurd data: the element shows what it can, says what it could not, and never hangs.
import { afterEach, describe, expect, it } from 'vitest';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineErrorDetail } from '../../src/components/news-timeline/news-timeline.events.js';
import type { Timeline } from '../../src/model/types.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import {
  cleanup,
  clusterButtons,
  drawnEventCount,
  eventButtons,
  mount,
  shadow,
  until,
} from './fixtures.js';

afterEach(() => {
  cleanup();
});

function base(events: unknown[]): Record<string, unknown> {
  return {
    id: 'bad-data',
    title: 'Bad data',
    language: 'en',
    published: '2014-06-30T00:00:00Z',
    timeZone: 'UTC',
    events,
  };
}

function event(id: string, start: string, headline = `Event ${id}`): Record<string, unknown> {
  return { id, headline, when: { start, end: start, precision: 'instant' } };
}

function collectErrors(element: NewsTimeline): NewsTimelineErrorDetail[] {
  const details: NewsTimelineErrorDetail[] = [];
  element.addEventListener('news-timeline-error', (e) => details.push(e.detail));
  return details;
}

/** Resolves after the next animation frame: the main thread is free again. */
function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('invalid events', () => {
  it('draws the valid ones, lists the problems, fires news-timeline-error, and the panel can be dismissed', async () => {
    const data = base([
      event('a', '2014-06-01T10:00:00Z'),
      { id: 'no-when', headline: 'No time' },
      event('b', '2014-06-10T10:00:00Z'),
      {
        id: 'bad-date',
        headline: 'Bad date',
        when: { start: 'last Tuesday', end: null, precision: 'day' },
      },
      'not an event',
      null,
      {
        id: 'a',
        headline: 'Duplicate id',
        when: { start: '2014-06-03T00:00:00Z', end: null, precision: 'day' },
      },
      event('c', '2014-06-20T10:00:00Z'),
      { headline: 'No id', when: { start: '2014-06-03T00:00:00Z', end: null, precision: 'day' } },
    ]);
    let errors: NewsTimelineErrorDetail[] = [];
    const loads: unknown[] = [];
    const element = await mount((el) => {
      errors = collectErrors(el);
      el.addEventListener('news-timeline-load', (e) => loads.push(e.detail));
      el.timeline = data as unknown as Timeline;
    });
    await until(() => eventButtons(element).length === 3);
    expect(eventButtons(element).map((b) => b.dataset.id)).toEqual(['a', 'b', 'c']);
    const expected = parseTimeline(data).problems.filter((p) => p.severity === 'error');
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.fatal).toBe(false);
    expect(errors[0]!.origin).toBe('property');
    expect(errors[0]!.problems.filter((p) => p.severity === 'error')).toHaveLength(expected.length);
    expect(loads).toHaveLength(1);
    const panel = shadow(element).querySelector('[part~="problems"]')!;
    expect(panel).not.toBeNull();
    expect(panel.querySelectorAll('li')).toHaveLength(expected.length);
    panel.querySelector<HTMLButtonElement>('button')!.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="problems"]')).toBeNull();
    expect(eventButtons(element)).toHaveLength(3);
    // New data brings the panel back.
    element.timeline = { ...data, id: 'again' } as unknown as Timeline;
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="problems"]')).not.toBeNull();
  });

  it('not JSON, not an object, no events list: an alert, a fatal error, no drawing', async () => {
    for (const input of ['{"events": [', '42', 'null', '[]', '{"title": "no events"}', '"text"']) {
      let errors: NewsTimelineErrorDetail[] = [];
      const element = await mount((el) => {
        errors = collectErrors(el);
        el.timeline = input;
      });
      const alert = shadow(element).querySelector('[role="alert"]');
      expect(alert, input).not.toBeNull();
      expect(errors, input).toHaveLength(1);
      expect(errors[0]!.fatal).toBe(true);
      expect(eventButtons(element)).toHaveLength(0);
      cleanup();
    }
  });

  it('a fatal error after good data replaces the drawing, and good data after it recovers', async () => {
    const good = base([event('a', '2014-06-01T10:00:00Z'), event('b', '2014-06-02T10:00:00Z')]);
    const element = await mount((el) => (el.timeline = good as unknown as Timeline));
    await until(() => eventButtons(element).length === 2);
    element.timeline = 'not json';
    await element.updateComplete;
    expect(eventButtons(element)).toHaveLength(0);
    expect(shadow(element).querySelector('[role="alert"]')).not.toBeNull();
    element.timeline = good as unknown as Timeline;
    await element.updateComplete;
    await until(() => eventButtons(element).length === 2);
    expect(shadow(element).querySelector('[role="alert"]')).toBeNull();
  });
});

describe('empty data', () => {
  it('shows the empty state, with no problems and no error', async () => {
    let errors: NewsTimelineErrorDetail[] = [];
    const element = await mount((el) => {
      errors = collectErrors(el);
      el.timeline = base([]) as unknown as Timeline;
    });
    const status = shadow(element).querySelector('[part~="status"]')!;
    expect(status).not.toBeNull();
    expect(status.querySelector('slot[name="empty"]')).not.toBeNull();
    expect(status.textContent!.trim().length).toBeGreaterThan(0);
    expect(shadow(element).querySelector('[part~="problems"]')).toBeNull();
    expect(shadow(element).querySelector('[role="alert"]')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('an element with no data at all shows the empty state', async () => {
    const element = await mount();
    expect(shadow(element).querySelector('[part~="status"] slot[name="empty"]')).not.toBeNull();
  });

  it('all events invalid: empty state plus the problems panel', async () => {
    const element = await mount(
      (el) => (el.timeline = base([{ id: 'x' }, 3]) as unknown as Timeline),
    );
    expect(shadow(element).querySelector('[part~="status"] slot[name="empty"]')).not.toBeNull();
    expect(shadow(element).querySelector('[part~="problems"]')).not.toBeNull();
  });
});

describe('absurd data', () => {
  it('draws events in the years -10000 and +10000', async () => {
    const data = base([
      event('past', '-010000-01-01T00:00:00Z', 'Ten thousand years before'),
      event('now', '2014-06-13T00:00:00Z', 'Now'),
      event('future', '+010000-01-01T00:00:00Z', 'Ten thousand years after'),
    ]);
    const parsed = parseTimeline(data);
    expect(parsed.timeline!.events).toHaveLength(3);
    const element = await mount((el) => (el.timeline = data as unknown as Timeline));
    await until(() => drawnEventCount(element) === 3);
    const ticks = shadow(element).querySelectorAll('[part~="tick"]');
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick.textContent!.trim()).not.toMatch(/NaN|Invalid/);
    // Zooming in and out across twenty thousand years stays finite.
    element.zoomBy(1e6);
    await until(() => element.shadowRoot!.querySelector('[part~="axis"]'));
    element.fitAll();
    await until(() => drawnEventCount(element) === 3);
    for (const button of eventButtons(element)) {
      expect(button.closest('li')!.getAttribute('style')).not.toMatch(/NaN|Infinity/);
    }
  });

  it('100,000 events at one instant: what parseTimeline keeps is drawn as one cluster', async () => {
    const instant = '2014-06-13T12:00:00Z';
    const events = Array.from({ length: 100_000 }, (_, i) => event(`e${i}`, instant));
    // The model's event cap (MAX_TIMELINE_EVENTS) has changed before; the test follows the parser.
    const kept = parseTimeline(base(events)).timeline!.events.length;
    expect(kept).toBeGreaterThanOrEqual(5000);
    let errors: NewsTimelineErrorDetail[] = [];
    const started = performance.now();
    const element = await mount((el) => {
      errors = collectErrors(el);
      el.timeline = base(events) as unknown as Timeline;
    });
    const clusters = await until(
      () => (clusterButtons(element).length > 0 ? clusterButtons(element) : null),
      10_000,
    );
    const elapsed = performance.now() - started;
    expect(clusters).toHaveLength(1);
    // Up to 16 lanes: a few events get a lane of their own, the rest share one cluster.
    // The badge's count (the span of the events may follow it in the button).
    const badge = clusters[0]!.querySelector('.mark')!;
    expect(Number(badge.textContent!.trim())).toBe(kept - eventButtons(element).length);
    expect(eventButtons(element).length).toBeLessThanOrEqual(16);
    expect(drawnEventCount(element)).toBe(kept);
    // Events beyond the cap are reported as an error; within it, there is nothing to report.
    expect(errors).toHaveLength(kept < 100_000 ? 1 : 0);
    console.log(`100,000 events at one instant: ${kept} kept, drawn in ${Math.round(elapsed)} ms`);
    const frameStarted = performance.now();
    await nextFrame();
    expect(performance.now() - frameStarted).toBeLessThan(1000);
  });

  it('a 1 MB headline is cut to 1,000 characters with a warning, and the page stays responsive', async () => {
    const huge = 'A'.repeat(500_000) + ' ' + 'B'.repeat(1024 * 1024 - 500_001);
    expect(huge.length).toBe(1024 * 1024);
    const data = base([
      event('huge', '2014-06-13T12:00:00Z', huge),
      event('small', '2014-06-14T12:00:00Z'),
    ]);
    const loads: Array<{ problems: { severity: string; message: string }[] }> = [];
    const element = await mount((el) => {
      el.addEventListener('news-timeline-load', (e) => loads.push(e.detail));
      el.timeline = data as unknown as Timeline;
    });
    await until(() => drawnEventCount(element) === 2, 10_000);
    // The page still paints frames: it did not freeze.
    await nextFrame();
    expect(loads).toHaveLength(1);
    const warnings = loads[0]!.problems.filter((p) => p.severity === 'warning');
    expect(warnings.some((p) => /headline/.test(JSON.stringify(p)))).toBe(true);
    // Warnings are not errors: no problems panel.
    expect(shadow(element).querySelector('[part~="problems"]')).toBeNull();
    const button = eventButtons(element).find((b) => b.dataset.id === 'huge')!;
    expect(button.getAttribute('aria-label')!.length).toBeLessThan(2000);
    button.click();
    const card = await until(() => shadow(element).querySelector('news-event-card'));
    await card.updateComplete;
    const headline = card.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim();
    expect(headline.length).toBeGreaterThan(0);
    expect(headline.length).toBeLessThanOrEqual(1000);
    expect(huge.startsWith(headline.replace(/…$/, ''))).toBe(true);
    element.view = 'list';
    await element.updateComplete;
    for (const span of shadow(element).querySelectorAll('.list-headline')) {
      expect(span.textContent!.length).toBeLessThanOrEqual(1000);
    }
  });

  it('a headline of 1 MB without spaces, RTL overrides and combining marks renders', async () => {
    const zalgo = 'Z' + '\u0301\u0302\u0303'.repeat(300);
    const data = base([
      event(
        'rtl',
        '2014-06-13T12:00:00Z',
        '\u202Eevil\u202C \u05D0\u05D1\u05D2 \u0627\u0644\u0639\u0631\u0627\u0642',
      ),
      event('zalgo', '2014-06-14T12:00:00Z', zalgo),
      event('long', '2014-06-15T12:00:00Z', 'W'.repeat(1024 * 1024)),
    ]);
    const element = await mount((el) => (el.timeline = data as unknown as Timeline));
    await until(() => drawnEventCount(element) === 3, 10_000);
    await nextFrame();
  });
});
