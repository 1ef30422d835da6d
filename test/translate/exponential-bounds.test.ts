/**
 * OTLP exponential bucket boundaries: base^i at scale s, base = 2^(2^-s), as float64. Expected values
 * were computed from the definition with 60 decimal digits and rounded once to float64, e.g. in Python:
 *   from decimal import Decimal as D, getcontext; getcontext().prec = 60
 *   float((D(i) / D(2) ** s * D(2).ln()).exp())
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exponentialBound, powerOfTwo } from '../../lambda/translate/exponential-bounds.js';

describe('exponentialBound', () => {
  for (const [index, scale, expected] of [
    // scale <= 0: exact powers of two, base 2^(2^-scale)
    [0, 0, 1],
    [1, 0, 2],
    [-1, 0, 0.5],
    [10, 0, 1024],
    [1, -1, 4],
    [-2, -1, 0.0625],
    [-1, -7, 2 ** -128],
    [0, -10, 1],
    [-1, -10, 5.562684646268003e-309], // 2^-1024, subnormal
    [1, -10, Infinity], // 2^1024 is past the largest float
    [-2, -10, 0], // 2^-2048 is below the smallest
    // scale > 0: 2^(i / 2^scale), correctly rounded
    [1, 1, 1.4142135623730951],
    [3, 1, 2.8284271247461903],
    [5, 1, 5.656854249492381],
    [-1, 1, 0.7071067811865476], // client_golang's table has 0.7071067811865475 (x2): one ulp low
    [1, 2, 1.189207115002721],
    [3, 2, 1.681792830507429],
    [-3, 2, 0.5946035575013605],
    [3, 3, 1.2968395546510096],
    [1, 20, 1.0000006610368821],
    [12345, 20, 1.0081938852307153],
    [-1000000, 20, 0.5163158111588153],
    [1073741823, 20, 1.7976919465216366e308], // q = 1023, the last bucket below 2^1024
    [1073741824, 20, Infinity], // 2^1024
    [-1071644671, 20, 2.2250753293630873e-308], // just above the smallest normal
    [-1121452032, 20, 1.14e-322], // 2^-1069.5: subnormal, rounded once
  ] as const) {
    it(`base^${index} at scale ${scale} is ${expected}`, () => {
      assert.equal(exponentialBound(index, scale), expected);
    });
  }

  it('is correctly rounded for every fraction at scales 1 to 10 (checked exactly with integers)', () => {
    // x = M / 2^52 is 2^(j/N) rounded to nearest (N = 2^scale) iff (2M-1)/2^53 < 2^(j/N) < (2M+1)/2^53,
    // i.e. (2M-1)^N < 2^(j + 53N) < (2M+1)^N; no tie is possible, 2^(j/N) being irrational for 0 < j < N.
    const pow = (b: bigint, scale: number): bigint => {
      let r = b;
      for (let k = 0; k < scale; k++) r *= r;
      return r;
    };
    for (let scale = 1; scale <= 10; scale++) {
      const n = 2 ** scale;
      for (let j = 1; j < n; j++) {
        const m = BigInt(exponentialBound(j, scale) * 2 ** 52);
        const target = 1n << BigInt(j + 53 * n);
        assert.ok(pow(2n * m - 1n, scale) < target && target < pow(2n * m + 1n, scale), `2^(${j}/${n})`);
      }
    }
  });

  it('gives a boundary the same float at every scale that has it (index i at s is 2i at s + 1)', () => {
    for (let scale = -10; scale < 20; scale++) {
      for (const index of [-70_000, -1025, -3, -1, 0, 1, 7, 1023, 65_537]) {
        assert.equal(
          exponentialBound(index * 2, scale + 1),
          exponentialBound(index, scale),
          `${index}@${scale}`,
        );
      }
    }
  });

  it('increases strictly with the index at scale 20', () => {
    for (let i = -2000; i < 2000; i++) assert.ok(exponentialBound(i, 20) < exponentialBound(i + 1, 20));
  });

  it('builds powers of two from their bits, 2^-1074 to 2^1023', () => {
    for (let e = -1074; e <= 1023; e++) assert.equal(powerOfTwo(e), 2 ** e);
    assert.equal(powerOfTwo(1024), Infinity);
    assert.equal(powerOfTwo(-1075), 0);
  });
});
