/**
 * Points Prometheus refuses. An exponential histogram whose count is below its buckets made Prometheus
 * answer 500 to the whole request: the forwarder retried, answered 503, the client resent for ever, and a
 * good gauge in the same request was never stored. Invalid points are now refused alone, before sending.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withPrometheusForwarder } from './prometheus-forwarder.js';
import { BASE_S, exportRequest, gauge, nanos, postJson, resourceMetrics } from './otlp-json.js';

const exponential = (name: string, point: Record<string, unknown>): Record<string, unknown> => ({
  name,
  exponentialHistogram: {
    aggregationTemporality: 2,
    dataPoints: [{ timeUnixNano: nanos(BASE_S), scale: 0, ...point }],
  },
});

const classic = (name: string, point: Record<string, unknown>): Record<string, unknown> => ({
  name,
  histogram: { aggregationTemporality: 2, dataPoints: [{ timeUnixNano: nanos(BASE_S), ...point }] },
});

describe('points Prometheus would refuse', () => {
  const env = withPrometheusForwarder({ features: ['native-histograms'] });

  const cases: [string, Record<string, unknown>][] = [
    [
      'an exponential histogram with count below its buckets',
      exponential('bad.exp', {
        count: '1',
        sum: 3,
        zeroCount: '1',
        positive: { offset: 0, bucketCounts: ['2'] },
      }),
    ],
    [
      'an exponential histogram with count above its buckets',
      exponential('bad.exp.above', { count: '9', sum: 3, positive: { offset: 0, bucketCounts: ['2'] } }),
    ],
    [
      'an exponential histogram with scale 40',
      exponential('bad.scale', {
        count: '2',
        sum: 3,
        scale: 40,
        positive: { offset: 0, bucketCounts: ['2'] },
      }),
    ],
    [
      'an exponential histogram whose buckets run past 32-bit indices',
      exponential('bad.offset', {
        count: '2',
        sum: 3,
        positive: { offset: 2147483647, bucketCounts: ['1', '1'] },
      }),
    ],
    [
      'a classic histogram with as many counts as bounds',
      classic('bad.counts', { count: '3', sum: 1, explicitBounds: [1, 2], bucketCounts: ['1', '2'] }),
    ],
    [
      'a classic histogram with decreasing bounds',
      classic('bad.order', { count: '3', sum: 1, explicitBounds: [2, 1], bucketCounts: ['1', '1', '1'] }),
    ],
    [
      'a classic histogram with a repeated bound',
      classic('bad.repeat', { count: '3', sum: 1, explicitBounds: [1, 1], bucketCounts: ['1', '1', '1'] }),
    ],
    [
      'a classic histogram with a NaN bound',
      classic('bad.nan', { count: '2', sum: 1, explicitBounds: ['NaN'], bucketCounts: ['1', '1'] }),
    ],
    [
      'a classic histogram with a +Inf bound',
      classic('bad.inf', { count: '2', sum: 1, explicitBounds: ['Infinity'], bucketCounts: ['1', '1'] }),
    ],
    [
      'a summary with a NaN quantile',
      {
        name: 'bad.quantile',
        summary: {
          dataPoints: [
            {
              timeUnixNano: nanos(BASE_S),
              count: '1',
              sum: 1,
              quantileValues: [{ quantile: 'NaN', value: 1 }],
            },
          ],
        },
      },
    ],
  ];

  for (const [what, metric] of cases) {
    it(`refuses ${what} alone and writes the good gauge beside it`, async () => {
      const good = `good_beside_${String(metric.name).replace(/\./g, '_')}`;
      const body = exportRequest(resourceMetrics([metric, gauge(good, [{ time: nanos(BASE_S), value: 5 }])]));
      const answer = await postJson(env.forwarder.metricsUrl, body);
      assert.equal(answer.status, 200, answer.message);
      assert.equal(answer.rejected, 1);
      assert.match(answer.message, new RegExp(`"${String(metric.name).replace(/\./g, '\\.')}"`));
      const stored = await env.prometheus.query(good, BASE_S);
      assert.equal(stored.length, 1);
    });
  }

  it('writes a consistent exponential histogram', async () => {
    const body = exportRequest(
      resourceMetrics([
        exponential('good.exp', {
          count: '4',
          sum: 3,
          zeroCount: '1',
          positive: { offset: 0, bucketCounts: ['2'] },
          negative: { offset: 0, bucketCounts: ['1'] },
        }),
      ]),
    );
    const answer = await postJson(env.forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 0);
    const count = await env.prometheus.query('histogram_count(good_exp)', BASE_S);
    assert.equal(count[0]?.value[1], '4');
  });
});
