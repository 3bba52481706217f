/**
 * A story that changes while it is read: `src` with `refresh`, against the scriptable server of
 * tests/setup/live-server.ts (same origin, one channel per test).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import type { NewsTimelineUpdateEvent } from '../../src/components/news-timeline/news-timeline.events.js';
import type { Timeline } from '../../src/model/types.js';
import { syntheticTimeline } from '../../src/data/synthetic.js';
import { cleanup, eventButtons, markOf, mount, shadow, until } from './fixtures.js';

let channelCount = 0;
let hidden = false;
Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });

afterEach(() => {
  hidden = false;
  cleanup();
});

interface LogEntry {
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  answered: number;
}

class LiveStory {
  readonly base = `/__live/story-${Date.now()}-${++channelCount}`;
  readonly url = `${this.base}/timeline.json`;
  async publish(timeline: Timeline): Promise<void> {
    await fetch(this.url, { method: 'PUT', body: JSON.stringify(timeline) });
  }
  async script(...steps: { status?: number; delayMs?: number }[]): Promise<void> {
    await fetch(`${this.base}/script`, { method: 'POST', body: JSON.stringify(steps) });
  }
  async log(): Promise<LogEntry[]> {
    return (await fetch(`${this.base}/log`)).json() as Promise<LogEntry[]>;
  }
}

/** `until` for a condition that needs the server: re-asks every 50 ms. */
async function eventually(predicate: () => Promise<boolean>, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!(await predicate())) {
    if (performance.now() - started > timeout) throw new Error(`not within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function version(edit: (timeline: Timeline) => void = () => {}): Timeline {
  const copy = structuredClone(iraqTimeline);
  edit(copy);
  return copy;
}

const ADDED = {
  ...structuredClone(iraqTimeline.events[0]!),
  id: 'samarra-shrine-guarded',
  headline: 'Iranian advisers seen at the Samarra shrine',
};

async function liveElement(story: LiveStory, refresh = 3600): Promise<NewsTimeline> {
  const element = await mount((el) => {
    el.layout = 'horizontal';
    el.refresh = refresh;
    el.src = story.url;
  });
  await until(() => eventButtons(element).length > 0);
  return element;
}

function collectUpdates(element: NewsTimeline): NewsTimelineUpdateEvent[] {
  const updates: NewsTimelineUpdateEvent[] = [];
  element.addEventListener('news-timeline-update', (event) => updates.push(event));
  return updates;
}

function titleOf(element: NewsTimeline): string | undefined {
  return shadow(element).querySelector('[part~="title"]')?.textContent?.trim();
}

describe('refresh', () => {
  it('asks with the validators it was given, and an unchanged story (304) changes nothing', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    const updates = collectUpdates(element);
    element.refreshNow();
    await eventually(async () => (await story.log()).length === 2);
    const [first, second] = await story.log();
    expect(first).toMatchObject({ ifNoneMatch: null, answered: 200 });
    expect(second!.ifNoneMatch).toBe('"v1"');
    expect(second!.ifModifiedSince).not.toBeNull();
    expect(second!.answered).toBe(304);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(updates).toEqual([]);
  });

  it('applies a new version of the same story as an update: range, selection and focus stay', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    const updates = collectUpdates(element);
    const range = {
      start: new Date('2014-06-12T00:00:00+03:00'),
      end: new Date('2014-06-15T00:00:00+03:00'),
    };
    element.range = range;
    // A dated event, drawn on the axis (the undated ones are listed in the background band).
    const selected = iraqTimeline.events.find((event) => event.when.precision === 'day')!.id;
    element.selected = selected;
    await element.updateComplete;
    const button = await until(() => eventButtons(element).find((b) => b.dataset.id === selected));
    button.focus();
    await story.publish(
      version((timeline) => {
        timeline.events.push(ADDED);
        const narrowed = timeline.events.find((event) => event.id === selected)!;
        narrowed.headline = `${narrowed.headline} (updated)`;
      }),
    );
    element.refreshNow();
    await until(() => updates.length === 1);
    expect(updates[0]!.detail.diff.added).toEqual([ADDED.id]);
    expect(updates[0]!.detail.diff.changed).toEqual([{ id: selected, fields: ['headline'] }]);
    await element.updateComplete;
    expect(element.selected).toBe(selected);
    expect(shadow(element).querySelector('news-event-card')).not.toBeNull();
    const ticks = [...shadow(element).querySelectorAll('[part~="tick"]')].map((t) => t.textContent);
    expect(ticks.join(' ')).toContain('12 Jun');
    expect(ticks.join(' ')).not.toContain('9 Jun');
    expect(shadow(element).activeElement).toBe(
      eventButtons(element).find((b) => b.dataset.id === selected),
    );
  });

  it('a failed refresh keeps the last good data, and the next wait is longer', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story, 1);
    const drawn = eventButtons(element).length;
    await story.script({ status: 500 });
    await eventually(async () => (await story.log()).some((entry) => entry.answered === 500), 4000);
    const failedAt = performance.now();
    expect(eventButtons(element).length).toBe(drawn);
    expect(titleOf(element)).toBe(iraqTimeline.title);
    await eventually(async () => (await story.log()).length === 3, 6000);
    // One second doubled after the failure: the next request waits about two.
    expect(performance.now() - failedAt).toBeGreaterThan(1800);
  });

  it('never draws a slow answer that a newer one overtook', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    const updates = collectUpdates(element);
    await story.publish(version((timeline) => (timeline.title = 'Version two')));
    await story.script({ delayMs: 800 });
    element.refreshNow();
    await eventually(async () => (await story.log()).length === 2);
    await story.publish(version((timeline) => (timeline.title = 'Version three')));
    element.refreshNow();
    await until(() => titleOf(element) === 'Version three');
    // Long enough for the slow answer to arrive, had it not been dropped.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(titleOf(element)).toBe('Version three');
    expect(updates.map((event) => event.detail.timeline.title)).toEqual(['Version three']);
  });

  it('waits while the page is hidden and refreshes as soon as it is shown', async () => {
    const story = new LiveStory();
    await story.publish(version());
    hidden = true;
    const element = await liveElement(story, 1);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(await story.log()).toHaveLength(1);
    await story.publish(version((timeline) => (timeline.title = 'While you were away')));
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => titleOf(element) === 'While you were away');
    expect(await story.log()).toHaveLength(2);
  });

  it('another story (a different id) starts a new view instead of updating', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    const updates = collectUpdates(element);
    let loads = 0;
    element.addEventListener('news-timeline-load', () => loads++);
    await story.publish(
      version((timeline) => ((timeline.id = 'other'), (timeline.title = 'Other'))),
    );
    element.refreshNow();
    await until(() => titleOf(element) === 'Other');
    expect(loads).toBe(1);
    expect(updates).toEqual([]);
  });
});

function liveRegion(element: NewsTimeline): string {
  return shadow(element).querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
}

describe('what the reader sees of an update', () => {
  const dated = iraqTimeline.events.find((event) => event.when.precision === 'day')!.id;

  it('announces it once, marks the changed event and outlines the new one', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    await story.publish(
      version((timeline) => {
        timeline.events.push({
          ...ADDED,
          when: structuredClone(timeline.events.find((e) => e.id === dated)!.when),
        });
        const changed = timeline.events.find((event) => event.id === dated)!;
        changed.headline = `${changed.headline} (corrected)`;
        changed.corrections = [
          {
            at: '2014-06-14T16:05:00+03:00',
            fields: ['headline'],
            note: 'An earlier version named the wrong crossing.',
          },
        ];
        timeline.updated = '2014-06-14T16:05:00+03:00';
      }),
    );
    element.refreshNow();
    await until(() => liveRegion(element) === '1 new event, 1 updated');
    const changed = eventButtons(element).find((b) => b.dataset.id === dated)!;
    expect(changed.querySelector('[part~="updated-marker"]')?.textContent?.trim()).toBe('Updated');
    expect(changed.getAttribute('aria-label')).toMatch(/\. Updated$/);
    const added = eventButtons(element).find((b) => b.dataset.id === ADDED.id)!;
    expect(added.closest('li')!.dataset.revision).toBe('new');
    // The publication mark gives the revision time too.
    expect(shadow(element).querySelector('[part~="published"]')?.textContent).toContain('Updated');
    // The card lists the correction.
    element.selected = dated;
    const card = await until(() => shadow(element).querySelector('news-event-card'));
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).toContain('An earlier version named the wrong crossing.');
  });

  it('pulses an added event even when it takes the place of one added before', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    const when = structuredClone(iraqTimeline.events.find((e) => e.id === dated)!.when);
    const markFor = (id: string) => {
      const button = eventButtons(element).find((b) => b.dataset.id === id);
      return button && markOf(button);
    };
    await story.publish(version((timeline) => timeline.events.push({ ...ADDED, when })));
    element.refreshNow();
    const first = await until(() => markFor(ADDED.id));
    // Its pulse (1.2 s) is over; the next update replaces it with another new event in its place.
    await until(() => first.getAnimations().length === 0, 3000);
    const next = { ...ADDED, id: 'samarra-shrine-reinforced', headline: `${ADDED.headline} again` };
    // Recorded as they start, so that a slow machine cannot miss a pulse that is already over.
    const pulsed: Element[] = [];
    shadow(element).addEventListener('animationstart', (event) =>
      pulsed.push(event.target as Element),
    );
    await story.publish(version((timeline) => timeline.events.push({ ...next, when })));
    element.refreshNow();
    const second = await until(() => markFor(next.id));
    expect(second.closest('li')!.dataset.revision).toBe('new');
    await until(() => pulsed.includes(second));
  });

  it('keeps focus on an added event when its highlight ends', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    const when = structuredClone(iraqTimeline.events.find((e) => e.id === dated)!.when);
    await story.publish(version((timeline) => timeline.events.push({ ...ADDED, when })));
    element.refreshNow();
    const button = await until(() => eventButtons(element).find((b) => b.dataset.id === ADDED.id));
    button.focus();
    expect(button.closest('li')!.dataset.revision).toBe('new');
    // The highlight lasts 4 s; the render that ends it must keep the button, and so focus.
    const highlighted = () => shadow(element).querySelector('li[data-revision="new"]');
    await until(() => !highlighted(), 8000);
    expect(button.isConnected).toBe(true);
    expect(shadow(element).activeElement).toBe(button);
  });

  /** A live element with the dated event open, refreshed to a version without that event. */
  async function removeOpenEvent(setup: (el: NewsTimeline) => void = () => {}) {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    setup(element);
    element.selected = dated;
    await story.publish(
      version((timeline) => (timeline.events = timeline.events.filter((e) => e.id !== dated))),
    );
    element.refreshNow();
    return element;
  }

  it('says so on the card when the open event was removed', async () => {
    const element = await removeOpenEvent();
    await until(() => shadow(element).querySelector('.detail.removed'));
    expect(shadow(element).querySelector('.detail.removed')!.textContent).toContain(
      'This event was removed from the story.',
    );
    await until(() => liveRegion(element) === '1 removed');
  });

  it('says so in the list view too, where the removed event has no row', async () => {
    const element = await removeOpenEvent((el) => (el.view = 'list'));
    await until(() => liveRegion(element) === '1 removed');
    const panel = await until(() => shadow(element).querySelector('.detail.removed'));
    expect(panel.textContent).toContain('This event was removed from the story.');
    expect(panel.closest('li')).toBeNull();
  });

  it.each(['ltr', 'rtl'])(
    'keeps the removed headline clear of the card’s close button (%s)',
    async (dir) => {
      const element = await removeOpenEvent((el) => (el.dir = dir));
      const headline = await until(() =>
        shadow(element).querySelector<HTMLElement>('.detail.removed .removed-headline'),
      );
      expect(shadow(element).querySelector('[part~="base"]')!.getAttribute('dir')).toBe(dir);
      const close = shadow(element)
        .querySelector('.detail.removed .close')!
        .getBoundingClientRect();
      // The headline's words follow their own direction (English here); the space it leaves for
      // the button must be on the panel's side, where the button is.
      const box = headline.getBoundingClientRect();
      const style = getComputedStyle(headline);
      const text = {
        left: box.left + parseFloat(style.paddingLeft),
        right: box.right - parseFloat(style.paddingRight),
      };
      expect(text.right - text.left).toBeGreaterThan(0);
      expect(text.left >= close.right || text.right <= close.left).toBe(true);
    },
  );

  it('shows a small status when a refresh fails, and drops it after the next good one', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    await story.script({ status: 500 });
    element.refreshNow();
    const status = await until(() => shadow(element).querySelector('.refresh-failed'));
    expect(status.textContent).toContain('Could not check for updates: HTTP 500');
    element.refreshNow();
    await until(() => !shadow(element).querySelector('.refresh-failed'));
  });

  it('waits for a keyboard reader to pause before announcing', async () => {
    const story = new LiveStory();
    await story.publish(version());
    const element = await liveElement(story);
    const first = eventButtons(element)[0]!;
    first.focus();
    await story.publish(version((timeline) => timeline.events.push(ADDED)));
    first.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    element.refreshNow();
    await eventually(
      async () =>
        eventButtons(element).some((b) => b.dataset.id === ADDED.id) ||
        bandIds(element).includes(ADDED.id),
    );
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(liveRegion(element)).not.toContain('new event');
    await until(() => liveRegion(element) === '1 new event', 4000);
  });
});

function bandIds(element: NewsTimeline): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="band-event"]')].map(
    (b) => b.dataset.id!,
  );
}

describe('accessible names of a large drawing', () => {
  it('names its events in full even when a newer version arrives before the names do', async () => {
    // Over 60 items: the first paint goes ahead with short names, the full ones follow a frame later.
    const first: Timeline = { ...syntheticTimeline({ count: 400, days: 4 }), id: 'wire' };
    const element = await mount((el) => {
      el.layout = 'horizontal';
      el.timeline = first;
    });
    const [head, ...rest] = first.events;
    // Painted, not yet named: the update lands before the naming timer.
    element.timeline = {
      ...first,
      events: [{ ...head!, headline: `${head!.headline}!` }, ...rest],
    };
    const headlines = new Map(first.events.map((event) => [event.id, event.headline]));
    // A full name goes on from the headline to the time ("Headline, sometime on …").
    const named = () =>
      eventButtons(element).filter((button) => {
        const label = button.getAttribute('aria-label')!;
        return label.length > (headlines.get(button.dataset.id!)?.length ?? 0) + 2;
      });
    await until(() => named().length > 0);
    expect(shadow(element).querySelectorAll('[part~="events"] > li').length).toBeGreaterThan(60);
  });
});
