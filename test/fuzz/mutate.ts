/**
 * Fuzz cases: valid requests in protobuf or JSON (some with unknown fields or snake_case keys), gzipped
 * or not, then mutated the ways real bugs and hostile clients do: flipped and inserted bytes, truncation,
 * wrong wire types, huge lengths, deep nesting, invalid UTF-8, scalars of the wrong shape (variants.ts),
 * corrupt gzip, wrong or missing headers.
 */
import { gzipSync } from 'node:zlib';
import { opentelemetry } from '../../proto/generated/protos.js';
import { validRequest, type OtlpJson } from './corpus.js';
import type { Rng } from './rng.js';
import { badScalar, unknownProtobufFields, withSnakeCaseKeys, withUnknownJsonFields } from './variants.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

export interface FuzzCase {
  /** What was done, for the failure message. */
  readonly kind: string;
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

const PROTOBUF = 'application/x-protobuf';
const JSON_TYPE = 'application/json';

/** Proto3 JSON writes non-finite doubles as strings. */
const toJsonText = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

const toProtobuf = (value: OtlpJson): Buffer =>
  Buffer.from(ExportMetricsServiceRequest.encode(ExportMetricsServiceRequest.fromObject(value)).finish());

/** Length prefix bytes of a varint. */
function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/** Deterministic bodies that are slow to build, made once. */
const cache = new Map<string, Buffer>();
function cached(key: string, make: () => Buffer): Buffer {
  let b = cache.get(key);
  if (b === undefined) {
    b = make();
    cache.set(key, b);
  }
  return b;
}

/** Nested arrays/kvlists `depth` deep in an attribute value, as protobuf (built in linear time). */
function deepProtobuf(depth: number, kvlist: boolean): Buffer {
  const leaf = Buffer.from([0x08, 0x01]); // AnyValue.bool_value = true
  const prefixes: Buffer[] = [];
  let inner = leaf.length;
  for (let i = 0; i < depth; i++) {
    // array: AnyValue{array_value(5): ArrayValue{values(1): AnyValue}}
    // kvlist: AnyValue{kvlist_value(6): KeyValueList{values(1): KeyValue{key(1) "k", value(2): AnyValue}}}
    const innerMsg = kvlist ? [0x0a, 1, 0x6b, 0x12, ...varint(inner)] : [0x0a, ...varint(inner)];
    const innerSize = innerMsg.length + inner;
    const wrapper = kvlist ? [0x0a, ...varint(innerSize)] : [];
    const wrapperSize = wrapper.length + innerSize;
    const prefix = Buffer.from([kvlist ? 0x32 : 0x2a, ...varint(wrapperSize), ...wrapper, ...innerMsg]);
    prefixes.push(prefix);
    inner += prefix.length;
  }
  const any = Buffer.concat([...prefixes.reverse(), leaf]);
  const field = (tag: number, body: Buffer): Buffer =>
    Buffer.concat([Buffer.from([tag, ...varint(body.length)]), body]);
  // A gauge point carrying the attribute, so translation sees it too.
  const attr = field(0x3a, Buffer.concat([field(0x0a, Buffer.from('deep')), field(0x12, any)])); // NumberDataPoint.attributes(7)
  const point = Buffer.concat([attr, Buffer.from([0x19, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f])]); // time_unix_nano(3) fixed64
  const gauge = field(0x0a, point); // Gauge.data_points(1)
  const metric = Buffer.concat([field(0x0a, Buffer.from('deep_metric')), field(0x2a, gauge)]); // Metric.gauge(5)
  const scope = field(0x12, metric); // ScopeMetrics.metrics(2)
  return field(0x0a, field(0x12, scope)); // request.resource_metrics(1) { scope_metrics(2) }
}

function flipBytes(r: Rng, b: Buffer): Buffer {
  const out = Buffer.from(b);
  for (let i = 0, n = 1 + r.int(4); i < n && out.length > 0; i++) out[r.int(out.length)] = r.int(256);
  return out;
}

function insertBytes(r: Rng, b: Buffer, insert: Buffer): Buffer {
  const at = r.int(b.length + 1);
  return Buffer.concat([b.subarray(0, at), insert, b.subarray(at)]);
}

/** Rewrites the wire type of a random byte that looks like a tag. */
function wrongWireType(r: Rng, b: Buffer): Buffer {
  const out = Buffer.from(b);
  if (out.length === 0) return out;
  const at = r.int(out.length);
  out[at] = (out[at]! & 0xf8) | r.pick([1, 3, 4, 5, 6, 7]);
  return out;
}

/** A length-delimited field claiming far more bytes than follow. */
function hugeLength(r: Rng, b: Buffer): Buffer {
  const claim = r.pick([0x7fffffff, 0xffffffff, 2 ** 40, b.length + 1]);
  return insertBytes(r, b, Buffer.from([r.pick([0x0a, 0x12, 0x1a]), ...varint(claim)]));
}

function invalidUtf8Json(r: Rng, text: string): Buffer {
  const at = text.indexOf('"name":"');
  const bad = r.pick([
    Buffer.from([0xff]),
    Buffer.from([0xc3]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xf8, 0x88]),
  ]);
  if (at < 0) return Buffer.concat([Buffer.from(text), bad]);
  const cut = at + 8;
  return Buffer.concat([Buffer.from(text.slice(0, cut)), bad, Buffer.from(text.slice(cut))]);
}

function jsonMutation(r: Rng, text: string): { kind: string; body: Buffer } {
  switch (r.int(10)) {
    case 0:
      return { kind: 'json-truncated', body: Buffer.from(text.slice(0, r.int(text.length))) };
    case 1:
      return { kind: 'json-invalid-utf8', body: invalidUtf8Json(r, text) };
    case 2: {
      const depth = r.chance(0.05) ? 100_000 : r.pick([100, 5000]);
      return {
        kind: `json-deep-${depth}`,
        body: cached(`json-${depth}`, () =>
          Buffer.from(
            `{"resourceMetrics":[{"resource":{"attributes":[{"key":"k","value":${'{"arrayValue":{"values":['.repeat(depth)}${']}}'.repeat(depth)}}]}}]}`,
          ),
        ),
      };
    }
    case 3:
      return {
        kind: 'json-wrong-types',
        body: Buffer.from(
          text.replace(/"(asInt|timeUnixNano|count)":"[^"]*"/g, (m) =>
            r.chance(0.5) ? m.replace(/:"[^"]*"/, ':{"x":1}') : m.replace(/:"[^"]*"/, ':"12abc"'),
          ),
        ),
      };
    case 4:
      return { kind: 'json-lone-surrogate', body: Buffer.from(text.replace('"name":"', '"name":"\\ud800')) };
    case 5:
      return {
        kind: 'json-huge-number',
        body: Buffer.from(
          text
            .replace(/"asInt":"[^"]*"/, '"asInt":"99999999999999999999999"')
            .replace(/"timeUnixNano":"[^"]*"/, '"timeUnixNano":1e400'),
        ),
      };
    case 6:
      return { kind: 'json-flipped', body: flipBytes(r, Buffer.from(text)) };
    case 7:
    case 8:
      return { kind: 'json-bad-scalar', body: Buffer.from(badScalar(r, text)) };
    default:
      return {
        kind: 'json-not-object',
        body: Buffer.from(
          r.pick(['[]', 'null', '"x"', '42', '{"resourceMetrics":{}}', '{"resourceMetrics":[null]}']),
        ),
      };
  }
}

function protobufMutation(r: Rng, bytes: Buffer): { kind: string; body: Buffer } {
  switch (r.int(8)) {
    case 0:
      return { kind: 'pb-truncated', body: bytes.subarray(0, r.int(bytes.length)) };
    case 1:
      return { kind: 'pb-flipped', body: flipBytes(r, bytes) };
    case 2:
      return { kind: 'pb-wrong-wire-type', body: wrongWireType(r, bytes) };
    case 3:
      return { kind: 'pb-huge-length', body: hugeLength(r, bytes) };
    case 4: {
      // Deep enough to overflow the stack is costly to answer; a few such cases suffice.
      const depth = r.chance(0.05) ? 60_000 : r.pick([50, 2000]);
      const kvlist = r.chance(0.5);
      return {
        kind: `pb-deep-${depth}`,
        body: cached(`pb-${depth}-${kvlist}`, () => deepProtobuf(depth, kvlist)),
      };
    }
    case 5:
      return { kind: 'pb-invalid-utf8', body: insertBytes(r, bytes, Buffer.from([0x0a, 2, 0xff, 0xfe])) };
    case 6:
      return { kind: 'pb-inserted', body: insertBytes(r, bytes, r.bytes(1 + r.int(16))) };
    default:
      return { kind: 'pb-garbage', body: r.bytes(r.int(512)) };
  }
}

/** Zeros that inflate to `mib` MiB. */
const bomb = (mib: number): Buffer => cached(`bomb-${mib}`, () => gzipSync(Buffer.alloc(mib * 1024 * 1024)));

/** One fuzz case: valid or mutated body, encoded and labelled with headers (sometimes wrong ones). */
export function fuzzCase(r: Rng): FuzzCase {
  const request = validRequest(r);
  const protobuf = r.chance(0.5);
  let kind: string;
  let body: Buffer;
  if (r.chance(0.25)) {
    // Valid requests, some in forms a receiver must also take: unknown fields, snake_case JSON keys.
    const variant = r.int(10);
    if (protobuf) {
      const bytes = toProtobuf(request);
      const extra = variant < 3 ? unknownProtobufFields(r) : undefined;
      kind = extra === undefined ? 'pb-valid' : 'pb-valid-unknown';
      body = extra === undefined ? bytes : Buffer.concat(r.chance(0.5) ? [extra, bytes] : [bytes, extra]);
    } else {
      const text = toJsonText(request);
      kind = variant < 2 ? 'json-valid-unknown' : variant < 4 ? 'json-valid-snake' : 'json-valid';
      body = Buffer.from(
        variant < 2 ? withUnknownJsonFields(r, text) : variant < 4 ? withSnakeCaseKeys(text) : text,
      );
    }
  } else {
    ({ kind, body } = protobuf
      ? protobufMutation(r, toProtobuf(request))
      : jsonMutation(r, toJsonText(request)));
  }
  const headers: Record<string, string> = { 'content-type': protobuf ? PROTOBUF : JSON_TYPE };
  const roll = r.int(100); // percent: 20 gzip, 5 corrupt gzip, 5 truncated gzip, 5 encodings, 5 types, 1 bomb
  if (roll < 20) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
    kind += '+gzip';
  } else if (roll < 25) {
    body = flipBytes(r, gzipSync(body));
    headers['content-encoding'] = 'gzip';
    kind += '+gzip-corrupt';
  } else if (roll < 30) {
    const gz = gzipSync(body);
    body = gz.subarray(0, r.int(gz.length));
    headers['content-encoding'] = 'gzip';
    kind += '+gzip-truncated';
  } else if (roll < 35) {
    headers['content-encoding'] = r.pick(['br', 'deflate', 'gzip, gzip', 'x-gzip', 'identity', '']);
    kind += `+encoding(${headers['content-encoding']})`;
  } else if (roll < 40) {
    headers['content-type'] = r.pick([
      'text/plain',
      '',
      'application/protobuf',
      'application/json; charset=utf-8',
      'APPLICATION/X-PROTOBUF',
      'application/x-protobuf;foo',
    ]);
    kind += `+type(${headers['content-type']})`;
  } else if (roll === 40) {
    body = bomb(r.pick([2, 8]));
    headers['content-encoding'] = 'gzip';
    kind = 'gzip-bomb';
  }
  return { kind, body, headers };
}
