/**
 * The init's warm-up request must go the handler's whole way (event, endpoint, pipeline, answer), or it
 * warms nothing, and must send nothing anywhere.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../lambda/config.js';
import { answerEvent, createLambdaHandler } from '../../lambda/edges/lambda/lambda-handler.js';
import { warmUp } from '../../lambda/edges/lambda/warm-up.js';
import type { EndpointDeps } from '../../lambda/http/endpoint.js';
import { jsonLogger, type Logger } from '../../lambda/log.js';
import { decompress } from '../../lambda/remote-write/encode.js';
import { decodeWriteRequest } from '../support/decode-write-request.js';

describe('the Lambda warm-up', () => {
  it('answers its five points (one of every type) with 200 through the handler, sending nothing, logging nothing', async () => {
    const logged: string[] = [];
    const logger: Logger = {
      info: (m) => logged.push(m),
      warn: (m) => logged.push(m),
      error: (m) => logged.push(m),
    };
    let observed = 0;
    const deps: EndpointDeps = {
      config: loadConfig({ REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write' }),
      logger,
      observer: { requestDone: () => observed++ },
      sendFor: () => () => Promise.reject(new Error('the warm-up used the real destination')),
      // The token is not read yet when the warm-up runs: it must not be asked for.
      authenticate: () => Promise.reject(new Error('the warm-up asked for endpoint auth')),
    };
    const { status, sent } = await warmUp(deps, (event, quiet) => answerEvent(event, undefined, quiet));
    assert.equal(status, 200);
    assert.equal(sent.length, 1);
    const request = decodeWriteRequest(decompress(sent[0] ?? new Uint8Array()));
    const names = new Set(
      request.timeseries.map((s) => (s.labels ?? []).find((l) => l.name === '__name__')?.value ?? ''),
    );
    // gauge, counter, histogram (classic), exponential histogram (native), summary, and target_info.
    for (const name of [
      'g_seconds',
      'c_total',
      'h_bucket',
      'h_sum',
      'h_count',
      'e',
      'q',
      'q_sum',
      'q_count',
      'target_info',
    ])
      assert.ok(names.has(name), `${name} in ${[...names].join(', ')}`);
    assert.equal(request.timeseries.filter((s) => (s.histograms ?? []).length > 0).length, 1);
    assert.deepEqual(logged, []);
    assert.equal(observed, 0);
  });

  it('says so in one info line when limits refuse the warm-up request, and nothing else is logged', async () => {
    const lines: { level: string; msg: string; status?: number }[] = [];
    const handler = createLambdaHandler({
      env: {
        REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write',
        ENDPOINT_AUTH: 'none',
        MAX_BODY_BYTES: '10',
      },
      logger: jsonLogger((line) => lines.push(JSON.parse(line) as (typeof lines)[number])),
      writeMetrics: () => assert.fail('the warm-up wrote an EMF document'),
    });
    await handler.ready;
    assert.deepEqual(
      lines.map(({ level, msg, status }) => ({ level, msg, status })),
      [
        {
          level: 'info',
          msg: 'warm-up request refused; the first request compiles the pipeline',
          status: 413,
        },
      ],
    );
  });
});
