/**
 * Destination verdicts per batch, as the client sees them through the real local server: accepted,
 * refused for some batches (200 with partial_success), refused for all (400), combined with points the
 * translator rejected; and the counters that record it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { opentelemetry } from '../../proto/generated/protos.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import {
  samplesBySeries,
  startScriptedDestination,
  type ScriptedDestination,
} from './scripted-destination.js';

const { ExportMetricsServiceResponse } = opentelemetry.proto.collector.metrics.v1;
const T_NS = '1700000000000000000';

/** A JSON export request: `good` gauges with `perMetric` points each, plus optional bad and delta metrics. */
function request(options: { good: number; bad?: number; delta?: number }): string {
  const gauge = (name: string, i: number) => ({
    name,
    gauge: { dataPoints: [{ asDouble: i, timeUnixNano: T_NS, attributes: [attr('i', String(i))] }] },
  });
  const metrics = [
    ...Array.from({ length: options.good }, (_, i) => gauge('good_metric', i)),
    ...Array.from({ length: options.bad ?? 0 }, (_, i) => gauge('bad_metric', i)),
    ...Array.from({ length: options.delta ?? 0 }, (_, i) => ({
      name: 'delta_metric',
      sum: {
        aggregationTemporality: 1,
        isMonotonic: true,
        dataPoints: [{ asInt: '1', timeUnixNano: T_NS, attributes: [attr('i', String(i))] }],
      },
    })),
  ];
  return JSON.stringify({ resourceMetrics: [{ scopeMetrics: [{ metrics }] }] });
}
const attr = (key: string, value: string) => ({ key, value: { stringValue: value } });

const isBad = (
  labels: readonly { name?: string | null; value?: string | null }[] | null | undefined,
): boolean => (labels ?? []).some((l) => l.name === '__name__' && l.value === 'bad_metric');

describe('partial delivery through the local server', () => {
  let destination: ScriptedDestination;
  let forwarder: RunningForwarder;

  before(async () => {
    // Refuses any batch holding a bad_metric series, as Prometheus refuses a whole request with 400.
    destination = await startScriptedDestination((w) =>
      w.request.timeseries.some((ts) => isBad(ts.labels))
        ? { status: 400, body: 'out of order sample for bad_metric' }
        : { status: 204 },
    );
    forwarder = await startForwarder({
      REMOTE_WRITE_URL: destination.url,
      // Small batches so one request makes several remote-write requests.
      MAX_BATCH_SIZE_BYTES: '1024',
      REQUEST_TIMEOUT_MS: '2000',
    });
  });
  after(async () => {
    await forwarder.stop();
    await destination.close();
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(forwarder.metricsUrl, { method: 'POST', body, headers: { 'content-type': contentType } });

  it('answers 200 with partial_success counting the points of refused batches and quoting the destination', async () => {
    const before = destination.accepted.length;
    const res = await post(request({ good: 60, bad: 2 }));
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      partialSuccess?: { rejectedDataPoints: string; errorMessage: string };
    };
    assert.ok(body.partialSuccess, 'partial_success is set');
    const stored = [...samplesBySeries(destination.accepted.slice(before)).values()].flat().length;
    // Every point is either stored or counted as rejected: none vanish.
    assert.equal(Number(body.partialSuccess.rejectedDataPoints) + stored, 62);
    // Bisection writes the good series of a refused batch: only the two bad points are rejected.
    assert.equal(Number(body.partialSuccess.rejectedDataPoints), 2);
    assert.match(body.partialSuccess.errorMessage, /rejected by the destination/);
    assert.match(body.partialSuccess.errorMessage, /out of order sample for bad_metric/);
  });

  it('adds the points the translator rejected to those the destination refused', async () => {
    const before = destination.accepted.length;
    const res = await post(request({ good: 60, bad: 1, delta: 3 }));
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      partialSuccess: { rejectedDataPoints: string; errorMessage: string };
    };
    const stored = [...samplesBySeries(destination.accepted.slice(before)).values()].flat().length;
    assert.equal(Number(body.partialSuccess.rejectedDataPoints) + stored, 64);
    assert.match(body.partialSuccess.errorMessage, /3 points rejected, delta temporality/);
    assert.match(body.partialSuccess.errorMessage, /out of order sample/);
  });

  it('answers partial_success in protobuf to a protobuf request', async () => {
    const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;
    const message = ExportMetricsServiceRequest.fromObject(
      JSON.parse(request({ good: 40, bad: 1 })) as object,
    );
    const res = await fetch(forwarder.metricsUrl, {
      method: 'POST',
      body: ExportMetricsServiceRequest.encode(message).finish(),
      headers: { 'content-type': 'application/x-protobuf' },
    });
    assert.equal(res.status, 200);
    const decoded = ExportMetricsServiceResponse.decode(new Uint8Array(await res.arrayBuffer()));
    assert.ok(Number(decoded.partialSuccess?.rejectedDataPoints) >= 1);
    assert.match(decoded.partialSuccess?.errorMessage ?? '', /out of order sample/);
  });

  it('answers 400 quoting the destination when it refused every batch', async () => {
    const res = await post(request({ good: 0, bad: 30 }));
    assert.equal(res.status, 400);
    const body = (await res.json()) as { code: number; message: string };
    assert.equal(body.code, 3);
    assert.match(body.message, /destination rejected the data: .*out of order sample for bad_metric/);
  });

  it('answers 200 with no partial_success when every batch was accepted', async () => {
    const res = await post(request({ good: 50 }));
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {});
  });

  it('counts requests, points and destination outcomes at /metrics', async () => {
    const res = await fetch(`${forwarder.url}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const value = (series: string): number => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      assert.ok(line, `${series} is exposed`);
      return Number(line.slice(series.length + 1));
    };
    assert.equal(value('otlp_forwarder_requests_total{status="200"}'), 4);
    assert.equal(value('otlp_forwarder_requests_total{status="400"}'), 1);
    assert.equal(value('otlp_forwarder_points_received_total'), 62 + 64 + 41 + 30 + 50);
    assert.equal(value('otlp_forwarder_points_rejected_total{reason="delta_temporality"}'), 3);
    const refused = value('otlp_forwarder_points_rejected_total{reason="destination_rejected"}');
    const forwarded = value('otlp_forwarder_points_forwarded_total');
    assert.equal(forwarded + refused + 3, 62 + 64 + 41 + 30 + 50);
    assert.equal(forwarded, value('otlp_forwarder_samples_sent_total'));
    assert.ok(value('otlp_forwarder_destination_requests_total{outcome="rejected"}') >= 4);
    assert.ok(value('otlp_forwarder_destination_requests_total{outcome="success"}') >= 4);
    assert.match(text, /^# TYPE otlp_forwarder_destination_retries_total counter$/m);
    assert.match(text, /^process_resident_memory_bytes \d+$/m);
  });
});
