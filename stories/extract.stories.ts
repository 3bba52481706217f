import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { extractTimeline } from '../src/extract/index.js';
import { IRAQ_ARTICLE_TEXT } from '../src/data/iraq-article-text.js';
import type { Timeline } from '../src/model/types.js';

const meta: Meta = { title: 'Tools/Article to draft timeline' };
export default meta;

/** The article with every excerpt of the draft marked, as text (no HTML from the article). */
function highlighted(text: string, timeline: Timeline): TemplateResult[] {
  const spans = timeline.events
    .flatMap((event) => (event.excerpt ? [event.excerpt] : []))
    .sort((a, b) => a.start - b.start);
  const parts: TemplateResult[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(
      html`${text.slice(at, span.start)}`,
      html`<mark>${text.slice(span.start, span.end)}</mark>`,
    );
    at = span.end;
  }
  parts.push(html`${text.slice(at)}`);
  return parts;
}

/**
 * Paste an article: the draft timeline is extracted as you type, next to the text with the
 * sentences it used highlighted. The editor then corrects the draft.
 */
export const ArticleToDraft: StoryObj = {
  render: () => {
    const root = document.createElement('div');
    const state = {
      text: IRAQ_ARTICLE_TEXT,
      published: '2014-06-14T12:00:00+03:00',
      timeZone: 'Asia/Baghdad',
    };
    const update = () => {
      let timeline: Timeline | undefined;
      let error = '';
      try {
        timeline = extractTimeline(state.text, {
          published: state.published,
          timeZone: state.timeZone,
          language: 'en',
        }).timeline;
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
      }
      render(
        html`<div
          style="display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.4fr);gap:16px;font-family:system-ui"
        >
          <div>
            <label
              >Published
              <input
                .value=${state.published}
                @change=${(e: Event) => ((state.published = (e.target as HTMLInputElement).value), update())}
            /></label>
            <label
              >Time zone
              <input
                .value=${state.timeZone}
                @change=${(e: Event) => ((state.timeZone = (e.target as HTMLInputElement).value), update())}
            /></label>
            <textarea
              aria-label="Article text"
              style="width:100%;height:14em;margin-top:8px"
              .value=${state.text}
              @input=${(e: Event) => ((state.text = (e.target as HTMLTextAreaElement).value), update())}
            ></textarea>
            <p style="white-space:pre-wrap;line-height:1.5">
              ${timeline ? highlighted(state.text, timeline) : state.text}
            </p>
          </div>
          <div>
            ${error ? html`<p role="alert">${error}</p>` : html`<news-timeline .timeline=${timeline} theme="light"></news-timeline>`}
          </div>
        </div>`,
        root,
      );
    };
    update();
    return root;
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[role="alert"]')?.textContent ?? '').toBe('');
    const element = canvasElement.querySelector('news-timeline')!;
    await waitFor(() =>
      expect(element.shadowRoot?.querySelector('[part~="event"], [part~="cluster"]')).toBeTruthy(),
    );
    await expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(5);
  },
};
