/**
 * End to end with real parts: the OpenTelemetry JS SDK (protobuf and JSON OTLP/HTTP exporters) → the
 * forwarder → a real Prometheus 2.42 remote-write receiver, then PromQL over what was stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { sdkClient, type ExporterKind } from '../support/otel-sdk.js';
import { renderSeries, startPrometheus, type Prometheus } from '../support/prometheus.js';

/** Series of one job as `name{sorted labels} value` lines, the shape the assertions compare. */
async function seriesOf(prometheus: Prometheus, job: string): Promise<string[]> {
  const result = await prometheus.query(`{job="${job}"}`);
  return result.map(renderSeries).sort();
}

describe('SDK → forwarder → real Prometheus', () => {
  let prometheus: Prometheus;
  let forwarder: RunningForwarder;

  before(async () => {
    prometheus = await startPrometheus();
    forwarder = await startForwarder({ REMOTE_WRITE_URL: prometheus.remoteWriteUrl });
  });
  after(async () => {
    await forwarder.stop();
    await prometheus.stop();
  });

  for (const [kind, gzip] of [
    ['protobuf', false],
    ['json', false],
    ['protobuf', true],
    ['json', true],
  ] as [ExporterKind, boolean][]) {
    it(`stores a counter, an up-down counter and an observable gauge sent as ${kind}${gzip ? ' gzip' : ''}`, async () => {
      const service = `checkout-${kind}${gzip ? '-gzip' : ''}`;
      const client = sdkClient(
        kind,
        forwarder.metricsUrl,
        { 'service.name': service, 'service.namespace': 'shop', 'service.instance.id': 'pod-7' },
        { gzip },
      );
      try {
        const requests = client.meter.createCounter('http.server.requests', { unit: '{request}' });
        requests.add(5, { 'http.method': 'GET', 'http.status_code': 200 });
        requests.add(2, { 'http.method': 'POST', 'http.status_code': 201 });
        const queue = client.meter.createUpDownCounter('queue.depth');
        queue.add(7, { 'queue.name': 'orders' });
        queue.add(-3, { 'queue.name': 'orders' });
        client.meter
          .createObservableGauge('process.memory.usage', { unit: 'By' })
          .addCallback((r) => r.observe(1234.5, { 'memory.state': 'used' }));

        const result = await client.exportOnce();
        assert.equal(result.code, 0, `export failed: ${result.error?.message ?? ''}`);
      } finally {
        await client.shutdown();
      }

      const job = `shop/${service}`;
      // The Collector labels every point with its instrumentation scope (otel_scope_name/version).
      const scope = 'otel_scope_name="test-scope",otel_scope_version="1.2.3"';
      assert.deepEqual(await seriesOf(prometheus, job), [
        `http_server_requests_total{http_method="GET",http_status_code="200",instance="pod-7",job="${job}",${scope}} 5`,
        `http_server_requests_total{http_method="POST",http_status_code="201",instance="pod-7",job="${job}",${scope}} 2`,
        `process_memory_usage_bytes{instance="pod-7",job="${job}",memory_state="used",${scope}} 1234.5`,
        `queue_depth{instance="pod-7",job="${job}",${scope},queue_name="orders"} 4`,
      ]);
    });
  }

  it('stores a later export as a new sample of the same series', async () => {
    const client = sdkClient('protobuf', forwarder.metricsUrl, { 'service.name': 'repeat' });
    try {
      const counter = client.meter.createCounter('jobs.done');
      counter.add(1);
      assert.equal((await client.exportOnce()).code, 0);
      await new Promise((r) => setTimeout(r, 5)); // a distinct millisecond timestamp
      counter.add(2);
      assert.equal((await client.exportOnce()).code, 0);
    } finally {
      await client.shutdown();
    }
    const counts = await prometheus.query('count_over_time(jobs_done_total{job="repeat"}[10m])');
    assert.equal(counts[0]?.value[1], '2');
    assert.deepEqual(await seriesOf(prometheus, 'repeat'), [
      'jobs_done_total{job="repeat",otel_scope_name="test-scope",otel_scope_version="1.2.3"} 3',
    ]);
  });
});
