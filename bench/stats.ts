/** Small statistics helpers for the benchmark's printed figures. */

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

/** Linear-interpolated quantile of sorted samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns per-run milliseconds. */
export function time(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * Times two functions run by run in turn (a, b, a, b, ...), so that a change in the machine's load
 * touches both alike and their ratio stays fair. Returns each one's per-run milliseconds.
 */
export async function timeAlternating(
  a: () => unknown,
  b: () => unknown,
  runs: number,
  warmup = 3,
): Promise<[number[], number[]]> {
  const outA: number[] = [];
  const outB: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    let t0 = performance.now();
    await a();
    if (i >= warmup) outA.push(performance.now() - t0);
    t0 = performance.now();
    await b();
    if (i >= warmup) outB.push(performance.now() - t0);
  }
  return [outA, outB];
}

export const fmtMs = (s: Summary): string =>
  `${s.median.toFixed(2)} ms (min ${s.min.toFixed(2)}, max ${s.max.toFixed(2)})`;
export const fmtBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
