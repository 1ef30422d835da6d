/**
 * EXPONENTIAL_HISTOGRAMS=classic: bucket boundaries from the OTLP definition (bucket i at scale s covers
 * (base^i, base^(i+1)], base = 2^(2^-s)), downscaling (index i -> i >> d), the `le` layout, and the
 * series translate() writes. Expected boundaries were computed from the definition with 60 decimal
 * digits and rounded once to float64, e.g. in Python:
 *   from decimal import Decimal as D, getcontext; getcontext().prec = 60
 *   float((D(i) / D(2) ** s * D(2).ln()).exp())
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import type { ExponentialHistogramDataPoint } from '../../lambda/otlp/types.js';
import { exponentialBound, powerOfTwo } from '../../lambda/translate/exponential-bounds.js';
import { classicBuckets, invalidClassicPoint } from '../../lambda/translate/exponential-classic.js';
import { METRIC_TYPE } from '../../lambda/translate/metadata.js';
import { DEFAULT_TRANSLATE_OPTIONS, type TranslateOptions } from '../../lambda/translate/options.js';
import { translate } from '../../lambda/translate/translate.js';
import { isStaleNaN } from '../../lambda/translate/values.js';

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
    ['a NoRecordedValue point whatever its counts', { ...valid, count: 9, flags: 1 }, undefined],
  ] as const) {
    it(`${rule}: ${String(expected)}`, () => {
      assert.equal(invalidClassicPoint(input as ExponentialHistogramDataPoint), expected);
    });
  }
});

/** An OTLP JSON request with one exponential histogram metric `latency` in seconds. */
function request(dataPoints: object[]): ReturnType<typeof decodeExportRequest> {
  const body = {
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'api' } }] },
        scopeMetrics: [
          {
            metrics: [
              { name: 'latency', unit: 's', exponentialHistogram: { aggregationTemporality: 2, dataPoints } },
            ],
          },
        ],
      },
    ],
  };
  return decodeExportRequest(Buffer.from(JSON.stringify(body)), 'json');
}

const CLASSIC: TranslateOptions = {
  ...DEFAULT_TRANSLATE_OPTIONS,
  targetInfoEnabled: false,
  disableScopeInfo: true,
  sendMetadata: true,
  exponentialHistograms: 'classic',
};

/** `name{le} value` per series, in the order written. */
function rendered(result: ReturnType<typeof translate>): string[] {
  return result.series.map((s) => {
    const name = s.labels.find((l) => l.name === '__name__')?.value ?? '';
    const le = s.labels.find((l) => l.name === 'le')?.value;
    const values = s.samples.map((x) => String(x.value)).join(',');
    return `${name}${le === undefined ? '' : `{le="${le}"}`} ${values}`;
  });
}

describe('translate with exponentialHistograms: classic', () => {
  const at = '1700000000000000000';

  it('writes _sum, _count and cumulative _bucket series with Go-formatted le, +Inf = count', () => {
    const result = translate(
      request([
        {
          timeUnixNano: at,
          count: '10',
          sum: 7.5,
          scale: 1,
          zeroCount: '1',
          positive: { offset: -1, bucketCounts: ['2', '3', '4'] },
        },
      ]),
      CLASSIC,
    );
    assert.deepEqual(rendered(result), [
      'latency_seconds_sum 7.5',
      'latency_seconds_count 10',
      'latency_seconds_bucket{le="0"} 1',
      'latency_seconds_bucket{le="1"} 3',
      'latency_seconds_bucket{le="1.4142135623730951"} 6',
      'latency_seconds_bucket{le="2"} 10',
      'latency_seconds_bucket{le="+Inf"} 10',
    ]);
    assert.ok(result.series.every((s) => s.histograms.length === 0));
    assert.deepEqual(
      result.metadata.map((m) => [m.metricFamilyName, m.type]),
      [['latency_seconds', METRIC_TYPE.HISTOGRAM]],
    );
  });

  it('writes no _sum for a point without one, as for classic histograms', () => {
    const result = translate(
      request([{ timeUnixNano: at, count: '1', scale: 0, positive: { offset: 0, bucketCounts: ['1'] } }]),
      CLASSIC,
    );
    assert.deepEqual(rendered(result), [
      'latency_seconds_count 1',
      'latency_seconds_bucket{le="0"} 0',
      'latency_seconds_bucket{le="2"} 1',
      'latency_seconds_bucket{le="+Inf"} 1',
    ]);
  });

  it('writes negative le bounds and merges to CLASSIC_HISTOGRAM_MAX_BUCKETS', () => {
    const result = translate(
      request([
        {
          timeUnixNano: at,
          count: '8',
          sum: -1,
          scale: 3,
          negative: { offset: 8, bucketCounts: ['1', '1', '1', '1', '1', '1', '1', '1'] },
        },
      ]),
      { ...CLASSIC, classicHistogramMaxBuckets: 5 },
    );
    // Indices 8..15 at scale 3 (|v| in (2, 4]) merge pairwise to 4..7 at scale 2, four buckets and the
    // zero bucket; bucket i holds [-2^((i+1)/4), -2^(i/4)).
    assert.deepEqual(rendered(result), [
      'latency_seconds_sum -1',
      'latency_seconds_count 8',
      'latency_seconds_bucket{le="-3.363585661014858"} 2',
      'latency_seconds_bucket{le="-2.8284271247461903"} 4',
      'latency_seconds_bucket{le="-2.378414230005442"} 6',
      'latency_seconds_bucket{le="-2"} 8',
      'latency_seconds_bucket{le="0"} 8',
      'latency_seconds_bucket{le="+Inf"} 8',
    ]);
  });

  it('puts each exemplar on the first bucket whose le is at least its value', () => {
    const result = translate(
      request([
        {
          timeUnixNano: at,
          count: '2',
          sum: 4,
          scale: 0,
          positive: { offset: 0, bucketCounts: ['1', '1'] },
          exemplars: [{ timeUnixNano: at, asDouble: 3, traceId: '00000000000000000000000000000001' }],
        },
      ]),
      CLASSIC,
    );
    const withExemplars = result.series.filter((s) => s.exemplars.length > 0);
    assert.deepEqual(
      withExemplars.map((s) => [s.labels.find((l) => l.name === 'le')?.value, s.exemplars[0]?.value]),
      [['4', 3]],
    );
  });

  it('writes stale markers for a NoRecordedValue point', () => {
    const result = translate(request([{ timeUnixNano: at, flags: 1, scale: 0 }]), CLASSIC);
    assert.deepEqual(
      result.series.map((s) => s.samples.every((x) => isStaleNaN(x.value ?? 0))),
      [true, true, true],
    );
  });

  it('refuses a point with a scale outside OTLP and writes scale -10, which native mode refuses', () => {
    const points = [
      { timeUnixNano: at, count: '1', scale: -11, zeroCount: '1' },
      { timeUnixNano: '1700000001000000000', count: '1', scale: -10, zeroCount: '1' },
    ];
    const classic = translate(request(points), CLASSIC);
    assert.deepEqual([...classic.rejections.counts()], [['invalid_scale', 1]]);
    assert.deepEqual(rendered(classic), [
      'latency_seconds_count 1',
      'latency_seconds_bucket{le="0"} 1',
      'latency_seconds_bucket{le="+Inf"} 1',
    ]);
    const native = translate(request(points), { ...CLASSIC, exponentialHistograms: 'native' });
    assert.deepEqual([...native.rejections.counts()], [['invalid_scale', 2]]);
  });

  it('writes native histograms by default', () => {
    const result = translate(
      request([{ timeUnixNano: at, count: '1', scale: 0, positive: { offset: 0, bucketCounts: ['1'] } }]),
      { ...CLASSIC, exponentialHistograms: DEFAULT_TRANSLATE_OPTIONS.exponentialHistograms },
    );
    assert.deepEqual(
      result.series.map((s) => [s.labels.find((l) => l.name === '__name__')?.value, s.histograms.length]),
      [['latency_seconds', 1]],
    );
  });
});
