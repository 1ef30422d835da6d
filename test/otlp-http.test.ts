/** The OTLP/HTTP endpoint's contract, through the real local server: routes, media types, bodies, statuses. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { google, opentelemetry } from '../proto/generated/protos.js';
import { closeServer, listen } from '../lambda/local/listen.js';
import { startForwarder, type RunningForwarder } from './support/forwarder.js';

const { ExportMetricsServiceRequest, ExportMetricsServiceResponse } =
  opentelemetry.proto.collector.metrics.v1;
const NOW_NS = '1700000000000000000';

const gaugeRequest = (name = 'temperature') => ({
  resourceMetrics: [
    {
      scopeMetrics: [
        { metrics: [{ name, gauge: { dataPoints: [{ asDouble: 21.5, timeUnixNano: NOW_NS }] } }] },
      ],
    },
  ],
});

const post = (url: string, body: Uint8Array | string, headers: Record<string, string>) =>
  fetch(url, { method: 'POST', body, headers });

describe('OTLP/HTTP endpoint', () => {
  let forwarder: RunningForwarder;
  let destination: Server;
  let answer = 204;
  let received = 0;

  before(async () => {
    destination = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received++;
        res.writeHead(answer, answer === 503 ? { 'retry-after': '9' } : {}).end(answer >= 400 ? 'nope' : '');
      });
    });
    await listen(destination);
    const port = (destination.address() as AddressInfo).port;
    forwarder = await startForwarder({
      REMOTE_WRITE_URL: `http://127.0.0.1:${port}/api/v1/write`,
      MAX_BODY_BYTES: '100000',
      // A short budget: failing destinations are retried until it ends.
      REQUEST_TIMEOUT_MS: '600',
    });
  });
  after(async () => {
    await forwarder.stop();
    await closeServer(destination);
  });

  it('answers 200 with an empty ExportMetricsServiceResponse in JSON and protobuf', async () => {
    answer = 204;
    const json = await post(forwarder.metricsUrl, JSON.stringify(gaugeRequest()), {
      'content-type': 'application/json',
    });
    assert.equal(json.status, 200);
    assert.equal(json.headers.get('content-type'), 'application/json');
    assert.deepEqual(await json.json(), {});

    const proto = await post(
      forwarder.metricsUrl,
      ExportMetricsServiceRequest.encode(ExportMetricsServiceRequest.fromObject(gaugeRequest())).finish(),
      { 'content-type': 'application/x-protobuf' },
    );
    assert.equal(proto.status, 200);
    assert.equal(proto.headers.get('content-type'), 'application/x-protobuf');
    const decoded = ExportMetricsServiceResponse.decode(new Uint8Array(await proto.arrayBuffer()));
    assert.equal(decoded.partialSuccess, null);
  });

  it('accepts gzip bodies', async () => {
    const res = await post(forwarder.metricsUrl, gzipSync(JSON.stringify(gaugeRequest())), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    assert.equal(res.status, 200);
  });

  it('answers an empty request with 200 without calling the destination', async () => {
    const before = received;
    const res = await post(forwarder.metricsUrl, new Uint8Array(), {
      'content-type': 'application/x-protobuf',
    });
    assert.equal(res.status, 200);
    assert.equal(received, before);
  });

  it('reports points it cannot translate in partial_success, never silently', async () => {
    const body = gaugeRequest();
    body.resourceMetrics[0]!.scopeMetrics[0]!.metrics.push({
      name: 'latency',
      sum: {
        aggregationTemporality: 1,
        isMonotonic: true,
        dataPoints: [{ asDouble: 1, timeUnixNano: NOW_NS }],
      },
    } as never);
    const res = await post(forwarder.metricsUrl, JSON.stringify(body), {
      'content-type': 'application/json',
    });
    assert.equal(res.status, 200);
    const json = (await res.json()) as {
      partialSuccess: { rejectedDataPoints: string; errorMessage: string };
    };
    assert.equal(json.partialSuccess.rejectedDataPoints, '1');
    assert.match(json.partialSuccess.errorMessage, /"latency"/);
    assert.match(
      json.partialSuccess.errorMessage,
      /OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE=cumulative/,
    );
  });

  const json = { 'content-type': 'application/json' };
  const statusCases: [string, (base: string) => Promise<Response>, number, RegExp][] = [
    ['an unknown path', (base) => post(`${base}/v1/traces`, '{}', json), 404, /no route for \/v1\/traces/],
    ['GET on /v1/metrics', (base) => fetch(`${base}/v1/metrics`), 405, /method GET not allowed/],
    [
      'text/plain',
      (base) => post(`${base}/v1/metrics`, 'x', { 'content-type': 'text/plain' }),
      415,
      /"text\/plain"/,
    ],
    [
      'brotli',
      (base) => post(`${base}/v1/metrics`, 'x', { ...json, 'content-encoding': 'br' }),
      415,
      /content-encoding "br"/,
    ],
    ['bad JSON', (base) => post(`${base}/v1/metrics`, '{', json), 400, /not valid JSON/],
    [
      'an oversized upload to an unknown path (refused for the path, before the body is read)',
      (base) => post(`${base}/v1/traces`, 'x'.repeat(300_000), json),
      404,
      /no route/,
    ],
    [
      'an oversized upload of the wrong type (refused for the type, before the body is read)',
      (base) => post(`${base}/v1/metrics`, 'x'.repeat(300_000), { 'content-type': 'text/plain' }),
      415,
      /"text\/plain"/,
    ],
    [
      'a body over the cap',
      (base) => post(`${base}/v1/metrics`, 'x'.repeat(100_001), json),
      413,
      /exceeds the limit/,
    ],
    [
      'a gzip bomb',
      (base) =>
        post(`${base}/v1/metrics`, gzipSync(Buffer.alloc(5_000_000)), {
          ...json,
          'content-encoding': 'gzip',
        }),
      413,
      /decompressed request body exceeds/,
    ],
  ];
  for (const [name, request, status, message] of statusCases) {
    it(`answers ${name} with ${status} and a google.rpc.Status naming the problem`, async () => {
      const res = await request(forwarder.url);
      assert.equal(res.status, status);
      const body = (await res.json()) as { code: number; message: string };
      assert.match(body.message, message);
      assert.equal(typeof body.code, 'number');
      if (status === 405) assert.equal(res.headers.get('allow'), 'POST');
    });
  }

  it('answers errors to protobuf requests with a protobuf google.rpc.Status', async () => {
    const res = await post(forwarder.metricsUrl, Buffer.from([0x0f]), {
      'content-type': 'application/x-protobuf',
    });
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('content-type'), 'application/x-protobuf');
    const status = google.rpc.Status.decode(new Uint8Array(await res.arrayBuffer()));
    assert.equal(status.code, 3);
    assert.match(status.message, /not a valid OTLP protobuf/);
  });

  for (const [destinationStatus, clientStatus, retryAfter] of [
    // The destination's Retry-After (9 s, past the budget) is passed on; otherwise 1 s.
    [503, 503, '9'],
    [500, 503, '1'],
    [429, 429, '1'],
    [401, 502, null],
    [404, 502, null],
    [400, 400, null],
  ] as const) {
    it(`maps destination ${destinationStatus} to ${clientStatus}`, async () => {
      answer = destinationStatus;
      const res = await post(forwarder.metricsUrl, JSON.stringify(gaugeRequest()), json);
      assert.equal(res.status, clientStatus);
      assert.equal(res.headers.get('retry-after'), retryAfter);
      const body = (await res.json()) as { message: string };
      assert.match(body.message, new RegExp(`answered ${destinationStatus}: nope`));
    });
  }
});

describe('the request log line', () => {
  it('carries the points a request brought even when delivery fails', async () => {
    const destination = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(503).end('down'));
    });
    await listen(destination);
    const lines: Record<string, unknown>[] = [];
    const capture = {
      info: (msg: string, fields?: Record<string, unknown>) => lines.push({ level: 'info', msg, ...fields }),
      warn: (msg: string, fields?: Record<string, unknown>) => lines.push({ level: 'warn', msg, ...fields }),
      error: (msg: string, fields?: Record<string, unknown>) =>
        lines.push({ level: 'error', msg, ...fields }),
    };
    const forwarder = await startForwarder(
      {
        REMOTE_WRITE_URL: `http://127.0.0.1:${(destination.address() as AddressInfo).port}/api/v1/write`,
        REQUEST_TIMEOUT_MS: '300',
      },
      capture,
    );
    try {
      const res = await post(forwarder.metricsUrl, JSON.stringify(gaugeRequest()), {
        'content-type': 'application/json',
      });
      assert.equal(res.status, 503);
      const line = lines.find((l) => l.msg === 'request');
      assert.ok(line);
      assert.equal(line.status, 503);
      assert.equal(line.pointsIn, 1);
      assert.equal(line.seriesOut, 1);
      // The destination's fault, at error, with the attempts it cost (they used to be lost on failure).
      assert.equal(line.level, 'error');
      assert.equal(line.outcome, 'destination_failed');
      assert.equal(line.destinationStatus, 503);
      assert.ok(
        (line.destinationRequests as number) >= 1,
        `destinationRequests ${String(line.destinationRequests)}`,
      );
      assert.deepEqual(line.rejections, [{ reason: 'destination_unavailable', points: 1, metrics: [] }]);
    } finally {
      await forwarder.stop();
      await closeServer(destination);
    }
  });
});
