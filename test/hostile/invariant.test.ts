/**
 * The promise, checked on random requests: for every answer, the points a real Prometheus holds plus
 * `rejected_data_points` equal the points sent, and no 2xx is given for anything not written (a non-2xx
 * answer means nothing of the request was written). Requests carry random collisions, exact copies,
 * invalid histograms and points a day ahead; a fault proxy in front of Prometheus answers some
 * remote-write requests with 500, 503, 429 or a dropped connection. Small batches make every request
 * several remote-write requests, so faults hit some batches of a request and not others.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFaultProxy, type Fault, type FaultProxy } from '../faults/fault-proxy.js';
import { rng, type Rng } from '../fuzz/rng.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';
import { attributes, BASE_S, nanos, postJson } from './otlp-json.js';

const SEED = 20261201;
const REQUESTS = 24;
const DAY_S = 86_400;

/** A request of one job's metrics and how many points it carries. */
interface Generated {
  readonly job: string;
  readonly body: string;
  readonly points: number;
}

function generate(r: Rng, index: number): Generated {
  const job = `inv${index}`;
  let points = 0;
  const time = (k: number): string => {
    if (r.chance(0.05)) return nanos(BASE_S + DAY_S); // ahead of the clock
    // Some points share a millisecond (sub-millisecond offsets): collisions.
    return nanos(BASE_S - 600 + Math.floor(k / 2), r.chance(0.3) ? r.int(900_000) : 0);
  };
  const attrs = (k: number): ReturnType<typeof attributes> =>
    attributes(
      r.chance(0.1)
        ? { 'a.b': String(k % 3) } // collides with a_b after sanitising
        : r.chance(0.1)
          ? { a_b: String(k % 3) }
          : { k: String(k % 4) },
    );
  const metrics: unknown[] = [];
  for (let m = 0; m < 6; m++) {
    const n = 5 + r.int(30);
    points += n;
    const kind = r.pick(['gauge', 'sum', 'histogram', 'exponential'] as const);
    const dataPoints = Array.from({ length: n }, (_, k) => {
      const base = { timeUnixNano: time(k), attributes: attrs(k) };
      if (kind === 'gauge' || kind === 'sum') {
        return { ...base, asDouble: r.chance(0.1) ? 1 : r.int(1000) };
      }
      if (kind === 'histogram') {
        const bad = r.chance(0.1);
        return {
          ...base,
          count: '3',
          sum: r.int(100),
          explicitBounds: bad ? [2, 1] : [1, 2],
          bucketCounts: ['1', '1', '1'],
        };
      }
      const bad = r.chance(0.1);
      return {
        ...base,
        count: bad ? '1' : '3',
        sum: r.int(100),
        scale: 0,
        zeroCount: '1',
        positive: { offset: r.int(3), bucketCounts: ['1', '1'] },
      };
    });
    // An exact copy of a point now and then.
    if (r.chance(0.3)) {
      dataPoints.push(dataPoints[0] as (typeof dataPoints)[number]);
      points++;
    }
    const name = `${job}_m${m}`;
    if (kind === 'gauge') metrics.push({ name, gauge: { dataPoints } });
    else if (kind === 'sum') {
      metrics.push({ name, sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints } });
    } else if (kind === 'histogram') {
      metrics.push({ name, histogram: { aggregationTemporality: 2, dataPoints } });
    } else metrics.push({ name, exponentialHistogram: { aggregationTemporality: 2, dataPoints } });
  }
  // A poison series the destination refuses for ever (400 as Prometheus does for an out-of-order
  // sample, 500 as it does for data it cannot append), in the same batches as good series.
  if (r.chance(0.4)) {
    const status = r.pick(['400', '500']);
    metrics.push({
      name: `${job}_poison`,
      gauge: {
        dataPoints: [
          { timeUnixNano: nanos(BASE_S - 300), asDouble: 1, attributes: attributes({ poison: status }) },
        ],
      },
    });
    points++;
  }
  const body = JSON.stringify({
    resourceMetrics: [
      {
        resource: { attributes: attributes({ 'service.name': job, 'service.instance.id': 'i' }) },
        scopeMetrics: [{ scope: {}, metrics }],
      },
    ],
  });
  return { job, body, points };
}

function faults(r: Rng): Fault[] {
  const out: Fault[] = [];
  for (let i = 0, n = r.int(4); i < n; i++) {
    out.push(
      r.pick<Fault>([
        { status: 500, body: 'injected' },
        { status: 503, body: 'injected' },
        { status: 429, headers: { 'retry-after': '0' }, body: 'injected' },
        'drop',
      ]),
    );
  }
  return out;
}

/** How the destination behaves for the request being sent. */
let mode: 'flaky' | 'down' | 'dies' = 'flaky';
let accepted = 0;

describe('written + rejected = sent, on random hostile requests and a flaky destination', () => {
  let prometheus: Prometheus;
  let proxy: FaultProxy;
  let forwarder: RunningForwarder;

  before(async () => {
    prometheus = await startPrometheus({ features: ['native-histograms'] });
    proxy = await startFaultProxy(prometheus.remoteWriteUrl);
    const poisoned = (
      request: { timeseries: { labels?: { name?: string | null; value?: string | null }[] | null }[] },
      status: string,
    ) => request.timeseries.some((ts) => ts.labels?.some((l) => l.name === 'poison' && l.value === status));
    proxy.rejectIf = (request) => (poisoned(request, '400') ? 'out of order sample' : undefined);
    proxy.failIf = (request) => {
      if (poisoned(request, '500')) return 500;
      // The destination goes down for a whole request, or after accepting its first batch.
      if (mode === 'down' || (mode === 'dies' && ++accepted > 1)) return 503;
      return undefined;
    };
    forwarder = await startForwarder({
      REMOTE_WRITE_URL: proxy.url,
      MAX_BATCH_SIZE_BYTES: '2048',
      REQUEST_TIMEOUT_MS: '3000',
    });
  });
  after(async () => {
    await forwarder.stop();
    await proxy.close();
    await prometheus.stop({ removeData: true });
  });

  /** Points of a job Prometheus holds: samples of float series and native histograms, `_count` for classic ones. */
  const written = async (job: string): Promise<number> => {
    const data = await prometheus.api<{
      result: { metric: Record<string, string>; values?: unknown[]; histograms?: unknown[] }[];
    }>('/api/v1/query', { query: `{job="${job}",__name__!="target_info"}[2d]`, time: String(BASE_S + 60) });
    let n = 0;
    for (const s of data.result) {
      const name = s.metric.__name__ ?? '';
      if (name.endsWith('_bucket') || name.endsWith('_sum')) continue;
      n += (s.values?.length ?? 0) + (s.histograms?.length ?? 0);
    }
    return n;
  };

  it(`holds for ${REQUESTS} requests (seed ${SEED})`, async () => {
    const r = rng(SEED);
    const failures: string[] = [];
    const statuses = new Set<number>();
    for (let i = 0; i < REQUESTS; i++) {
      const request = generate(r, i);
      proxy.inject(...faults(r));
      mode = i % 8 === 3 ? 'down' : i % 8 === 6 ? 'dies' : 'flaky';
      accepted = 0;
      const answer = await postJson(forwarder.metricsUrl, request.body);
      // Faults a request did not use hit the next one: still random, still faults.
      const stored = await written(request.job);
      const ok = answer.status >= 200 && answer.status < 300;
      statuses.add(answer.status);
      const line = `#${i} ${request.job}: status ${answer.status}, sent ${request.points}, stored ${stored}, rejected ${answer.rejected}`;
      if (ok && stored + answer.rejected !== request.points) failures.push(`${line}: ${answer.message}`);
      if (!ok && stored !== 0) failures.push(`${line}: a non-2xx answer after a partial write`);
      if (!ok && ![429, 502, 503, 504].includes(answer.status)) failures.push(`${line}: ${answer.message}`);
    }
    assert.deepEqual(failures, []);
    // The run saw both kinds of answer: partly written (200) and nothing written (retryable).
    assert.ok(statuses.has(200) && statuses.has(503), `statuses seen: ${[...statuses].join(', ')}`);
  });
});
