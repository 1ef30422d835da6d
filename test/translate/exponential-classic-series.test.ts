/**
 * EXPONENTIAL_HISTOGRAMS=classic through translate(): the `_bucket`, `_sum` and `_count` series of
 * exponential histogram points sent as OTLP JSON, with `le` written as classic histograms write it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { METRIC_TYPE } from '../../lambda/translate/metadata.js';
import { DEFAULT_TRANSLATE_OPTIONS, type TranslateOptions } from '../../lambda/translate/options.js';
import { translate } from '../../lambda/translate/translate.js';
import { isStaleNaN } from '../support/stale-nan.js';

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
    assert.deepEqual(
      classic.rejections.details().map((d) => [d.reason, d.points]),
      [['invalid_scale', 1]],
    );
    assert.deepEqual(rendered(classic), [
      'latency_seconds_count 1',
      'latency_seconds_bucket{le="0"} 1',
      'latency_seconds_bucket{le="+Inf"} 1',
    ]);
    const native = translate(request(points), { ...CLASSIC, exponentialHistograms: 'native' });
    assert.deepEqual(
      native.rejections.details().map((d) => [d.reason, d.points]),
      [['invalid_scale', 2]],
    );
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
