/**
 * Destinations that misbehave in ways the first delivery rules read wrongly (found by review):
 * a 2xx whose body is cut off read as a failure (the client resent stored data), a short outage of 500s
 * dropped good points as "poison" with a 200, and 413 to everything made one request per series.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import type { SendResult } from '../../lambda/remote-write/send.js';
import { deliver } from '../delivery/deliver-helpers.js';
import { closeServer, listen } from '../../lambda/local/listen.js';
import { startForwarder } from '../support/forwarder.js';
import { gauges } from './point-series.js';
import { BASE_S, exportRequest, gauge, nanos, postJson, resourceMetrics } from './otlp-json.js';
import { virtualClock } from './virtual-clock.js';

describe('a destination that misbehaves', () => {
  it('takes a 2xx whose body breaks off as written: 200, sent once', async () => {
    let writes = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        writes++;
        res.writeHead(200, { 'content-length': '10' });
        res.write('ok');
        setTimeout(() => res.socket?.destroy(), 20);
      });
    });
    await listen(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/write`;
    const forwarder = await startForwarder({ REMOTE_WRITE_URL: url, REQUEST_TIMEOUT_MS: '3000' });
    try {
      const body = exportRequest(resourceMetrics([gauge('cut.body', [{ time: nanos(BASE_S), value: 1 }])]));
      const answer = await postJson(forwarder.metricsUrl, body);
      assert.equal(answer.status, 200, answer.message);
      assert.equal(answer.rejected, 0);
      assert.equal(writes, 1);
    } finally {
      await forwarder.stop();
      await closeServer(server);
    }
  });

  it('writes everything through a 300 ms outage of 500s: nothing counted as poison', async () => {
    const clock = virtualClock();
    const start = clock.now();
    const send = (): Promise<SendResult> =>
      Promise.resolve(
        clock.now() - start < 300
          ? { status: 'retryable', httpStatus: 500, error: new Error('restarting') }
          : { status: 'success', httpStatus: 204 },
      );
    // One batch of 8 series: bisected down to single series well inside the outage.
    const report = await deliver(gauges(8), send, {
      deadline: start + 4000,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
    });
    assert.equal(report.pointsNotWritten, 0);
    assert.equal(report.poisoned, undefined);
  });

  it('spends a bounded number of requests when the destination answers 413 to everything', async () => {
    let requests = 0;
    const send = (): Promise<SendResult> => {
      requests++;
      return Promise.resolve({ status: 'failure', httpStatus: 413, error: new Error('too large') });
    };
    const err = await deliver(gauges(20_000), send, { deadline: Date.now() + 4000 }).catch((e: unknown) => e);
    assert.ok(err instanceof Error);
    // The bisection budget (64) and the first request of each batch.
    assert.ok(requests < 200, `${requests} requests`);
  });
});
