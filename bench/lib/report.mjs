// Turns results.json into the Markdown the README quotes, and checks our targets honestly.
import { fmtBytes, fmtCount, fmtMs } from './stats.mjs';
import { STAGE_ORDER } from './breakdown.mjs';

const STEP_KINDS = [
  ['range', 'programmatic `range` step'],
  ['wheelZoom', 'Ctrl+wheel zoom step'],
  ['wheelPan', 'sideways wheel pan step'],
  ['dragPan', 'drag pan step'],
];
/** Ours only: the work of a step that changes nothing (see `idlePhase` in measure.mjs). */
const IDLE_STEP = ['idleStep', 'idle step (a 1 px pointer move that changes nothing)'];

function cell(results, lib, count) {
  return results.data[lib]?.[count];
}

function isMissing(entry) {
  return !entry || entry.timeout || entry.skipped;
}

function missingText(entry) {
  if (!entry) return '–';
  if (entry.skipped) return entry.reason;
  return 'timeout (> 60 s)';
}

function peersOf(results) {
  return results.libraries.filter((library) => library.id !== 'ours').map((library) => library.id);
}

function libName(results, id) {
  return results.libraries.find((library) => library.id === id).name;
}

/**
 * The fastest peer by `pick` at `count`: { id, value, entry } or undefined when none has a number.
 * `entryOf` finds a peer's entry (the tables' by default).
 */
function fastestPeer(results, count, pick, entryOf = (id) => cell(results, id, count)) {
  let best;
  for (const id of peersOf(results)) {
    const entry = entryOf(id);
    if (isMissing(entry)) continue;
    const value = pick(entry);
    if (typeof value !== 'number') continue;
    if (!best || value < best.value) best = { id, value, entry };
  }
  return best;
}

const firstRender = (entry) => entry.firstRender.median;

/** This run's browser's share of our first render at `count` (bench/lib/floor.mjs), if measured. */
function shareAt(results, count) {
  return results.browserShare?.find((share) => share.count === count);
}

/** The fastest peer's first render beside a share row; one event is measured for that row only. */
function peerBesideShare(results, count) {
  return count === 1
    ? fastestPeer(results, 1, firstRender, (id) => results.oneEvent?.[id])
    : fastestPeer(results, count, firstRender);
}

function shareTable(results) {
  if (!results.browserShare?.length) return '';
  const rows = results.browserShare.map((share) => {
    const peer = peerBesideShare(results, share.count);
    return [
      share.count.toLocaleString('en'),
      `${fmtMs(share.ours.ms)} · ${fmtMs(share.ours.work)}`,
      `${fmtMs(share.bare.ms)} · ${fmtMs(share.bare.work)}`,
      fmtMs(share.ours.work - share.bare.work),
      peer
        ? `${libName(results, peer.id)} ${fmtMs(peer.value)} · ${fmtMs(peer.entry.firstRender.workMedian)}`
        : '–',
      fmtCount(share.elements),
    ];
  });
  const reps = results.browserShare[0].reps;
  return [
    "### The browser's share of our first render: the same markup and styles with no script",
    '',
    `Our element draws the data (the minified bundle); then a page with no library is handed the markup it drew (the legend's shadow root included, as a declarative one) and its styles, and shows them: parse, style, layout, paint, to two frames later. That is what the browser needs for what we draw, whatever our script does; the rest of our work is our script (validation, index, layout, names, Lit). Median of ${reps} interleaved pairs of fresh loads in this run; "to two frames · work" as in the tables above. The fastest peer's whole first render is beside it (at one event measured for this table only).`,
    '',
    '| events | ours: to two frames · work | same markup and styles, no script: to two frames · work | our script (work) | fastest peer, whole first render: to two frames · work | elements we draw |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

/** This run's first render of ours made with its data at `count` (bench/lib/made-with-data.mjs). */
function madeWithDataAt(results, count) {
  return results.madeWithData?.find((row) => row.count === count && !row.timeout);
}

function madeWithDataTable(results) {
  if (!results.madeWithData?.length) return '';
  const rows = results.madeWithData.map((row) => {
    if (row.timeout)
      return [row.count.toLocaleString('en'), `timeout: ${row.timeout}`, '–', '–', '–', '–'];
    const peer = fastestPeer(results, row.count, firstRender);
    return [
      row.count.toLocaleString('en'),
      `${fmtMs(row.waiting.ms)} · ${fmtMs(row.waiting.work)}`,
      `${fmtMs(row.madeWithData.ms)} · ${fmtMs(row.madeWithData.work)}`,
      fmtMs(row.madeWithData.ms - row.waiting.ms),
      peer ? `${libName(results, peer.id)} ${fmtMs(peer.value)}` : '–',
      peer ? ratioText(row.madeWithData.ms, peer.value) : '–',
    ];
  });
  return [
    '### Our first render when the element is made with its data',
    '',
    `The tables above hand the data to an element the page connected before (as a page does when its story is given by \`src\`, or set after the element is drawn): our element has drawn its empty shell before. Here the element is made, given its data and connected in the timed task, as a page that builds it from data it already holds does, so its shell's first render is timed too. In both, the page loaded the library and idled before the timer, and ICU (the first date formatter of a page, 11-20 ms of work here) was started in that idle time, as the library does once it has defined its elements; a page that makes the element in the task that loads the library pays ICU's start in its first render. Median of ${results.madeWithData[0].reps} interleaved pairs of fresh loads in this run; "to two frames · work" as above; the fastest peer is the one of the first-render table.`,
    '',
    '| events | connected before its data: to two frames · work | made with its data: to two frames · work | difference | fastest peer (first-render table) | made with its data / fastest peer |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

/** "; made with its data: X": our first render when the element is made in the timed task. */
function madeWithDataNote(results, count, bound, [under, over]) {
  const row = madeWithDataAt(results, count);
  if (!row) return '';
  const ms = row.madeWithData.ms;
  return `; the element made with its data: ${fmtMs(ms)} (${ms <= bound ? under : over})`;
}

/** "; our markup ... alone: X (over the limit)": what the browser alone needs, against `bound`. */
function shareNote(results, count, bound, [under, over]) {
  const share = shareAt(results, count);
  if (!share) return '';
  return `; our markup and styles alone, with no script: ${fmtMs(share.bare.ms)} (${share.bare.ms < bound ? under : over})`;
}

function ratioText(ours, peer) {
  if (typeof peer !== 'number' || typeof ours !== 'number' || peer <= 0) return '–';
  const r = ours / peer;
  return `${r >= 10 ? Math.round(r) : r.toFixed(2)}x`;
}

/**
 * One table: a row per N, a column per library, then the fastest peer and ours relative to it.
 * `pick` returns the number compared; `show` the text in the cell.
 */
function table(results, title, pick, show = (entry) => fmtMs(pick(entry))) {
  const ids = results.libraries.map((library) => library.id);
  const withPeers = peersOf(results).length > 0;
  const head = [
    'events',
    ...ids.map((id) => libName(results, id)),
    ...(withPeers ? ['fastest peer', 'ours / fastest peer'] : []),
  ];
  const rows = results.sizes.map((count) => {
    const values = ids.map((id) => {
      const entry = cell(results, id, count);
      return isMissing(entry) ? missingText(entry) : (show(entry) ?? '–');
    });
    const ours = cell(results, 'ours', count);
    const best = fastestPeer(results, count, pick);
    const extra = withPeers
      ? [
          best ? libName(results, best.id) : '–',
          best && !isMissing(ours) ? ratioText(pick(ours), best.value) : '–',
        ]
      : [];
    return [count.toLocaleString('en'), ...values, ...extra];
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

function stepCell(entry, key) {
  const phase = entry?.[key];
  if (!phase) return 'n/a';
  const note = phase.steps < 30 ? ` (${phase.steps} steps)` : '';
  const deferred =
    typeof phase.phaseWorkPerStep === 'number'
      ? ` · all work / step ${fmtMs(phase.phaseWorkPerStep)}`
      : '';
  return `${fmtMs(phase.median)} / ${fmtMs(phase.p95)} · work p95 ${fmtMs(phase.workP95)}${deferred}${note}`;
}

function layoutTable(layout) {
  if (!layout) return '';
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

function breakdownTable(breakdown) {
  if (!breakdown) return '';
  const total = STAGE_ORDER.reduce((sum, stage) => sum + (breakdown.stages[stage] ?? 0), 0);
  return [
    `### First render of ours at ${breakdown.count.toLocaleString('en')} events, by stage (DevTools protocol)`,
    '',
    `Median of ${breakdown.runs} fresh loads of an unminified copy of the bundle with a CPU profile (100 µs sampling) and a trace running, so everything is slower than in the tables above: ${fmtMs(breakdown.wallMs)} to two frames later, main thread busy ${fmtMs(breakdown.busyMs)}${breakdown.cpuMs === undefined ? '' : ` (its CPU time ${fmtMs(breakdown.cpuMs)}: the rest is waiting for a core on this shared machine), then ${fmtMs(breakdown.afterMs)} in the ${SETTLE_TEXT} after (work deferred past the first paint, such as accessible names; the stages below include it)`}. Script stages come from the profile (a sample counts for the innermost of our stage functions on its stack: \`parseInstant\` is "parse" even inside the index); style, layout and paint are the main thread's self time in those trace events.`,
    '',
    '| stage | what runs | ms | share |',
    '|---|---|---|---|',
    ...STAGE_ORDER.map((stage) => {
      const ms = breakdown.stages[stage] ?? 0;
      return `| ${stage} | ${STAGE_NOTES[stage] ?? ''} | ${fmtMs(ms)} | ${total > 0 ? Math.round((100 * ms) / total) : 0}% |`;
    }),
    '',
  ].join('\n');
}

const SETTLE_TEXT = '0.6 s';

/** The breakdown before and after each change (bench/breakdown-history.json), a table per size. */
function historyTables(history) {
  const counts = [...new Set((history ?? []).map((row) => row.count))].sort((a, b) => a - b);
  return counts
    .map((count) =>
      historyTable(
        history.filter((row) => row.count === count),
        count,
      ),
    )
    .join('\n');
}

function historyTable(history, count) {
  if (!history?.length) return '';
  const short = {
    'after render': 'after',
    'other script': 'other JS',
    'names (Intl)': 'names',
  };
  return [
    `### First-render breakdown at ${count.toLocaleString('en')} events, before and after each change`,
    '',
    `Same instrumented measurement as above, one row per change (\`node bench/run.mjs --breakdown-only --breakdown-count ${count} --label "..."\`); ms, median of 5 loads. Rows taken at different times saw different machine load: compare the shares within a row and large differences between rows. A stage measured before it had its own column is counted in the one that held it (–). "busy" and "CPU" are the main thread to two frames later (CPU: its thread time, without the waits for a core), "after" its busy time in the ${SETTLE_TEXT} after them; stages include the work after (rows before "after" was measured stop at two frames).`,
    '',
    `| change | commit | load | ${STAGE_ORDER.map((stage) => short[stage] ?? stage).join(' | ')} | busy | CPU | after | to two frames |`,
    `|---|---|---|${STAGE_ORDER.map(() => '---').join('|')}|---|---|---|---|`,
    ...history.map(
      (row) =>
        `| ${row.label} | ${row.commit} | ${row.loadAverage[0]} | ${STAGE_ORDER.map((stage) => (row.stages[stage] === undefined ? '–' : row.stages[stage].toFixed(1))).join(' | ')} | ${row.busyMs.toFixed(0)} | ${row.cpuMs === undefined ? '–' : row.cpuMs.toFixed(0)} | ${row.afterMs === undefined ? '–' : row.afterMs.toFixed(0)} | ${row.wallMs.toFixed(0)} |`,
    ),
    '',
  ].join('\n');
}

const STAGE_NOTES = {
  parse: 'instant text to ms (`parseInstant`), JSON text',
  validate: '`parseTimeline`: the schema walk over untrusted data',
  index: '`buildEventIndex`, `fitDomain`, categories',
  'view layout': '`layOut`/`computeFrame`: `layoutView`, `timeTicks`, label widths',
  'names (Intl)': 'accessible names and dates: `describeWhen`, `describeSources`, Intl formatters',
  layout: 'CSS layout',
  'Lit render': '`update`/`render`: templates, Lit commits, DOM',
  'after render': 'zoom and resize wiring, focus',
  'other script': 'the harness, Lit scheduling, GC',
  style: 'style recalculation',
  paint: 'pre-paint, paint, layerize, commit',
};

/** Our targets from issue 13, each with the numbers that decide it. */
export function targetsReport(results) {
  const ours = (count) => cell(results, 'ours', count);
  const out = [];
  const floor = results.idleTwoFramesMs + 33;
  for (const count of results.sizes) {
    const entry = ours(count);
    const best = fastestPeer(results, count, firstRender);
    if (isMissing(entry) || !best) continue;
    out.push({
      target: `${count.toLocaleString('en')}: first render below every peer`,
      met: firstRender(entry) < best.value,
      detail: `ours ${fmtMs(firstRender(entry))}, fastest peer ${libName(results, best.id)} ${fmtMs(best.value)}${madeWithDataNote(results, count, best.value, ['below the peer', 'not below the peer'])}${shareNote(results, count, best.value, ['below the peer', 'not below the peer'])}`,
    });
    if (count === 1000 || count === 10_000) {
      const limit = Math.max(0.5 * best.value, floor);
      out.push({
        target: `${count.toLocaleString('en')}: first render <= max(0.5x fastest peer, idle two frames + 33 ms)`,
        met: firstRender(entry) <= limit,
        detail: `ours ${fmtMs(firstRender(entry))}, limit ${fmtMs(limit)} (0.5 x ${fmtMs(best.value)}; floor ${fmtMs(floor)})${madeWithDataNote(results, count, limit, ['within it', 'over it'])}${shareNote(results, count, limit, ['within it', 'over it'])}`,
      });
    }
  }
  const at1k = ours(1000);
  if (!isMissing(at1k)) {
    out.push({
      target: '1,000: first render well under 100 ms',
      met: firstRender(at1k) < 100,
      detail: `ours ${fmtMs(firstRender(at1k))} (idle two frames ${fmtMs(results.idleTwoFramesMs)})${madeWithDataNote(results, 1000, 100, ['under 100 ms', 'not under 100 ms'])}${shareNote(results, 1000, 100, ['under 100 ms', 'not under 100 ms'])}`,
    });
  }
  if (results.sizes.includes(100_000)) {
    const at100k = ours(100_000);
    out.push({
      target: '100,000: first render < 1 s (parseTimeline validation included)',
      met: !isMissing(at100k) && firstRender(at100k) < 1000,
      detail: isMissing(at100k) ? missingText(at100k) : `ours ${fmtMs(firstRender(at100k))}`,
    });
  }
  for (const count of [10_000, 100_000]) {
    if (!results.sizes.includes(count)) continue;
    const entry = ours(count);
    if (isMissing(entry)) {
      out.push({
        target: `steps at ${count.toLocaleString('en')}`,
        met: false,
        detail: 'ours timed out',
      });
      continue;
    }
    for (const [key, label] of STEP_KINDS) {
      const phase = entry[key];
      if (!phase) continue;
      out.push({
        target: `${count.toLocaleString('en')}: ${label}, main-thread work p95 <= 16 ms`,
        met: phase.workP95 <= 16,
        detail: `work p95 ${fmtMs(phase.workP95)}, all work of the gesture per step ${fmtMs(phase.phaseWorkPerStep)}; input -> two frames p95 ${fmtMs(phase.p95)} (idle floor ${fmtMs(results.idleTwoFramesMs)})${entry.idleStep ? `; an idle step's work median ${fmtMs(entry.idleStep.workMedian)}, p95 ${fmtMs(entry.idleStep.workP95)}` : ''}`,
      });
    }
  }
  // Independent of N means flat once N exceeds what a view can show: compare the largest two sizes
  // (below that, small N simply have fewer events than fit, which is not growth).
  const oursSizes = results.sizes.filter((count) => !isMissing(ours(count)));
  const nodes = oursSizes.map((count) => ours(count).nodes);
  if (nodes.length >= 2) {
    const [penultimate, last] = nodes.slice(-2);
    out.push({
      target: 'DOM nodes independent of N (a few thousand at most)',
      met: Math.max(...nodes) <= 5000 && last <= 1.2 * penultimate,
      detail: `ours ${nodes.map(fmtCount).join(' / ')} nodes at ${oursSizes.map((n) => n.toLocaleString('en')).join(' / ')}`,
    });
  }
  if (results.bundle) {
    out.push({
      target: 'page bundle <= 35 KB min+gzip',
      met: results.bundle.gzipBytes <= results.bundle.budgetBytes,
      detail: `${(results.bundle.gzipBytes / 1024).toFixed(1)} KB (\`npm run size\` has the parts)`,
    });
  }
  return out;
}

export function targetsText(targets) {
  return targets.map((t) => `- ${t.met ? 'MET ' : 'MISS'} ${t.target}: ${t.detail}`).join('\n');
}

function bundleText(bundle) {
  if (!bundle) return '';
  const top = bundle.packages
    .slice(0, 8)
    .map((p) => `${p.name} ${(p.minBytes / 1024).toFixed(1)} KB`)
    .join(', ');
  return `Our page bundle at this commit: ${(bundle.gzipBytes / 1024).toFixed(1)} KB min+gzip (${(bundle.minBytes / 1024).toFixed(1)} KB minified; budget ${bundle.budgetBytes / 1024} KB). Largest parts, minified: ${top}.\n`;
}

export function markdownReport(results, targets, history = []) {
  const m = results.machine;
  const names = results.libraries.map((library) => library.name);
  const stepTables = [...STEP_KINDS, IDLE_STEP].map(([key, label]) =>
    table(
      results,
      `${label[0].toUpperCase()}${label.slice(1)}: median / p95 to two frames later · main-thread work p95 · all work of the gesture per step`,
      (e) => e[key]?.workP95,
      (e) => stepCell(e, key),
    ),
  );
  const tables = [
    table(
      results,
      'Time to first render (data handed over -> two frames later), median of fresh loads',
      firstRender,
    ),
    table(
      results,
      'Main-thread work during first render (CDP TaskDuration), median',
      (e) => e.firstRender.workMedian,
    ),
    ...stepTables,
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
    `## Benchmark: ${names.join(', ')}`,
    '',
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)}: headless Chromium ${m.chromium}, ${m.cores} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}; load average ${m.loadAverageAtStart.join(' ')} at start, ${m.loadAverageAtEnd.join(' ')} at end (other engineers' test runs share this machine). Whole run: ${results.runtimeSeconds} s.`,
    '',
    '**Compare ratios within this run, not absolute numbers across runs**: the machine is shared and has two cores. Same data for every library: `syntheticTimeline({ count, seed: 42, days: 30, rangeShare: 0.2, headlineLength: 40 })`, 1200 px wide; the peers at the versions npm gives (see package.json). Each load prepares untimed (the data converted to the form the library takes, its container made; our element connected, waiting for its data), waits two frames and one idle period (`requestIdleCallback`), then hands the data over. First render is the median of 5 fresh page loads (3 at 100,000; fewer when one library at one size has used 60 s), the loads of the libraries taking turns within each size (one load of each, then the next), so that a change in the speed of the machine hits them alike. Steps: 30 per kind (fewer when a library exhausts a 25 s allowance per kind; the count is then shown), on the load whose first render was timed last, starting 1 s after it so that work a library defers past its first render is not counted in a step. A library that needs more than 60 s is recorded as a timeout and not run at larger N; TimelineJS3 is not run above 10,000.',
    '',
    `"To two frames later" cannot go below the frame clock: two rAF on an idle page take ${fmtMs(results.idleTwoFramesMs)} here. "Work" is the renderer main thread's busy time for the step (CDP \`Performance.TaskDuration\`: script, style, layout, paint), the part a 16 ms frame budget is about; "all work of the gesture per step" divides the main thread's busy time over the whole gesture, pauses and the 0.5 s after the last step included, by the steps, so work deferred to a pause is counted too.`,
    '',
    'How each library takes a step: ours and vis-timeline set their visible range; timelines-chart `zoomX`; d3-timelines has no range setter, so a step draws a new chart with `beginning`/`ending` (its documented way); TimelineJS3 has none either, so a step goes to the first event at or after the window start (`goToId`, which pans its navigation strip). Wheel and drag steps only where the library handles them: timelines-chart zooms by brushing, d3-timelines defines no zoom handler for a chart as wide as its svg, TimelineJS3 pans by drag on its strip and by buttons (not measured), hence n/a.',
    '',
    bundleText(results.bundle),
    ...tables,
    madeWithDataTable(results),
    shareTable(results),
    breakdownTable(results.breakdown),
    historyTables(history),
    layoutTable(results.layout),
    '![First render time against number of events, log-log](bench/plot.svg)',
    '',
    '### Our targets',
    '',
    targetsText(targets),
    '',
  ].join('\n');
}
