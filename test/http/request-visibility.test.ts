/**
 * What an operator and a local user see of one request: the log line (level, closed outcome, reasons with
 * metric names, native histograms), the counters at /metrics and the inspect page's request list, all from
 * the one outcome the endpoint hands the observer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Logger } from '../../lambda/log.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { BASE_S, exportRequest, gauge, nanos, postJson, resourceMetrics } from '../hostile/otlp-json.js';

interface Line {
  readonly level: string;
  readonly msg: string;
  readonly [field: string]: unknown;
}

function capture(): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const at =
    (level: string) =>
    (msg: string, fields?: Record<string, unknown>): void => {
      lines.push({ level, msg, ...fields });
    };
  return { logger: { info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

const deltaCounter = {
  name: 'http.requests',
  sum: {
    aggregationTemporality: 1,
    isMonotonic: true,
    dataPoints: [{ timeUnixNano: nanos(BASE_S), asInt: '5' }],
  },
};
const exponentialHistogram = {
  name: 'latency',
  exponentialHistogram: {
    aggregationTemporality: 2,
    dataPoints: [
      {
        timeUnixNano: nanos(BASE_S),
        count: '3',
        sum: 3.5,
        scale: 0,
        zeroCount: '0',
        positive: { offset: 0, bucketCounts: ['1', '2'] },
      },
    ],
  },
};

describe('what a request leaves behind', () => {
  let forwarder: RunningForwarder;
  const log = capture();
  before(async () => {
    forwarder = await startForwarder({}, log.logger);
  });
  after(() => forwarder.stop());

  it('logs a partial request at warn with its reasons, metric names and native histograms', async () => {
    const body = exportRequest(
      resourceMetrics([deltaCounter, exponentialHistogram, gauge('up', [{ time: nanos(BASE_S), value: 1 }])]),
    );
    const answer = await postJson(forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 1);

    const line = log.lines.find((l) => l.msg === 'request');
    assert.ok(line, 'a request line');
    assert.equal(line.level, 'warn');
    assert.equal(line.outcome, 'partial');
    assert.equal(line.pointsIn, 3);
    assert.equal(line.pointsWritten, 2);
    assert.equal(line.pointsRejected, 1);
    assert.equal(line.rejectedReason, 'delta_temporality');
    assert.equal(line.rejectedMetric, 'http.requests');
    assert.deepEqual(line.rejections, [
      { reason: 'delta_temporality', points: 1, metrics: ['http.requests'] },
    ]);
    assert.equal(line.nativeHistograms, 1);

    const metrics = await (await fetch(`${forwarder.url}/metrics`)).text();
    assert.match(metrics, /^otlp_forwarder_points_received_total 3$/m);
    assert.match(metrics, /^otlp_forwarder_points_forwarded_total 2$/m);
    assert.match(metrics, /^otlp_forwarder_points_rejected_total\{reason="delta_temporality"\} 1$/m);
    assert.match(metrics, /^otlp_forwarder_destination_requests_total\{outcome="success"\} 1$/m);

    const requests = (await (await fetch(`${forwarder.url}/api/v1/requests`)).json()) as {
      data: {
        status: number;
        nativeHistograms?: number;
        rejections?: { words: string }[];
        message?: string;
      }[];
    };
    const [latest] = requests.data;
    assert.equal(latest?.status, 200);
    assert.equal(latest.nativeHistograms, 1);
    assert.match(latest.rejections?.[0]?.words ?? '', /delta temporality/);
    assert.match(latest.message ?? '', /1 point rejected, delta temporality/);
  });

  it('logs a refused request at warn with its error, and lists it with its message', async () => {
    const before = log.lines.length;
    const res = await fetch(forwarder.metricsUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    assert.equal(res.status, 415);
    const line = log.lines.slice(before).find((l) => l.msg === 'request');
    assert.ok(line);
    assert.equal(line.level, 'warn');
    assert.equal(line.outcome, 'rejected');
    assert.match(String(line.error), /unsupported content-type/);
    const requests = (await (await fetch(`${forwarder.url}/api/v1/requests`)).json()) as {
      data: { status: number; message?: string }[];
    };
    assert.equal(requests.data[0]?.status, 415);
    assert.match(requests.data[0].message ?? '', /unsupported content-type/);
  });
});
