/**
 * Input limits of the local server, over raw HTTP: bodies too large on the wire (declared or streamed) or
 * once inflated, uploads that stop half way, hostile nesting, empty requests. The server must answer
 * each with the right status and keep serving.
 */
import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';

const LIMIT = 1024 * 1024;

/** A raw request: writes `chunks` (chunked encoding unless a content-length is given), returns status and body. */
function rawPost(
  url: string,
  headers: Record<string, string>,
  chunks: readonly Buffer[],
): Promise<{ status: number; body: string; headers: IncomingMessage['headers'] }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    // The server may answer and close before the upload ends; that is the point of the limit.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
    });
    for (const c of chunks) req.write(c);
    req.end();
  });
}

/** Nested AnyValue kvlists `depth` deep, as protobuf bytes of an ExportMetricsServiceRequest. */
function deeplyNestedProtobuf(depth: number): Buffer {
  const varint = (n: number): number[] => {
    const out: number[] = [];
    while (n > 0x7f) {
      out.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    out.push(n);
    return out;
  };
  // Every level is a prefix of the level inside it (no trailing bytes), so the message is the levels'
  // prefixes, outermost first, then the leaf: built in linear time from the sizes inside out.
  // AnyValue{kvlist_value(6): KeyValueList{values(1): KeyValue{key(1): "k", value(2): AnyValue{...}}}}
  const leaf = Buffer.from([0x0a, 4, ...Buffer.from('leaf')]); // AnyValue.string_value
  const prefixes: Buffer[] = [];
  let inner = leaf.length;
  for (let i = 0; i < depth; i++) {
    const keyValue = [0x0a, 1, 0x6b, 0x12, ...varint(inner)];
    const kvSize = keyValue.length + inner;
    const list = [0x0a, ...varint(kvSize)];
    const listSize = list.length + kvSize;
    const prefix = Buffer.from([0x32, ...varint(listSize), ...list, ...keyValue]);
    prefixes.push(prefix);
    inner += prefix.length;
  }
  const any = Buffer.concat([...prefixes.reverse(), leaf]);
  const field = (tag: number, body: Buffer): Buffer =>
    Buffer.concat([Buffer.from([tag, ...varint(body.length)]), body]);
  // Resource.attributes(1) = KeyValue{key: "deep", value: any}; ResourceMetrics.resource(1); request(1).
  const resource = field(0x0a, Buffer.concat([field(0x0a, Buffer.from('deep')), field(0x12, any)]));
  return field(0x0a, field(0x0a, resource));
}

describe('input limits of the local server', () => {
  let forwarder: RunningForwarder;

  before(async () => {
    forwarder = await startForwarder({ MAX_BODY_BYTES: String(LIMIT) });
  });
  after(async () => {
    await forwarder.stop();
  });

  const healthy = async (): Promise<void> => {
    const res = await fetch(forwarder.metricsUrl, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 200, 'the server still serves');
  };

  it('answers 413 to a declared Content-Length over the limit without reading the body', async () => {
    const res = await rawPost(
      forwarder.metricsUrl,
      { 'content-type': 'application/x-protobuf', 'content-length': String(LIMIT * 100) },
      [Buffer.alloc(1024)],
    );
    assert.equal(res.status, 413);
    await healthy();
  });

  it('answers 413 to a chunked upload once it passes the limit', async () => {
    const chunks = Array.from({ length: 200 }, () => Buffer.alloc(8192, 1));
    const res = await rawPost(forwarder.metricsUrl, { 'content-type': 'application/json' }, chunks);
    assert.equal(res.status, 413);
    assert.match(res.body, /exceeds the limit of 1048576 bytes/);
    await healthy();
  });

  it('answers 413 to a gzip body that inflates past the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    assert.ok(bomb.length < LIMIT);
    const res = await rawPost(
      forwarder.metricsUrl,
      { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' },
      [bomb],
    );
    assert.equal(res.status, 413);
    await healthy();
  });

  it('answers 415 to stacked content encodings', async () => {
    const res = await rawPost(
      forwarder.metricsUrl,
      { 'content-type': 'application/json', 'content-encoding': 'gzip, br' },
      [gzipSync('{}')],
    );
    assert.equal(res.status, 415);
  });

  for (const [name, headers] of [
    ['protobuf', { 'content-type': 'application/x-protobuf' }],
    ['JSON', { 'content-type': 'application/json' }],
    ['gzip-declared protobuf', { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' }],
  ] as const) {
    it(`answers 200 to an empty ${name} request`, async () => {
      const res = await rawPost(forwarder.metricsUrl, { ...headers, 'content-length': '0' }, []);
      assert.equal(res.status, 200);
    });
  }

  it('answers 400 to deeply nested JSON', async () => {
    const depth = 20_000;
    const body = `{"resourceMetrics":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const res = await rawPost(forwarder.metricsUrl, { 'content-type': 'application/json' }, [
      Buffer.from(body),
    ]);
    assert.equal(res.status, 400);
    await healthy();
  });

  it('answers 400 to protobuf attribute values nested 40,000 deep', async () => {
    const body = deeplyNestedProtobuf(40_000);
    assert.ok(body.length < LIMIT);
    const res = await rawPost(forwarder.metricsUrl, { 'content-type': 'application/x-protobuf' }, [body]);
    assert.equal(res.status, 400);
    await healthy();
  });

  it('keeps serving after a client abandons an upload half way', async () => {
    await new Promise<void>((resolve) => {
      const req = httpRequest(forwarder.metricsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf', 'content-length': '5000' },
      });
      req.on('error', () => resolve());
      req.write(Buffer.alloc(1000));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    await healthy();
  });
});
