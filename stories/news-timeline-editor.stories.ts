import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { NewsTimelineEditor } from '../src/components/news-timeline-editor/news-timeline-editor.js';
import { iraqTimeline } from '../src/data/iraq-2014.js';
import { IRAQ_ARTICLE_TEXT } from '../src/data/iraq-article-text.js';
import '../src/news-timeline-editor.js';

interface Args {
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Tools/news-timeline-editor',
  component: 'news-timeline-editor',
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  // Each story has its own storage key or none, so one story's saved draft never shows in another.
  render: (args) =>
    html`<news-timeline-editor
      no-autosave
      theme=${args.theme}
      .article=${IRAQ_ARTICLE_TEXT}
      published=${iraqTimeline.published}
      time-zone=${iraqTimeline.timeZone}
    ></news-timeline-editor>`,
};
export default meta;
type Story = StoryObj<Args>;

const editorIn = (canvas: HTMLElement) =>
  canvas.querySelector('news-timeline-editor') as NewsTimelineEditor;

/**
 * The Guardian's "Iraq turns to Iran for help" preloaded: the extractor's draft beside the article,
 * each event's sentence highlighted, the live preview and the exports below. Accept or reject,
 * open an event to edit it, pick a sentence and press Enter to add one.
 */
export const ArticlePreloaded: Story = {
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    await waitFor(() => expect(editor.shadowRoot!.querySelectorAll('li.event').length).toBe(15));
    await expect(editor.shadowRoot!.querySelectorAll('.sentence.has-event').length).toBeGreaterThan(
      10,
    );
    await expect(editor.shadowRoot!.getElementById('export-problems')!.textContent).toMatch(
      /No problems/,
    );
  },
};

/** An event open for editing, with a problem tied to its headline and a rejected event below it. */
export const EditingWithProblems: Story = {
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    await waitFor(() => expect(editor.draft).toBeDefined());
    const [first, second] = editor.draft.timeline.events;
    editor.toggleEvent(first!.id);
    editor.apply({ type: 'text', id: first!.id, field: 'headline', value: '' });
    editor.apply({ type: 'status', id: second!.id, status: 'rejected' });
    await waitFor(() =>
      expect(
        editor.shadowRoot!.getElementById(`f-${first!.id}-headline`)!.getAttribute('aria-invalid'),
      ).toBe('true'),
    );
  },
};

/** Where the editor starts with nothing: paste an article, or open a timeline or a sheet. */
export const Start: Story = {
  render: () =>
    html`<news-timeline-editor no-autosave time-zone="Europe/London"></news-timeline-editor>`,
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    await waitFor(() => expect(editor.shadowRoot!.getElementById('start-article')).not.toBeNull());
  },
};

const SHEET = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,The fall of Mosul,,,,,,title,,',
  '2014,6,10,,,,,,,Isis seizes Mosul,<p>The city falls in a day.</p>,,,,,,Isis,',
  '2014,6,13,,,,,,on Friday,Iranian forces cross at Khanaqin,,https://example.com/a.jpg,AP,,,,Iran,',
  '2014,6,14,12:00,,,,,,Maliki addresses the country,,,,,,,Iraq,',
].join('\n');

/** A TimelineJS sheet (CSV) opened in the editor, with what the sheet held that news-timeline does not show. */
export const TimelineJSSheet: Story = {
  render: () => html`<news-timeline-editor no-autosave></news-timeline-editor>`,
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    await editor.updateComplete;
    editor.loadFile('mosul.csv', SHEET, 'Asia/Baghdad');
    await waitFor(() => expect(editor.shadowRoot!.querySelectorAll('li.event').length).toBe(3));
    await expect(editor.shadowRoot!.querySelector('.load-problems')!.textContent).toMatch(/Row 4/);
  },
};

/** A draft kept in this browser from an earlier visit: the editor offers it back. */
export const RestoreDraft: Story = {
  render: () => {
    const key = 'storybook-restore-draft';
    const status = Object.fromEntries(iraqTimeline.events.map((e) => [e.id, 'accepted']));
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        savedAt: '2014-06-14T10:30:00Z',
        draft: { timeline: iraqTimeline, status, flags: [] },
      }),
    );
    return html`<news-timeline-editor
      storage-key=${key}
      time-zone="Asia/Baghdad"
    ></news-timeline-editor>`;
  },
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    await waitFor(() => expect(editor.shadowRoot!.getElementById('restore-yes')).not.toBeNull());
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#14181d;padding:8px">${story()}</div>`],
  play: ArticlePreloaded.play!,
};
