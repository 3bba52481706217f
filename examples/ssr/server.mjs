// Server rendering with plain node:http: the article's timeline is drawn on the server, as HTML
// with declarative shadow DOM, so readers see the drawing and the list before any JavaScript
// runs (or where none runs). The page then loads the element's bundle, which upgrades it.
//
//   npm run build && node examples/ssr/server.mjs        then open http://localhost:8790/
//
// `createSsrServer` takes the renderer so tests can pass the one built from src/.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The page: the server-rendered element for a width the layout gives it, then the bundle. */
export function page(fragment, { title, lang, bundle = 'news-timeline.bundle.js' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>
<style>body{margin:0 auto;max-width:1200px;font-family:system-ui,sans-serif}</style>
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

export async function createSsrServer({
  renderTimelineHtml,
  port = 0,
  hydrateBundle = `${root}dist/news-timeline.hydrate.bundle.js`,
}) {
  const timeline = JSON.parse(await readFile(`${root}src/data/static/iraq-2014.json`, 'utf8'));
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/') {
        // The column is 1200 px wide at most: the server lays the drawing out for that width.
        const fragment = await renderTimelineHtml(timeline, { width: 1200 });
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        // ?hydrate: the bundle with Lit's hydration support (`node scripts/bundle.mjs --hydrate`),
        // which adopts the server's shadow DOM instead of drawing it again.
        const bundle = url.searchParams.has('hydrate')
          ? 'news-timeline.hydrate.bundle.js'
          : 'news-timeline.bundle.js';
        response.end(page(fragment, { title: timeline.title, lang: timeline.language, bundle }));
        return;
      }
      if (url.pathname === '/client-only') {
        // For comparison: the same page drawn only by the browser, from inline JSON.
        const json = JSON.stringify(timeline).replace(/</g, '\\u003c');
        const fragment = `<news-timeline><script type="application/json">${json}</script></news-timeline>`;
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(page(fragment, { title: timeline.title, lang: timeline.language }));
        return;
      }
      // The bundles, and the chunks the page bundle loads on demand (story mode).
      const script = /^\/dist\/(news-timeline(?:\.hydrate)?\.bundle\.js|chunks\/[\w-]+\.js)$/.exec(
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
  const { renderTimelineHtml } = await import('news-timeline/ssr');
  const { url } = await createSsrServer({ renderTimelineHtml, port: 8790 });
  console.log(`Server-rendered article at ${url}/`);
}
