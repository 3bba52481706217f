// bench/plot.svg: first-render time against N for every library, log-log, written as SVG text so
// the benchmark needs no plotting dependency (d3-scale is already ours).
import { scaleLog } from 'd3-scale';
import { RENDER_TIMEOUT_MS } from './measure.mjs';

const WIDTH = 720;
const HEIGHT = 440;
const M = { top: 40, right: 170, bottom: 50, left: 70 };
const COLOURS = {
  ours: '#1f6feb',
  d3t: '#1a7f37',
  tlc: '#9a6700',
  vis: '#d1242f',
  tljs: '#8250df',
};

function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function msLabel(ms) {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

/** Points per library; a timeout is drawn at the 60 s line with an open marker; not run: none. */
function series(results, id) {
  return results.sizes.flatMap((count) => {
    const entry = results.data[id]?.[count];
    if (entry?.skipped) return [];
    if (!entry || entry.timeout) return [{ count, ms: RENDER_TIMEOUT_MS, timeout: true }];
    return [{ count, ms: entry.firstRender.median, timeout: false }];
  });
}

function axes(x, y) {
  const parts = [];
  for (const n of x.ticks().filter((t) => Math.log10(t) % 1 === 0)) {
    parts.push(
      `<line x1="${x(n)}" x2="${x(n)}" y1="${M.top}" y2="${HEIGHT - M.bottom}" stroke="#ddd"/>`,
    );
    parts.push(
      `<text x="${x(n)}" y="${HEIGHT - M.bottom + 18}" text-anchor="middle">${n.toLocaleString('en')}</text>`,
    );
  }
  for (const ms of y.ticks().filter((t) => Math.log10(t) % 1 === 0)) {
    parts.push(
      `<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/>`,
    );
    parts.push(`<text x="${M.left - 8}" y="${y(ms) + 4}" text-anchor="end">${msLabel(ms)}</text>`);
  }
  parts.push(
    `<text x="${(M.left + WIDTH - M.right) / 2}" y="${HEIGHT - 12}" text-anchor="middle">events (log)</text>`,
  );
  parts.push(
    `<text transform="translate(16 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)" text-anchor="middle">time to first render (log)</text>`,
  );
  return parts.join('\n');
}

function line(points, x, y, colour, name, index) {
  const path = points
    .map((p, i) => `${i ? 'L' : 'M'}${x(p.count).toFixed(1)},${y(p.ms).toFixed(1)}`)
    .join('');
  const marks = points
    .map(
      (p) =>
        `<circle cx="${x(p.count).toFixed(1)}" cy="${y(p.ms).toFixed(1)}" r="4" fill="${p.timeout ? 'white' : colour}" stroke="${colour}" stroke-width="2"><title>${esc(name)}: ${p.timeout ? 'timeout' : `${Math.round(p.ms)} ms`} at ${p.count.toLocaleString('en')}</title></circle>`,
    )
    .join('\n');
  const ly = M.top + 10 + index * 22;
  const legend = `<line x1="${WIDTH - M.right + 16}" x2="${WIDTH - M.right + 40}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2.5"/><text x="${WIDTH - M.right + 46}" y="${ly + 4}">${esc(name)}</text>`;
  return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2.5"/>\n${marks}\n${legend}`;
}

export function plotSvg(results) {
  const all = results.libraries.flatMap((library) => series(results, library.id));
  const x = scaleLog()
    .domain([Math.min(...results.sizes), Math.max(...results.sizes)])
    .range([M.left, WIDTH - M.right]);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all.map((p) => p.ms))));
  const y = scaleLog()
    .domain([lo, 10 ** Math.ceil(Math.log10(RENDER_TIMEOUT_MS))])
    .range([HEIGHT - M.bottom, M.top]);
  const lines = results.libraries.map((library, i) =>
    line(series(results, library.id), x, y, COLOURS[library.id] ?? '#555', library.name, i),
  );
  const timeoutY = y(RENDER_TIMEOUT_MS);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="t">
<title id="t">Time to first render against number of events, log-log; ${esc(results.date.slice(0, 10))}</title>
<rect width="100%" height="100%" fill="white"/>
<text x="${M.left}" y="22" font-size="14" font-weight="600">Time to first render (median), headless Chromium, ${results.machine.cores} cores</text>
${axes(x, y)}
<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${timeoutY}" y2="${timeoutY}" stroke="#999" stroke-dasharray="4 3"/>
<text x="${WIDTH - M.right - 4}" y="${timeoutY - 5}" text-anchor="end" fill="#666">timeout (open marker)</text>
${lines.join('\n')}
</svg>
`;
}
