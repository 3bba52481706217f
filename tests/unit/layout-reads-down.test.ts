import { describe, expect, it } from 'vitest';
import { prepareStory } from '../../src/layout/compose.js';
import { storyLayout } from '../../src/layout/story.js';
import { STORY_MAX_LANES } from '../../src/layout/lane-sizes.js';
import type { Timeline } from '../../src/model/types.js';
import { blm, laTimes, lax, usNews } from '../fixtures/corpus/index.js';

/** The story `layout="auto"` lays out at `width` (wide enough to be drawn across at first). */
function autoStory(timeline: Timeline, width: number, down: boolean | 'vertical' = true) {
  const prepared = prepareStory(timeline);
  const headline = (i: number) => timeline.events[i]!.headline;
  const downText = (i: number) => `Fri 5 Jun ${headline(i)}`;
  return storyLayout({
    index: prepared.index,
    labelText: down === 'vertical' ? downText : headline,
    firstView: prepared.firstView,
    baseDomain: prepared.baseDomain,
    width,
    vertical: down === 'vertical',
    verticalLength: 560,
    ...(down === true ? { downText } : {}),
  });
}

const lastLane = (story: ReturnType<typeof autoStory>) =>
  story.index.dated.items.filter((item) => item.lane >= STORY_MAX_LANES - 1).length;

describe('a story drawn down where across it would fold a quarter of its events', () => {
  it.each([
    ['Black Lives Matter, June 2020, at 1280 px', blm, 1280],
    ['US news, a headline a day, at 800 px', usNews, 800],
  ])('%s: a row for every headline', (_, timeline, width) => {
    const across = autoStory(timeline(), width, false);
    const events = across.index.dated.items.length;
    expect(across.rows).toBeNull();
    expect(across.opening).toBeUndefined();
    expect(lastLane(across) * 4).toBeGreaterThanOrEqual(events);

    const story = autoStory(timeline(), width);
    expect(story.rows).not.toBeNull();
    // As `layout="vertical"` draws it: not from the first view made longer for labels across,
    // and each headline's row as tall as there.
    const down = autoStory(timeline(), width, 'vertical');
    expect(story.firstView).toEqual(down.firstView);
    expect(story.length).toBe(down.length);
    const rows = (layout: typeof story) =>
      layout.index.dated.items.map((item) => layout.rows!(item));
    expect(rows(story)).toEqual(rows(down));
  });

  it.each([
    ['US news at 1280 px (4 of 55 in the last lane)', usNews, 1280],
    ['LA Times at 1280 px (4 of 32)', laTimes, 1280],
    ['LAX at 1280 px, which opens closer in on its first hours', lax, 1280],
  ])('stays across: %s', (_, timeline, width) => {
    const story = autoStory(timeline(), width);
    expect(story.rows).toBeNull();
    expect(story.labels).not.toBeNull();
  });
});
