/**
 * A body that is not empty but holds no data point (a misspelt OTLP/JSON key is ignored as unknown, with
 * everything under it) is still a 200 without partial_success, as the OTLP spec has an empty request
 * succeed, but the log says so with a `warn` line naming the likely cause.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { jsonLogger } from '../../lambda/log.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { TIME } from './requests.js';

const misspelt = {
  resourceMetric: [
    {
      scopeMetrics: [
        { metrics: [{ name: 'temperature', gauge: { datapoints: [{ asDouble: 1, timeUnixNano: TIME }] } }] },
      ],
    },
  ],
};

describe('a request that decodes to no data points', () => {
  let forwarder: RunningForwarder;
  const lines: { level: string; msg: string; warning?: string }[] = [];

  before(async () => {
    forwarder = await startForwarder(
      {},
      jsonLogger((line) => lines.push(JSON.parse(line) as (typeof lines)[number])),
    );
  });
  after(() => forwarder.stop());

  const post = async (body: Uint8Array | string, headers: Record<string, string>) => {
    lines.length = 0;
    const res = await fetch(forwarder.metricsUrl, { method: 'POST', body, headers });
    return { status: res.status, body: await res.text() };
  };
  const warnings = () => lines.filter((l) => l.level === 'warn');

  it('answers a misspelt JSON key 200 without partial_success and logs one warn line naming the keys', async () => {
    const res = await post(JSON.stringify(misspelt), { 'content-type': 'application/json' });
    assert.deepEqual(res, { status: 200, body: '{}' });
    const [warn, ...more] = warnings();
    assert.equal(more.length, 0);
    assert.equal(warn?.msg, 'request without data points');
    assert.match(warn.warning ?? '', /decoded to no data points: OTLP\/JSON keys are lowerCamelCase/);
  });

  it('warns too for a metric whose points are under a misspelt key (partial_success names the metric)', async () => {
    const metric = { name: 'temperature', gauge: { datapoints: [{ asDouble: 1, timeUnixNano: TIME }] } };
    const body = JSON.stringify({ resourceMetrics: [{ scopeMetrics: [{ metrics: [metric] }] }] });
    const res = await post(body, { 'content-type': 'application/json' });
    assert.equal(res.status, 200);
    assert.match(
      res.body,
      /"rejectedDataPoints":"0","errorMessage":"metric has no data points: \\"temperature/,
    );
    assert.equal(warnings().length, 1);
  });

  it('warns for a non-empty protobuf body of no points, naming the other signals', async () => {
    // ResourceMetrics with only a resource (field 1 in a field 1): bytes, but not a point.
    const res = await post(new Uint8Array([0x0a, 0x02, 0x0a, 0x00]), {
      'content-type': 'application/x-protobuf',
    });
    assert.equal(res.status, 200);
    assert.match(warnings()[0]?.warning ?? '', /ExportMetricsServiceRequest\?/);
  });

  it('does not warn for an empty request: no bytes, gzip of no bytes, or {}', async () => {
    for (const [body, headers] of [
      [new Uint8Array(0), { 'content-type': 'application/x-protobuf' }],
      [gzipSync(new Uint8Array(0)), { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' }],
      [' { } ', { 'content-type': 'application/json' }],
    ] as const) {
      assert.equal((await post(body, headers)).status, 200);
      assert.deepEqual(warnings(), []);
    }
  });
});
