/**
 * Translation end to end: OTLP JSON of every metric type → the forwarder (in process) → a real
 * Prometheus 2.42 with native histograms and exemplar storage on, then PromQL over what was stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_ID = '00f067aa0ba902b7';

/** Seconds since the epoch, a little in the past so that instant queries at `now` see it. */
const BASE_S = Math.floor(Date.now() / 1000) - 60;
const nanos = (seconds: number): string => `${BigInt(seconds) * 1_000_000_000n}`;

const resource = {
  attributes: [
    { key: 'service.name', value: { stringValue: 'translator' } },
    { key: 'service.namespace', value: { stringValue: 'it' } },
    { key: 'service.instance.id', value: { stringValue: 'pod-1' } },
    { key: 'host.name', value: { stringValue: 'host-a' } },
  ],
};

function exportRequest(metrics: unknown[]): string {
  return JSON.stringify({
    resourceMetrics: [{ resource, scopeMetrics: [{ scope: { name: 'it-scope' }, metrics }] }],
  });
}

const point = (seconds: number, extra: Record<string, unknown>): Record<string, unknown> => ({
  startTimeUnixNano: nanos(BASE_S - 600),
  timeUnixNano: nanos(seconds),
  ...extra,
});

const METRICS = [
  {
    // Buckets (0.1, 0.5, 1, +Inf) hold 10, 20, 10, 0: the median is 0.1 + 0.4 × (20 − 10) / (30 − 10) = 0.3.
    name: 'http.server.duration',
    unit: 's',
    histogram: {
      aggregationTemporality: 2,
      dataPoints: [
        point(BASE_S, {
          count: '40',
          sum: 14,
          explicitBounds: [0.1, 0.5, 1],
          bucketCounts: ['10', '20', '10', '0'],
        }),
      ],
    },
  },
  {
    name: 'rpc.size',
    unit: 'By',
    exponentialHistogram: {
      aggregationTemporality: 2,
      dataPoints: [
        point(BASE_S, {
          count: '7',
          sum: 123.5,
          scale: 0,
          zeroCount: '1',
          positive: { offset: 2, bucketCounts: ['3', '0', '2'] },
          negative: { offset: 0, bucketCounts: ['1'] },
        }),
      ],
    },
  },
  {
    name: 'orders.placed',
    sum: {
      aggregationTemporality: 2,
      isMonotonic: true,
      dataPoints: [
        point(BASE_S, {
          asInt: '42',
          attributes: [{ key: 'region', value: { stringValue: 'eu' } }],
          exemplars: [
            {
              timeUnixNano: nanos(BASE_S - 1),
              asDouble: 1,
              traceId: TRACE_ID,
              spanId: SPAN_ID,
              // Kept as it is: the Collector does not sanitise exemplar attribute keys.
              filteredAttributes: [{ key: 'http.route', value: { stringValue: '/orders' } }],
            },
          ],
        }),
      ],
    },
  },
  {
    name: 'rpc.latency',
    unit: 'ms',
    summary: {
      dataPoints: [
        point(BASE_S, {
          count: '100',
          sum: 5000,
          quantileValues: [
            { quantile: 0.5, value: 40 },
            { quantile: 0.99, value: 250 },
          ],
        }),
      ],
    },
  },
  {
    name: 'cache.entries',
    gauge: { dataPoints: [point(BASE_S, { asDouble: 17 })] },
  },
  {
    name: 'delta.requests',
    sum: { aggregationTemporality: 1, isMonotonic: true, dataPoints: [point(BASE_S, { asInt: '1' })] },
  },
];

describe('translation into a real Prometheus (native histograms, exemplars)', () => {
  let prometheus: Prometheus;
  let forwarder: RunningForwarder;
  let response: {
    status: number;
    body: { partialSuccess?: { rejectedDataPoints?: string; errorMessage?: string } };
  };

  before(async () => {
    prometheus = await startPrometheus({ features: ['native-histograms', 'exemplar-storage'] });
    forwarder = await startForwarder({ REMOTE_WRITE_URL: prometheus.remoteWriteUrl });
    const res = await fetch(forwarder.metricsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exportRequest(METRICS),
    });
    response = { status: res.status, body: (await res.json()) as typeof response.body };
  });
  after(async () => {
    await forwarder.stop();
    await prometheus.stop();
  });

  const at = String(BASE_S + 1);
  const job = 'job="it/translator",instance="pod-1"';

  it('accepts the request and reports the delta metric in partial_success', () => {
    assert.equal(response.status, 200);
    const partial = response.body.partialSuccess;
    assert.ok(partial, 'no partialSuccess');
    assert.equal(partial.rejectedDataPoints, '1');
    assert.match(partial.errorMessage ?? '', /"delta\.requests"/);
    assert.match(partial.errorMessage ?? '', /OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE=cumulative/);
  });

  it('answers histogram_quantile over the classic buckets', async () => {
    const [median] = await prometheus.query(
      `histogram_quantile(0.5, http_server_duration_seconds_bucket{${job}})`,
      Number(at),
    );
    assert.ok(median, 'no result');
    assert.ok(Math.abs(Number(median.value[1]) - 0.3) < 1e-9, `median ${median.value[1]}`);
    const [count] = await prometheus.query(`http_server_duration_seconds_count{${job}}`, Number(at));
    assert.equal(count?.value[1], '40');
  });

  it('stores the exponential histogram as a native histogram', async () => {
    const [count] = await prometheus.query(`histogram_count(rpc_size_bytes{${job}})`, Number(at));
    const [sum] = await prometheus.query(`histogram_sum(rpc_size_bytes{${job}})`, Number(at));
    assert.equal(count?.value[1], '7');
    assert.equal(sum?.value[1], '123.5');
    // No classic series were made from it.
    assert.deepEqual(await prometheus.query(`rpc_size_bytes_count`, Number(at)), []);
  });

  it('returns the exemplar with its trace id', async () => {
    const data = await prometheus.api<
      {
        seriesLabels: Record<string, string>;
        exemplars: { labels: Record<string, string>; value: string }[];
      }[]
    >('/api/v1/query_exemplars', {
      query: 'orders_placed_total',
      start: String(BASE_S - 120),
      end: String(BASE_S + 120),
    });
    assert.equal(data.length, 1);
    const [series] = data;
    assert.ok(series);
    assert.equal(series.seriesLabels.region, 'eu');
    assert.deepEqual(
      series.exemplars.map((e) => [e.labels, e.value]),
      [[{ trace_id: TRACE_ID, span_id: SPAN_ID, 'http.route': '/orders' }, '1']],
    );
  });

  it('stores summary quantiles, sum and count', async () => {
    const [p99] = await prometheus.query(`rpc_latency_milliseconds{quantile="0.99",${job}}`, Number(at));
    assert.equal(p99?.value[1], '250');
    const [sum] = await prometheus.query(`rpc_latency_milliseconds_sum{${job}}`, Number(at));
    assert.equal(sum?.value[1], '5000');
  });

  it('joins target_info to a series on job and instance', async () => {
    const joined = await prometheus.query(
      `cache_entries * on (job, instance) group_left (host_name) target_info`,
      Number(at),
    );
    assert.equal(joined.length, 1);
    const [series] = joined;
    assert.ok(series);
    assert.equal(series.metric.host_name, 'host-a');
    assert.equal(series.metric.otel_scope_name, 'it-scope');
    assert.equal(series.value[1], '17');
  });

  it('ends a series with a NoRecordedValue point (stale marker)', async () => {
    const stale = {
      name: 'cache.entries',
      gauge: { dataPoints: [point(BASE_S + 10, { asDouble: 0, flags: 1 })] },
    };
    const res = await fetch(forwarder.metricsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exportRequest([stale]),
    });
    assert.equal(res.status, 200);
    assert.equal((await prometheus.query(`cache_entries{${job}}`, BASE_S + 5)).length, 1);
    assert.deepEqual(await prometheus.query(`cache_entries{${job}}`, BASE_S + 15), []);
  });
});
