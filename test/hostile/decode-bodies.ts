/**
 * Small bodies that decode to many objects: a 2-byte protobuf field or a 3-byte JSON `{},` becomes a whole
 * message on the heap. Each builder fills about `bytes` of body (protobuf built by hand: the messages are
 * all the same, so a repeated byte pattern inside a few nested length prefixes).
 */

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};

/** A length-delimited field: tag byte, length, content. */
const len = (field: number, content: Uint8Array): Uint8Array =>
  Buffer.concat([Buffer.from([(field << 3) | 2, ...varint(content.length)]), content]);

const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (p instanceof Uint8Array ? p : Buffer.from(p))));

const fixed64 = (n: number): Uint8Array => {
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(BigInt(n));
  return out;
};

/** `pattern` repeated `n` times. */
const repeat = (pattern: number[], n: number): Uint8Array => {
  const out = Buffer.alloc(pattern.length * n);
  out.set(pattern);
  for (let filled = pattern.length; filled < out.length; filled *= 2) out.copyWithin(filled, 0, filled);
  return out;
};

const TIME = [0x19, 0, 0, 0x6a, 0x0c, 0x4b, 0x4b, 0x7d, 0x18]; // NumberDataPoint.time_unix_nano, 2025
const AS_DOUBLE = [0x21, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f]; // as_double 1.0

/** Request > resource metrics > scope metrics > one metric named "m" with `data` in field `dataField`. */
const request = (dataField: number, data: Uint8Array): Uint8Array =>
  len(1, len(2, len(2, bytes([0x0a, 1, 0x6d], len(dataField, data)))));

/** A cumulative sum of one point holding `n` empty exemplars (2 bytes each). */
export const protobufExemplars = (n: number): Uint8Array =>
  request(7, bytes(len(1, bytes(TIME, AS_DOUBLE, repeat([0x2a, 0], n))), [0x10, 2]));

/** A gauge of one point holding `n` empty attributes (KeyValue, 2 bytes each). */
export const protobufAttributes = (n: number): Uint8Array =>
  request(5, len(1, bytes(TIME, AS_DOUBLE, repeat([0x3a, 0], n))));

/** A gauge of `n` empty points (2 bytes each; translation refuses them, the decoder still makes them). */
export const protobufEmptyPoints = (n: number): Uint8Array => request(5, repeat([0x0a, 0], n));

/** An exponential histogram point whose positive buckets are `n` one-byte varints (packed). */
export const protobufPackedBuckets = (n: number): Uint8Array =>
  request(10, bytes(len(1, bytes(TIME, [0x21], fixed64(n), len(8, len(2, repeat([1], n))))), [0x10, 2]));

const jsonRequest = (metric: string): Uint8Array =>
  Buffer.from(`{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"m",${metric}}]}]}]}`);

const list = (item: string, n: number): string => `[${Array<string>(n).fill(item).join(',')}]`;

/** A JSON gauge of `n` empty points (3 bytes each). */
export const jsonEmptyPoints = (n: number): Uint8Array =>
  jsonRequest(`"gauge":{"dataPoints":${list('{}', n)}}`);

/** A JSON gauge of one point with `n` empty attributes. */
export const jsonAttributes = (n: number): Uint8Array =>
  jsonRequest(
    `"gauge":{"dataPoints":[{"timeUnixNano":"1764000000000000000","asDouble":1,"attributes":${list('{}', n)}}]}`,
  );

/** A JSON histogram point with `n` bucket counts of one digit (2 bytes each). */
export const jsonBuckets = (n: number): Uint8Array =>
  jsonRequest(
    `"histogram":{"aggregationTemporality":2,"dataPoints":[{"timeUnixNano":"1764000000000000000","count":"${n}","bucketCounts":${list('1', n)}}]}`,
  );

/** A JSON cumulative sum of one point with `n` empty exemplars. */
export const jsonExemplars = (n: number): Uint8Array =>
  jsonRequest(
    `"sum":{"aggregationTemporality":2,"dataPoints":[{"timeUnixNano":"1764000000000000000","asDouble":1,"exemplars":${list('{}', n)}}]}`,
  );
