/**
 * Whether a sample or native histogram says exactly what another does: a point whose samples all equal
 * ones already there is a `duplicate`, one that differs a `collision` (point-journal.ts).
 */
import type { PrwHistogram } from '../remote-write/types.js';

const f64 = new Float64Array(2);
const u32 = new Uint32Array(f64.buffer);

/** The same float bit for bit: a plain NaN is not the stale marker, and -0 is not 0. */
export function sameFloat(a: number | null | undefined, b: number | null | undefined): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return a === b;
  if (!Number.isNaN(a) || !Number.isNaN(b)) return Object.is(a, b);
  f64[0] = a;
  f64[1] = b;
  return u32[0] === u32[2] && u32[1] === u32[3];
}

/** Whether two native histograms say the same: cheap fields first, then the buckets one by one. */
export function sameHistogram(a: PrwHistogram | undefined, b: PrwHistogram): boolean {
  if (a === undefined) return false;
  return (
    a.schema === b.schema &&
    sameInt(a.countInt, b.countInt) &&
    sameFloat(a.sum, b.sum) &&
    sameFloat(a.zeroThreshold, b.zeroThreshold) &&
    sameInt(a.zeroCountInt, b.zeroCountInt) &&
    sameSpans(a.positiveSpans, b.positiveSpans) &&
    sameSpans(a.negativeSpans, b.negativeSpans) &&
    sameNumbers(a.positiveDeltas, b.positiveDeltas) &&
    sameNumbers(a.negativeDeltas, b.negativeDeltas)
  );
}

/** 64-bit counts are numbers or {low, high} objects (the stale marker's bits). */
function sameInt(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const x = a as { low: number; high: number };
    const y = b as { low: number; high: number };
    return x.low === y.low && x.high === y.high;
  }
  return a === b;
}

function sameSpans(
  a: readonly { offset?: number | null; length?: number | null }[] | null | undefined,
  b: readonly { offset?: number | null; length?: number | null }[] | null | undefined,
): boolean {
  const p = a ?? [];
  const q = b ?? [];
  if (p.length !== q.length) return false;
  for (let i = 0; i < p.length; i++) {
    if (p[i]?.offset !== q[i]?.offset || p[i]?.length !== q[i]?.length) return false;
  }
  return true;
}

function sameNumbers(
  a: readonly unknown[] | null | undefined,
  b: readonly unknown[] | null | undefined,
): boolean {
  const p = a ?? [];
  const q = b ?? [];
  if (p.length !== q.length) return false;
  for (let i = 0; i < p.length; i++) if (!sameInt(p[i], q[i])) return false;
  return true;
}
