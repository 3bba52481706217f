import { prepareStory } from '../../src/layout/compose.js';
import { storyLayout } from '../../src/layout/story.js';
import { computeFrame, transformFor, type Frame } from '../../src/layout/frame.js';
import type { Timeline } from '../../src/model/types.js';

/**
 * The element's first horizontal view of `timeline` at `width` (the story's, made longer for its
 * last headlines when they need it), or its view of `range` (ms), composed here from the layout
 * modules (not through the renderer under test), for the static and server-rendering tests.
 */
export function firstViewAt(
  timeline: Timeline,
  width: number,
  range?: readonly [number, number],
): Frame {
  const { prepared, story } = horizontalStory(timeline, width);
  return computeFrame({
    index: prepared.index,
    headlines: prepared.headlines,
    baseDomain: prepared.baseDomain,
    length: story.length,
    orientation: 'horizontal',
    transform: transformFor(
      prepared.baseDomain,
      story.length,
      ...(range ?? story.firstView),
      story.base,
    ),
    timeZone: timeline.timeZone,
    locale: 'en',
    story,
  });
}

/** The element's horizontal story layout of `timeline` at `width`, and what it was made from. */
export function horizontalStory(timeline: Timeline, width: number) {
  const prepared = prepareStory(timeline);
  const story = storyLayout({
    index: prepared.index,
    labelText: (i) => timeline.events[i]!.headline,
    firstView: prepared.firstView,
    baseDomain: prepared.baseDomain,
    width,
    vertical: false,
    verticalLength: 560,
  });
  return { prepared, story };
}
