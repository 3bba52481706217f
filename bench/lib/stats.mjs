// Small statistics and formatting helpers shared by the benchmarks.

export function median(values) {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile: with 30 samples p95 is the 29th smallest, a real observed step. */
export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** Medians of fresh loads' first renders (`{ ms, work }` each): to two frames later, and work. */
export function renderMedians(rows) {
  return {
    ms: median(rows.map((row) => row.ms)),
    work: median(rows.map((row) => row.work)),
  };
}

export function fmtMs(ms) {
  if (ms === null || ms === undefined) return '–';
  if (typeof ms === 'string') return ms;
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms).toLocaleString('en')} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function fmtBytes(bytes) {
  if (bytes === null || bytes === undefined) return '–';
  if (typeof bytes === 'string') return bytes;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

export function fmtCount(count) {
  if (count === null || count === undefined) return '–';
  if (typeof count === 'string') return count;
  return Math.round(count).toLocaleString('en');
}
