/**
 * Uploads over MAX_BODY_BYTES (and others refused before their body is read) against the local server:
 * the client must read the answer, not a reset. OTLP clients retry transport errors (EPIPE, ECONNRESET)
 * but not 413, so a reset turns one refused upload into a retry loop of refused uploads.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OTLPExporterError } from '@opentelemetry/otlp-exporter-base';
import { google } from '../../proto/generated/protos.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { sdkClient } from '../support/otel-sdk.js';
import { relentlessUpload, upload, type UploadResult } from './upload-client.js';

const MiB = 1024 * 1024;
// OTLP's recommended 20 MiB, set explicitly: the default follows the function's memory (8 MiB at 512).
const CAP = 20 * MiB;
const JSON_TYPE = { 'content-type': 'application/json' };

/** The google.rpc.Status a JSON request's error carries. */
function statusMessage(result: UploadResult): string {
  return (JSON.parse(result.body.toString('utf8')) as { message: string }).message;
}

describe('over-cap uploads are answered with a readable 413', () => {
  let forwarder: RunningForwarder;

  before(async () => {
    forwarder = await startForwarder({ MAX_BODY_BYTES: String(CAP) });
  });
  after(async () => {
    await forwarder.stop();
  });

  const healthy = async (): Promise<void> => {
    const res = await fetch(forwarder.metricsUrl, { method: 'POST', body: '{}', headers: JSON_TYPE });
    assert.equal(res.status, 200, 'the server still serves');
  };

  for (const sizeMiB of [21, 100]) {
    for (const contentLength of [true, false]) {
      for (const mode of ['whole', 'stream'] as const) {
        const framing = contentLength ? 'Content-Length' : 'chunked';
        it(`a ${sizeMiB} MiB ${framing} upload (${mode}) reads 413 and its body, with no socket error`, async () => {
          const result = await upload(forwarder.metricsUrl, {
            headers: JSON_TYPE,
            size: sizeMiB * MiB,
            contentLength,
            mode,
          });
          assert.deepEqual(result.errors, []);
          assert.equal(result.status, 413);
          assert.equal(result.headers.connection, 'close');
          assert.match(statusMessage(result), /exceeds the limit of 20971520 bytes/);
          await healthy();
        });
      }
    }
  }

  it('answers a protobuf upload in protobuf: a google.rpc.Status', async () => {
    const result = await upload(forwarder.metricsUrl, {
      headers: { 'content-type': 'application/x-protobuf' },
      size: 21 * MiB,
      contentLength: true,
    });
    assert.deepEqual(result.errors, []);
    assert.equal(result.status, 413);
    const status = google.rpc.Status.decode(result.body);
    assert.equal(status.code, 3);
    assert.match(status.message, /exceeds the limit/);
  });

  it('the OTel SDK exporter gets the 413 as a final failure, sent once, not as a retried network error', async () => {
    // 3 instruments x 900 series x an 8 KiB attribute: about 21 MiB of protobuf, under the SDK's
    // cardinality limit of 2000 per instrument.
    const before413 = forwarder.counters.value('requests_total', '413');
    const client = sdkClient('protobuf', forwarder.metricsUrl, { 'service.name': 'big' });
    const padding = 'x'.repeat(8 * 1024);
    for (let i = 0; i < 3; i++) {
      const counter = client.meter.createCounter(`big_${i}`);
      for (let s = 0; s < 900; s++) counter.add(1, { series: String(s), padding });
    }
    try {
      const result = await client.exportOnce();
      assert.equal(result.code, 1, 'FAILED');
      const { error } = result;
      assert.ok(error instanceof OTLPExporterError, `expected the 413, got ${String(error)}`);
      assert.equal(error.code, 413);
      assert.match(google.rpc.Status.decode(Buffer.from(error.data ?? '', 'utf8')).message, /exceeds/);
      assert.equal(forwarder.counters.value('requests_total', '413') - before413, 1);
    } finally {
      await client.shutdown();
    }
    await healthy();
  });

  it('refuses an over-cap Content-Length with Expect: 100-continue before the body is sent', async () => {
    const result = await upload(forwarder.metricsUrl, {
      headers: JSON_TYPE,
      size: 100 * MiB,
      contentLength: true,
      expectContinue: true,
    });
    assert.equal(result.continued, false, 'no 100 Continue for a body that will be refused');
    assert.equal(result.bytesWritten, 0);
    assert.deepEqual(result.errors, []);
    assert.equal(result.status, 413);
    assert.match(statusMessage(result), /104857600 bytes exceeds the limit/);
    await healthy();
  });

  it('says 100 Continue to an upload within the cap and forwards it', async () => {
    const result = await upload(forwarder.metricsUrl, {
      headers: JSON_TYPE,
      size: 0,
      contentLength: true,
      expectContinue: true,
    });
    // An empty JSON body is an empty export request: 200.
    assert.equal(result.continued, true);
    assert.deepEqual(result.errors, []);
    assert.equal(result.status, 200);
  });

  for (const [name, path, method, headers, status] of [
    ['404 (wrong path)', '/v1/traces', 'POST', JSON_TYPE, 404],
    ['405 (wrong method)', '/v1/metrics', 'PUT', JSON_TYPE, 405],
    ['415 (wrong content type)', '/v1/metrics', 'POST', { 'content-type': 'text/plain' }, 415],
  ] as const) {
    it(`a 21 MiB upload refused with ${name} before its body is read reads the answer`, async () => {
      const result = await upload(`${forwarder.url}${path}`, {
        method,
        headers,
        size: 21 * MiB,
        contentLength: true,
      });
      assert.deepEqual(result.errors, []);
      assert.equal(result.status, status);
      assert.equal(result.headers.connection, 'close');
      await healthy();
    });

    it(`with Expect: 100-continue, ${name} is answered without asking for the body`, async () => {
      const result = await upload(`${forwarder.url}${path}`, {
        method,
        headers,
        size: MiB,
        contentLength: true,
        expectContinue: true,
      });
      assert.equal(result.continued, false);
      assert.equal(result.bytesWritten, 0);
      assert.equal(result.status, status);
    });
  }
});

describe('a client that keeps sending after the 413 is cut off', () => {
  let forwarder: RunningForwarder;

  before(async () => {
    forwarder = await startForwarder({ MAX_BODY_BYTES: String(CAP) }, undefined, {
      drain: { maxBytes: 8 * MiB, maxMs: 500 },
    });
  });
  after(async () => {
    await forwarder.stop();
  });

  it('closes the socket once the discarded bytes pass the bound, after the client read its 413', async () => {
    const result = await relentlessUpload(forwarder.metricsUrl, { chunkBytes: 64 * 1024 });
    assert.match(result.response, /^HTTP\/1\.1 413 /);
    assert.match(result.response, /\r\nconnection: close\r\n/i);
    assert.match(result.response, /exceeds the limit of 20971520 bytes/);
    // Cap + bound + what the socket buffers held: far from endless.
    assert.ok(result.bytesWritten > CAP + 8 * MiB, `${result.bytesWritten} bytes written`);
    assert.ok(result.bytesWritten < CAP + 8 * MiB + 32 * MiB, `${result.bytesWritten} bytes written`);
  });

  it('closes the socket of a trickling upload once the time bound passes', async () => {
    // Declared over the cap, so refused at once; then 1 KiB every 20 ms, far below the byte bound.
    const result = await relentlessUpload(forwarder.metricsUrl, {
      declaredLength: 64 * MiB,
      chunkBytes: 1024,
      intervalMs: 20,
    });
    assert.match(result.response, /^HTTP\/1\.1 413 /);
    assert.ok(result.bytesWritten < 8 * MiB, `${result.bytesWritten} bytes written`);
  });

  it('keeps serving other requests', async () => {
    const res = await fetch(forwarder.metricsUrl, { method: 'POST', body: '{}', headers: JSON_TYPE });
    assert.equal(res.status, 200);
  });
});
