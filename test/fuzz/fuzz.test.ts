/**
 * Fuzzing the running local server with generated and mutated bodies (protobuf, JSON, gzip) from a fixed,
 * printed seed. Replay with `FUZZ_SEED=<seed> npm test -- test/fuzz`; `FUZZ_CASES` sets the count.
 *
 * Oracle, for every case: an answer (no hang, no crash) within a bound; never 500; a 2xx only for a body
 * that is a valid request, and only when every point is either stored at the destination or counted in
 * partial_success (checked exactly for gauges and sums; for other types every point not rejected must have
 * reached the destination as some sample); a 200 for every unmutated request while the destination
 * accepts; an error body that is a google.rpc.Status. Validity and points come from oracle.ts, which
 * shares no decoding code with the server (protobufjs's generated decoder for protobuf, a JSON walk of its
 * own), so a decoder bug that accepts and mis-reads a body cannot agree with itself. The destination misbehaves for some cases (503, 401, 400) so a
 * 2xx for data that was not written would show. Afterwards the server still serves and its counters add up.
 */
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { google, opentelemetry } from '../../proto/generated/protos.js';
import {
  startScriptedDestination,
  type Reply,
  type ScriptedDestination,
} from '../delivery/scripted-destination.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { fuzzCase, type FuzzCase } from './mutate.js';
import { expectedPoints, oracleMetrics } from './oracle.js';
import { rng } from './rng.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const LANES = 4;
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const REQUEST_TIMEOUT_MS = 3000;
/** Far above the budget: an answer later than this is a hang. */
const ANSWER_BOUND_MS = 10_000;

type Mode = 'ok' | 'down' | 'refuse' | 'reject';
const ALLOWED: Record<Mode, readonly number[]> = {
  ok: [200, 400, 413, 415],
  down: [200, 400, 413, 415, 503],
  refuse: [200, 400, 413, 415, 502],
  reject: [200, 400, 413, 415],
};

interface Lane {
  readonly destination: ScriptedDestination;
  readonly forwarder: RunningForwarder;
  mode: Mode;
}

interface RawResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}

/** One POST over a keep-alive agent (node:http is much cheaper per request than fetch). */
function post(url: string, c: FuzzCase, agent: Agent): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: c.headers, agent, timeout: ANSWER_BOUND_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'] ?? '',
            body: Buffer.concat(chunks),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${ANSWER_BOUND_MS} ms`)));
    req.on('error', reject);
    req.end(c.body);
  });
}

function rejectedPoints(contentType: string, body: Buffer): number {
  if (contentType === 'application/json') {
    const parsed = JSON.parse(body.toString('utf8')) as { partialSuccess?: { rejectedDataPoints?: string } };
    return Number(parsed.partialSuccess?.rejectedDataPoints ?? 0);
  }
  const decoded = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.decode(body);
  return Number(decoded.partialSuccess?.rejectedDataPoints ?? 0);
}

function statusMessage(contentType: string, body: Buffer): string {
  if (contentType === 'application/json')
    return (JSON.parse(body.toString('utf8')) as { message: string }).message;
  return google.rpc.Status.decode(body).message;
}

describe(`fuzzing the local server (seed ${SEED}, ${CASES} cases)`, () => {
  const lanes: Lane[] = [];

  before(async () => {
    for (let i = 0; i < LANES; i++) {
      const lane = { mode: 'ok' } as Lane;
      const destination = await startScriptedDestination((): Reply => {
        // Down for longer than any budget: the forwarder must give up at once and say 503.
        if (lane.mode === 'down')
          return { status: 503, headers: { 'retry-after': '60' }, body: 'fuzz: down' };
        if (lane.mode === 'refuse') return { status: 401, body: 'fuzz: bad credentials' };
        if (lane.mode === 'reject') return { status: 400, body: 'fuzz: rejected' };
        return { status: 204 };
      });
      const forwarder = await startForwarder({
        REMOTE_WRITE_URL: destination.url,
        MAX_BODY_BYTES: String(MAX_BODY_BYTES),
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      });
      Object.assign(lane, { destination, forwarder });
      lanes.push(lane);
    }
  });
  after(async () => {
    for (const lane of lanes) {
      await lane.forwarder.stop();
      await lane.destination.close();
    }
  });

  it('answers every case truthfully, within the bound, and stays healthy', async () => {
    console.log(`fuzz seed ${SEED}: replay with FUZZ_SEED=${SEED} npm test -- test/fuzz`);
    const r = rng(SEED);
    const statuses = new Map<number, number>();
    const kinds = new Map<string, number>();
    let next = 0;
    let maxMs = 0;
    const kindMs = new Map<string, number>();
    const failures: string[] = [];

    const runLane = async (lane: Lane): Promise<void> => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let index = next++; index < CASES; index = next++) {
        const c = fuzzCase(r); // drawn in index order: case N is the same on every run of a seed
        const modeRoll = rng(SEED ^ index).int(100);
        lane.mode = modeRoll < 2 ? 'down' : modeRoll < 4 ? 'refuse' : modeRoll < 7 ? 'reject' : 'ok';
        const kind = c.kind.replace(/\(.*\)/, '').replace(/-\d+/, '');
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const fail = (what: string): void => {
          failures.push(`case ${index} (${c.kind}, destination ${lane.mode}): ${what}`);
        };

        const firstWrite = lane.destination.received.length;
        const started = performance.now();
        let res: RawResponse;
        try {
          res = await post(lane.forwarder.metricsUrl, c, agent);
        } catch (err) {
          fail(`no answer: ${(err as Error).message}`);
          continue;
        }
        const body = res.body;
        const ms = performance.now() - started;
        maxMs = Math.max(maxMs, ms);
        kindMs.set(kind, (kindMs.get(kind) ?? 0) + ms);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const contentType = res.contentType;

        if (!ALLOWED[lane.mode].includes(res.status))
          fail(`status ${res.status}: ${body.toString().slice(0, 200)}`);
        // The oracle's reading is needed for 2xx answers, and for unmutated requests, which must succeed.
        const pristine = /^(pb|json)-valid(-unknown|-snake)?(\+gzip)?$/.test(c.kind);
        const metrics = res.status < 300 || pristine ? oracleMetrics(c, MAX_BODY_BYTES) : undefined;
        if (pristine && metrics === undefined) fail('the oracle refuses an unmutated request');
        if (pristine && lane.mode === 'ok' && res.status !== 200) {
          fail(`status ${res.status} for a valid request: ${body.toString().slice(0, 200)}`);
        }
        if (res.status >= 300) {
          try {
            if (statusMessage(contentType, body) === '') fail('error without a message');
          } catch (err) {
            fail(`error body is not a google.rpc.Status: ${(err as Error).message}`);
          }
          continue;
        }
        if (metrics === undefined) {
          fail('2xx for a body that is not a valid request');
          continue;
        }
        const expected = expectedPoints(metrics);
        const rejected = rejectedPoints(contentType, body);
        let stored = 0;
        for (const w of lane.destination.accepted) {
          if (w.index < firstWrite) continue;
          for (const ts of w.request.timeseries) {
            // target_info describes the resource; it carries none of the request's points.
            if (ts.labels?.some((l) => l.name === '__name__' && l.value === 'target_info')) continue;
            stored += (ts.samples?.length ?? 0) + (ts.histograms?.length ?? 0);
          }
        }
        // Every distinct point is stored or reported rejected (a histogram point is several samples).
        const accounted = stored + rejected;
        if (accounted < expected.distinct || (expected.numbersOnly && accounted > expected.points)) {
          fail(
            `2xx with ${expected.points} point(s) (${expected.distinct} distinct) sent, ` +
              `${stored} sample(s) stored, ${rejected} reported rejected`,
          );
        }
      }
      agent.destroy();
    };
    await Promise.all(lanes.map(runLane));

    console.log(`fuzz: ${CASES} cases; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.log(`fuzz: kinds ${JSON.stringify(Object.fromEntries([...kinds].sort()))}`);
    console.log(
      `fuzz: ms by kind ${JSON.stringify(Object.fromEntries([...kindMs].map(([k, v]) => [k, Math.round(v)])))}`,
    );
    console.log(`fuzz: slowest answer ${Math.round(maxMs)} ms`);
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failing case(s)`);

    let answered = 0;
    for (const lane of lanes) {
      const res = await fetch(lane.forwarder.metricsUrl, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(res.status, 200, 'the server still serves after the fuzz run');
      for (const status of new Set([...statuses.keys(), 200])) {
        answered += lane.forwarder.counters.value('requests_total', String(status));
      }
    }
    assert.equal(answered, CASES + LANES, 'every request was answered and counted once');
  });
});
