import { it } from 'vitest';
import { horizontalStory } from './story-frame.js';
import { corpus, exide } from '../fixtures/corpus/index.js';
it('print', () => {
  const all = [...corpus().map((c) => [c.id, c.timeline] as const), ['exide', exide()] as const];
  const out: string[] = [];
  for (const [id, t] of all)
    for (const w of [1280, 800]) {
      const { story } = horizontalStory(t, w);
      const labels = story.labels!;
      const two = [...labels.values()].filter((p) => p.lines === 2).length;
      out.push(`${id}@${w}: lanes ${story.index.laneCount} extra ${story.extraLines} two-line ${two} folded ${story.index.folded}`);
    }
  console.log(out.join('\n'));
});
