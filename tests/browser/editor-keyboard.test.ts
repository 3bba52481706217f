// The editor driven by keyboard only (Playwright key presses through vitest/browser), as issue 18's
// "Done when" asks: load the article, reject one event, fix one headline, narrow one time, add one
// event from a selected sentence, export JSON; the export then renders in <news-timeline> with the
// changes and passes parseTimeline with no problems. The article goes in with one `fill`, which is
// what a paste does; every other step is Tab, arrows, typing and Enter.
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { NewsTimelineEditor } from '../../src/components/news-timeline-editor/news-timeline-editor.js';
import type { NewsTimelineEditorExportEvent } from '../../src/components/news-timeline-editor/news-timeline-editor.events.js';
import { IRAQ_ARTICLE_TEXT } from '../../src/data/iraq-article-text.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import '../../src/news-timeline-editor.js';
import { cleanup, shadow, until } from './fixtures.js';

afterEach(cleanup);

function focused(editor: NewsTimelineEditor): HTMLElement | null {
  return shadow(editor).activeElement as HTMLElement | null;
}

/** Presses Tab (or Shift+Tab) until focus is on the element `matches` accepts. */
async function tabTo(
  editor: NewsTimelineEditor,
  matches: (el: HTMLElement) => boolean,
  backwards = false,
): Promise<HTMLElement> {
  for (let presses = 0; presses < 400; presses++) {
    const current = focused(editor);
    if (current && matches(current)) return current;
    await userEvent.keyboard(backwards ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
  throw new Error('focus never reached the element');
}

const byId = (id: string) => (el: HTMLElement) => el.id === id;

it('loads, rejects, fixes a headline, narrows a time, adds from a sentence and exports JSON', async () => {
  const before = document.createElement('button');
  before.textContent = 'Before';
  const editor = document.createElement('news-timeline-editor');
  editor.noAutosave = true;
  editor.timeZone = 'Asia/Baghdad';
  document.body.append(before, editor);
  await editor.updateComplete;
  const requests: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL) => {
    requests.push(String(input));
    return realFetch(input);
  };

  // 1. Load the article: Tab in, paste it, type the publication time, Enter.
  before.focus();
  await userEvent.keyboard('{Tab}');
  expect(focused(editor)?.id).toBe('start-article');
  await userEvent.fill(focused(editor)!, IRAQ_ARTICLE_TEXT);
  await userEvent.keyboard('{Tab}');
  expect(focused(editor)?.id).toBe('start-published');
  await userEvent.keyboard('2014-06-14 12:00');
  await tabTo(editor, (el) => el.matches('button[type="submit"]'));
  await userEvent.keyboard('{Enter}');
  await until(() => shadow(editor).querySelectorAll('li.event').length > 10);
  await until(() => focused(editor)?.id === 'events-heading');
  const events = editor.draft.timeline.events;
  const ids = [...shadow(editor).querySelectorAll<HTMLElement>('li.event')].map(
    (li) => li.dataset.id!,
  );

  // 2. Reject the second event of the list.
  const rejectedId = ids[1]!;
  const rejectedHeadline = events.find((e) => e.id === rejectedId)!.headline;
  await tabTo(editor, byId(`f-${rejectedId}-rejected`));
  await userEvent.keyboard('{Enter}');
  await until(() => editor.draft.status[rejectedId] === 'rejected');
  await until(() => focused(editor)?.id === `f-${rejectedId}-pending`); // focus on "Restore"

  // 3. Fix the headline of an event with no time words of its own, and 4. narrow its time.
  const vague = events.find(
    (e) => e.when.precision === 'unspecified' && e.id !== rejectedId && ids.includes(e.id),
  )!;
  await tabTo(editor, byId(`f-${vague.id}-toggle`));
  await userEvent.keyboard('{Enter}');
  await tabTo(editor, byId(`f-${vague.id}-headline`));
  await userEvent.keyboard('{Control>}a{/Control}Iran sends troops to help Iraq');
  await userEvent.keyboard('{Tab}');
  await tabTo(editor, byId(`f-${vague.id}-when-words`));
  await userEvent.keyboard('{Control>}a{/Control}on Friday');
  await until(() =>
    /Friday/.test(shadow(editor).getElementById(`f-${vague.id}-when-reading`)!.textContent!),
  );
  await userEvent.keyboard('{Enter}');
  await until(
    () => editor.draft.timeline.events.find((e) => e.id === vague.id)!.when.precision === 'day',
  );
  expect(focused(editor)?.id).toBe(`f-${vague.id}-when-words`);

  // 5. Add an event from a sentence that has none: Shift+Tab back to the article, arrows, Enter.
  const sentences = [...shadow(editor).querySelectorAll<HTMLElement>('[role="option"]')];
  const target = sentences.findIndex(
    (s, i) => i > 3 && !s.classList.contains('has-event') && (s.textContent ?? '').length > 60,
  );
  expect(target).toBeGreaterThan(0);
  await tabTo(editor, (el) => el.getAttribute('role') === 'listbox', true);
  for (let i = 0; i < target; i++) await userEvent.keyboard('{ArrowDown}');
  const listbox = focused(editor)!;
  expect(listbox.getAttribute('aria-activedescendant')).toBe(`sentence-${target}`);
  const countBefore = editor.draft.timeline.events.length;
  await userEvent.keyboard('{Enter}');
  await until(() => editor.draft.timeline.events.length === countBefore + 1);
  const added = editor.draft.timeline.events.at(-1)!;
  await until(() => focused(editor)?.id === `f-${added.id}-headline`);
  expect(sentences[target]!.textContent).toContain(added.excerpt!.text.slice(0, 40));

  // 6. Export JSON: Tab to Download (JSON is the default format), Enter.
  const exported = new Promise<string>((resolve) =>
    editor.addEventListener('news-timeline-editor-export', (event: NewsTimelineEditorExportEvent) =>
      resolve(event.detail.text),
    ),
  );
  await tabTo(editor, byId('export-download'));
  await userEvent.keyboard('{Enter}');
  const text = await exported;

  const json = JSON.parse(text) as Timeline;
  expect(parseTimeline(json).problems).toEqual([]);
  expect(json.events.some((e) => e.id === rejectedId)).toBe(false);
  const fixed = json.events.find((e) => e.id === vague.id)!;
  expect(fixed.headline).toBe('Iran sends troops to help Iraq');
  expect(fixed.when).toMatchObject({
    start: '2014-06-13T00:00:00+03:00',
    end: '2014-06-14T00:00:00+03:00',
    precision: 'day',
    text: 'on Friday',
  });
  expect(json.events.some((e) => e.id === added.id)).toBe(true);
  expect(requests).toEqual([]);
  window.fetch = realFetch;

  // The export renders in the reader's element, with the changes.
  const reader = document.createElement('news-timeline');
  reader.view = 'list';
  reader.timeline = text;
  document.body.append(reader);
  await until(() => shadow(reader).querySelectorAll('.list-event').length === json.events.length);
  const shown = shadow(reader).textContent ?? '';
  expect(shown).toContain('Iran sends troops to help Iraq');
  expect(shown).toContain(added.headline);
  expect(shown).not.toContain(rejectedHeadline);
});
