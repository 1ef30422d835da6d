/**
 * Once the destination wrote part of a request, the client must not be told to resend it (it would
 * write that part twice, and loop if the rest keeps failing): the answer is 200 with partial_success
 * counting exactly the points not written. A retryable status only when nothing was written. Batches
 * Prometheus refuses whole for one bad series (400 for an out-of-order sample, 500 for an invalid
 * histogram) are bisected so that the good series get written.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { deliver } from '../delivery/deliver-helpers.js';
import { BISECTION_REQUESTS } from '../../lambda/delivery/attempts.js';
import { DestinationUnavailableError } from '../../lambda/errors.js';
import type { Logger } from '../../lambda/log.js';
import { sendWriteRequest } from '../../lambda/remote-write/send.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { startPrometheus } from '../support/prometheus.js';
import {
  samplesBySeries,
  startScriptedDestination,
  type ReceivedWrite,
  type Reply,
  type ScriptedDestination,
} from '../delivery/scripted-destination.js';
import { makeSeries } from '../delivery/series.js';
import { gauges, nameOf, pointSeries } from './point-series.js';
import { virtualClock } from './virtual-clock.js';

const T_NS = '1700000000000000000';
const stoppers: (() => Promise<void>)[] = [];
after(async () => {
  for (const stop of stoppers.reverse()) await stop();
});

async function destination(script: (w: ReceivedWrite) => Reply): Promise<ScriptedDestination> {
  const d = await startScriptedDestination(script);
  stoppers.push(() => d.close());
  return d;
}

interface Logged {
  readonly errors: { msg: string; fields?: Record<string, unknown> }[];
  readonly logger: Logger;
}
function capture(): Logged {
  const errors: Logged['errors'] = [];
  return {
    errors,
    logger: {
      info: () => undefined,
      warn: () => undefined,
      error: (msg, fields) => errors.push({ msg, ...(fields ? { fields } : {}) }),
    },
  };
}

async function forwarderTo(
  dest: ScriptedDestination,
  env: Record<string, string> = {},
  logger?: Logger,
): Promise<RunningForwarder> {
  const f = await startForwarder(
    {
      REMOTE_WRITE_URL: dest.url,
      // Several remote-write requests per OTLP request, one at a time: which one fails is scripted.
      MAX_BATCH_SIZE_BYTES: '1024',
      MAX_CONCURRENT_SENDS: '1',
      REQUEST_TIMEOUT_MS: '1000',
      ...env,
    },
    logger,
  );
  stoppers.push(() => f.stop());
  return f;
}

/** A JSON export request of gauges, one point each: `good` good_metric points, then the named others. */
function request(good: number, others: Record<string, number> = {}): string {
  const gauge = (name: string, i: number) => ({
    name,
    gauge: {
      dataPoints: [
        { asDouble: i, timeUnixNano: T_NS, attributes: [{ key: 'i', value: { stringValue: String(i) } }] },
      ],
    },
  });
  const metrics = [
    ...Array.from({ length: good }, (_, i) => gauge('good_metric', i)),
    ...Object.entries(others).flatMap(([name, n]) => Array.from({ length: n }, (_, i) => gauge(name, i))),
  ];
  return JSON.stringify({ resourceMetrics: [{ scopeMetrics: [{ metrics }] }] });
}

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly rejected: number;
  readonly message: string;
}
async function post(f: RunningForwarder, body: string): Promise<Answer> {
  const res = await fetch(f.metricsUrl, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
  });
  const json = (await res.json()) as {
    partialSuccess?: { rejectedDataPoints?: string; errorMessage?: string };
    message?: string;
  };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    rejected: Number(json.partialSuccess?.rejectedDataPoints ?? 0),
    message: json.partialSuccess?.errorMessage ?? json.message ?? '',
  };
}

const stored = (d: ScriptedDestination): number => [...samplesBySeries(d.accepted).values()].flat().length;
const holds = (w: ReceivedWrite, name: string): boolean =>
  w.request.timeseries.some((ts) => nameOf(ts) === name);

describe('after part of a request was written', () => {
  it('answers 200, not 503, counting exactly the points of a batch still failing with 503 at the deadline', async () => {
    const dest = await destination((w) =>
      holds(w, 'stuck_metric') ? { status: 503, body: 'ingester down' } : { status: 204 },
    );
    const answer = await post(await forwarderTo(dest), request(60, { stuck_metric: 2 }));
    assert.equal(answer.status, 200, answer.message);
    assert.ok(answer.rejected >= 2);
    assert.equal(answer.rejected + stored(dest), 62);
    assert.match(answer.message, /not written: the destination failed for them/);
    assert.match(answer.message, /ingester down/);
  });

  it('answers 200 and logs at error when the destination starts refusing us (403) after writing part', async () => {
    const dest = await destination(({ index }) =>
      index === 0 ? { status: 204 } : { status: 403, body: 'token expired' },
    );
    const log = capture();
    const answer = await post(await forwarderTo(dest, {}, log.logger), request(60));
    assert.equal(answer.status, 200, answer.message);
    assert.ok(stored(dest) > 0);
    assert.equal(answer.rejected + stored(dest), 60);
    assert.match(answer.message, /refused the forwarder.*token expired/);
    assert.ok(
      log.errors.some(
        (e) => e.msg === 'request' && e.fields?.outcome === 'destination_failed' && e.fields.status === 200,
      ),
      'an operator sees the failure',
    );
  });

  it('answers 200 when the destination throttles past the deadline (429) after writing part', async () => {
    const dest = await destination(({ index }) =>
      index === 0 ? { status: 204 } : { status: 429, headers: { 'retry-after': '30' }, body: 'slow down' },
    );
    const answer = await post(await forwarderTo(dest), request(60));
    assert.equal(answer.status, 200, answer.message);
    assert.equal(answer.retryAfter, null);
    assert.equal(answer.rejected + stored(dest), 60);
    assert.match(answer.message, /throttling.*slow down/);
  });

  it('still answers 503 with Retry-After when the destination wrote nothing', async () => {
    const dest = await destination(() => ({ status: 503, body: 'ingester down' }));
    const answer = await post(await forwarderTo(dest, { REQUEST_TIMEOUT_MS: '500' }), request(20));
    assert.equal(answer.status, 503);
    assert.equal(answer.retryAfter, '1');
    assert.equal(dest.accepted.length, 0);
  });

  for (const reply of [
    { status: 503, body: 'metadata store down' },
    { status: 401, body: 'no metadata for you' },
  ]) {
    it(`keeps the answer 200 when metadata fails with ${reply.status} after the samples were written`, async () => {
      const dest = await destination((w) =>
        w.request.timeseries.length === 0 && w.request.metadata.length > 0 ? reply : { status: 204 },
      );
      const answer = await post(
        await forwarderTo(dest, { SEND_METADATA: 'true', REQUEST_TIMEOUT_MS: '600' }),
        request(10),
      );
      assert.equal(answer.status, 200, answer.message);
      assert.equal(stored(dest), 10);
      assert.equal(answer.rejected, 0);
      assert.match(answer.message, new RegExp(`metadata not sent: .*${reply.body}`));
    });
  }
});

describe('bisection of batches refused whole for one bad series', () => {
  it('isolates a series answered 500 by bisection: the others are written, 200 with exactly its points rejected', async () => {
    const dest = await destination((w) =>
      holds(w, 'poison_metric') ? { status: 500, body: 'invalid native histogram' } : { status: 204 },
    );
    const f = await forwarderTo(dest, { MAX_BATCH_SIZE_BYTES: '3000000', REQUEST_TIMEOUT_MS: '3000' });
    const answer = await post(f, request(40, { poison_metric: 1 }));
    assert.equal(answer.status, 200, answer.message);
    assert.equal(answer.rejected, 1);
    assert.equal(stored(dest), 40);
    assert.match(answer.message, /failed for them alone.*invalid native histogram/);
    // One batch of 41 series: two tries, then about two requests per halving down to the bad series,
    // which is retried (3 answers of 500 over at least 500 ms) before it counts as poison.
    assert.ok(
      dest.received.length <= 2 + 2 * Math.ceil(Math.log2(41)) + 4,
      `${dest.received.length} requests`,
    );
  });

  it('counts the poison points exactly when the bad series carries several points', async () => {
    const dest = await destination((w) =>
      holds(w, 'poison_metric') ? { status: 500, body: 'invalid' } : { status: 204 },
    );
    const series = [...gauges(40), pointSeries('poison_metric', {}, [40, 41, 42])];
    // Each of the three single-sample leaves is retried (3 answers of 500 over 500 ms) before it counts as
    // poison: on a virtual clock, so a loaded machine cannot run the budget out first.
    const clock = virtualClock();
    const report = await deliver(series, dest.send, {
      deadline: clock.now() + 10_000,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
    });
    assert.equal(report.pointsNotWritten, 3);
    assert.equal(report.poisoned?.points, 3);
    assert.equal(stored(dest), 40);
  });

  it('answers 503 when the destination answers 500 to everything, spending a bounded number of requests', async () => {
    const dest = await destination(() => ({ status: 500, body: 'disk full' }));
    const clock = virtualClock();
    const err = await deliver(makeSeries(200, 1), dest.send, {
      deadline: clock.now() + 4000,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
      maxBatchSizeBytes: 2000,
      maxConcurrentSends: 1,
    }).catch((e: unknown) => e);
    assert.ok(err instanceof DestinationUnavailableError, String(err));
    assert.equal(dest.accepted.length, 0);
    const batches = new Set(dest.received.map((w) => JSON.stringify(w.request.timeseries[0]?.labels))).size;
    // Bisection's budget, plus the retries a 4 s budget allows each batch left whole (backoff from 100 ms).
    assert.ok(
      dest.received.length <= BISECTION_REQUESTS + batches * 12,
      `${dest.received.length} requests for ${batches} batches`,
    );
  });

  it('writes the 20 good series of a batch real Prometheus refuses with 400 for one out-of-order sample', async () => {
    const prometheus = await startPrometheus();
    stoppers.push(() => prometheus.stop({ removeData: true }));
    const toPrometheus = (body: Uint8Array) =>
      sendWriteRequest(body, { url: prometheus.remoteWriteUrl, timeoutMs: 5000 });
    const t = Date.now() - 60_000;
    // Prometheus now holds `late_metric` at t: anything older for it is out of order.
    await deliver([pointSeries('late_metric', {}, [0], t)], toPrometheus, { deadline: Date.now() + 5000 });

    const series = [
      pointSeries('late_metric', {}, [0], t - 30_000),
      ...Array.from({ length: 20 }, (_, i) => pointSeries('good_metric', { i: String(i) }, [i + 1], t)),
    ];
    const report = await deliver(series, toPrometheus, { deadline: Date.now() + 5000 });
    assert.equal(report.pointsNotWritten, 1);
    assert.equal(report.rejected?.points, 1);
    assert.match(report.rejected.message, /answered 400: out of order sample/);
    const good = await prometheus.query('count(good_metric)');
    assert.equal(good[0]?.value[1], '20');
    const late = await prometheus.query('count_over_time(late_metric[10m])');
    assert.equal(late[0]?.value[1], '1');
  });
});
