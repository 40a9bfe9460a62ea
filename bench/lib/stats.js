// Small statistics and formatting helpers for the benchmark report.

export function mean(values) {
  return values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Nearest-rank percentile (p in 0..100) of an unsorted list. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(values) {
  return {
    n: values.length,
    mean: mean(values),
    p50: median(values),
    p95: percentile(values, 95),
    min: values.length ? Math.min(...values) : NaN,
    max: values.length ? Math.max(...values) : NaN,
  };
}

/** Milliseconds with a precision that suits their size. */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function mib(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : 'n/a';
}

export function fixed(value, digits = 2) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

export function pct(part, whole) {
  return Number.isFinite(part) && whole > 0 ? `${((100 * part) / whole).toFixed(0)} %` : 'n/a';
}

/** A Markdown table from a header row and body rows (cells are stringified). */
export function table(header, rows) {
  const line = (cells) => `| ${cells.map((cell) => String(cell)).join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** A byte count as KiB or MiB. */
export function bytes(value) {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MiB` : `${(value / 1024).toFixed(0)} KiB`;
}

/** Median milliseconds of each run, the runs timed in turns `count` times so that load on the machine falls on all alike. */
export function interleavedMedians(runs, count) {
  const times = runs.map(() => []);
  for (let round = 0; round < count; round++) {
    runs.forEach((run, index) => {
      const started = performance.now();
      run();
      times[index].push(performance.now() - started);
    });
  }
  return times.map(median);
}
