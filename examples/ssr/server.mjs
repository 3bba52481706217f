// Server rendering with plain node:http: the article's timeline is drawn on the server, as HTML
// with declarative shadow DOM, so readers see the drawing and the list before any JavaScript
// runs (or where none runs). The page then loads the element's bundle, which upgrades it.
// Every page is served under a strict Content-Security-Policy, with no 'unsafe-inline': a fresh
// nonce per response for the <style> elements, and the hashes of the drawing's style attributes.
//
//   npm run build && node examples/ssr/server.mjs        then open http://localhost:8790/
//
//   /              the timeline rendered from a Timeline object (the `timeline` property)
//   /inline        the article as a CMS stores it, with the timeline as inline JSON, rendered
//   /client-only   the same page drawn only by the browser, for comparison
//   ?hydrate       the bundle with Lit's hydration support, which adopts the server's DOM
//
// `createSsrServer` takes the renderer (`news-timeline/ssr`) so tests can pass the one built from src/.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The page: the server-rendered element for a width the layout gives it, then the bundle. */
export function page(fragment, { title, lang, nonce, bundle = 'news-timeline.bundle.js' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>
<style nonce="${nonce}">body{margin:0 auto;max-width:1200px;font-family:system-ui,sans-serif}</style>
</head>
<body>
<main>
${fragment}
<p>The article continues below the timeline: on a page drawn only in the browser, this paragraph
moves down when the timeline appears; on the server-rendered page it is where it stays.</p>
</main>
<script type="module" src="/dist/${bundle}"></script>
</body>
</html>`;
}

/** The timeline as inline JSON, as a page or a CMS writes it (`<` escaped: it cannot end the script). */
function inlineTimeline(timeline) {
  const json = JSON.stringify(timeline).replace(/</g, '\\u003c');
  return `<news-timeline><script type="application/json">${json}</script></news-timeline>`;
}

export async function createSsrServer({
  ssr,
  port = 0,
  hydrateBundle = `${root}dist/news-timeline.hydrate.bundle.js`,
}) {
  const { renderTimeline, renderTimelinesInHtml, contentSecurityPolicy } = ssr;
  const timeline = JSON.parse(await readFile(`${root}src/data/static/iraq-2014.json`, 'utf8'));
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      // ?hydrate: the bundle with Lit's hydration support (`node scripts/bundle.mjs --hydrate`),
      // which adopts the server's shadow DOM instead of drawing it again.
      const bundle = url.searchParams.has('hydrate')
        ? 'news-timeline.hydrate.bundle.js'
        : 'news-timeline.bundle.js';
      // A fresh nonce for every response: the page's own <style> and the fragment's carry it.
      const nonce = randomBytes(16).toString('base64');
      const options = { title: timeline.title, lang: timeline.language, nonce, bundle };
      let html;
      let rendered;
      if (url.pathname === '/') {
        // The column is 1200 px wide at most: the server lays the drawing out for that width.
        rendered = await renderTimeline(timeline, { width: 1200, nonce });
        html = page(rendered.html, options);
      } else if (url.pathname === '/inline') {
        // The whole article page, timeline as inline JSON, rendered on its way out.
        rendered = await renderTimelinesInHtml(page(inlineTimeline(timeline), options), {
          width: 1200,
          nonce,
        });
        html = rendered.html;
      } else if (url.pathname === '/client-only') {
        // For comparison: the same page drawn only by the browser, from inline JSON.
        rendered = { styleSources: [`'nonce-${nonce}'`] };
        html = page(inlineTimeline(timeline), { ...options, bundle: 'news-timeline.bundle.js' });
      }
      if (html !== undefined) {
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': contentSecurityPolicy(rendered),
          'Cache-Control': 'no-store',
        });
        response.end(html);
        return;
      }
      // The bundles, and the chunks the page bundle loads on demand (story mode, the detail card;
      // their names have dots: "news-event-card.define-…").
      const script = /^\/dist\/(news-timeline(?:\.hydrate)?\.bundle\.js|chunks\/[\w.-]+\.js)$/.exec(
        url.pathname,
      );
      if (script) {
        const file =
          script[1] === 'news-timeline.hydrate.bundle.js'
            ? hydrateBundle
            : `${root}dist/${script[1]}`;
        const js = await readFile(file);
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        response.end(js);
        return;
      }
      if (url.pathname === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      response.writeHead(404).end('not found');
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ssr = await import('news-timeline/ssr');
  const { url } = await createSsrServer({ ssr, port: 8790 });
  console.log(`Server-rendered article at ${url}/ (also /inline, /client-only, ?hydrate)`);
}
