// `npm run images`: the README's static picture of the article, docs/images/timeline-article.svg,
// drawn by renderSVG (news-timeline/static) from src/ at 1200 px. No browser needed.
// esbuild bundles the TypeScript sources in memory (lit is not involved: the module is DOM-free).
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';

const entry = `
import { renderSVG } from './src/static/index.ts';
export { renderSVG };
`;
const result = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`;
const { renderSVG } = await import(url);
const article = await readFile('src/data/static/iraq-2014.json', 'utf8');
const out = 'docs/images/timeline-article.svg';
await writeFile(out, renderSVG(article, { width: 1200 }));
console.log(`wrote ${out}`);
