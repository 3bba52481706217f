/**
 * Content-Security-Policy for server-rendered timelines without `'unsafe-inline'`. Before any
 * script runs, a declarative shadow root can carry its styles only as `<style>` elements and the
 * drawing's positions only as `style` attributes. The `<style>` elements get the response's nonce
 * (or are allowed by their hashes, for fragments made once and served many times); a `style`
 * attribute cannot carry a nonce, so each distinct value is allowed by its hash under
 * `'unsafe-hashes'` (CSP Level 3). The client-only element needs none of this: it styles through
 * the CSSOM, which a policy does not govern.
 */

/** What a fragment's inline styles need, as `renderTimeline` returns it. */
export interface StyleSources {
  styleSources: readonly string[];
}

/** The policy `contentSecurityPolicy` starts from: nothing inline, nothing from elsewhere. */
export const STRICT_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'none'",
  'require-trusted-types-for': "'script'",
};

/** A nonce as CSP reads it: base64 or base64url characters. */
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Every `<style>` of `html` with `nonce`. Text from data never holds a raw `<style>`: Lit escapes it. */
export function withNonce(html: string, nonce: string): string {
  if (!NONCE.test(nonce)) throw new Error('news-timeline: a nonce is base64 text');
  return html.replace(/<style>/g, `<style nonce="${nonce}">`);
}

/**
 * The `style-src` sources for the inline styles of `html` (Lit's output: attribute values in
 * double quotes with `& < > " '` escaped, `<style>` text as written).
 */
export async function styleSources(html: string, nonce?: string): Promise<string[]> {
  const sources: string[] = [];
  if (nonce !== undefined) sources.push(`'nonce-${nonce}'`);
  else {
    const blocks = new Set(
      [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
    );
    for (const block of blocks) sources.push(await sha256Source(block));
  }
  const attributes = new Set(
    [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => unescapeAttribute(m[1]!)),
  );
  if (attributes.size > 0) sources.push("'unsafe-hashes'");
  for (const value of attributes) sources.push(await sha256Source(value));
  return sources;
}

/**
 * A `Content-Security-Policy` header value for a page that holds these fragments: `STRICT_POLICY`
 * with `directives` over it (a value of `''` drops the directive), and `style-src` extended by
 * every fragment's sources. No `'unsafe-inline'` anywhere unless `directives` adds it.
 */
export function contentSecurityPolicy(
  fragments: StyleSources | readonly StyleSources[],
  directives: Readonly<Record<string, string>> = {},
): string {
  const policy = { ...STRICT_POLICY, ...directives };
  const list: readonly StyleSources[] = Array.isArray(fragments)
    ? fragments
    : [fragments as StyleSources];
  const extra = new Set(list.flatMap((fragment) => fragment.styleSources));
  policy['style-src'] = [policy['style-src'] ?? '', ...extra].join(' ').trim();
  return Object.entries(policy)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** `'sha256-…'` of `text` as UTF-8, with the Web Crypto API Node and browsers share. */
async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
};

/** An attribute value as the browser reads it: the hash is of the value, not of its escapes. */
function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);
}
