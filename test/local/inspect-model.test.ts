/**
 * The inspect page's model, piece by piece: native histograms decoded from spans and deltas, series
 * grouped into families (metadata or names), and the bounded request ring.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupFamilies } from '../../lambda/local/inspect/families.js';
import { readWriteRequest, type ReadMetadata } from '../../lambda/local/read-write-request.js';
import { fromOutcome, RecentRequests } from '../../lambda/local/recent-requests.js';
import type { StoredSeries } from '../../lambda/local/series-store.js';
import { NO_FIGURES, type RequestOutcome } from '../../lambda/outcome.js';
import type { PrwHistogram } from '../../lambda/remote-write/types.js';
import { encodeWriteRequest } from '../../lambda/remote-write/write-request.js';

const nativeOf = (h: PrwHistogram): unknown =>
  readWriteRequest(encodeWriteRequest([{ labels: [{ name: '__name__', value: 'h' }], histograms: [h] }]))
    .series[0]?.points[0]?.histogram;

const series = (
  name: string,
  labels: Record<string, string> = {},
  kind: 'sample' | 'histogram' = 'sample',
): StoredSeries => ({
  name,
  labels,
  value: 1,
  timestamp: 1,
  kind,
  received: 1,
  points: [[1, 1]],
});

describe('native histogram decoding', () => {
  it('reads spans and deltas into buckets with bounds from the schema, negative, zero, positive', () => {
    assert.deepEqual(
      nativeOf({
        countInt: 12,
        sum: 3.5,
        schema: 1,
        zeroThreshold: 0.001,
        zeroCountInt: 2,
        // Indexes -1 and 0 (negative side), then 1, 2 and 5 (positive): offsets count from the last span's end.
        negativeSpans: [{ offset: -1, length: 2 }],
        negativeDeltas: [1, 1],
        positiveSpans: [
          { offset: 1, length: 2 },
          { offset: 2, length: 1 },
        ],
        positiveDeltas: [3, -1, 2],
        timestamp: 1000,
      }),
      {
        count: 12,
        sum: 3.5,
        schema: 1,
        zeroThreshold: 0.001,
        zeroCount: 2,
        buckets: [
          { lower: -1, upper: -(2 ** -0.5), count: 2 },
          { lower: -(2 ** -0.5), upper: -(2 ** -1), count: 1 },
          { lower: -0.001, upper: 0.001, count: 2 },
          { lower: 1, upper: 2 ** 0.5, count: 3 },
          { lower: 2 ** 0.5, upper: 2, count: 2 },
          { lower: 2 ** 2, upper: 2 ** 2.5, count: 4 },
        ],
        timestamp: 1000,
      },
    );
  });

  it('reads float counts as absolute, and custom bounds (schema -53) with +Inf last', () => {
    const h = nativeOf({
      countFloat: 6,
      schema: -53,
      positiveSpans: [{ offset: 0, length: 3 }],
      positiveCounts: [1, 2, 3],
      customValues: [0.5, 1],
      timestamp: 1,
    }) as { buckets: unknown[] };
    assert.deepEqual(h.buckets, [
      { lower: -Infinity, upper: 0.5, count: 1 },
      { lower: 0.5, upper: 1, count: 2 },
      { lower: 1, upper: Infinity, count: 3 },
    ]);
  });

  it('reads no more buckets than counts, whatever a span claims', () => {
    const h = nativeOf({
      countInt: 1,
      positiveSpans: [{ offset: 0, length: 2 ** 31 }],
      positiveDeltas: [1],
      timestamp: 1,
    });
    assert.equal((h as { buckets: unknown[] }).buckets.length, 1);
  });
});

describe('families', () => {
  const none = new Map<string, ReadMetadata>();

  it('groups a classic histogram and a summary by their names, buckets in numeric le order', () => {
    const all = [
      ...['+Inf', '0', '10', '100', '1000', '25', '5'].map((le) => series('rpc_seconds_bucket', { le })),
      series('rpc_seconds_sum'),
      series('rpc_seconds_count'),
      ...['0.99', '0.5'].map((quantile) => series('gc_pause', { quantile })),
      series('gc_pause_sum'),
      series('gc_pause_count'),
      series('jobs_total'),
      series('queue_depth'),
      series('latency', {}, 'histogram'),
    ];
    const { families, series: ordered } = groupFamilies(all, none);
    assert.deepEqual(
      families.map(({ name, type, series: n }) => `${name} ${type} ${n}`),
      [
        'gc_pause summary 4',
        'jobs_total counter 1',
        'latency native histogram 1',
        'queue_depth gauge 1',
        'rpc_seconds histogram 9',
      ],
    );
    assert.deepEqual(
      ordered.filter((s) => s.family === 'rpc_seconds').map((s) => s.labels.le ?? s.name),
      ['0', '5', '10', '25', '100', '1000', '+Inf', 'rpc_seconds_sum', 'rpc_seconds_count'],
    );
    assert.deepEqual(
      ordered.filter((s) => s.family === 'gc_pause').map((s) => s.labels.quantile ?? s.name),
      ['0.5', '0.99', 'gc_pause_sum', 'gc_pause_count'],
    );
  });

  it('takes the type from metadata when sent', () => {
    const metadata = new Map<string, ReadMetadata>([
      ['up', { family: 'up', type: 2, help: 'Up.', unit: '' }],
      ['requests_total', { family: 'requests_total', type: 1, help: '', unit: '' }],
      ['size', { family: 'size', type: 5, help: '', unit: 'bytes' }],
    ]);
    const { families } = groupFamilies(
      [series('up'), series('requests_total'), series('size_sum'), series('size_count')],
      metadata,
    );
    assert.deepEqual(
      families.map(({ name, type, typeFrom, series: n }) => `${name} ${type} ${typeFrom} ${n}`),
      ['requests_total counter metadata 1', 'size summary metadata 2', 'up gauge metadata 1'],
    );
  });
});

describe('recent requests', () => {
  const outcome = (status: number, extra: Partial<RequestOutcome> = {}): RequestOutcome => ({
    requestId: 'r',
    time: 7,
    status,
    kind: status === 200 ? 'partial' : 'rejected',
    durationMs: 1,
    figures: { ...NO_FIGURES, pointsIn: 3 },
    ...extra,
  });

  it('keeps the newest within its count and byte bounds, messages cut', () => {
    // A message is cut to 2,000 characters: about 4.1 KB counted (UTF-16), more than the budget allows beside others.
    const ring = new RecentRequests(3, 4_200);
    for (let i = 0; i < 5; i++) ring.add({ time: i, status: 200, pointsIn: i, pointsRejected: 0 });
    assert.deepEqual(
      ring.list().map((r) => r.time),
      [4, 3, 2],
    );
    ring.add({ time: 9, status: 400, pointsIn: 0, pointsRejected: 0, message: 'x'.repeat(100_000) });
    assert.equal(ring.list().length, 1, 'the oldest dropped for bytes');
    assert.equal(ring.list()[0]?.message?.length, 2000);
  });

  it('keeps the figures, the reasons and the message of a partial 200 and of a refusal', () => {
    const rejections = [{ reason: 'delta_temporality' as const, points: 2, metrics: ['requests'] }];
    const partial = outcome(200, {
      figures: { ...NO_FIGURES, pointsIn: 3, pointsWritten: 1, pointsRejected: 2, rejections },
      message: '2 points rejected, delta',
    });
    assert.deepEqual(fromOutcome(partial), {
      time: 7,
      status: 200,
      pointsIn: 3,
      pointsRejected: 2,
      rejections,
      message: '2 points rejected, delta',
    });
    const ring = new RecentRequests();
    ring.requestDone(outcome(415, { message: 'unsupported content-type' }));
    assert.equal(ring.list()[0]?.message, 'unsupported content-type');
  });
});
