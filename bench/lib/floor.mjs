// The browser's share of our first render: our element draws `count` events (bench/pages/ours.html,
// the minified bundle), then a page with no library (bench/pages/floor.html) is handed the same
// markup and styles and shows them (parse, style, layout, paint, to two frames later). What is
// left of ours is our script: validation, index, layout, names, Lit.
import { taskMs } from './browser.mjs';
import { loadAndRender } from './measure.mjs';
import { renderMedians } from './stats.mjs';

/**
 * Our first render of `count` events: its time, its main-thread work, and what it drew. Nested
 * shadow roots (the legend's) are serialised as declarative shadow roots with their adopted
 * styles copied into a `<style>`, so the copy draws them too.
 */
async function oursDrawn(session, count) {
  const { opened, render } = await loadAndRender(session, { page: 'ours.html' }, count);
  const { page, context } = opened;
  const drawn = await page.evaluate(() => {
    const cssOf = (root) =>
      root.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
    const root = document.querySelector('news-timeline').shadowRoot;
    const nested = [...root.querySelectorAll('*')]
      .map((element) => element.shadowRoot)
      .filter(Boolean);
    for (const shadow of nested) {
      const style = document.createElement('style');
      style.textContent = cssOf(shadow);
      shadow.prepend(style);
    }
    return {
      markup: root.getHTML({ shadowRoots: nested }),
      css: cssOf(root),
      elements: root.querySelectorAll('*').length,
    };
  });
  await context.close();
  return { ...render, ...drawn };
}

/** The same markup and styles shown by a page with no library. */
async function bareRender(session, { markup, css }) {
  const { page, context, cdp } = await session.open('floor.html');
  await page.evaluate((text) => window.floor.prepare(text), css);
  const before = await taskMs(cdp);
  const ms = await page.evaluate((html) => window.floor.render(html), markup);
  const work = (await taskMs(cdp)) - before;
  await context.close();
  return { ms, work };
}

/** Medians of `reps` interleaved pairs of fresh loads: ours, then its markup with no script. */
export async function browserShare(session, count, reps = 5) {
  const ours = [];
  const bare = [];
  let elements = 0;
  for (let rep = 0; rep < reps; rep += 1) {
    const drawn = await oursDrawn(session, count);
    ours.push(drawn);
    bare.push(await bareRender(session, drawn));
    elements = drawn.elements;
  }
  return { count, reps, ours: renderMedians(ours), bare: renderMedians(bare), elements };
}
