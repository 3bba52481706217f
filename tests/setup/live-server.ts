/**
 * A scriptable "live story" server for browser tests, mounted on Vitest's own dev server (same
 * origin, so no CORS) under /__live/<channel>/. Each test takes its own channel:
 *
 * - `PUT  /__live/<c>/timeline.json` with a body: the next version (a new ETag and Last-Modified).
 * - `POST /__live/<c>/script` with `[{ status?, delayMs? }, ...]`: how the next GETs answer.
 * - `GET  /__live/<c>/timeline.json`: the current version, 304 when `If-None-Match` matches it,
 *   or the next scripted answer (an error status, or the current body after a delay).
 * - `GET  /__live/<c>/log`: the GETs seen so far, with their conditional headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

interface Scripted {
  status?: number;
  delayMs?: number;
}

interface Channel {
  body: string;
  version: number;
  modified: Date;
  script: Scripted[];
  log: { ifNoneMatch: string | null; ifModifiedSince: string | null; answered: number }[];
}

const channels = new Map<string, Channel>();

function channel(name: string): Channel {
  let found = channels.get(name);
  if (!found) {
    found = { body: '{}', version: 0, modified: new Date(0), script: [], log: [] };
    channels.set(name, found);
  }
  return found;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const match = /^\/([\w-]+)\/(timeline\.json|script|log)$/.exec(request.url ?? '');
  if (!match) {
    response.statusCode = 404;
    response.end();
    return;
  }
  const live = channel(match[1]!);
  const route = match[2];
  if (route === 'log') {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(live.log));
    return;
  }
  if (route === 'script') {
    live.script.push(...(JSON.parse(await readBody(request)) as Scripted[]));
    response.end();
    return;
  }
  if (request.method === 'PUT') {
    live.body = await readBody(request);
    live.version++;
    // HTTP dates have whole seconds: each version is a second later, whatever the wall clock.
    live.modified = new Date(Date.UTC(2014, 5, 14) + live.version * 1000);
    response.end();
    return;
  }
  const step = live.script.shift() ?? {};
  const etag = `"v${live.version}"`;
  const entry = {
    ifNoneMatch: request.headers['if-none-match'] ?? null,
    ifModifiedSince: request.headers['if-modified-since'] ?? null,
    answered: 0,
  };
  live.log.push(entry);
  // The body is read when the request arrives: a slow answer carries the version of its time.
  const body = live.body;
  if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
  if (step.status && step.status !== 200) {
    entry.answered = step.status;
    response.statusCode = step.status;
    response.end('scripted failure');
    return;
  }
  response.setHeader('etag', etag);
  response.setHeader('last-modified', live.modified.toUTCString());
  response.setHeader('cache-control', 'no-cache');
  if (entry.ifNoneMatch === etag) {
    entry.answered = 304;
    response.statusCode = 304;
    response.end();
    return;
  }
  entry.answered = 200;
  response.setHeader('content-type', 'application/json');
  response.end(body);
}

export function liveStoryServer(): Plugin {
  return {
    name: 'news-timeline-live-story-server',
    configureServer(server) {
      server.middlewares.use('/__live', (request, response) => {
        handle(request, response).catch(() => {
          response.statusCode = 500;
          response.end();
        });
      });
    },
  };
}
