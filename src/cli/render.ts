/**
 * `news-timeline render timeline.json [--width 1200] [--svg out.svg | --png out.png] [--theme
 * light|dark] [--locale fr] [--csp sources.txt]`: a static picture of the timeline (SVG, or PNG through an installed
 * Chromium), or, with neither flag, the server-rendered `<news-timeline>` as an HTML fragment on
 * stdout (declarative shadow DOM; needs `@lit-labs/ssr`), and with `--csp` the CSP sources its
 * inline styles need.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { UsageError, parseArguments, readInput } from './arguments.js';

export const RENDER_USAGE = `Usage: news-timeline render <timeline.json|-> [options]

Draws a timeline without a browser's JavaScript: an HTML fragment with the server-rendered element
on stdout (default), or a static picture.

Options:
  --width <px>        Width of the drawing (default 1200).
  --svg <file>        Write an accessible, self-contained SVG picture ("-" for stdout).
  --png <file>        Write a PNG picture, drawn by an installed Chromium ($CHROME_PATH, else
                      /usr/bin/chromium) through playwright-core.
  --theme <name>      light (default) or dark.
  --locale <tag>      BCP 47 locale of words and dates (default: the data's language).
  --csp <file>        With the HTML fragment: write the Content-Security-Policy style-src
                      sources it needs (hashes of its <style> elements and style attributes,
                      no 'unsafe-inline'), to add to the page's style-src ("-" for stderr).
  -h, --help          This help.`;

// The built package's own modules (dist/static, dist/ssr), loaded at run time rather than bundled
// into the CLI: the picture brings every language, the fragment the whole element, and the other
// commands need neither. Specifiers in variables, so esbuild leaves them to Node.
const STATIC_MODULE = '../static/index.js';
const SSR_MODULE = '../ssr/index.js';
const TRANSLATIONS_DIR = '../translations/';
const SHIPPED_LANGUAGES = ['ar', 'de', 'es', 'fr', 'he', 'ja', 'pt'];

interface RenderArguments {
  file: string;
  width: number;
  svg?: string;
  png?: string;
  theme: 'light' | 'dark';
  locale?: string;
  csp?: string;
}

export function parseRenderArguments(argv: readonly string[]): RenderArguments {
  const { file, values } = parseArguments(argv, {
    values: ['width', 'svg', 'png', 'theme', 'locale', 'csp'],
    flags: [],
    noun: 'timeline',
  });
  const width = values.width === undefined ? 1200 : Number(values.width);
  if (!Number.isFinite(width) || width < 320 || width > 10_000) {
    throw new UsageError(`--width must be a number of px from 320 to 10000`);
  }
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') {
    throw new UsageError(`--theme must be light or dark`);
  }
  if (values.svg && values.png) throw new UsageError('give --svg or --png, not both');
  if (values.csp !== undefined && (values.svg !== undefined || values.png !== undefined)) {
    throw new UsageError('--csp is for the HTML fragment: a picture has no inline styles');
  }
  return {
    file,
    width,
    theme,
    ...(values.svg !== undefined ? { svg: values.svg } : {}),
    ...(values.png !== undefined ? { png: values.png } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
    ...(values.csp !== undefined ? { csp: values.csp } : {}),
  };
}

export async function runRender(argv: readonly string[]): Promise<number> {
  const args = parseRenderArguments(argv);
  const text = await readInput(args.file, 'timeline');
  if (args.locale) await loadLanguage(args.locale);
  const options = {
    width: args.width,
    theme: args.theme,
    ...(args.locale ? { locale: args.locale } : {}),
  };
  let svg = '';
  try {
    if (args.svg !== undefined || args.png !== undefined) {
      const { renderSVG } = (await import(STATIC_MODULE)) as typeof import('../static/index.js');
      svg = renderSVG(text, options);
    }
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^news-timeline: /, ''));
  }
  if (args.svg !== undefined) {
    if (args.svg === '-') process.stdout.write(svg);
    else await writeFile(args.svg, svg);
    return 0;
  }
  if (args.png !== undefined) {
    await writeFile(args.png, await svgToPng(svg, args.width));
    return 0;
  }
  const { renderTimeline } = (await import(SSR_MODULE)) as typeof import('../ssr/index.js');
  let fragment;
  try {
    fragment = await renderTimeline(text, options);
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^news-timeline: /, ''));
  }
  process.stdout.write(fragment.html);
  if (args.csp !== undefined) {
    const sources = `${fragment.styleSources.join(' ')}\n`;
    if (args.csp === '-') process.stderr.write(sources);
    else await writeFile(args.csp, sources);
  }
  return 0;
}

/**
 * Registers the locale's language from the package's own per-language file (dist/translations),
 * as a page does; English is built in, and a language we do not ship falls back to it.
 */
async function loadLanguage(locale: string): Promise<void> {
  const code = locale.toLowerCase().split(/[-_]/)[0]!;
  if (!SHIPPED_LANGUAGES.includes(code)) return;
  await import(`${TRANSLATIONS_DIR}${code}.js`);
}

/** The SVG drawn by an installed Chromium into a PNG at twice the pixel density. */
async function svgToPng(svg: string, width: number): Promise<Buffer> {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new UsageError(
      `--png needs Chromium, and none was found at ${executablePath}. Install one (Debian: apt-get install chromium) or set CHROME_PATH to its binary; --svg needs no browser.`,
    );
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new UsageError('--png needs the playwright-core package: npm install playwright-core');
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height: 600 }, deviceScaleFactor: 2 });
    // Nothing to fetch: the picture is self-contained; any request would be a bug, so block all.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    return await page.locator('svg').first().screenshot({ type: 'png' });
  } finally {
    await browser.close();
  }
}
