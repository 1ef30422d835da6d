/**
 * The time budget is the request's, from arrival to answer: reading, inflating, decoding and
 * translating spend it as delivery does. A request that cannot be delivered in what is left is refused
 * before anything is sent: 413 when its own processing took too long (resending cannot help), 503 when
 * the budget went elsewhere (waiting behind other requests). Concurrent large requests are admitted up
 * to a bound on decoded bytes in flight, and none is written in part and answered with an error.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { Admission } from '../../lambda/budget.js';
import { silentLogger } from '../../lambda/log.js';
import { loadConfig } from '../../lambda/config.js';
import { handleOtlpHttp, type EndpointDeps } from '../../lambda/http/endpoint.js';
import type { HttpResponse } from '../../lambda/http/types.js';
import { DEFAULT_TRANSLATE_OPTIONS } from '../../lambda/translate/options.js';
import { translate } from '../../lambda/translate/translate.js';
import { opentelemetry } from '../../proto/generated/protos.js';
import {
  startScriptedDestination,
  type ReceivedWrite,
  type ScriptedDestination,
} from '../delivery/scripted-destination.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;
const T_NS = '1700000000000000000';

const stoppers: (() => Promise<void>)[] = [];
after(async () => {
  for (const stop of stoppers.reverse()) await stop();
});

async function destination(): Promise<ScriptedDestination> {
  const d = await startScriptedDestination();
  stoppers.push(() => d.close());
  return d;
}

/** A protobuf export request of `points` gauge points, its series labelled `request=<tag>`. */
function bigRequest(points: number, tag: string): Uint8Array {
  const perMetric = 1000;
  const metrics = Array.from({ length: Math.ceil(points / perMetric) }, (_, m) => ({
    name: `budget_metric_${m}`,
    gauge: {
      dataPoints: Array.from({ length: Math.min(perMetric, points - m * perMetric) }, (_, i) => ({
        asDouble: i,
        timeUnixNano: T_NS,
        attributes: [
          { key: 'i', value: { stringValue: String(i) } },
          { key: 'request', value: { stringValue: tag } },
        ],
      })),
    },
  }));
  const message = ExportMetricsServiceRequest.fromObject({
    resourceMetrics: [{ scopeMetrics: [{ metrics }] }],
  });
  return ExportMetricsServiceRequest.encode(message).finish();
}

function depsFor(dest: ScriptedDestination, extra: Partial<EndpointDeps> = {}): EndpointDeps {
  return {
    config: { ...loadConfig({}), maxBodyBytes: 64 << 20, translate: DEFAULT_TRANSLATE_OPTIONS },
    logger: silentLogger,
    sendFor: () => dest.send,
    ...extra,
  };
}

const post = (body: Uint8Array, deadline?: number) => ({
  method: 'POST',
  path: '/v1/metrics',
  headers: { 'content-type': 'application/x-protobuf' },
  body,
  arrivedAt: Date.now(),
  deadline: deadline ?? Date.now() + 4000,
});

const messageOf = (r: HttpResponse): string =>
  opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.decode(r.body).partialSuccess
    ?.errorMessage ?? new TextDecoder().decode(r.body);

describe('the request time budget', () => {
  it('answers 413, sending nothing, when decoding and translating the request alone leaves too little time', async () => {
    const dest = await destination();
    // Translating this request takes 1.5 s of a 4 s budget (a slow CPU, as the clock tells it).
    let offset = 0;
    const now = (): number => Date.now() + offset;
    const slowTranslate: typeof translate = (request, options) => {
      offset += 1500;
      return translate(request, options);
    };
    const response = await handleOtlpHttp(
      post(bigRequest(2000, 'slow')),
      depsFor(dest, { now, translate: slowTranslate }),
    );
    assert.equal(response.status, 413);
    assert.match(messageOf(response), /too large to forward in time: .*translating.* of the 4000 ms budget/);
    assert.match(messageOf(response), /Split the request/);
    assert.equal(dest.received.length, 0);
  });

  it('answers 503 with Retry-After, sending nothing, when the request arrives with its deadline passed', async () => {
    const dest = await destination();
    const response = await handleOtlpHttp(post(bigRequest(100, 'late'), Date.now() - 1), depsFor(dest));
    assert.equal(response.status, 503);
    assert.equal(response.headers['retry-after'], '1');
    assert.match(messageOf(response), /budget .* ran out before delivery.*nothing was sent/);
    assert.equal(dest.received.length, 0);
  });

  it('answers 503, sending nothing, when the budget went to waiting rather than to the request', async () => {
    const dest = await destination();
    // The body is read 3.5 s into the 4 s budget (the event loop was busy with other requests); the
    // request's own work is quick.
    let offset = 0;
    const now = (): number => Date.now() + offset;
    const bytes = bigRequest(100, 'queued');
    const response = await handleOtlpHttp(
      {
        ...post(bytes),
        body: () => {
          offset += 3500;
          return Promise.resolve(bytes);
        },
      },
      depsFor(dest, { now }),
    );
    assert.equal(response.status, 503);
    assert.equal(response.headers['retry-after'], '1');
    assert.match(messageOf(response), /after reading.*busy/);
    assert.equal(dest.received.length, 0);
  });

  it('refuses a request over the bound of decoded bytes in flight with 503 before decoding it', async () => {
    const dest = await destination();
    const admission = new Admission(1000);
    const hold = admission.admit(900);
    try {
      const response = await handleOtlpHttp(post(bigRequest(100, 'busy')), depsFor(dest, { admission }));
      assert.equal(response.status, 503);
      assert.equal(response.headers['retry-after'], '1');
      assert.match(messageOf(response), /forwarder busy/);
      assert.equal(dest.received.length, 0);
    } finally {
      hold();
    }
    const alone = await handleOtlpHttp(post(bigRequest(100, 'alone')), depsFor(dest, { admission }));
    assert.equal(alone.status, 200, 'a request alone always gets in');
  });

  it('delivers a request whose processing leaves enough time for delivery', async () => {
    const dest = await destination();
    const response = await handleOtlpHttp(post(bigRequest(5000, 'fits')), depsFor(dest));
    assert.equal(response.status, 200, messageOf(response));
    const samples = dest.accepted.reduce((n, w) => n + w.request.timeseries.length, 0);
    assert.equal(samples, 5000);
  });
});

describe('concurrent large requests through the local server', () => {
  it('answers each one, and a request answered with an error had nothing written', async () => {
    const dest = await destination();
    const points = 40_000;
    const bodies = Array.from({ length: 6 }, (_, i) => gzipSync(bigRequest(points, `r${i}`)));
    const decoded = bigRequest(points, 'r0').length;
    const forwarder: RunningForwarder = await startForwarder({
      REMOTE_WRITE_URL: dest.url,
      // Room for about two of them decoded at once.
      MAX_BODY_BYTES: String(Math.ceil(decoded * 1.1)),
      // What is tested is admission (refused before decoding, nothing written), not the time budget: on a
      // loaded machine the default 4 s budget could end while a write was in flight, and a write the
      // destination stored but answered too late is answered 503 (a resend of the same samples is harmless
      // to Prometheus, but this test's "an error wrote nothing" would not hold).
      REQUEST_TIMEOUT_MS: '30000',
    });
    stoppers.push(() => forwarder.stop());

    const answers = await Promise.all(
      bodies.map(async (body) => {
        const res = await fetch(forwarder.metricsUrl, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' },
        });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const written = (tag: string): number =>
      dest.accepted
        .flatMap((w: ReceivedWrite) => w.request.timeseries)
        .filter((ts) => ts.labels?.some((l) => l.name === 'request' && l.value === tag)).length;
    for (const [i, status] of answers.entries()) {
      assert.ok([200, 413, 503].includes(status), `request ${i}: ${status}`);
      // A 200 wrote everything (no destination fault here); any error wrote nothing.
      assert.equal(written(`r${i}`), status === 200 ? points : 0, `request ${i} answered ${status}`);
    }
    assert.ok(answers.includes(200), `statuses ${answers.join(', ')}`);
  });
});
