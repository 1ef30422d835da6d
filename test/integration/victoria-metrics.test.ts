/**
 * End to end with a second real receiver: the OpenTelemetry JS SDK → the forwarder → VictoriaMetrics
 * 1.79 (Debian's package) on its remote-write path, then PromQL (MetricsQL) over what it stored.
 *
 * VictoriaMetrics ignores the `histograms` field of a remote-write TimeSeries and answers 204: an
 * exponential histogram written as a native histogram is lost without a word. EXPONENTIAL_HISTOGRAMS=classic
 * writes it as `le` buckets, which it stores.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AggregationType } from '@opentelemetry/sdk-metrics';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { sdkClient } from '../support/otel-sdk.js';
import {
  startVictoriaMetrics,
  VICTORIA_METRICS_BIN,
  victoriaMetricsInstalled,
  type VictoriaMetrics,
} from '../support/victoria-metrics.js';
import { renderSeries, type VectorResult } from '../support/prometheus.js';

const SKIP = victoriaMetricsInstalled()
  ? false
  : `${VICTORIA_METRICS_BIN} is not installed (apt-get install victoria-metrics)`;

const bound = (le: string): number => (le === '+Inf' ? Infinity : Number(le));

/** The `le` buckets of one histogram as [le, value], in increasing order of le. */
function buckets(result: VectorResult[]): [string, string][] {
  return result
    .map((r): [string, string] => [r.metric.le ?? '', r.value[1]])
    .sort((a, b) => bound(a[0]) - bound(b[0]));
}

const SCOPE = 'otel_scope_name="test-scope",otel_scope_version="1.2.3"';

/**
 * Every instrument the JS SDK has, one export through `forwarder`; `rpc.size` aggregated as an
 * exponential histogram. Resolves with a query time (epoch seconds) at or after the points.
 */
async function sendEveryType(forwarder: RunningForwarder, service: string): Promise<number> {
  const client = sdkClient(
    'protobuf',
    forwarder.metricsUrl,
    { 'service.name': service, 'service.namespace': 'shop', 'service.instance.id': 'pod-1' },
    { views: [{ instrumentName: 'rpc.size', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM } }] },
  );
  try {
    const m = client.meter;
    m.createCounter('orders.placed').add(3, { region: 'eu' });
    m.createUpDownCounter('queue.depth').add(-2);
    m.createGauge('room.temperature', { unit: 'Cel' }).record(21.5);
    m.createObservableGauge('process.memory.usage', { unit: 'By' }).addCallback((r) => r.observe(1234.5));
    const duration = m.createHistogram('http.server.duration', {
      unit: 's',
      advice: { explicitBucketBoundaries: [0.1, 0.5, 1] },
    });
    for (const v of [0.05, 0.3, 0.3, 2]) duration.record(v);
    const size = m.createHistogram('rpc.size', { unit: 'By' });
    for (const v of [1, 2, 3, 100]) size.record(v);
    const result = await client.exportOnce();
    assert.equal(result.code, 0, `export failed: ${result.error?.message ?? ''}`);
  } finally {
    await client.shutdown();
  }
  return Math.ceil(Date.now() / 1000);
}

describe('SDK → forwarder → real VictoriaMetrics 1.79', { skip: SKIP }, () => {
  let vm: VictoriaMetrics;
  let classic: RunningForwarder;
  let native: RunningForwarder;

  before(async () => {
    vm = await startVictoriaMetrics();
    classic = await startForwarder({
      REMOTE_WRITE_URL: vm.remoteWriteUrl,
      EXPONENTIAL_HISTOGRAMS: 'classic',
      SEND_METADATA: 'true',
    });
    native = await startForwarder({ REMOTE_WRITE_URL: vm.remoteWriteUrl });
  });
  after(async () => {
    await classic.stop();
    await native.stop();
    await vm.stop();
  });

  it('stores counters, gauges and classic histograms with their exact values', async () => {
    const at = await sendEveryType(classic, 'counters');
    const job = 'shop/counters';
    const labels = `instance="pod-1",job="${job}",${SCOPE}`;
    const expected = [
      `http_server_duration_seconds_bucket{instance="pod-1",job="${job}",le="+Inf",${SCOPE}} 4`,
      `http_server_duration_seconds_bucket{instance="pod-1",job="${job}",le="0.1",${SCOPE}} 1`,
      `http_server_duration_seconds_bucket{instance="pod-1",job="${job}",le="0.5",${SCOPE}} 3`,
      `http_server_duration_seconds_bucket{instance="pod-1",job="${job}",le="1",${SCOPE}} 3`,
      `http_server_duration_seconds_count{${labels}} 4`,
      `http_server_duration_seconds_sum{${labels}} 2.65`,
      `orders_placed_total{${labels},region="eu"} 3`,
      `process_memory_usage_bytes{${labels}} 1234.5`,
      `queue_depth{${labels}} -2`,
      `room_temperature_celsius{${labels}} 21.5`,
    ];
    const stored = await vm.queryUntil(`{job="${job}", __name__!~"rpc_size.*"}`, at, (r) => r.length >= 10);
    assert.deepEqual(stored.map(renderSeries).sort(), expected);
  });

  it('stores an exponential histogram in classic mode as le buckets on its own scale, merged to 40', async () => {
    const at = await sendEveryType(classic, 'classic');
    const job = 'shop/classic';
    // The SDK keeps 1, 2, 3 and 100 at scale 4 (indices -1..106, within its 160 buckets); 108 buckets do
    // not fit 40, 55 at scale 3 neither, 28 at scale 2 do: upper bounds 2^(k/4) for k = 0..27, after the
    // zero bucket. Values computed with 60 decimal digits, rounded once to float64.
    const table: [string, number][] = [
      ['0', 0],
      ['1', 1],
      ['1.189207115002721', 1],
      ['1.4142135623730951', 1],
      ['1.681792830507429', 1],
      ['2', 2],
      ['2.378414230005442', 2],
      ['2.8284271247461903', 2],
      ['3.363585661014858', 3],
      ['4', 3],
      ['4.756828460010884', 3],
      ['5.656854249492381', 3],
      ['6.727171322029716', 3],
      ['8', 3],
      ['9.513656920021768', 3],
      ['11.313708498984761', 3],
      ['13.454342644059432', 3],
      ['16', 3],
      ['19.027313840043536', 3],
      ['22.627416997969522', 3],
      ['26.908685288118864', 3],
      ['32', 3],
      ['38.05462768008707', 3],
      ['45.254833995939045', 3],
      ['53.81737057623773', 3],
      ['64', 3],
      ['76.10925536017415', 3],
      ['90.50966799187809', 3],
      ['107.63474115247546', 4],
      ['+Inf', 4],
    ];
    const bucketSeries = await vm.queryUntil(
      `rpc_size_bytes_bucket{job="${job}"}`,
      at,
      (r) => r.length >= 30,
    );
    assert.deepEqual(
      buckets(bucketSeries),
      table.map(([le, v]) => [le, String(v)]),
    );
    const [count] = await vm.query(`rpc_size_bytes_count{job="${job}"}`, at);
    const [sum] = await vm.query(`rpc_size_bytes_sum{job="${job}"}`, at);
    assert.equal(count?.value[1], '4');
    assert.equal(sum?.value[1], '106');
  });

  it('stores nothing of an exponential histogram written as a native histogram, yet the export succeeds (silent loss)', async () => {
    const at = await sendEveryType(native, 'native');
    const job = 'shop/native';
    // The counters, gauges and classic histogram of the same request arrive...
    const stored = await vm.queryUntil(`{job="${job}"}`, at, (r) => r.length >= 10);
    assert.equal(stored.length, 10, stored.map(renderSeries).join('\n'));
    // ...the exponential histogram, sent as a native histogram (the SDK's export succeeded), does not.
    assert.deepEqual(
      stored.filter((r) => r.metric.__name__?.startsWith('rpc_size')),
      [],
    );
  });

  it('stores summary quantiles, sum and count (sent as OTLP JSON: the JS SDK has no summary instrument)', async () => {
    const nanos = `${BigInt(Date.now()) * 1_000_000n}`;
    const body = {
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'summaries' } }] },
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'rpc.latency',
                  unit: 'ms',
                  summary: {
                    dataPoints: [
                      {
                        timeUnixNano: nanos,
                        count: '10',
                        sum: 420.5,
                        quantileValues: [
                          { quantile: 0.5, value: 30 },
                          { quantile: 0.99, value: 250 },
                        ],
                      },
                    ],
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const res = await fetch(classic.metricsUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 200);
    const at = Math.ceil(Date.now() / 1000);
    const stored = await vm.queryUntil(`{job="summaries"}`, at, (r) => r.length >= 4);
    assert.deepEqual(stored.map(renderSeries).sort(), [
      'rpc_latency_milliseconds_count{job="summaries"} 10',
      'rpc_latency_milliseconds_sum{job="summaries"} 420.5',
      'rpc_latency_milliseconds{job="summaries",quantile="0.5"} 30',
      'rpc_latency_milliseconds{job="summaries",quantile="0.99"} 250',
    ]);
  });

  it('accepts exemplars and metadata and stores neither (VictoriaMetrics 1.79)', async () => {
    const nanos = `${BigInt(Date.now()) * 1_000_000n}`;
    const body = {
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'exemplars' } }] },
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'jobs.done',
                  description: 'Jobs finished.',
                  sum: {
                    aggregationTemporality: 2,
                    isMonotonic: true,
                    dataPoints: [
                      {
                        timeUnixNano: nanos,
                        asInt: '7',
                        exemplars: [
                          { timeUnixNano: nanos, asInt: '1', traceId: '0af7651916cd43dd8448eb211c80319c' },
                        ],
                      },
                    ],
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    // `classic` sends metadata too (SEND_METADATA=true), in its own write request.
    const res = await fetch(classic.metricsUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {});
    const at = Math.ceil(Date.now() / 1000);
    const stored = await vm.queryUntil('jobs_done_total', at, (r) => r.length >= 1);
    assert.deepEqual(stored.map(renderSeries), ['jobs_done_total{job="exemplars"} 7']);
    const exemplars = await vm.api('/api/v1/query_exemplars', {
      query: 'jobs_done_total',
      start: String(at - 60),
      end: String(at + 60),
    });
    assert.deepEqual(exemplars, []);
    assert.deepEqual(await vm.api('/api/v1/metadata'), {});
  });
});
