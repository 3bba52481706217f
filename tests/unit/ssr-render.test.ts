// The element rendered by @lit-labs/ssr in plain Node: no DOM to read, and the output carries the
// drawing (positions inline), the background band, the legend and the data for the client; what a
// strict CSP needs for it; the inline-JSON form of a page rendered in place.
import '../../src/i18n/translations/ar.js';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import {
  STRICT_POLICY,
  contentSecurityPolicy,
  renderTimeline,
  renderTimelineHtml,
  renderTimelinesInHtml,
} from '../../src/ssr/index.js';
import { RENDERED_ATTRIBUTES } from '../../src/ssr/render-html.js';
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

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const styleAttributes = (html: string) =>
  new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decode(m[1]!)));

describe('server rendering under a strict CSP', () => {
  it('puts the nonce on every <style>, and lists the nonce and every style attribute by its hash', async () => {
    const nonce = 'rAnd0m+Nonce/123==';
    const { html: out, styleSources } = await renderTimeline(iraqTimeline, { width: 1200, nonce });
    // The element's shadow root and its legend's: every one carries it, none is bare.
    expect(out.match(/<style nonce="rAnd0m\+Nonce\/123==">/g)).toHaveLength(2);
    expect(out).not.toMatch(/<style>/);
    const attributes = styleAttributes(out);
    expect(attributes.size).toBeGreaterThan(10);
    expect(styleSources).toEqual([
      `'nonce-${nonce}'`,
      "'unsafe-hashes'",
      ...[...attributes].map(sha256),
    ]);
    // The same drawing as without a nonce, but for the attribute.
    const plain = await renderTimelineHtml(iraqTimeline, { width: 1200 });
    expect(out.replace(/ nonce="[^"]*"/g, '')).toBe(plain);
  });

  it('lists the <style> elements by their hashes when no nonce is given (static fragments)', async () => {
    const { html: out, styleSources } = await renderTimeline(iraqTimeline, { width: 900 });
    const blocks = [...out.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(2);
    expect(styleSources.slice(0, 2)).toEqual(blocks.map(sha256));
    expect(styleSources[2]).toBe("'unsafe-hashes'");
    expect(styleSources.slice(3)).toEqual([...styleAttributes(out)].map(sha256));
  });

  it('refuses a nonce that could break out of its attribute', async () => {
    for (const nonce of ['a"b', 'a b', '', '<x>']) {
      await expect(renderTimeline(iraqTimeline, { nonce })).rejects.toThrow(/nonce/);
    }
  });

  it('builds a header with no unsafe-inline from the sources of one or more fragments', async () => {
    const one = await renderTimeline(iraqTimeline, { width: 1200, nonce: 'abc' });
    const two = await renderTimeline(iraqTimeline, { width: 900, nonce: 'abc' });
    const header = contentSecurityPolicy([one, two]);
    expect(header).not.toContain('unsafe-inline');
    expect(header).toMatch(
      /^default-src 'self'; script-src 'self'; style-src 'self' 'nonce-abc' 'unsafe-hashes' 'sha256-/,
    );
    const styleSrc = /style-src ([^;]*)/.exec(header)![1]!.split(' ');
    // Each source once, whichever fragment needed it.
    expect(new Set(styleSrc).size).toBe(styleSrc.length);
    for (const source of [...one.styleSources, ...two.styleSources])
      expect(styleSrc).toContain(source);
    // The page's own directives go over the strict ones; an empty value drops one.
    const own = contentSecurityPolicy(one, {
      'img-src': "'self' https://images.example",
      'require-trusted-types-for': '',
    });
    expect(own).toContain("img-src 'self' https://images.example;");
    expect(own).not.toContain('trusted-types');
    expect(contentSecurityPolicy({ styleSources: [] })).toBe(
      Object.entries(STRICT_POLICY)
        .map(([name, value]) => `${name} ${value}`)
        .join('; '),
    );
  });

  it('writes positions along the axis as shares of the width too, in the element only', async () => {
    const width = 1000;
    const out = await renderTimelineHtml(iraqTimeline, { width });
    const declarations = [...styleAttributes(out)].flatMap((style) => style.split(';'));
    const shares = declarations.filter((d) => d.endsWith('cqi'));
    expect(shares.length).toBeGreaterThan(20);
    for (const share of shares) {
      const [name, value] = share.split(':') as [string, string];
      expect([
        'inset-inline-start',
        'width',
        'max-width',
        '--_w',
        '--_label',
        '--_label-shift',
        '--_line',
      ]).toContain(name);
      // A plain property keeps its px first, for browsers without container units.
      if (!name.startsWith('--')) {
        const px = declarations[declarations.indexOf(share) - 1]!;
        expect(px.startsWith(`${name}:`)).toBe(true);
        expect(parseFloat(value)).toBeCloseTo((parseFloat(px.split(':')[1]!) / width) * 100, 3);
      }
    }
    // The plot's own length stays in px; the legend (a nested shadow root) is left alone.
    expect(out).toContain(`--_length:${width}px;`);
    const legend = out.slice(out.indexOf('<news-timeline-legend'));
    expect(legend.slice(0, legend.indexOf('</news-timeline-legend>'))).not.toContain('cqi');
    // Asked not to, or vertical (positions do not depend on the width): px only.
    const fixed = await renderTimelineHtml(iraqTimeline, { width, fluid: false });
    const vertical = await renderTimelineHtml(iraqTimeline, {
      width,
      attributes: { layout: 'vertical' },
    });
    expect(vertical).toContain('class="plot vertical"');
    for (const html of [fixed, vertical]) {
      expect([...styleAttributes(html)].filter((style) => style.includes('cqi'))).toEqual([]);
    }
  });
});

describe('server rendering of inline JSON in a page', () => {
  it('renders with every attribute the element reads', () => {
    const element = customElements.get('news-timeline') as unknown as {
      observedAttributes: string[];
    };
    // The options own width, theme, locale, heading-level; src is refused (the fragment has data).
    expect([...element.observedAttributes].sort()).toEqual(
      [...RENDERED_ATTRIBUTES, 'width', 'theme', 'locale', 'heading-level', 'src'].sort(),
    );
  });

  const json = JSON.stringify(iraqTimeline).replace(/</g, '\\u003c');
  const inline = (attributes = '') =>
    `<news-timeline${attributes}>\n  <script type="application/json">${json}</script>\n</news-timeline>`;

  it('renders each inline-JSON element in place, with its attributes and its data', async () => {
    const page = `<h1>Story</h1>${inline(' id="t1" theme="dark" width="900" no-legend data-x="a&amp;b"')}<p>Text</p>`;
    const { html: out, styleSources } = await renderTimelinesInHtml(page, { nonce: 'abc' });
    expect(out.startsWith('<h1>Story</h1>')).toBe(true);
    expect(out.endsWith('</news-timeline><!--/lit-part--><p>Text</p>')).toBe(true);
    const host = /<news-timeline\s([^>]*)>/.exec(out)![1]!;
    expect(host).toMatch(/width="900"/);
    expect(host).toMatch(/theme="dark"/);
    expect(host).toMatch(/id="t1"/);
    expect(host).toMatch(/\sno-legend(=""|\s)/);
    expect(host).toMatch(/data-x="a&amp;b"/);
    // Rendered with them: 900 px, no legend; the same JSON child for the client.
    expect(out).toContain('--_length:900px');
    expect(out).toContain('<template shadowroot');
    expect(out).not.toContain('<news-timeline-legend');
    const scripts = [...out.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]![1]!)).toEqual(JSON.parse(json));
    expect(styleSources[0]).toBe("'nonce-abc'");
    // The same fragment as from the Timeline object with the same settings.
    const direct = await renderTimelineHtml(iraqTimeline, {
      width: 900,
      theme: 'dark',
      nonce: 'abc',
      attributes: { id: 't1', 'no-legend': true, 'data-x': 'a&b' },
    });
    const withoutData = (html: string) =>
      html.replace(/<script type="application\/json">[\s\S]*?<\/script>/, '');
    expect(withoutData(out)).toBe(`<h1>Story</h1>${withoutData(direct)}<p>Text</p>`);
  });

  it('renders several, with one list of sources; leaves the others as written', async () => {
    const src = '<news-timeline src="/story.json"></news-timeline>';
    const withSrc = `<news-timeline src="/story.json"><script type="application/json">${json}</script></news-timeline>`;
    const list =
      '<news-timeline><ol><li><time datetime="2014-06-13">13 June</time> A</li></ol></news-timeline>';
    const commented = `<!-- ${inline()} -->`;
    const odd = inline(' :class="x"');
    const page = [inline(), src, withSrc, list, commented, odd, inline(' layout="vertical"')].join(
      '\n',
    );
    const { html: out, styleSources } = await renderTimelinesInHtml(page, { width: 1100 });
    expect(out.match(/<template shadowroot/g)!.length).toBe(4); // two elements, each with a legend
    for (const kept of [src, withSrc, list, commented, odd]) expect(out).toContain(kept);
    expect(out).toContain('--_length:1100px');
    expect(out).toContain('class="plot vertical"');
    expect(new Set(styleSources).size).toBe(styleSources.length);
    for (const value of styleAttributes(out.replace(commented, '').replace(odd, ''))) {
      expect(styleSources).toContain(sha256(value));
    }
  });

  it('keeps hostile inline JSON inert', async () => {
    const hostile = JSON.stringify({
      ...iraqTimeline,
      title: '</script><script>alert(1)</script>',
    }).replace(/</g, '\\u003c');
    const { html: out } = await renderTimelinesInHtml(
      `<news-timeline><script type="application/json">${hostile}</script></news-timeline>`,
    );
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
