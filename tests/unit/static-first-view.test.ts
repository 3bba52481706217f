import { describe, expect, it } from 'vitest';
import { staticScene } from '../../src/static/index.js';
import shelling from '../fixtures/blind-extract/mutembo-camp-shelling.expected.json';
import fraud from '../fixtures/blind-extract/harwick-pension-fraud.expected.json';

describe('static SVG: the first view the element shows', () => {
  it('draws the story layout’s (longer) first view, where its last headlines start at their marks', () => {
    for (const [id, draft] of Object.entries({ shelling, fraud })) {
      for (const width of [1024, 1280]) {
        const scene = staticScene(JSON.stringify(draft), { width });
        const { frame, story } = scene;
        // Packed at the story's first view: drawn at it too.
        expect(+frame.scale.domain()[0]!, `${id} at ${width}`).toBeCloseTo(story.firstView[0], -1);
        expect(+frame.scale.domain().at(-1)!, `${id} at ${width}`).toBeCloseTo(
          story.firstView[1],
          -1,
        );
        for (const item of frame.items) {
          if (item.kind !== 'event' || !item.label) continue;
          expect(item.label.p, `${id} at ${width}: ${item.item.i}`).toBeGreaterThanOrEqual(
            item.p0 - 1,
          );
        }
      }
    }
  });
});
