// <news-timeline-editor> in Chromium: axe in each state, problems tied to their fields, focus on
// add and remove, undo and redo from the keyboard, autosave with the restore prompt, opening a
// TimelineJS sheet, and exports held back while something would be left out.
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { NewsTimelineEditor } from '../../src/components/news-timeline-editor/news-timeline-editor.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { IRAQ_ARTICLE_TEXT } from '../../src/data/iraq-article-text.js';
import '../../src/news-timeline-editor.js';
import { cleanup, shadow, until } from './fixtures.js';

const KEY = 'news-timeline-editor-test';

beforeEach(() => localStorage.removeItem(KEY));
/** The runner's viewport, which the axe checks were written at. */
const VIEWPORT = [innerWidth, innerHeight] as const;

afterEach(async () => {
  cleanup();
  localStorage.removeItem(KEY);
  window.scrollTo(0, 0);
  await page.viewport(...VIEWPORT);
});

async function mountEditor(
  setup: (editor: NewsTimelineEditor) => void = (editor) => {
    editor.noAutosave = true;
    editor.timeline = iraqTimeline;
  },
): Promise<NewsTimelineEditor> {
  const editor = document.createElement('news-timeline-editor');
  editor.storageKey = KEY;
  setup(editor);
  document.body.append(editor);
  await editor.updateComplete;
  return editor;
}

const byId = (editor: NewsTimelineEditor, id: string) =>
  shadow(editor).getElementById(id) as HTMLElement | null;
const focusedId = (editor: NewsTimelineEditor) => shadow(editor).activeElement?.id;
const first = iraqTimeline.events[0]!;

async function axeViolations(editor: NewsTimelineEditor) {
  const result = await axe.run(editor);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`,
  );
}

describe('axe', () => {
  it('finds nothing on the start panel', async () => {
    const editor = await mountEditor((e) => (e.noAutosave = true));
    expect(await axeViolations(editor)).toEqual([]);
  });

  it('finds nothing with the article drafted, a form open with problems, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const editor = await mountEditor((e) => {
        e.noAutosave = true;
        e.theme = theme;
        e.article = IRAQ_ARTICLE_TEXT;
        e.published = iraqTimeline.published;
        e.timeZone = iraqTimeline.timeZone;
      });
      const id = editor.draft.timeline.events[0]!.id;
      editor.toggleEvent(id);
      editor.apply({ type: 'text', id, field: 'headline', value: '' });
      editor.apply({ type: 'list-add', id, list: 'places' });
      editor.apply({ type: 'status', id: editor.draft.timeline.events[1]!.id, status: 'rejected' });
      await editor.updateComplete;
      expect(await axeViolations(editor), theme).toEqual([]);
      cleanup();
    }
  });

  it('finds nothing on the restore prompt', async () => {
    const saved = await mountEditor((e) => (e.timeline = iraqTimeline));
    saved.apply({ type: 'title', value: 'Saved title' });
    (saved as unknown as { autosave: { flush(): void } }).autosave.flush();
    cleanup();
    const editor = await mountEditor(() => {});
    await until(() => byId(editor, 'restore-yes'));
    expect(await axeViolations(editor)).toEqual([]);
  });
});

describe('problems next to their fields', () => {
  it('ties an emptied headline’s problem to its input and clears it when fixed', async () => {
    const editor = await mountEditor();
    editor.toggleEvent(first.id);
    await editor.updateComplete;
    const input = byId(editor, `f-${first.id}-headline`) as HTMLInputElement;
    input.focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await until(() => input.getAttribute('aria-invalid') === 'true');
    const described = byId(editor, input.getAttribute('aria-describedby')!);
    expect(described?.textContent).toMatch(/Headline is empty\. This event cannot be published/);
    expect(byId(editor, 'export-problems')!.textContent).toMatch(/1 problem to fix/);
    await userEvent.keyboard('Iran sends troops');
    await until(() => !input.hasAttribute('aria-invalid'));
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });

  it('holds exports back while something would be left out, and takes focus to the problem', async () => {
    const editor = await mountEditor();
    let exported = 0;
    editor.addEventListener('news-timeline-editor-export', () => exported++);
    editor.apply({ type: 'text', id: first.id, field: 'headline', value: '' });
    await editor.updateComplete;
    byId(editor, 'export-download')!.click();
    await until(() => focusedId(editor) === `f-${first.id}-headline`);
    expect(exported).toBe(0);
  });
});

describe('focus on add and remove', () => {
  it('moves to the new item, then to its neighbour, then back to "Add"', async () => {
    const editor = await mountEditor();
    editor.toggleEvent(first.id);
    await editor.updateComplete;
    const places = first.places.length;
    byId(editor, `f-${first.id}-places-add`)!.click();
    await until(() => focusedId(editor) === `f-${first.id}-places_${places}__name`);
    await userEvent.keyboard('Samarra');
    expect(editor.draft.timeline.events[0]!.places[places]!.name).toBe('Samarra');
    // Remove every place: focus stays in the list, then lands on the add button.
    for (let left = places + 1; left > 0; left--) {
      const remove = shadow(editor).querySelector<HTMLButtonElement>(
        `#f-${first.id}-form fieldset.list button.remove`,
      )!;
      remove.click();
      await editor.updateComplete;
      await editor.updateComplete;
      const expected = left - 1 === 0 ? `f-${first.id}-places-add` : `f-${first.id}-places_0__name`;
      expect(focusedId(editor)).toBe(expected);
    }
  });
});

describe('undo and redo', () => {
  it('undoes a typed headline as one step from the keyboard, and redoes it', async () => {
    const editor = await mountEditor();
    editor.toggleEvent(first.id);
    await editor.updateComplete;
    const input = byId(editor, `f-${first.id}-headline`) as HTMLInputElement;
    input.focus();
    await userEvent.keyboard('{End} now');
    expect(editor.draft.timeline.events[0]!.headline).toBe(`${first.headline} now`);
    await userEvent.keyboard('{Control>}z{/Control}');
    await until(() => input.value === first.headline);
    expect(editor.draft.timeline.events[0]!.headline).toBe(first.headline);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await until(() => input.value === `${first.headline} now`);
    expect(shadow(editor).activeElement).toBe(input);
  });
});

describe('Ctrl+Z in a text field', () => {
  it('leaves a step typed elsewhere alone, and clears time words whose time it took back', async () => {
    const editor = await mountEditor();
    const second = iraqTimeline.events[1]!;
    editor.toggleEvent(first.id);
    editor.toggleEvent(second.id);
    await editor.updateComplete;
    const headline = byId(editor, `f-${first.id}-headline`) as HTMLInputElement;
    headline.focus();
    await userEvent.keyboard('{End} now');
    const words = byId(editor, `f-${second.id}-when-words`) as HTMLInputElement;
    words.focus();
    await userEvent.keyboard('{Control>}a{/Control}overnight');
    await userEvent.keyboard('{Control>}z{/Control}');
    // The headline typed in another field is not this field's to undo.
    const event = (id: string) => editor.draft.timeline.events.find((e) => e.id === id)!;
    expect(event(first.id).headline).toBe(`${first.headline} now`);
    // A source's address (type="url") is a text field too.
    editor.apply({ type: 'list-add', id: first.id, list: 'sources' });
    await editor.updateComplete;
    const url = shadow(editor).querySelector<HTMLInputElement>(
      `[id^="f-${first.id}-sources"][type="url"]`,
    )!;
    url.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(editor.draft.timeline.events.find((e) => e.id === first.id)!.sources.length).toBe(
      first.sources.length + 1,
    );
    words.focus();

    await userEvent.keyboard('{Control>}a{/Control}overnight{Enter}');
    await until(() => event(second.id).when.text === 'overnight');
    byId(editor, 'undo')!.click();
    await until(() => event(second.id).when.text !== 'overnight');
    expect(event(second.id).when).toEqual(second.when);
    await editor.updateComplete;
    expect(words.value).toBe(second.when.text ?? '');
    expect(editor.typedWhen.has(second.id)).toBe(false);
  });
});

describe('what a screen reader hears of an event', () => {
  it('its row says its review status, and restoring a rejected event is announced', async () => {
    const editor = await mountEditor();
    const toggle = byId(editor, `f-${first.id}-toggle`)!;
    const description = () =>
      toggle
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => byId(editor, id)?.textContent?.trim())
        .join(' ');
    expect(description()).toBe('Not reviewed');
    byId(editor, `f-${first.id}-rejected`)!.click();
    await until(() => description() === 'Rejected');
    byId(editor, `f-${first.id}-pending`)!.click();
    await until(() => description() === 'Not reviewed');
    await editor.updateComplete;
    expect(shadow(editor).querySelector('[role="status"]')!.textContent).toBe(
      `Restored “${first.headline}”: not reviewed.`,
    );
  });
});

describe('skip links', () => {
  it('show when focused and take focus past the events to the export', async () => {
    const editor = await mountEditor();
    const skips = [...shadow(editor).querySelectorAll<HTMLButtonElement>('.skip button')];
    expect(skips.map((b) => b.textContent!.trim())).toEqual([
      'Skip to events',
      'Skip to preview',
      'Skip to export',
    ]);
    expect(skips[2]!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    skips[2]!.focus();
    expect(skips[2]!.getBoundingClientRect().width).toBeGreaterThan(40);
    await userEvent.keyboard('{Enter}');
    await until(() => focusedId(editor) === 'export-heading');
  });
});

describe('the publication time', () => {
  it('is set on the story’s clock, and undone as one step', async () => {
    const editor = await mountEditor();
    const input = byId(editor, 'published') as HTMLInputElement;
    expect(input.value).toBe('2014-06-14T12:00');
    expect(shadow(editor).querySelector('label[for="published"]')!.textContent).toContain(
      'Asia/Baghdad',
    );
    input.value = '2014-06-15T09:30';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(editor.draft.timeline.published).toBe('2014-06-15T09:30:00+03:00');
    editor.undo();
    await editor.updateComplete;
    expect(editor.draft.timeline.published).toBe(iraqTimeline.published);
    expect(input.value).toBe('2014-06-14T12:00');
  });
});

describe('the article beside the events', () => {
  it('stays in view with the sentence of an event opened far down', async () => {
    await page.viewport(1280, 700);
    const editor = await mountEditor((e) => {
      e.noAutosave = true;
      e.article = IRAQ_ARTICLE_TEXT;
      e.published = iraqTimeline.published;
      e.timeZone = iraqTimeline.timeZone;
    });
    // With an earlier event open too: the box went to the first open event's sentence.
    editor.toggleEvent(editor.draft.timeline.events[0]!.id);
    await editor.updateComplete;
    const last = editor.draft.timeline.events.at(-1)!;
    editor.toggleEvent(last.id);
    await editor.updateComplete;
    byId(editor, `f-${last.id}-headline`)!.scrollIntoView({ block: 'center' });
    const box = shadow(editor).querySelector('.sentences')!;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const index = editor.sentences.findIndex(
      ({ start, end }) => start < last.excerpt!.end && last.excerpt!.start < end,
    );
    const sentence = byId(editor, `sentence-${index}`)!.getBoundingClientRect();
    const shown = box.getBoundingClientRect();
    expect(window.scrollY).toBeGreaterThan(0);
    expect(sentence.top).toBeGreaterThanOrEqual(Math.max(shown.top, 0));
    expect(sentence.bottom).toBeLessThanOrEqual(Math.min(shown.bottom, innerHeight));
  });
});

describe('autosave', () => {
  it('keeps the draft in this browser and offers it back', async () => {
    const editor = await mountEditor((e) => (e.timeline = iraqTimeline));
    editor.apply({ type: 'status', id: first.id, status: 'rejected' });
    await until(() => localStorage.getItem(KEY)?.includes('"rejected"'));
    cleanup();

    const again = await mountEditor(() => {});
    await until(() => byId(again, 'restore-yes'));
    expect(shadow(again).querySelector('.restore')!.textContent).toMatch(
      new RegExp(`with ${iraqTimeline.events.length} events`),
    );
    byId(again, 'restore-yes')!.click();
    await until(() => again.draft?.status[first.id] === 'rejected');
    expect(byId(again, 'restore-yes')).toBeNull();
  });

  it('forgets the draft when told to discard it', async () => {
    const editor = await mountEditor((e) => (e.timeline = iraqTimeline));
    editor.apply({ type: 'title', value: 'To be discarded' });
    await until(() => localStorage.getItem(KEY)?.includes('To be discarded'));
    cleanup();
    const again = await mountEditor(() => {});
    await until(() => byId(again, 'restore-no'));
    byId(again, 'restore-no')!.click();
    await until(() => localStorage.getItem(KEY) === null);
    expect(again.draft).toBeUndefined();
  });
});

describe('TimelineJS sheets', () => {
  const sheet = [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    ',,,,,,,,,The siege,,,,,,title,,',
    '2014,6,13,,,,,,on Friday,Crossing at Khanaqin,Troops crossed.,https://example.com/a.jpg,AP,,,,Iran,',
    '2014,6,10,,,,,,,Mosul falls,,,,,,,,',
  ].join('\n');

  it('opens a sheet, reports what it did not carry, and exports CSV and an embed snippet', async () => {
    const editor = await mountEditor((e) => (e.noAutosave = true));
    editor.loadFile('siege.csv', sheet, 'Asia/Baghdad');
    await editor.updateComplete;
    expect(editor.draft.timeline.title).toBe('The siege');
    expect(editor.draft.timeline.events.map((e) => e.headline)).toEqual([
      'Crossing at Khanaqin',
      'Mosul falls',
    ]);
    expect(shadow(editor).querySelector('.load-problems')!.textContent).toMatch(/Row 3.*media/i);
    editor.setExportFormat('csv');
    await editor.updateComplete;
    const area = byId(editor, 'export-text') as HTMLTextAreaElement;
    expect(area.value.split('\n')[2]).toMatch(/^2014,6,13,,,,,,on Friday,Crossing at Khanaqin/);
    editor.setExportFormat('embed');
    await editor.updateComplete;
    expect(area.value).toMatch(/^<script type="module"[^\n]*\n<news-timeline>/);
    // The bundle's address is the site's to give: the default path is a node_modules one.
    const src = byId(editor, 'export-script-src') as HTMLInputElement;
    src.focus();
    await userEvent.keyboard('{Control>}a{/Control}https://cdn.example/nt.js');
    await editor.updateComplete;
    expect(area.value.split('\n')[0]).toBe(
      '<script type="module" src="https://cdn.example/nt.js"></script>',
    );
  });

  it('shows an edit in the export, and copies the text of the moment', async () => {
    const editor = await mountEditor();
    const copied: string[] = [];
    editor.addEventListener('news-timeline-editor-export', (event) =>
      copied.push(event.detail.text),
    );
    const area = byId(editor, 'export-text') as HTMLTextAreaElement;
    editor.toggleEvent(first.id);
    await editor.updateComplete;
    (byId(editor, `f-${first.id}-headline`) as HTMLInputElement).focus();
    await userEvent.keyboard('{End} now');
    byId(editor, 'export-copy')!.click();
    expect(copied[0]).toContain(`${first.headline} now`);
    await until(() => area.value.includes(`${first.headline} now`));
    // Moved in the page mid-typing, it shows the text of the moment when it is back.
    await userEvent.keyboard(' again');
    editor.remove();
    document.body.append(editor);
    await until(() => area.value.includes(`${first.headline} now again`));
  });
});
