/** Throughput and latency of one timed run, the same way for the API and for the database alone. */
export type RunStats = {
  /** Successful operations (2xx responses, or statements/transactions that did not fail). */
  ok: number;
  /** Successful operations per second of wall time. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  elapsedMs: number;
  firstError?: string;
};

/** The value below which `p` (0–1) of the sorted samples fall (nearest rank). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarise(latenciesMs: number[], errors: number, elapsedMs: number, firstError?: string): RunStats {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    ok: sorted.length,
    rps: elapsedMs > 0 ? (sorted.length * 1000) / elapsedMs : 0,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    errors,
    elapsedMs,
    ...(firstError ? { firstError } : {}),
  };
}
