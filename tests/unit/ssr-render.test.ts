// The element rendered by @lit-labs/ssr in plain Node: no DOM to read, and the output carries the
// drawing (positions inline), the background band, the legend and the data for the client.
import '../../src/i18n/translations/ar.js';
import { describe, expect, it } from 'vitest';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { renderTimelineHtml } from '../../src/ssr/index.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { firstViewAt } from './story-frame.js';
import type { Timeline } from '../../src/model/types.js';

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );

describe('server rendering', () => {
  it('renders the element with @lit-labs/ssr without touching a DOM, with or without a width', async () => {
    // Bare element, every input absent: it must not throw (no closest(), no layout reads).
    const bare = await collectResult(render(html`<news-timeline></news-timeline>`));
    expect(bare).toContain('<template shadowroot');
    const fromSrc = await collectResult(
      render(html`<news-timeline src="https://example.invalid/x.json"></news-timeline>`),
    );
    expect(fromSrc).toContain('part="status"');
    const noWidth = await collectResult(
      render(html`<news-timeline .timeline=${iraqTimeline}></news-timeline>`),
    );
    expect(noWidth).toContain('part="plot"');
  });

  for (const width of [1200, 900]) {
    it(`draws the article's first view for a ${width} px column, positions inline`, async () => {
      const out = await renderTimelineHtml(iraqTimeline, { width });
      expect(out).toMatch(/<template shadowroot(mode)?="open"/);
      const frame = firstViewAt(iraqTimeline, width);
      expect(out).toContain(`--_length:${width}px`);
      for (const item of frame.items) {
        if (item.kind !== 'event') continue;
        const event = iraqTimeline.events[item.item.i]!;
        // The item's <li> carries its place along the axis, as computeFrame gives it.
        const li = new RegExp(
          `<li[^>]*style="inset-inline-start:([\\d.]+)px;[^"]*"[^>]*>(?:(?!</li>)[\\s\\S])*data-id="${event.id}"`,
        ).exec(out);
        expect(li, event.id).not.toBeNull();
        expect(Math.abs(Number(li![1]) - item.p0)).toBeLessThan(0.01);
      }
      const text = decode(out);
      for (const event of iraqTimeline.events) expect(text).toContain(event.headline);
      expect(out).toContain('part="band"');
      expect(out).toContain('<news-timeline-legend');
    });
  }

  it('carries the data as inline JSON that cannot close its script', async () => {
    const hostile: Timeline = {
      ...iraqTimeline,
      title: '</script><script>alert(1)</script>',
    };
    const out = await renderTimelineHtml(hostile, { width: 1200 });
    const scripts = [...out.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(JSON.parse(scripts[0]![1]!).title).toBe(hostile.title);
    // And the title is text in the shadow root.
    expect(out).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('speaks the locale and direction it is given: the server sees no lang above the element', async () => {
    const out = await renderTimelineHtml(iraqTimeline, { width: 1200, locale: 'ar' });
    expect(out).toMatch(/part="base"[^>]*dir="rtl"[^>]*lang="ar"/);
    expect(out).toContain('dir="rtl"');
  });
});
