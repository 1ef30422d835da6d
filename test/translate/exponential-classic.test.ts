/**
 * EXPONENTIAL_HISTOGRAMS=classic: downscaling (index i -> i >> d), the `le` layout from the OTLP
 * definition (bucket i at scale s covers (base^i, base^(i+1)], base = 2^(2^-s)) and which points are
 * refused; exponential-classic-series.test.ts has the series translate() writes. Non-integer bounds
 * were computed with 60 decimal digits (see exponential-bounds.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExponentialHistogramDataPoint } from '../../lambda/otlp/types.js';
import { classicBuckets, invalidClassicPoint } from '../../lambda/translate/exponential-classic.js';

/** A point with the fields classicBuckets reads; count = every bucket. */
function point(p: {
  scale: number;
  positive?: [offset: number, counts: number[]];
  negative?: [offset: number, counts: number[]];
  zeroCount?: number;
  zeroThreshold?: number;
}): ExponentialHistogramDataPoint {
  const total = (side?: [number, number[]]) => (side?.[1] ?? []).reduce((a, b) => a + b, 0);
  return {
    scale: p.scale,
    zeroCount: p.zeroCount ?? 0,
    zeroThreshold: p.zeroThreshold ?? 0,
    count: total(p.positive) + total(p.negative) + (p.zeroCount ?? 0),
    positive: p.positive && { offset: p.positive[0], bucketCounts: p.positive[1] },
    negative: p.negative && { offset: p.negative[0], bucketCounts: p.negative[1] },
  };
}

describe('classicBuckets', () => {
  for (const [rule, input, maxBuckets, expected] of [
    [
      'positive buckets end at base^(i+1), after the zero bucket at 0',
      point({ scale: 0, positive: [0, [1, 2]] }),
      40,
      { scale: 0, bounds: [0, 2, 4], counts: [0, 1, 2, 0] },
    ],
    [
      'the zero bucket ends at zero_threshold',
      point({ scale: 0, zeroCount: 3, zeroThreshold: 0.5, positive: [-1, [1, 2]] }),
      40,
      { scale: 0, bounds: [0.5, 1, 2], counts: [3, 1, 2, 0] },
    ],
    [
      'negative bucket i ends at -base^i, the highest index first',
      point({ scale: 0, negative: [0, [4, 5]], zeroCount: 1, positive: [1, [6]] }),
      40,
      { scale: 0, bounds: [-2, -1, 0, 4], counts: [5, 4, 1, 6, 0] },
    ],
    [
      'empty buckets at either end are not written; inner ones are',
      point({ scale: 0, positive: [0, [0, 0, 1, 0, 2, 0]] }),
      40,
      { scale: 0, bounds: [0, 8, 16, 32], counts: [0, 1, 0, 2, 0] },
    ],
    [
      'a point with only a zero count has the zero bucket alone',
      point({ scale: 3, zeroCount: 7 }),
      40,
      { scale: 3, bounds: [0], counts: [7, 0] },
    ],
    [
      'eight buckets at scale 2 and a limit of 5: merged pairwise to scale 1 (4 + the zero bucket)',
      point({ scale: 2, positive: [4, [1, 1, 1, 1, 1, 1, 1, 1]] }),
      5,
      { scale: 1, bounds: [0, 2.8284271247461903, 4, 5.656854249492381, 8], counts: [0, 2, 2, 2, 2, 0] },
    ],
    [
      'merging follows i >> 1, so an odd first index stays alone (3 -> 1; 4, 5 -> 2; 6, 7 -> 3)',
      point({ scale: 1, positive: [3, [1, 2, 3, 4, 5]] }),
      5,
      { scale: 0, bounds: [0, 4, 8, 16], counts: [0, 1, 5, 9, 0] },
    ],
    [
      'negative indices shift arithmetically (-5 -> -3; -4, -3 -> -2; -2, -1 -> -1; 0 -> 0)',
      point({ scale: 0, positive: [-5, [1, 1, 1, 1, 1, 1]] }),
      5,
      { scale: -1, bounds: [0, 0.0625, 0.25, 1, 4], counts: [0, 1, 2, 2, 1, 0] },
    ],
    [
      'both signs spanning 2^±100 fit 5 only at scale -7: (0, 2^-128], (2^-128, 1], (1, 2^128] per sign',
      point({
        scale: 0,
        positive: [-100, [1, ...new Array<number>(199).fill(0), 1]],
        negative: [-100, [1, ...new Array<number>(199).fill(0), 1]],
      }),
      5,
      { scale: -7, bounds: [-1, -(2 ** -128), 0, 1, 2 ** 128], counts: [1, 1, 0, 1, 1, 0] },
    ],
    [
      'a bucket ending past the float range (2^1024 at scale -10) is counted in +Inf alone',
      point({ scale: -10, zeroCount: 1, positive: [-1, [3, 2]] }),
      40,
      { scale: -10, bounds: [0, 1], counts: [1, 3, 2] },
    ],
    [
      'positive buckets ending at or below a wide zero_threshold are counted in the zero bucket',
      point({ scale: 0, zeroCount: 5, zeroThreshold: 4, positive: [0, [1, 2, 3]] }),
      40,
      { scale: 0, bounds: [4, 8], counts: [8, 3, 0] },
    ],
  ] as const) {
    it(rule, () => {
      assert.deepEqual(classicBuckets(input, maxBuckets), expected);
    });
  }

  it('merges to the finest scale that fits, keeping every observation (random points)', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 500; run++) {
      const side = (): [number, number[]] | undefined =>
        random(3) === 0
          ? undefined
          : [random(400) - 200, Array.from({ length: 1 + random(160) }, () => random(3))];
      const input = point({
        scale: random(31) - 10,
        positive: side(),
        negative: side(),
        zeroCount: random(2),
      });
      const maxBuckets = 5 + random(156);
      const { scale, bounds, counts } = classicBuckets(input, maxBuckets);
      assert.ok(bounds.length <= maxBuckets, `${bounds.length} > ${maxBuckets}`);
      assert.equal(counts.length, bounds.length + 1);
      assert.equal(
        counts.reduce((a, b) => a + b, 0),
        input.count,
      );
      for (let i = 1; i < bounds.length; i++) assert.ok((bounds[i] as number) > (bounds[i - 1] as number));
      // One scale finer would not have fitted: the populated range of each sign, merged by d - 1.
      const d = (input.scale ?? 0) - scale;
      if (d > 0) {
        const span = (b: ExponentialHistogramDataPoint['positive']): number => {
          const counts = (b?.bucketCounts ?? []) as number[];
          const used = counts.flatMap((c, i) => (c > 0 ? [(b?.offset ?? 0) + i] : []));
          if (used.length === 0) return 0;
          return ((used.at(-1) as number) >> (d - 1)) - ((used[0] as number) >> (d - 1)) + 1;
        };
        assert.ok(span(input.positive) + span(input.negative) + 1 > maxBuckets);
      }
    }
  });
});

describe('invalidClassicPoint', () => {
  const valid = point({ scale: 0, positive: [0, [1]] });
  for (const [rule, input, expected] of [
    ['a consistent point is valid', valid, undefined],
    ['scale -10, below native schemas, is valid', { ...valid, scale: -10 }, undefined],
    ['scale -11 is outside OTLP', { ...valid, scale: -11 }, 'invalid_scale'],
    ['scale 21 is outside OTLP', { ...valid, scale: 21 }, 'invalid_scale'],
    ['a count other than the buckets total', { ...valid, count: 2 }, 'invalid_histogram'],
    [
      'a count above the total with a NaN sum (NaN observations)',
      { ...valid, count: 2, sum: NaN },
      undefined,
    ],
    ['a negative zero_threshold', { ...valid, zeroThreshold: -1 }, 'invalid_histogram'],
    ['a NaN zero_threshold', { ...valid, zeroThreshold: NaN }, 'invalid_histogram'],
    [
      'indices beyond 32 bits',
      { ...valid, positive: { offset: 2 ** 31 - 1, bucketCounts: [1] } },
      'invalid_histogram',
    ],
    [
      'indices below 32 bits',
      { ...valid, negative: { offset: -(2 ** 31) - 1, bucketCounts: [0] } },
      'invalid_histogram',
    ],
    ['a NoRecordedValue point whatever its counts', { ...valid, count: 9, flags: 1 }, undefined],
  ] as const) {
    it(`${rule}: ${String(expected)}`, () => {
      assert.equal(invalidClassicPoint(input as ExponentialHistogramDataPoint), expected);
    });
  }
});
