// The room a thumbnail takes in a drawn label is counted when lanes are packed (labelExtra), so a
// picture never cuts a headline; labels without one are packed as before.
import { describe, expect, it } from 'vitest';
import { buildEventIndex, fitDomain } from '../../src/layout/index.js';
import { storyLayout, type StoryInput } from '../../src/layout/story.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';

function layout(extra?: StoryInput['labelExtra'], width = 1200) {
  const index = buildEventIndex(iraqTimeline.events, { background: true });
  const domain = fitDomain(index, 0.05, 'dated')!;
  return storyLayout({
    index,
    labelText: (i) => iraqTimeline.events[i]!.headline,
    ...(extra ? { labelExtra: extra } : {}),
    firstView: domain,
    baseDomain: domain,
    width,
    vertical: false,
    verticalLength: 560,
  });
}

describe('storyLayout with room for thumbnails', () => {
  const pictured = new Set([11, 13]);
  const extra = (i: number) => (pictured.has(i) ? 24 : 0);

  it('widens exactly the labels that start with a picture', () => {
    const plain = layout();
    const withPictures = layout(extra);
    let widenedPictures = 0;
    for (const [i, plan] of plain.labels!) {
      const widened = withPictures.labels!.get(i)!;
      if (plan.lines === 1 && widened.lines === 1) {
        expect(widened.width - plan.width, `label ${i}`).toBe(pictured.has(i) ? 24 : 0);
        if (pictured.has(i)) widenedPictures++;
      }
      expect(widened.cut).toBe(plan.cut);
    }
    expect(widenedPictures).toBe(pictured.size);
  });

  it('changes nothing without thumbnails, and nothing in the vertical layout', () => {
    expect(layout(() => 0).labels).toEqual(layout().labels);
    const index = buildEventIndex(iraqTimeline.events, { background: true });
    const vertical = (labelExtra?: StoryInput['labelExtra']) => {
      const { rows } = storyLayout({
        index,
        labelText: (i) => iraqTimeline.events[i]!.headline,
        ...(labelExtra ? { labelExtra } : {}),
        firstView: [0, 1],
        baseDomain: [0, 1],
        width: 360,
        vertical: true,
        verticalLength: 560,
      });
      return index.dated.items.map((item) => rows!(item));
    };
    expect(vertical(extra)).toEqual(vertical());
  });
});
