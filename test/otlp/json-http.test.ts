/**
 * OTLP/JSON values their fields cannot hold, through the real local server to a destination that records
 * what it receives: each is a 400 naming the field, and nothing at all reaches the destination (before the
 * fix, `"timeUnixNano":"-5"` was written as a date in 2554 and `"asInt":"abc"` as 0, with a 200). Valid
 * edge forms of the same fields arrive exactly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  samplesBySeries,
  startScriptedDestination,
  type ScriptedDestination,
} from '../delivery/scripted-destination.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';

/** A valid gauge metric beside one whose point is a good one with `point` merged over it. */
const gaugeBody = (point: Record<string, unknown>): string =>
  JSON.stringify({
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'svc' } }] },
        scopeMetrics: [
          {
            metrics: [
              {
                name: 'ok_metric',
                gauge: { dataPoints: [{ asDouble: 1, timeUnixNano: '1700000000000000000' }] },
              },
              {
                name: 'edge_metric',
                gauge: { dataPoints: [{ asInt: '7', timeUnixNano: '1700000000000000000', ...point }] },
              },
            ],
          },
        ],
      },
    ],
  });

describe('invalid OTLP/JSON values over HTTP', () => {
  let destination: ScriptedDestination;
  let forwarder: RunningForwarder;

  before(async () => {
    destination = await startScriptedDestination();
    forwarder = await startForwarder({ REMOTE_WRITE_URL: destination.url });
  });
  after(async () => {
    await forwarder.stop();
    await destination.close();
  });

  const post = (body: string) =>
    fetch(forwarder.metricsUrl, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

  for (const [name, point, field] of [
    ['a non-numeric asInt', { asInt: 'abc' }, /dataPoints\[0\]\.asInt is "abc"/],
    ['a negative timeUnixNano', { timeUnixNano: '-5' }, /dataPoints\[0\]\.timeUnixNano is "-5"/],
    ['a non-numeric timeUnixNano', { timeUnixNano: 'abc' }, /dataPoints\[0\]\.timeUnixNano is "abc"/],
    [
      'a time past uint64',
      { timeUnixNano: '18446744073709551616' },
      /timeUnixNano is "18446744073709551616"/,
    ],
    ['a non-numeric double', { asInt: null, asDouble: 'abc' }, /dataPoints\[0\]\.asDouble is "abc"/],
    ['a fractional flags', { flags: 0.5 }, /dataPoints\[0\]\.flags is 0\.5/],
    [
      'an attribute intValue out of range',
      { attributes: [{ key: 'k', value: { intValue: '9223372036854775808' } }] },
      /attributes\[0\]\.value\.intValue is "9223372036854775808"/,
    ],
  ] as const) {
    it(`answers 400 naming the field for ${name}, and writes nothing, not even the valid metric`, async () => {
      const before = destination.received.length;
      const res = await post(gaugeBody(point));
      assert.equal(res.status, 400);
      const status = (await res.json()) as { code?: number; message: string };
      assert.match(
        status.message,
        /^invalid OTLP JSON: resourceMetrics\[0\]\.scopeMetrics\[0\]\.metrics\[1\]\.gauge\./,
      );
      assert.match(status.message, field);
      assert.equal(destination.received.length, before, 'nothing reached the destination');
    });
  }

  it('writes valid edge values exactly: int64 extremes, a signed "+" string, unquoted nanoseconds', async () => {
    const before = destination.received.length;
    const cases = [
      { asInt: '-9223372036854775808', timeUnixNano: '1700000000123999999' },
      // A multiple of 256 ns: exact as a double (an unquoted time is only as exact as the double it parses to).
      { asInt: '+12', timeUnixNano: 1700000000256000000 },
    ];
    for (const point of cases) {
      const res = await post(gaugeBody(point));
      assert.equal(res.status, 200, await res.clone().text());
      assert.deepEqual(await res.json(), {});
    }
    const series = samplesBySeries(destination.accepted.filter((w) => w.index >= before));
    const edge = [...series].find(([key]) => key.includes('__name__=edge_metric'));
    assert.ok(edge, [...series.keys()].join('\n'));
    assert.deepEqual(edge[1], [
      { timestamp: 1700000000123, value: -9223372036854775808 },
      { timestamp: 1700000000256, value: 12 },
    ]);
  });
});
