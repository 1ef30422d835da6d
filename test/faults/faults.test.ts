/**
 * Faults between the forwarder and a real Prometheus, with the real OpenTelemetry JS SDK exporter (and its
 * own retries) as the client: a fault proxy of ours drops connections, stalls past the deadline, answers
 * 5xx, 429 with Retry-After, 413 above a size, 401/403/404 and 400; Prometheus is stopped and restarted
 * mid-run. Each scenario checks the statuses the client got against the README's table, and that
 * Prometheus holds exactly the samples and values the SDK exported: none lost.
 */
import assert from 'node:assert/strict';
import { diag, DiagLogLevel, type DiagLogger } from '@opentelemetry/api';
import { after, before, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';
import { startFaultProxy, type Fault, type FaultProxy } from './fault-proxy.js';
import { recordingClient, seriesKey, type SentSample } from './sdk-recorder.js';

/** Short budgets keep the test quick: one remote-write attempt 500 ms, one request 1.5 s. */
const FORWARDER_ENV = { REQUEST_TIMEOUT_MS: '1500', REMOTE_WRITE_TIMEOUT_MS: '500' };
const STATUSES = [200, 400, 413, 415, 429, 500, 502, 503, 504];

interface Scenario {
  readonly name: string;
  readonly faults?: readonly Fault[];
  /** Series per instrument. */
  readonly series?: number;
  readonly json?: boolean;
  readonly gzip?: boolean;
  readonly via?: RunningForwarder;
  readonly timeoutMillis?: number;
}

interface Outcome {
  /** Client-visible statuses, from the forwarder's own counters. */
  readonly statuses: Record<number, number>;
  readonly code: number;
  readonly sent: readonly SentSample[];
}

describe('faults: OTel SDK → forwarder → fault proxy → real Prometheus', () => {
  let prometheus: Prometheus;
  let proxy: FaultProxy;
  let forwarder: RunningForwarder;
  let smallBatches: RunningForwarder;
  let direct: RunningForwarder;
  let injected = 0;
  let samplesSent = 0;
  let samplesStored = 0;

  before(async () => {
    prometheus = await startPrometheus();
    proxy = await startFaultProxy(prometheus.remoteWriteUrl);
    forwarder = await startForwarder({ REMOTE_WRITE_URL: proxy.url, ...FORWARDER_ENV });
    smallBatches = await startForwarder({
      REMOTE_WRITE_URL: proxy.url,
      MAX_BATCH_SIZE_BYTES: '1500',
      ...FORWARDER_ENV,
    });
    direct = await startForwarder({ REMOTE_WRITE_URL: prometheus.remoteWriteUrl, ...FORWARDER_ENV });
  });
  after(async () => {
    console.log(`faults: ${injected} injected; samples sent ${samplesSent}, stored ${samplesStored}`);
    await Promise.all([forwarder.stop(), smallBatches.stop(), direct.stop()]);
    await proxy.close();
    await prometheus.stop({ removeData: true });
  });

  function statusCounts(f: RunningForwarder): Record<number, number> {
    return Object.fromEntries(STATUSES.map((s) => [s, f.counters.value('requests_total', String(s))]));
  }

  /** Records one round of values for the scenario's instruments and exports it through the SDK. */
  async function run(
    s: Scenario,
    round = 0,
    client = recordingClient((s.via ?? forwarder).metricsUrl, s),
  ): Promise<Outcome> {
    const counter = client.meter.createCounter('fault_requests');
    const gauge = client.meter.createGauge('fault_level');
    for (let i = 0; i < (s.series ?? 3); i++) {
      const attributes = { scenario: s.name, series: String(i).padStart(4, '0') };
      counter.add(round * 10 + i + 1, attributes);
      gauge.record(i * 1.5 + round, attributes);
    }
    const via = s.via ?? forwarder;
    const before = statusCounts(via);
    proxy.inject(...(s.faults ?? []));
    injected += s.faults?.length ?? 0;
    const { code } = await client.exportOnce();
    const after = statusCounts(via);
    const statuses: Record<number, number> = {};
    for (const status of STATUSES)
      if (after[status]! > before[status]!) statuses[status] = after[status]! - before[status]!;
    return { statuses, code, sent: client.sent };
  }

  /** Prometheus's samples of a scenario, as series → sorted "timestamp=value" strings. */
  async function stored(name: string): Promise<Map<string, string[]>> {
    const data = await prometheus.api<{
      result: { metric: Record<string, string>; values: [number, string][] }[];
    }>('/api/v1/query', { query: `{__name__=~"fault_.+",scenario="${name}"}[1h]` });
    const out = new Map<string, string[]>();
    for (const r of data.result) {
      out.set(
        seriesKey(r.metric.__name__!, r.metric),
        r.values.map(([t, v]) => `${Math.round(t * 1000)}=${Number(v)}`).sort(),
      );
    }
    return out;
  }

  /** Asserts Prometheus holds exactly what the SDK exported (each distinct sample once). */
  async function assertStoredAsSent(name: string, sent: readonly SentSample[]): Promise<void> {
    const expected = new Map<string, Set<string>>();
    for (const s of sent) {
      const set = expected.get(s.series) ?? new Set();
      set.add(`${s.timestampMs}=${s.value}`);
      expected.set(s.series, set);
    }
    const actual = await stored(name);
    assert.deepEqual(
      new Map([...actual].sort()),
      new Map([...expected].map(([k, v]) => [k, [...v].sort()] as const).sort()),
      `Prometheus differs from what the SDK sent in scenario ${name}`,
    );
    samplesSent += sent.length;
    for (const v of actual.values()) samplesStored += v.length;
  }

  /** The scenario's exports all succeed, the client saw exactly `statuses`, and nothing was lost. */
  async function expectHealed(
    s: Scenario,
    statuses: Record<number, number | 'some'>,
    exports = 1,
  ): Promise<void> {
    const client = recordingClient((s.via ?? forwarder).metricsUrl, s);
    const seen: Record<number, number> = {};
    for (let round = 0; round < exports; round++) {
      const outcome = await run(round === 0 ? s : { ...s, faults: [] }, round, client);
      assert.equal(outcome.code, 0, `the SDK export failed in ${s.name}`);
      for (const [k, v] of Object.entries(outcome.statuses)) seen[Number(k)] = (seen[Number(k)] ?? 0) + v;
    }
    await client.shutdown();
    assert.deepEqual(
      Object.keys(seen).map(Number).sort(),
      Object.keys(statuses).map(Number).sort(),
      `statuses ${JSON.stringify(seen)}`,
    );
    for (const [status, count] of Object.entries(statuses)) {
      if (count !== 'some')
        assert.equal(seen[Number(status)], count, `status ${status} in ${JSON.stringify(seen)}`);
    }
    assert.equal(proxy.pending, 0, 'every injected fault was hit');
    await assertStoredAsSent(s.name, client.sent);
  }

  it('stores everything with no fault (protobuf and gzipped JSON)', async () => {
    await expectHealed({ name: 'baseline', series: 20 }, { 200: 3 }, 3);
    await expectHealed({ name: 'baseline-json', series: 20, json: true, gzip: true }, { 200: 2 }, 2);
  });

  it('retries 500 and 503 inside the budget: the client sees 200', async () => {
    await expectHealed(
      { name: '5xx-heal', faults: [{ status: 500 }, { status: 503 }, { status: 500 }] },
      { 200: 1 },
    );
  });

  it('answers 503 while the destination fails past the budget; the SDK retries until it heals', async () => {
    const faults = Array.from({ length: 10 }, () => ({ status: 503, body: 'ingester unhealthy' }));
    await expectHealed({ name: '5xx-long', faults, json: true, gzip: true }, { 503: 'some', 200: 1 });
  });

  it('retries dropped connections inside the budget', async () => {
    await expectHealed({ name: 'drop', faults: ['drop', 'drop'] }, { 200: 1 });
  });

  it('retries a stalled request after its attempt timeout inside the budget', async () => {
    await expectHealed({ name: 'stall-heal', faults: ['stall'] }, { 200: 1 });
  });

  it('answers 503 when the destination stalls past the deadline; the SDK retries', async () => {
    await expectHealed(
      { name: 'stall-long', faults: ['stall', 'stall', 'stall', 'stall'] },
      { 503: 'some', 200: 1 },
    );
  });

  it('waits out a 429 Retry-After that fits in the budget', async () => {
    await expectHealed(
      { name: '429-short', faults: [{ status: 429, headers: { 'retry-after': '1' } }] },
      { 200: 1 },
    );
  });

  it('passes a 429 Retry-After past the budget on to the client as 429', async () => {
    await expectHealed(
      { name: '429-long', faults: [{ status: 429, headers: { 'retry-after': '2' }, body: 'rate exceeded' }] },
      { 429: 1, 200: 1 },
    );
  });

  it('passes a 503 Retry-After given as an HTTP date past the budget on as 503', async () => {
    const date = new Date(Date.now() + 3000).toUTCString();
    await expectHealed(
      { name: '503-date', faults: [{ status: 503, headers: { 'retry-after': date } }] },
      { 503: 1, 200: 1 },
    );
  });

  it('halves batches the destination answers 413 until they fit', async () => {
    const start = proxy.log.length;
    proxy.tooLargeAbove = 1500;
    try {
      await expectHealed({ name: '413', series: 300 }, { 200: 1 });
    } finally {
      proxy.tooLargeAbove = undefined;
    }
    const log = proxy.log.slice(start);
    const large = log.filter((e) => e.outcome === 413);
    assert.ok(large.length > 0, 'the proxy answered 413');
    injected += large.length;
    assert.ok(log.filter((e) => e.forwarded).length > 1, 'the batch was split');
    assert.ok(log.filter((e) => e.forwarded).every((e) => e.bytes <= 1500));
  });

  for (const status of [401, 403, 404]) {
    it(`answers 502 to destination ${status} (misconfiguration); the SDK retries once it is fixed`, async () => {
      await expectHealed(
        { name: `refused-${status}`, faults: [{ status, body: 'denied' }] },
        { 502: 1, 200: 1 },
      );
    });
  }

  it('answers 200 with partial_success when the destination refuses some batches', async () => {
    const warnings: string[] = [];
    const logger: DiagLogger = {
      warn: (...args: unknown[]) => warnings.push(args.map(String).join(' ')),
      error: () => undefined,
      info: () => undefined,
      debug: () => undefined,
      verbose: () => undefined,
    };
    diag.setLogger(logger, DiagLogLevel.WARN);
    proxy.rejectIf = (req) =>
      req.timeseries.some((ts) => ts.labels?.some((l) => l.name === 'series' && l.value === '0007'))
        ? 'out of order sample'
        : undefined;
    const client = recordingClient(smallBatches.metricsUrl);
    try {
      const outcome = await run({ name: 'partial', series: 60, via: smallBatches }, 0, client);
      assert.equal(outcome.code, 0);
      assert.deepEqual(outcome.statuses, { 200: 1 });
    } finally {
      proxy.rejectIf = undefined;
      diag.disable();
      await client.shutdown();
    }
    const partial = warnings.find((w) => w.includes('Partial Success'));
    assert.ok(partial, `the SDK reported a partial success: ${warnings.join('; ')}`);
    const { rejectedDataPoints, errorMessage } = JSON.parse(partial.slice(partial.indexOf('{'))) as {
      rejectedDataPoints: string;
      errorMessage: string;
    };
    assert.match(errorMessage, /out of order sample/);
    const actual = await stored('partial');
    let storedCount = 0;
    for (const v of actual.values()) storedCount += v.length;
    assert.equal(
      storedCount + Number(rejectedDataPoints),
      client.sent.length,
      'every point is stored or reported',
    );
    assert.ok(!actual.has(seriesKey('fault_level', { scenario: 'partial', series: '0007' })));
    assert.ok(storedCount > 0);
    const sentByKey = new Map(client.sent.map((s) => [s.series, `${s.timestampMs}=${s.value}`]));
    for (const [key, values] of actual) assert.deepEqual(values, [sentByKey.get(key)]);
  });

  it('answers 400 when the destination refuses every batch; the SDK does not retry', async () => {
    proxy.rejectIf = () => 'sample too old';
    const outcome = await run({ name: 'all-400', series: 5 }).finally(() => {
      proxy.rejectIf = undefined;
    });
    assert.notEqual(outcome.code, 0);
    assert.deepEqual(outcome.statuses, { 400: 1 });
    assert.equal((await stored('all-400')).size, 0);
  });

  it('loses nothing when Prometheus is stopped and restarted mid-run', async () => {
    const s: Scenario = { name: 'restart', series: 10, via: direct, timeoutMillis: 30_000 };
    const client = recordingClient(direct.metricsUrl, s);
    assert.equal((await run(s, 0, client)).code, 0);

    const { dataDir, port } = prometheus;
    await prometheus.stop({ removeData: false });
    injected++;
    const unavailableBefore = direct.counters.value('requests_total', '503');
    const during = run(s, 1, client);
    // Restart once the client has been told 503 at least once while Prometheus was down.
    while (direct.counters.value('requests_total', '503') === unavailableBefore) {
      await new Promise((r) => setTimeout(r, 50));
    }
    prometheus = await startPrometheus({ dataDir, port });
    const outcome = await during;
    assert.equal(outcome.code, 0, 'the SDK export succeeded after the restart');
    assert.ok((outcome.statuses[503] ?? 0) >= 1);
    assert.equal(outcome.statuses[200], 1);
    assert.equal((await run(s, 2, client)).code, 0);
    await client.shutdown();
    await assertStoredAsSent('restart', client.sent);
  });
});
