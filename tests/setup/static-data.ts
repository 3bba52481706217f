/**
 * Serves src/data/static at /data/ on Vitest's dev server, as Storybook's `staticDirs` does, so a
 * page in a browser test finds the article's JSON and its placeholder media where stories do
 * (`data/media/tel-abyad-placeholder.svg` beside a page at the server's root).
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = join(process.cwd(), 'src', 'data', 'static');
const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function staticData(): Plugin {
  return {
    name: 'news-timeline-static-data',
    configureServer(server) {
      server.middlewares.use('/data/', (request, response, next) => {
        const path = normalize(join(ROOT, decodeURIComponent((request.url ?? '').split('?')[0]!)));
        if (!path.startsWith(ROOT + sep)) return next();
        readFile(path).then(
          (body) => {
            response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
            response.end(body);
          },
          () => next(),
        );
      });
    },
  };
}
