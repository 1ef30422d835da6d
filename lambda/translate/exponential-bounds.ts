/**
 * Bucket boundaries of OTLP exponential histograms, as float64: bucket `i` at scale `s` covers
 * (base^i, base^(i+1)] with base = 2^(2^-s)
 * (https://opentelemetry.io/docs/specs/otel/metrics/data-model/#exponentialhistogram).
 *
 * A boundary becomes an `le` label value, so it must not change with the Node version: Math.pow is not
 * correctly rounded (2^(j/2^s) is one ulp off for about one fraction in ten at scale 8 on V8), and a
 * label that moves by one ulp is a new series. Boundaries are therefore built from +, -, *, / and sqrt
 * alone, which IEEE 754 rounds the same everywhere, in double-double arithmetic (~104 bits) before the
 * one final rounding; test/translate/exponential-classic.test.ts checks them against values computed
 * with 60 decimal digits.
 */

/** A double-double: the unevaluated sum hi + lo, |lo| <= ulp(hi) / 2. */
type DoubleDouble = readonly [hi: number, lo: number];

/** Splits a float into two 26-bit halves (Veltkamp), for exact products without a fused multiply-add. */
const SPLITTER = 2 ** 27 + 1;

/** a * b as an exact double-double (Dekker's TwoProduct). */
function twoProduct(a: number, b: number): DoubleDouble {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/** hi + lo renormalised, when |hi| >= |lo| (FastTwoSum). */
function normalise(hi: number, lo: number): DoubleDouble {
  const s = hi + lo;
  return [s, lo - (s - hi)];
}

function multiply(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [p, e] = twoProduct(a[0], b[0]);
  return normalise(p, e + (a[0] * b[1] + a[1] * b[0]));
}

/** One Newton step from the float square root (Karp and Markstein). */
function sqrt(a: DoubleDouble): DoubleDouble {
  const h = Math.sqrt(a[0]);
  const [p, e] = twoProduct(h, h);
  return normalise(h, (a[0] - p - e + a[1]) / (2 * h));
}

/** OTLP scales end at 20; a boundary needs 2^(2^-m) for m up to the scale. */
export const MAX_BOUND_SCALE = 20;

/** ROOTS[m] = 2^(2^-m): ROOTS[1] = sqrt(2), each the square root of the one before. */
const ROOTS: readonly DoubleDouble[] = (() => {
  const roots: DoubleDouble[] = [[2, 0]];
  for (let m = 1; m <= MAX_BOUND_SCALE; m++) roots.push(sqrt(roots[m - 1] as DoubleDouble));
  return roots;
})();

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** 2^e exactly, from its bits: 0 below the smallest subnormal, Infinity above the largest float. */
export function powerOfTwo(e: number): number {
  if (e > 1023) return Infinity;
  if (e < -1074) return 0;
  // Normal: biased exponent e + 1023, mantissa 0. Subnormal: exponent 0, one mantissa bit.
  u64[0] = e >= -1022 ? BigInt(e + 1023) << 52n : 1n << BigInt(e + 1074);
  return f64[0] as number;
}

/** 2^(j / 2^scale) for 0 <= j < 2^scale, in [1, 2): the product of the roots j's bits select. */
function fractionPower(j: number, scale: number): number {
  let result: DoubleDouble = [1, 0];
  for (let bit = 0; bit < scale; bit++) {
    if ((j >>> bit) & 1) result = multiply(result, ROOTS[scale - bit] as DoubleDouble);
  }
  // normalise() leaves hi = hi + lo rounded to nearest: the one final rounding.
  return result[0];
}

/**
 * base^index at `scale` (base = 2^(2^-scale)): the lower boundary of bucket `index`, the upper one of
 * bucket `index - 1`; correctly rounded, 0 or Infinity beyond the float range. For scale <= 0 it is a
 * power of two; above, 2^q * 2^(j/2^scale) with index = q * 2^scale + j, so that a boundary is the same
 * float at every scale that has it (index i at scale s is index 2i at scale s + 1).
 * @param index a bucket index, a 32-bit integer
 * @param scale at most MAX_BOUND_SCALE; any integer below
 * @example exponentialBound(1, 1) // 1.4142135623730951 (sqrt 2)
 */
export function exponentialBound(index: number, scale: number): number {
  if (scale <= 0) return powerOfTwo(index * 2 ** -scale);
  const q = index >> scale;
  const frac = fractionPower(index & ((1 << scale) - 1), scale);
  if (q >= -1022) return frac * powerOfTwo(q); // exact: frac times a power of two, or Infinity
  // Subnormal results: one rounding, from an exact normal product.
  return q < -1100 ? 0 : frac * powerOfTwo(q + 100) * powerOfTwo(-100);
}
