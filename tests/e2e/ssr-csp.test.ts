// The server-rendered article under a strict Content-Security-Policy, with no 'unsafe-inline'
// anywhere: the example sends a fresh nonce per response for the <style> elements (the page's and
// the declarative shadow roots') and the hashes of the drawing's style attributes
// ('unsafe-hashes'). In Chromium: no violation, with or without JavaScript, hydrated or not, and
// the same drawing as under 'unsafe-inline'; a wrong nonce or missing hashes are refused.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import {
  drawing,
  eventsFromServer,
  openPage,
  probes,
  ssrSite,
  upgraded,
  type Drawing,
} from './ssr-page.js';

const site = ssrSite('ssr-csp');

type Rewrite = (policy: string) => string;

/** Pages served with their policy changed by `rewrite` on the way to the browser. */
async function rewritePolicy(context: BrowserContext, rewrite: Rewrite): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const headers = response.headers();
    headers['content-security-policy'] = rewrite(headers['content-security-policy']!);
    await route.fulfill({ response, headers });
  });
}

const unsafeInline: Rewrite = (policy) =>
  policy.replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'");
const wrongNonce: Rewrite = (policy) =>
  policy.replace(/'nonce-[^']*'/, "'nonce-bm90LXRoaXMtb25lLTEyMzQ='");
const noHashes: Rewrite = (policy) => policy.replace(/ 'unsafe-hashes'( 'sha256-[^']*')+/, '');

/** `path` opened at 1280 px, its policy rewritten or not; what it drew and what was refused. */
async function visit(
  path: string,
  { javaScript = false, rewrite }: { javaScript?: boolean; rewrite?: Rewrite } = {},
) {
  const { page, errors, context } = await openPage(site(), { javaScriptEnabled: javaScript });
  if (rewrite) await rewritePolicy(context, rewrite);
  const response = await page.goto(`${site().url}${path}`);
  if (javaScript) await upgraded(page);
  const drawn = (await page.evaluate(drawing))!;
  const seen = javaScript ? await probes(page) : undefined;
  const fromServer = javaScript ? await eventsFromServer(page) : undefined;
  const policy = response!.headers()['content-security-policy'] ?? '';
  await context.close();
  return { drawn, errors, seen, fromServer, policy };
}

/** Where the marks are: what a policy that refused the positions or styles would change. */
function marks(drawn: Drawing) {
  return drawn.events.map((e) => ({ id: e.id, x: e.x, y: e.y, width: e.width }));
}

describe('server-rendered article under a strict CSP with a nonce and hashes', () => {
  it('sends a strict policy with a fresh nonce per response, on every <style> of the page', async () => {
    for (const path of ['/', '/inline', '/client-only']) {
      const [first, second] = await Promise.all([
        fetch(`${site().url}${path}`),
        fetch(`${site().url}${path}`),
      ]);
      const policies = [first, second].map((r) => r.headers.get('content-security-policy')!);
      const html = await first.text();
      const nonces = policies.map((p) => /'nonce-([^']+)'/.exec(p)![1]);
      expect(nonces[0]).not.toBe(nonces[1]);
      for (const policy of policies) {
        expect(policy).not.toContain('unsafe-inline');
        expect(policy).toContain("script-src 'self';");
      }
      // Every <style> carries this response's nonce: the page's own, and in the server-rendered
      // pages the element's and its legend's (declarative shadow roots).
      const styles = [...html.matchAll(/<style( nonce="([^"]*)")?>/g)];
      expect(styles.length).toBe(path === '/client-only' ? 1 : 3);
      for (const style of styles) expect(style[2]).toBe(nonces[0]);
      // Style attributes are allowed one by one, by their hashes, on server-rendered pages only.
      const attributes = new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]));
      const hashes = policies[0]!.match(/'sha256-/g)?.length ?? 0;
      expect(hashes).toBe(attributes.size);
      expect(policies[0]!.includes("'unsafe-hashes'")).toBe(attributes.size > 0);
      if (path !== '/client-only') expect(attributes.size).toBeGreaterThan(10);
    }
  });

  it('shows the drawing with JavaScript disabled with no violation, as under unsafe-inline', async () => {
    for (const path of ['/', '/inline']) {
      const strict = await visit(path);
      const loose = await visit(path, { rewrite: unsafeInline });
      expect(loose.policy).toContain("'unsafe-inline'");
      expect(strict.errors).toEqual([]);
      // Styled and placed: the plot has its lanes, the marks their own places along the axis.
      expect(strict.drawn.plotWidth).toBe(1200);
      expect(strict.drawn.plotHeight).toBeGreaterThan(200);
      expect(new Set(strict.drawn.events.map((e) => Math.round(e.x))).size).toBeGreaterThan(2);
      expect(strict.drawn).toEqual(loose.drawn);
    }
  });

  it('upgrades and hydrates with no violation and the same drawing; the client-only page too', async () => {
    for (const path of ['/?hydrate', '/', '/inline?hydrate', '/client-only']) {
      const strict = await visit(path, { javaScript: true });
      expect(strict.seen!.violations).toEqual([]);
      expect(strict.errors).toEqual([]);
      expect(strict.drawn.events).toHaveLength(5);
      if (path.endsWith('?hydrate')) {
        expect(strict.seen!.removed).toBe(0);
        expect(strict.fromServer).toBe(true);
      }
      const loose = await visit(path, { javaScript: true, rewrite: unsafeInline });
      expect(marks(strict.drawn)).toEqual(marks(loose.drawn));
    }
  });

  it('is enforced: a wrong nonce refuses the <style> elements, missing hashes the positions', async () => {
    const strict = await visit('/');
    const wrong = await visit('/', { rewrite: wrongNonce });
    expect(wrong.policy).toContain('nonce-bm90LXRoaXMtb25lLTEyMzQ=');
    expect(wrong.errors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThan(0);
    // Unstyled: nothing is placed along the axis.
    expect(new Set(wrong.drawn.events.map((e) => Math.round(e.x))).size).toBe(1);
    const hashless = await visit('/', { rewrite: noHashes });
    expect(hashless.policy).not.toContain('sha256');
    expect(hashless.errors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThan(
      0,
    );
    // Styled, but the style attributes are refused: every mark at the same place.
    expect(hashless.drawn.plotWidth).toBe(1200);
    expect(new Set(hashless.drawn.events.map((e) => Math.round(e.x))).size).toBe(1);
    expect(marks(hashless.drawn)).not.toEqual(marks(strict.drawn));
    // With JavaScript: the refusals are reported to the page, by directive.
    const reported = await visit('/', { javaScript: true, rewrite: wrongNonce });
    expect(reported.seen!.violations.some((v) => v.startsWith('style-src-elem'))).toBe(true);
    const reportedAttributes = await visit('/', { javaScript: true, rewrite: noHashes });
    expect(reportedAttributes.seen!.violations.some((v) => v.startsWith('style-src-attr'))).toBe(
      true,
    );
  });
});
