/**
 * A small body can decode to far more memory than the function has: 4,000,000 empty exemplars are an
 * 8 MB body (8 KB gzip) and ~312 MiB of objects, 910 MiB at the peak once translated. The decoders count
 * what they make (MAX_DECODED_VALUES_PER_REQUEST, from the function's memory) and refuse past it with a
 * 413, before JSON.parse for JSON; requests of ordinary shape up to the body cap still pass.
 */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { makeRequestOfSize } from '../../bench/workload.js';
import { loadConfig, memoryLimits } from '../../lambda/config.js';
import { PayloadTooLargeError } from '../../lambda/errors.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import {
  jsonAttributes,
  jsonBuckets,
  jsonEmptyPoints,
  jsonExemplars,
  protobufAttributes,
  protobufEmptyPoints,
  protobufExemplars,
  protobufPackedBuckets,
} from './decode-bodies.js';

const MiB = 1024 * 1024;
/** Just under the default 8 MiB body cap, less the few bytes of envelope. */
const CAP = 8 * MiB - 256;
const LIMIT = memoryLimits({}).maxDecodedValues;
const REFUSAL = new RegExp(
  `more than ${LIMIT} decoded values \\(MAX_DECODED_VALUES_PER_REQUEST[^)]*\\); send smaller requests.* give the function more memory`,
);

/** Bodies that fill the body cap with the cheapest messages the format has. */
const HOSTILE: readonly { name: string; body: Uint8Array; format: 'protobuf' | 'json' }[] = [
  { name: '4M empty exemplars on one point', body: protobufExemplars(CAP / 2), format: 'protobuf' },
  { name: '4M empty attributes on one point', body: protobufAttributes(CAP / 2), format: 'protobuf' },
  { name: '4M empty points', body: protobufEmptyPoints(CAP / 2), format: 'protobuf' },
  {
    name: 'a packed bucket-count list of 8M one-byte varints',
    body: protobufPackedBuckets(CAP - 64),
    format: 'protobuf',
  },
  { name: 'JSON: 2.8M empty points', body: jsonEmptyPoints(Math.floor(CAP / 3)), format: 'json' },
  { name: 'JSON: 2.8M empty attributes', body: jsonAttributes(Math.floor(CAP / 3)), format: 'json' },
  { name: 'JSON: 2.8M empty exemplars', body: jsonExemplars(Math.floor(CAP / 3)), format: 'json' },
  { name: 'JSON: 4M bucket counts', body: jsonBuckets(Math.floor(CAP / 2)), format: 'json' },
];

/** The benchmark's mix at the body cap: 8 attributes per point, 1 attribute, and JSON. */
const REALISTIC = [
  {
    name: '~32,000 points of 8 attributes (protobuf)',
    ...makeRequestOfSize(8 * MiB, 42, 8, 'protobuf'),
    format: 'protobuf',
  },
  {
    name: '~103,000 points of 1 attribute (protobuf)',
    ...makeRequestOfSize(8 * MiB, 42, 1, 'protobuf'),
    format: 'protobuf',
  },
  {
    name: '~14,000 points of 8 attributes (JSON)',
    ...makeRequestOfSize(8 * MiB, 42, 8, 'json'),
    format: 'json',
  },
  {
    name: '~41,000 points of 1 attribute (JSON)',
    ...makeRequestOfSize(8 * MiB, 42, 1, 'json'),
    format: 'json',
  },
] as const;

describe('decode budget: the decoders directly', () => {
  for (const { name, body, format } of HOSTILE) {
    it(`refuses ${name} (${body.length} bytes) with 413 naming the limit`, () => {
      assert.ok(body.length <= 8 * MiB);
      assert.throws(
        () => decodeExportRequest(body, format, { maxDecodedValues: LIMIT }),
        (err) => err instanceof PayloadTooLargeError && REFUSAL.test(err.message),
      );
    });
  }

  for (const { name, body, format } of REALISTIC) {
    it(`accepts ${name} at the body cap`, () => {
      assert.ok(body.length > 7.8 * MiB);
      assert.ok(decodeExportRequest(body, format, { maxDecodedValues: LIMIT }).resourceMetrics.length > 0);
    });
  }

  it('counts one value per message: 5 around the point and one per attribute', () => {
    // Resource metrics, scope metrics, metric, gauge, point: 5; then 10 attributes.
    const body = protobufAttributes(10);
    assert.doesNotThrow(() => decodeExportRequest(body, 'protobuf', { maxDecodedValues: 15 }));
    assert.throws(
      () => decodeExportRequest(body, 'protobuf', { maxDecodedValues: 14 }),
      PayloadTooLargeError,
    );
  });

  it('counts a packed list element as a quarter of a value', () => {
    // Resource metrics, scope metrics, metric, histogram, point, buckets: 6; then 40 elements.
    const body = protobufPackedBuckets(40);
    assert.doesNotThrow(() => decodeExportRequest(body, 'protobuf', { maxDecodedValues: 16 }));
    assert.throws(
      () => decodeExportRequest(body, 'protobuf', { maxDecodedValues: 15 }),
      PayloadTooLargeError,
    );
  });

  it('has no limit when none is passed', () => {
    const point = decodeExportRequest(protobufExemplars(100_000), 'protobuf').resourceMetrics[0]!
      .scopeMetrics![0]!.metrics![0]!.sum!.dataPoints![0]!;
    assert.equal(point.exemplars!.length, 100_000);
    assert.equal(decodeExportRequest(jsonEmptyPoints(100_000), 'json').resourceMetrics.length, 1);
  });
});

describe('decode budget: through the local forwarder at the default limits', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    // A long time budget: the 8 MiB requests must pass on a busy machine too (the memory limits are the defaults).
    forwarder = await startForwarder({ REQUEST_TIMEOUT_MS: '60000' });
  });
  after(() => forwarder.stop());

  const post = (body: Uint8Array, format: 'protobuf' | 'json') =>
    fetch(forwarder.metricsUrl, {
      method: 'POST',
      headers: {
        'content-type': format === 'json' ? 'application/json' : 'application/x-protobuf',
        'content-encoding': 'gzip',
      },
      body: gzipSync(body),
    });

  for (const { name, body, format } of HOSTILE) {
    it(`answers 413 naming the limit to ${name}, and stores nothing`, async () => {
      const res = await post(body, format);
      assert.equal(res.status, 413);
      assert.match(await res.text(), REFUSAL);
      assert.equal(forwarder.receiver?.store.list().length, 0);
    });
  }

  for (const { name, body, format } of REALISTIC) {
    it(`writes ${name}`, async () => {
      const res = await post(body, format);
      assert.equal(res.status, 200, await res.clone().text());
      await res.arrayBuffer();
    });
  }
});

describe('MAX_DECODED_VALUES_PER_REQUEST', () => {
  it('defaults to 1,800 per MiB of function memory', () => {
    assert.equal(loadConfig({}).maxDecodedValues, 921_600);
    assert.equal(loadConfig({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '2048' }).maxDecodedValues, 2048 * 1800);
  });

  it('is the limit the forwarder applies when set', async () => {
    const forwarder = await startForwarder({ MAX_DECODED_VALUES_PER_REQUEST: '100' });
    try {
      const res = await fetch(forwarder.metricsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf' },
        body: protobufAttributes(96),
      });
      assert.equal(res.status, 413);
      assert.match(await res.text(), /more than 100 decoded values \(MAX_DECODED_VALUES_PER_REQUEST/);
      assert.equal(forwarder.receiver?.store.list().length, 0);
    } finally {
      await forwarder.stop();
    }
  });
});
