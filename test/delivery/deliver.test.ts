import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { deliver, deliverMetadata } from './deliver-helpers.js';
import { BISECTION_REQUESTS } from '../../lambda/delivery/attempts.js';
import {
  BadRequestError,
  DestinationMisconfiguredError,
  DestinationRejectedError,
  DestinationUnavailableError,
  ThrottledError,
  toErrorResponse,
} from '../../lambda/errors.js';
import {
  samplesBySeries,
  startScriptedDestination,
  type Reply,
  type ScriptedDestination,
} from './scripted-destination.js';
import { makeSeries } from './series.js';
import { virtualClock, type VirtualClock } from '../hostile/virtual-clock.js';
import { prometheus } from '../../proto/generated/protos.js';

const started: ScriptedDestination[] = [];
after(async () => {
  await Promise.all(started.map((d) => d.close()));
});

async function destination(
  script?: Parameters<typeof startScriptedDestination>[0],
): Promise<ScriptedDestination> {
  const d = await startScriptedDestination(script);
  started.push(d);
  return d;
}

/** Answers `reply` to the first `n` requests, 204 afterwards. */
const firstN =
  (n: number, reply: Reply) =>
  ({ index }: { index: number }): Reply =>
    index < n ? reply : { status: 204 };

const inMs = (ms: number): number => Date.now() + ms;

/** A virtual clock (sleeps return at once and move it on) that records every wait delivery asked for. */
function recordingClock(): { now: () => number; sleep: VirtualClock['sleep']; waits: number[] } {
  const clock = virtualClock();
  const waits: number[] = [];
  return {
    now: clock.now,
    waits,
    sleep: (ms, signal) => {
      waits.push(ms);
      return clock.sleep(ms, signal);
    },
  };
}

describe('deliver', () => {
  it('sends every sample exactly once, in batches within the size limit, a bounded number at a time', async () => {
    const dest = await destination(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return { status: 204 };
    });
    const series = makeSeries(2000, 2);
    const report = await deliver(series, dest.send, {
      deadline: inMs(10_000),
      maxBatchSizeBytes: 8192,
      maxConcurrentSends: 3,
    });
    assert.ok(report.batches > 10);
    assert.equal(report.requests, report.batches);
    assert.equal(report.samplesAccepted, 4000);
    assert.equal(dest.received.length, report.batches);
    for (const w of dest.received) assert.ok(w.bytes <= 8192, `request of ${w.bytes} bytes`);
    const stored = samplesBySeries(dest.accepted);
    assert.equal(stored.size, 2000);
    for (const samples of stored.values()) assert.equal(samples.length, 2);
    assert.ok(dest.maxInFlight <= 3, `max in flight ${dest.maxInFlight}`);
    assert.ok(dest.maxInFlight > 1, 'batches are sent in parallel');
  });

  it('sends the remote-write headers on every batch', async () => {
    const dest = await destination();
    await deliver(makeSeries(3, 1), dest.send, { deadline: inMs(5000) });
    const headers = dest.received[0]!.headers;
    assert.equal(headers['content-encoding'], 'snappy');
    assert.equal(headers['content-type'], 'application/x-protobuf');
    assert.equal(headers['x-prometheus-remote-write-version'], '0.1.0');
  });

  it('retries 500, 503 and dropped connections until the destination accepts', async () => {
    const replies: Reply[] = [{ status: 500 }, 'drop', { status: 503 }];
    const dest = await destination(({ index }) => replies[index] ?? { status: 204 });
    const report = await deliver(makeSeries(5, 1), dest.send, { deadline: inMs(10_000) });
    assert.equal(report.requests, 4);
    assert.equal(report.retries, 3);
    assert.equal(dest.accepted.length, 1);
    assert.deepEqual(report.attempts, { server_error: 2, network_error: 1, success: 1 });
    assert.equal(report.lastStatus, 204);
  });

  it('waits as long as Retry-After (seconds) asks before retrying', async () => {
    const dest = await destination(firstN(1, { status: 429, headers: { 'retry-after': '1' } }));
    const clock = recordingClock();
    await deliver(makeSeries(1, 1), dest.send, { deadline: clock.now() + 5000, ...clock });
    assert.equal(dest.received.length, 2);
    assert.deepEqual(clock.waits, [1000]);
  });

  it('waits as long as Retry-After (HTTP date) asks before retrying', async () => {
    const dest = await destination(({ index }) =>
      index === 0
        ? { status: 503, headers: { 'retry-after': new Date(Date.now() + 3000).toUTCString() } }
        : { status: 204 },
    );
    const clock = recordingClock();
    await deliver(makeSeries(1, 1), dest.send, { deadline: clock.now() + 6000, ...clock });
    assert.equal(dest.received.length, 2);
    // An HTTP date has whole seconds: 3 s ahead is over 2 s away however the second falls.
    assert.equal(clock.waits.length, 1);
    assert.ok(clock.waits[0]! > 2000 && clock.waits[0]! <= 3000, `waited ${clock.waits[0]} ms`);
  });

  it('answers 429 with the destination Retry-After at once when it ends past the deadline', async () => {
    const dest = await destination(
      firstN(1, { status: 429, headers: { 'retry-after': '30' }, body: 'slow down' }),
    );
    const err = await deliver(makeSeries(1, 1), dest.send, { deadline: inMs(3000) }).then(
      () => assert.fail('expected a ThrottledError'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ThrottledError);
    assert.equal(dest.received.length, 1);
    const response = toErrorResponse(err);
    assert.equal(response.status, 429);
    assert.equal(response.retryAfterSeconds, 30);
    assert.match(response.message, /slow down/);
  });

  it('answers 503 with Retry-After when the destination keeps failing until the deadline', async () => {
    const dest = await destination(() => ({ status: 503, body: 'ingester down' }));
    const clock = recordingClock();
    const deadline = clock.now() + 1500;
    const err = await deliver(makeSeries(1, 1), dest.send, { deadline, ...clock }).catch((e: unknown) => e);
    assert.ok(err instanceof DestinationUnavailableError);
    assert.ok(dest.received.length >= 3, `only ${dest.received.length} attempts in the budget`);
    // Backing off never runs past the deadline: the waits leave room for a last attempt before it.
    assert.ok(clock.now() <= deadline, 'delivery waited past its deadline');
    const response = toErrorResponse(err);
    assert.equal(response.status, 503);
    assert.equal(response.retryAfterSeconds, 1);
    assert.match(response.message, /ingester down/);
  });

  it('gives up a stalled destination at the deadline with 503', async () => {
    const dest = await destination(() => 'stall');
    const err = await deliver(makeSeries(1, 1), dest.send, { deadline: inMs(800) }).catch((e: unknown) => e);
    assert.ok(err instanceof DestinationUnavailableError);
    assert.equal(toErrorResponse(err).status, 503);
    // The one attempt was bounded by what was left of the 800 ms.
    const [, bound] = /timed out after (\d+) ms/.exec((err as Error).message) ?? [];
    assert.ok(Number(bound) > 0 && Number(bound) <= 800, (err as Error).message);
  });

  it('stops at the deadline even when send ignores its abort signal', async () => {
    const start = Date.now();
    const never = (): Promise<never> => new Promise(() => undefined);
    const err = await deliver(makeSeries(1, 1), never, { deadline: start + 300 }).catch((e: unknown) => e);
    assert.ok(err instanceof DestinationUnavailableError);
    assert.match((err as Error).message, /timed out after \d+ ms/);
  });

  it('treats a send that throws as a failure to retry', async () => {
    let calls = 0;
    const flaky = (): Promise<{ status: 'success'; httpStatus: number }> => {
      calls++;
      return calls === 1
        ? Promise.reject(new Error('socket hang up'))
        : Promise.resolve({ status: 'success', httpStatus: 204 });
    };
    const report = await deliver(makeSeries(1, 1), flaky, { deadline: inMs(3000) });
    assert.equal(report.requests, 2);
  });

  it('halves batches the destination finds too large (413) until they pass, keeping series in time order', async () => {
    const dest = await destination((w) =>
      w.bytes > 3000 ? { status: 413, body: 'too big' } : { status: 204 },
    );
    const series = [...makeSeries(40, 3), ...makeSeries(1, 400, 'long_series')];
    const report = await deliver(series, dest.send, { deadline: inMs(10_000), maxBatchSizeBytes: 1_000_000 });
    assert.equal(report.samplesAccepted, 40 * 3 + 400);
    assert.equal(report.rejected, undefined);
    for (const w of dest.accepted) assert.ok(w.bytes <= 3000);
    const stored = samplesBySeries(dest.accepted);
    assert.equal(stored.size, 41);
    for (const samples of stored.values()) {
      const timestamps = samples.map((s) => s.timestamp);
      assert.deepEqual(
        timestamps,
        [...timestamps].sort((a, b) => a - b),
        'samples of a series arrived out of order',
      );
      assert.equal(new Set(timestamps).size, timestamps.length, 'a sample arrived twice');
    }
  });

  it('rejects a single sample still too large for the destination as bad data', async () => {
    const dest = await destination(() => ({ status: 413, body: 'limit 10 bytes' }));
    const err = await deliver(makeSeries(1, 1), dest.send, { deadline: inMs(3000) }).catch((e: unknown) => e);
    assert.ok(err instanceof DestinationRejectedError);
    assert.equal(toErrorResponse(err).status, 400);
  });

  for (const status of [401, 403, 404]) {
    it(`maps destination ${status} to 502 without retrying`, async () => {
      const dest = await destination(() => ({ status, body: 'workspace not found' }));
      const err = await deliver(makeSeries(5, 1), dest.send, { deadline: inMs(3000) }).catch(
        (e: unknown) => e,
      );
      assert.ok(err instanceof DestinationMisconfiguredError);
      assert.equal(dest.received.length, 1);
      const response = toErrorResponse(err);
      assert.equal(response.status, 502);
      assert.equal(response.severe, true);
      assert.match(response.message, /workspace not found/);
    });
  }

  it('maps destination 400 for every series to 400 with its message, bisecting within its budget and never resending a refused set', async () => {
    const dest = await destination(() => ({ status: 400, body: 'out of order sample' }));
    const err = await deliver(makeSeries(100, 1), dest.send, {
      deadline: inMs(3000),
      maxBatchSizeBytes: 2000,
    }).catch((e: unknown) => e);
    assert.ok(err instanceof DestinationRejectedError);
    const planned = new Set(dest.received.map((w) => JSON.stringify(w.request.timeseries[0]?.labels))).size;
    assert.ok(planned > 1);
    assert.ok(
      dest.received.length <= planned + BISECTION_REQUESTS,
      `${dest.received.length} requests for ${planned} batches`,
    );
    const sets = dest.received.map((w) => w.request.timeseries.map((ts) => JSON.stringify(ts.labels)).join());
    assert.equal(new Set(sets).size, dest.received.length, 'a refused set of series was sent again');
    const response = toErrorResponse(err);
    assert.equal(response.status, 400);
    assert.match(response.message, /out of order sample/);
  });

  it('writes the good series of batches refused with 400 and reports exactly the refused samples', async () => {
    const dest = await destination((w) =>
      w.request.timeseries.some((ts) => ts.labels?.some((l) => l.value === 'bad_metric'))
        ? { status: 400, body: 'invalid sample' }
        : { status: 204 },
    );
    const series = [...makeSeries(3, 2, 'bad_metric'), ...makeSeries(50, 2)];
    const report = await deliver(series, dest.send, { deadline: inMs(3000), maxBatchSizeBytes: 2000 });
    assert.ok(report.rejected !== undefined, 'some data was rejected');
    assert.equal(report.rejected.samples, 6);
    assert.equal(report.samplesAccepted, 100);
    // Series without `points`: samples stand in for points.
    assert.equal(report.pointsNotWritten, 6);
    assert.match(report.rejected.message, /invalid sample/);
    const stored = samplesBySeries(dest.accepted);
    assert.equal([...stored.values()].flat().length, 100);
    assert.ok(![...stored.keys()].some((k) => k.includes('bad_metric')));
  });

  it('stops sending other batches once the request is given up', async () => {
    const dest = await destination(() => ({ status: 401 }));
    await deliver(makeSeries(500, 1), dest.send, {
      deadline: inMs(3000),
      maxBatchSizeBytes: 1000,
      maxConcurrentSends: 2,
    }).catch(() => undefined);
    assert.ok(dest.received.length <= 2, `${dest.received.length} requests after a 401`);
  });

  it('answers 503 without trying when the deadline has already passed', async () => {
    const dest = await destination();
    const err = await deliver(makeSeries(1, 1), dest.send, { deadline: Date.now() - 1 }).catch(
      (e: unknown) => e,
    );
    assert.ok(err instanceof DestinationUnavailableError);
    assert.equal(dest.received.length, 0);
  });

  it('passes a typed error thrown by send through as the answer (its status decides)', async () => {
    const refuse = (): never => {
      throw new BadRequestError('X-Scope-OrgID must be 1 to 150 printable ASCII characters');
    };
    const err = await deliver(makeSeries(3, 1), () => Promise.resolve(refuse()), {
      deadline: inMs(3000),
    }).catch((e: unknown) => e);
    assert.ok(err instanceof BadRequestError);
    assert.equal(toErrorResponse(err).status, 400);
  });

  it('sends metadata in metadata-only requests and reports, never throws, a refusal of it', async () => {
    const dest = await destination(({ index }) =>
      index === 0 ? { status: 503 } : { status: 400, body: 'no metadata' },
    );
    const metadata = [
      {
        type: prometheus.MetricMetadata.MetricType.COUNTER,
        metricFamilyName: 'x_total',
        help: 'x',
        unit: '',
      },
    ];
    const report = await deliverMetadata(metadata, dest.send, { deadline: inMs(3000) });
    assert.equal(dest.received.length, 2, 'retried the 503, not the 400');
    assert.equal(dest.received[0]!.request.timeseries.length, 0);
    assert.equal(dest.received[0]!.request.metadata[0]?.metricFamilyName, 'x_total');
    assert.match(report.rejected?.message ?? '', /no metadata/);
  });

  it('sends nothing for no series', async () => {
    const report = await deliver([], () => assert.fail('nothing to send'), { deadline: inMs(1000) });
    assert.equal(report.requests, 0);
  });
});
