// Turns results.json into the Markdown the README quotes, and checks our targets honestly.
import { fmtBytes, fmtCount, fmtMs } from './stats.mjs';

const PEERS = ['vis', 'tlc'];

function cell(results, lib, count) {
  return results.data[lib]?.[count];
}

function isTimeout(entry) {
  return !entry || entry.timeout;
}

/** "42x" when the peer is slower, "0.5x" when it is faster; "–" when either side has no number. */
function ratio(peer, ours) {
  if (typeof peer !== 'number' || typeof ours !== 'number' || ours <= 0) return '–';
  const r = peer / ours;
  return `${r >= 10 ? Math.round(r) : r.toFixed(1)}x`;
}

function libName(results, id) {
  return results.libraries.find((library) => library.id === id).name;
}

/**
 * One table: a row per N, a column per library, then "peer / ours" per peer. `pick` returns the
 * number used for ratios; `show` the text in the cell.
 */
function table(results, title, pick, show = (entry) => fmtMs(pick(entry))) {
  const ids = results.libraries.map((library) => library.id);
  const head = [
    'events',
    ...ids.map((id) => libName(results, id)),
    ...PEERS.map((id) => `${libName(results, id)} / ours`),
  ];
  const rows = results.sizes.map((count) => {
    const values = ids.map((id) => {
      const entry = cell(results, id, count);
      if (isTimeout(entry)) return 'timeout (> 60 s)';
      return show(entry) ?? '–';
    });
    const ours = cell(results, 'ours', count);
    const ratios = PEERS.map((id) => {
      const entry = cell(results, id, count);
      if (isTimeout(entry) && !isTimeout(ours)) return 'peer timed out';
      return isTimeout(entry) || isTimeout(ours) ? '–' : ratio(pick(entry), pick(ours));
    });
    return [count.toLocaleString('en'), ...values, ...ratios];
  });
  return [
    `### ${title}`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

function steps(entry, key) {
  const phase = entry?.[key];
  if (!phase) return null;
  return phase;
}

function stepCell(entry, key) {
  const phase = steps(entry, key);
  if (!phase) return 'n/a';
  const note = phase.steps < 30 ? ` (${phase.steps} steps)` : '';
  return `${fmtMs(phase.median)} / ${fmtMs(phase.p95)} · work p95 ${fmtMs(phase.workP95)}${note}`;
}

function layoutTable(layout) {
  const rows = layout.rows.map((row) =>
    [
      row.count.toLocaleString('en'),
      `${fmtMs(row.indexBuild.ms)} · +${fmtBytes(row.indexBuild.heapBytes)}`,
      `${fmtMs(row.fitAll.ms)} · ${row.fitAll.items} items from ${fmtCount(row.fitAll.candidates)} events`,
      `${fmtMs(row.oneDay.ms)} · ${row.oneDay.items} items from ${fmtCount(row.oneDay.candidates)} events`,
    ].join(' | '),
  );
  return [
    '### Pure layout in Node (src/layout), median',
    '',
    '| events | buildEventIndex · heap kept | one view, fit-all (layoutView + timeTicks) | one view, 1-day zoom |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}

/** Our targets from the issue, each with the numbers that decide it. */
export function targetsReport(results) {
  const ours = (count) => cell(results, 'ours', count);
  const out = [];
  const at10k = ours(10_000);
  const vis10k = cell(results, 'vis', 10_000);
  if (!isTimeout(at10k)) {
    const oursMs = at10k.firstRender.median;
    const visMs = isTimeout(vis10k) ? Infinity : vis10k.firstRender.median;
    out.push({
      target: '10k first render <= vis-timeline / 10',
      met: oursMs <= visMs / 10,
      detail: `ours ${fmtMs(oursMs)}, vis-timeline ${fmtMs(visMs)}`,
    });
    const peers = PEERS.map((id) => cell(results, id, 10_000)).filter((entry) => !isTimeout(entry));
    const fastestPeer = Math.min(...peers.map((entry) => entry.firstRender.median));
    out.push({
      target: '10k first render faster than every peer',
      met: oursMs < fastestPeer,
      detail: `ours ${fmtMs(oursMs)}, fastest peer ${fmtMs(fastestPeer)}`,
    });
  }
  for (const count of [10_000, 100_000]) {
    const entry = ours(count);
    if (isTimeout(entry)) {
      out.push({
        target: `pan/zoom at ${count.toLocaleString('en')}`,
        met: false,
        detail: 'ours timed out',
      });
      continue;
    }
    for (const key of ['range', 'wheelZoom', 'wheelPan']) {
      const phase = entry[key];
      if (!phase) continue;
      out.push({
        target: `${key} step p95 <= 16 ms at ${count.toLocaleString('en')} (main-thread work)`,
        met: phase.workP95 <= 16,
        detail: `work p95 ${fmtMs(phase.workP95)}; call -> two frames p95 ${fmtMs(phase.p95)} against an idle floor of ${fmtMs(results.idleTwoFramesMs)}`,
      });
    }
  }
  const at100k = ours(100_000);
  out.push({
    target: '100k first render < 1 s',
    met: !isTimeout(at100k) && at100k.firstRender.median < 1000,
    detail: isTimeout(at100k) ? 'timed out' : `ours ${fmtMs(at100k.firstRender.median)}`,
  });
  // Independent of N means flat once N exceeds what a view can show: compare the largest two sizes
  // (below that, small N simply have fewer events than fit, which is not growth).
  const oursSizes = results.sizes.filter((count) => !isTimeout(ours(count)));
  const nodes = oursSizes.map((count) => ours(count).nodes);
  const [penultimate, last] = nodes.slice(-2);
  out.push({
    target: 'DOM nodes independent of N (a few thousand at most)',
    met: Math.max(...nodes) <= 5000 && last <= 1.2 * penultimate,
    detail: `ours ${nodes.map(fmtCount).join(' / ')} nodes at ${oursSizes.map((n) => n.toLocaleString('en')).join(' / ')}`,
  });
  return out;
}

export function targetsText(targets) {
  return targets.map((t) => `- ${t.met ? 'MET ' : 'MISS'} ${t.target}: ${t.detail}`).join('\n');
}

export function markdownReport(results, targets) {
  const m = results.machine;
  const tables = [
    table(
      results,
      'Time to first render (data handed over -> two frames later), median of fresh loads',
      (e) => e.firstRender.median,
    ),
    table(
      results,
      'Main-thread work during first render (CDP TaskDuration), median',
      (e) => e.firstRender.workMedian,
    ),
    table(
      results,
      'Programmatic pan step (range shifted 5%): median / p95 to two frames later · main-thread work p95',
      (e) => e.range.p95,
      (e) => stepCell(e, 'range'),
    ),
    table(
      results,
      'Ctrl+wheel zoom step: median / p95 to two frames later · work p95',
      (e) => e.wheelZoom?.p95,
      (e) => stepCell(e, 'wheelZoom'),
    ),
    table(
      results,
      'Horizontal wheel pan step: median / p95 to two frames later · work p95',
      (e) => e.wheelPan?.p95,
      (e) => stepCell(e, 'wheelPan'),
    ),
    table(
      results,
      'JS heap after first render (after gc)',
      (e) => e.heapAfter,
      (e) => `${fmtBytes(e.heapAfter)} (+${fmtBytes(e.heapAfter - e.heapBefore)} over data)`,
    ),
    table(
      results,
      'DOM nodes after first render (document + every shadow root)',
      (e) => e.nodes,
      (e) => fmtCount(e.nodes),
    ),
  ];
  return [
    '## Benchmark: news-timeline against vis-timeline and timelines-chart',
    '',
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)}: headless Chromium ${m.chromium}, ${m.cores} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}; load average ${m.loadAverageAtStart.join(' ')} at start, ${m.loadAverageAtEnd.join(' ')} at end (other engineers' test runs share this machine). Whole run: ${results.runtimeSeconds} s.`,
    '',
    '**Compare ratios within this run, not absolute numbers across runs**: the machine is shared and has two cores. Same data for every library: `syntheticTimeline({ count, seed: 42, days: 30, rangeShare: 0.2, headlineLength: 40 })`, 1200 px wide. First render is the median of 5 fresh page loads (3 at 100,000). Steps: 30 per kind (fewer when a peer exhausts a 25 s allowance per kind; the count is then shown). A library that needs more than 60 s is recorded as a timeout and not run at larger N.',
    '',
    `"To two frames later" cannot go below the frame clock: two rAF on an idle page take ${fmtMs(results.idleTwoFramesMs)} here. "Work" is the renderer main thread's busy time for the step (CDP \`Performance.TaskDuration\`: script, style, layout, paint), the part a 16 ms frame budget is about. timelines-chart has no wheel handling (it zooms by brushing), hence n/a.`,
    '',
    ...tables,
    layoutTable(results.layout),
    '![First render time against number of events, log-log](bench/plot.svg)',
    '',
    '### Our targets',
    '',
    targetsText(targets),
    '',
  ].join('\n');
}
