import { describe, expect, it } from 'vitest';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { embedSnippet } from '../../src/export/embed.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';

describe('embedSnippet', () => {
  const hostile = {
    ...iraqTimeline,
    title: '</script><script>alert(1)</script><!--',
    events: [{ ...iraqTimeline.events[0]!, headline: 'a\u2028b </SCRIPT> c' }],
  };
  const snippet = embedSnippet(hostile, {
    scriptSrc: '/x.js?a=1&b="2"',
    attributes: { layout: 'vertical', 'bad name': 'x', theme: '"><img>' },
  });

  it('holds the timeline as inline JSON that reads back unchanged', () => {
    const json = /<script type="application\/json">\n([\s\S]*)\n {2}<\/script>/.exec(snippet)![1]!;
    expect(JSON.parse(json)).toEqual(hostile);
    expect(parseTimeline(JSON.parse(json)).problems.filter((p) => p.severity === 'error')).toEqual(
      [],
    );
  });

  it('cannot end its script element or open a comment from the data', () => {
    const body = snippet.slice(
      snippet.indexOf('application/json">') + 18,
      snippet.lastIndexOf('</script>'),
    );
    expect(body).not.toMatch(/<\/script|<!--|\u2028/i);
  });

  it('escapes attributes and drops names that are not attribute names', () => {
    expect(snippet).toContain('src="/x.js?a=1&amp;b=&quot;2&quot;"');
    expect(snippet).toContain('<news-timeline layout="vertical" theme="&quot;>&lt;img>">');
    expect(snippet).not.toContain('bad name');
  });
});
