/**
 * Our protobuf decoder against protobufjs's generated one (the oracle): the same bytes must decode to the
 * same message, and malformed bytes must fail with a WireError, never another exception or a hang.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { opentelemetry } from '../../proto/generated/protos.js';
import { decodeMetricsRequest } from '../../lambda/otlp/wire/decode-metrics.js';
import { WireError } from '../../lambda/otlp/wire/reader.js';
import { makeRequest, prng } from '../../bench/workload.js';
import { canonical } from '../support/canonical.js';
import { MAX_ANY_VALUE_DEPTH } from '../../lambda/otlp/limits.js';
import { deepProtobuf } from '../hostile/requests.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

const encode = (object: Record<string, unknown>): Uint8Array =>
  ExportMetricsServiceRequest.encode(ExportMetricsServiceRequest.fromObject(object)).finish();

const assertSameAsOracle = (bytes: Uint8Array): void => {
  assert.deepEqual(
    canonical(decodeMetricsRequest(bytes)),
    canonical(ExportMetricsServiceRequest.decode(bytes)),
  );
};

/** Random values of every field type and edge: empty, zero, negative, huge, NaN, unicode. */
function randomRequest(random: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const str = (): string =>
    pick(['', 'a', 'service.name', 'ünïcødé ✓', 'x'.repeat(60), '\u0000', '😀 emoji']);
  const u64 = (): string =>
    pick(['0', '1', '1700000000123456789', '18446744073709551615', '9007199254740993']);
  const i64 = (): string => pick(['0', '-1', '42', '-9223372036854775808', '9223372036854775807']);
  const dbl = (): number | string => pick([0, -0, 1.5, -2.25e-300, 1e308, 'NaN', 'Infinity', '-Infinity']);
  const anyValue = (depth: number): Record<string, unknown> => {
    const kind = Math.floor(random() * (depth > 2 ? 5 : 7));
    switch (kind) {
      case 0:
        return { stringValue: str() };
      case 1:
        return { boolValue: random() < 0.5 };
      case 2:
        return { intValue: i64() };
      case 3:
        return { doubleValue: dbl() };
      case 4:
        return { bytesValue: Buffer.from([1, 2, 255]).toString('base64') };
      case 5:
        return { arrayValue: { values: [anyValue(depth + 1), anyValue(depth + 1)] } };
      default:
        return { kvlistValue: { values: [{ key: str(), value: anyValue(depth + 1) }] } };
    }
  };
  const attrs = (): Record<string, unknown>[] =>
    Array.from({ length: Math.floor(random() * 4) }, () => ({ key: str(), value: anyValue(0) }));
  const exemplars = (): Record<string, unknown>[] =>
    Array.from({ length: Math.floor(random() * 2) }, () => ({
      filteredAttributes: attrs(),
      timeUnixNano: u64(),
      ...(random() < 0.5 ? { asDouble: dbl() } : { asInt: i64() }),
      spanId: Buffer.from('eee19b7ec3c1b174', 'hex').toString('base64'),
      traceId: Buffer.from('5b8efff798038103d269b633813fc60c', 'hex').toString('base64'),
    }));
  const base = () => ({
    attributes: attrs(),
    startTimeUnixNano: u64(),
    timeUnixNano: u64(),
    flags: pick([0, 1, 3]),
  });
  const metric = (): Record<string, unknown> => {
    const common = { name: str(), description: str(), unit: pick(['', 's', 'By', '{req}']) };
    switch (Math.floor(random() * 5)) {
      case 0:
        return { ...common, gauge: { dataPoints: [{ ...base(), asDouble: dbl(), exemplars: exemplars() }] } };
      case 1:
        return {
          ...common,
          sum: {
            aggregationTemporality: pick([0, 1, 2]),
            isMonotonic: random() < 0.5,
            dataPoints: [{ ...base(), asInt: i64(), exemplars: exemplars() }],
          },
        };
      case 2:
        return {
          ...common,
          histogram: {
            aggregationTemporality: 2,
            dataPoints: [
              {
                ...base(),
                count: u64(),
                sum: dbl(),
                bucketCounts: [u64(), '0', u64()],
                explicitBounds: [0.5, dbl()],
                exemplars: exemplars(),
                min: dbl(),
                max: dbl(),
              },
            ],
          },
        };
      case 3:
        return {
          ...common,
          exponentialHistogram: {
            aggregationTemporality: 2,
            dataPoints: [
              {
                ...base(),
                count: u64(),
                sum: dbl(),
                scale: pick([-10, -4, 0, 3, 20]),
                zeroCount: u64(),
                zeroThreshold: dbl(),
                positive: { offset: pick([-5, 0, 7]), bucketCounts: ['1', '0', u64()] },
                negative: { offset: -1, bucketCounts: ['2'] },
                exemplars: exemplars(),
              },
            ],
          },
        };
      default:
        return {
          ...common,
          summary: {
            dataPoints: [
              { ...base(), count: u64(), sum: dbl(), quantileValues: [{ quantile: 0.5, value: dbl() }] },
            ],
          },
        };
    }
  };
  return {
    resourceMetrics: [
      {
        resource: { attributes: attrs(), droppedAttributesCount: pick([0, 3]) },
        schemaUrl: str(),
        scopeMetrics: [
          {
            scope: { name: str(), version: str(), attributes: attrs(), droppedAttributesCount: pick([0, 1]) },
            schemaUrl: str(),
            metrics: Array.from({ length: 1 + Math.floor(random() * 4) }, metric),
          },
        ],
      },
    ],
  };
}

describe('wire decoder', () => {
  it('decodes 2,000 random requests of every field type exactly as protobufjs does (seed 7)', () => {
    const random = prng(7);
    for (let i = 0; i < 2000; i++) assertSameAsOracle(encode(randomRequest(random)));
  });

  it('decodes the benchmark workload exactly as protobufjs does', () => {
    assertSameAsOracle(encode(makeRequest(2000, 11)));
  });

  it('reads unpacked repeated scalars and skips unknown fields and groups', () => {
    // HistogramDataPoint with bucket_counts as two unpacked fixed64 fields, inside a Histogram metric.
    const point = Buffer.from([
      0x31,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0, // bucket_counts (6, fixed64) = 1
      0x31,
      2,
      0,
      0,
      0,
      0,
      0,
      0,
      0, // bucket_counts (6, fixed64) = 2
      0xf8,
      0x07,
      0x05, // unknown field 127 varint
      0xfb,
      0x07,
      0x08,
      0x01,
      0xfc,
      0x07, // unknown group 127 containing field 1 varint
    ]);
    const histogram = Buffer.concat([Buffer.from([0x0a, point.length]), point]);
    const metric = Buffer.concat([Buffer.from([0x4a, histogram.length]), histogram]);
    const scope = Buffer.concat([Buffer.from([0x12, metric.length]), metric]);
    const resource = Buffer.concat([Buffer.from([0x12, scope.length]), scope]);
    const request = Buffer.concat([Buffer.from([0x0a, resource.length]), resource]);
    assertSameAsOracle(request);
    const decoded = decodeMetricsRequest(request);
    assert.deepEqual(
      decoded.resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!.histogram!.dataPoints![0]!.bucketCounts,
      [1, 2],
    );
  });

  it('keeps timestamps exact to the nanosecond as 64-bit halves', () => {
    const bytes = encode({
      resourceMetrics: [
        {
          scopeMetrics: [
            {
              metrics: [
                { name: 'g', gauge: { dataPoints: [{ timeUnixNano: '1700000000999999999', asDouble: 0 }] } },
              ],
            },
          ],
        },
      ],
    });
    const point =
      decodeMetricsRequest(bytes).resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!.gauge!.dataPoints![0]!;
    assert.equal(String(point.timeUnixNano), '1700000000999999999');
    assert.equal(point.asDouble, 0, 'an explicit 0 in a oneof is kept');
  });

  it('fails 20,000 truncated and mutated messages only with WireError (seed 13)', () => {
    const random = prng(13);
    let failures = 0;
    for (let i = 0; i < 20_000; i++) {
      const bytes = Buffer.from(encode(randomRequest(random)));
      const mode = i % 3;
      const mutated =
        mode === 0
          ? bytes.subarray(0, Math.floor(random() * bytes.length))
          : mode === 1
            ? (() => {
                for (let k = 0; k < 1 + Math.floor(random() * 4); k++)
                  bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
                return bytes;
              })()
            : Buffer.concat([bytes, Buffer.from([Math.floor(random() * 256), 0xff, 0xff, 0xff, 0xff, 0x0f])]);
      try {
        decodeMetricsRequest(mutated);
      } catch (err) {
        failures++;
        assert.ok(err instanceof WireError, `seed 13 case ${i}: ${String(err)}`);
      }
    }
    assert.ok(failures > 1000, `only ${failures} of 20,000 mutations failed: the generator is not mutating`);
  });

  it('skips unknown length-delimited fields at every level, as protobufjs does', () => {
    const varint = (n: number): number[] => {
      const out: number[] = [];
      for (; n > 0x7f; n = Math.floor(n / 128)) out.push((n & 0x7f) | 0x80);
      return [...out, n];
    };
    const field = (number: number, body: Uint8Array): Buffer =>
      Buffer.concat([Buffer.from([...varint((number << 3) | 2), ...varint(body.length)]), body]);
    // Future fields: Resource 3 (a short one), Metric 99, and NumberDataPoint 50 with a 2-byte length.
    const time = Buffer.from([0x19, 0, 0x10, 0xa5, 0xd4, 0xe8, 0, 0, 0]); // time_unix_nano (3) = 10^12
    const value = Buffer.from([0x21, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f]); // as_double (4) = 1.5
    const point = Buffer.concat([time, field(50, Buffer.alloc(200, 1)), value]);
    const metric = Buffer.concat([
      field(1, Buffer.from('m')),
      field(99, Buffer.from('abc')),
      field(5, field(1, point)), // gauge { data_points }
      field(3, Buffer.from('s')), // unit, after the unknown field
    ]);
    const resource = Buffer.concat([field(3, Buffer.from('xyz')), field(1, field(1, Buffer.from('k')))]);
    const request = field(1, Buffer.concat([field(1, resource), field(2, field(2, metric))]));

    assertSameAsOracle(request);
    const m = decodeMetricsRequest(request).resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!;
    assert.equal(m.name, 'm');
    assert.equal(m.unit, 's');
    assert.equal(m.gauge!.dataPoints![0]!.asDouble, 1.5);
    assert.equal(String(m.gauge!.dataPoints![0]!.timeUnixNano), '1000000000000');
  });

  it('refuses a length of 2^31 or more rather than keep its low bits, as protobufjs does', () => {
    const tail = Buffer.alloc(16, 0x08);
    for (const length of [
      [0x80, 0x80, 0x80, 0x80, 0x80, 0x20], // 2^40: its low 32 bits are 0
      [0x80, 0x80, 0x80, 0x80, 0x08], // 2^31
      [0x81, 0x80, 0x80, 0x80, 0x10], // 2^32 + 1: its low 32 bits are 1
    ]) {
      const bytes = Buffer.concat([Buffer.from([0x0a, ...length]), tail]);
      assert.throws(() => ExportMetricsServiceRequest.decode(bytes));
      assert.throws(
        () => decodeMetricsRequest(bytes),
        (err: unknown) => err instanceof WireError && /is 2\^31 or more/.test(err.message),
      );
    }
  });

  it('refuses a tag of 2^32 or more rather than keep its low bits, as protobufjs does', () => {
    // 0x0a (field 1, length-delimited) + 2^32: its low 32 bits would read as resource_metrics.
    for (const tag of [
      [0x8a, 0x80, 0x80, 0x80, 0x10],
      [0x8a, 0x80, 0x80, 0x80, 0x80, 0x01],
    ]) {
      const bytes = Buffer.from([...tag, 0x00]);
      assert.throws(() => ExportMetricsServiceRequest.decode(bytes), /invalid tag encoding/);
      assert.throws(
        () => decodeMetricsRequest(bytes),
        (err: unknown) => err instanceof WireError && /tag at offset 0 is 2\^32 or more/.test(err.message),
      );
    }
  });

  it('refuses a group closed by the end tag of another field, as protobufjs does', () => {
    // Unknown group 127 (start 0xfb 0x07) holding a varint, closed by field 126's end tag (0xf4 0x07).
    const bytes = Buffer.from([0xfb, 0x07, 0x08, 0x01, 0xf4, 0x07]);
    assert.throws(() => ExportMetricsServiceRequest.decode(bytes), /end group/);
    assert.throws(
      () => decodeMetricsRequest(bytes),
      (err: unknown) =>
        err instanceof WireError && /group 127 closed by end tag of field 126/.test(err.message),
    );
  });

  it('refuses field number 0 (a zero-filled or corrupt body), as protobufjs does', () => {
    const name = Buffer.from('m');
    // Metric{name: "m", then a tag with field number 0} inside ScopeMetrics, ResourceMetrics, the request.
    const metric = Buffer.from([0x0a, name.length, ...name, 0x00, 0x05]);
    const scope = Buffer.concat([Buffer.from([0x12, metric.length]), metric]);
    const resource = Buffer.concat([Buffer.from([0x12, scope.length]), scope]);
    const nested = Buffer.concat([Buffer.from([0x0a, resource.length]), resource]);
    // An unknown group whose content starts with field number 0.
    const inGroup = Buffer.from([0xfb, 0x07, 0x00, 0x01, 0xfc, 0x07]);
    for (const bytes of [Buffer.alloc(64), Buffer.from([0x00, 0x00]), nested, inGroup]) {
      assert.throws(() => ExportMetricsServiceRequest.decode(bytes), /field number 0/);
      assert.throws(
        () => decodeMetricsRequest(bytes),
        (err: unknown) => err instanceof WireError && /illegal field number 0/.test(err.message),
      );
    }
  });

  it('refuses attribute values nested past the depth limit, naming the field', () => {
    assert.throws(
      () => decodeMetricsRequest(deepProtobuf(MAX_ANY_VALUE_DEPTH + 1, 'kvlist')),
      (err: unknown) =>
        err instanceof WireError &&
        /^resource_metrics\[0\]\.scope_metrics\[0\]\.metrics\[0\]\.gauge\.data_points\[0\]\.attributes\[0\]\.value\..* nests attribute values \(AnyValue\) deeper than 100 levels$/.test(
          err.message,
        ),
    );
  });
});
