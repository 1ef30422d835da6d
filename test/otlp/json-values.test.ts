/**
 * OTLP/JSON enums, doubles, bools, strings, bytes, oneofs and nesting (lambda/otlp/json.ts,
 * json-scalars.ts) through decodeExportRequest: valid forms decoded, invalid ones refused with a 400 naming
 * the field and the value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { MAX_ANY_VALUE_DEPTH } from '../../lambda/otlp/limits.js';
import { deepProtobuf } from '../hostile/requests.js';
import {
  decode,
  escape,
  expectRefused,
  exponentialPoint,
  gaugePoint,
  histogramPoint,
  M,
  metric,
  metricJson,
  refusal,
  type Location,
} from './json-cases.js';

describe('OTLP/JSON enums, doubles, bools, strings and bytes', () => {
  const temporality: Location = {
    json: (v) => metricJson(`"sum":{"aggregationTemporality":${v}}`),
    read: (r) => metric(r).sum!.aggregationTemporality,
    path: `${M}.sum.aggregationTemporality`,
  };

  it('aggregationTemporality takes a name or an integer (unknown integers kept, enums are open)', () => {
    for (const [json, want] of [
      ['"AGGREGATION_TEMPORALITY_DELTA"', 1],
      ['"AGGREGATION_TEMPORALITY_CUMULATIVE"', 2],
      ['2', 2],
      ['7', 7],
    ] as const) {
      assert.equal(temporality.read(decode(temporality.json(json))), want, json);
    }
  });

  it('aggregationTemporality refuses unknown names, numeric strings and non-integers', () => {
    for (const [json, shown] of [
      ['"BOGUS"', '"BOGUS"'],
      ['"2"', '"2"'],
      ['"delta"', '"delta"'],
      ['1.5', '1.5'],
      ['true', 'true'],
      ['2147483648', '2147483648'],
    ] as const) {
      expectRefused(
        temporality,
        json,
        shown,
        /an AggregationTemporality: an integer or one of AGGREGATION_TEMPORALITY_UNSPECIFIED, AGGREGATION_TEMPORALITY_DELTA, AGGREGATION_TEMPORALITY_CUMULATIVE$/,
      );
    }
  });

  const DOUBLES: Record<string, Location> = {
    'NumberDataPoint.asDouble': gaugePoint('asDouble'),
    'HistogramDataPoint.sum': histogramPoint('sum'),
    'HistogramDataPoint.explicitBounds[0]': {
      json: (v) => metricJson(`"histogram":{"dataPoints":[{"explicitBounds":[${v}]}]}`),
      read: (r) => metric(r).histogram!.dataPoints![0]!.explicitBounds![0],
      path: `${M}.histogram.dataPoints[0].explicitBounds[0]`,
    },
    'ExponentialHistogramDataPoint.zeroThreshold': exponentialPoint('zeroThreshold'),
    'ValueAtQuantile.value': {
      json: (v) => metricJson(`"summary":{"dataPoints":[{"quantileValues":[{"value":${v}}]}]}`),
      read: (r) => metric(r).summary!.dataPoints![0]!.quantileValues![0]!.value,
      path: `${M}.summary.dataPoints[0].quantileValues[0].value`,
    },
  };
  for (const [name, loc] of Object.entries(DOUBLES)) {
    it(`${name} takes numbers, decimal strings and "NaN"/"Infinity"/"-Infinity", and refuses other strings`, () => {
      for (const [json, want] of [
        ['1.5', 1.5],
        ['1e300', 1e300],
        ['"NaN"', NaN],
        ['"Infinity"', Infinity],
        ['"-Infinity"', -Infinity],
        ['"1.5"', 1.5],
        ['"-2e3"', -2000],
        ['"+.5"', 0.5],
        ['"7."', 7],
      ] as const) {
        assert.ok(Object.is(loc.read(decode(loc.json(json))), want), `${name} = ${json}`);
      }
      for (const [json, shown] of [
        ['"abc"', '"abc"'],
        ['""', '""'],
        ['"1.5.5"', '"1.5.5"'],
        ['"nan"', '"nan"'],
        ['"Inf"', '"Inf"'],
        ['"0x10"', '"0x10"'],
        ['" 1"', '" 1"'],
        ['"1e"', '"1e"'],
        ['"."', '"."'],
        ['"1e400"', '"1e400"'],
        ['1e400', 'a number beyond the range of a double'],
        ['true', 'true'],
        ['{}', 'an object'],
      ] as const) {
        expectRefused(loc, json, shown, /a double: a number, or a string holding a decimal number/);
      }
    });
  }

  it('isMonotonic takes only true or false ("false" as a string is not false)', () => {
    const loc: Location = {
      json: (v) => metricJson(`"sum":{"isMonotonic":${v}}`),
      read: (r) => metric(r).sum!.isMonotonic,
      path: `${M}.sum.isMonotonic`,
    };
    assert.equal(loc.read(decode(loc.json('true'))), true);
    assert.equal(loc.read(decode(loc.json('false'))), false);
    for (const [json, shown] of [
      ['"false"', '"false"'],
      ['0', '0'],
      ['1', '1'],
    ] as const) {
      expectRefused(loc, json, shown, /true or false$/);
    }
  });

  it('string fields take only strings', () => {
    assert.equal(
      refusal('{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":5}]}]}]}'),
      `invalid OTLP JSON: ${M}.name is 5; expected a string`,
    );
  });

  it('trace and span ids are hex; other bytes are base64', () => {
    const exemplar = (fields: string) => metricJson(`"gauge":{"dataPoints":[{"exemplars":[{${fields}}]}]}`);
    const r = decode(exemplar('"traceId":"5B8EFFF798038103D269B633813FC60C","spanId":"eee19b7ec3c1b174"'));
    const e = metric(r).gauge!.dataPoints![0]!.exemplars![0]!;
    assert.equal(Buffer.from(e.traceId!).toString('hex'), '5b8efff798038103d269b633813fc60c');
    assert.equal(Buffer.from(e.spanId!).toString('hex'), 'eee19b7ec3c1b174');
    const zeros = '0'.repeat(14);
    for (const [json, shown] of [
      [`"zz${zeros}"`, `"zz${zeros}"`],
      ['"abc"', '"abc"'], // not 8 bytes
      [`"${'ab'.repeat(9)}"`, `"${'ab'.repeat(9)}"`], // 9 bytes
      [`"\\u0010\\u0011${zeros}"`, `"\\u0010\\u0011${zeros}"`], // control characters one bit away from digits
      ['5', '5'],
    ] as const) {
      assert.match(
        refusal(exemplar(`"spanId":${json}`)),
        new RegExp(`spanId is ${escape(shown)}; expected 8 bytes as hex \\(16 hex digits\\), or ""$`),
      );
    }

    const bytes =
      '{"resourceMetrics":[{"resource":{"attributes":[{"key":"k","value":{"bytesValue":VALUE}}]}}]}';
    const read = (json: string) =>
      Buffer.from(
        decode(bytes.replace('VALUE', json)).resourceMetrics[0]!.resource!.attributes![0]!.value!.bytesValue!,
      );
    assert.equal(read('"aGk="').toString(), 'hi');
    assert.deepEqual([...read('"-_8"')], [0xfb, 0xff]); // URL-safe, unpadded
    for (const json of ['"a b"', '"@@@@"', '"a"', '"a===="', '5']) {
      assert.match(refusal(bytes.replace('VALUE', json)), /bytesValue is .*; expected a base64 string$/);
    }
  });

  it('refuses a oneof with two members set, and takes null beside a set member', () => {
    assert.match(
      refusal(metricJson('"gauge":{},"sum":{}')),
      /metrics\[0\]\.sum is set beside gauge; expected only one of gauge, sum, histogram, exponentialHistogram, summary$/,
    );
    assert.match(
      refusal(metricJson('"gauge":{"dataPoints":[{"asDouble":1,"asInt":"1"}]}')),
      /dataPoints\[0\]\.asInt is set beside asDouble/,
    );
    assert.ok(metric(decode(metricJson('"gauge":null,"sum":{"isMonotonic":true}'))).sum!.isMonotonic);
  });

  it('ignores unknown fields whatever their value', () => {
    const r = decode(
      metricJson('"futureField":"abc","gauge":{"dataPoints":[{"future":{"x":[1]},"asInt":"1"}]}'),
    );
    assert.equal(String(metric(r).gauge!.dataPoints![0]!.asInt), '1');
  });
});

describe('OTLP/JSON attribute nesting', () => {
  /** An attribute whose value is `levels` arrayValues deep around a string. */
  const nested = (levels: number): Record<string, unknown> => {
    let value: Record<string, unknown> = { stringValue: 'leaf' };
    for (let i = 0; i < levels; i++) value = { arrayValue: { values: [value] } };
    return { resourceMetrics: [{ resource: { attributes: [{ key: 'k', value }] } }] };
  };

  // Exactly the limit and one level more, for arrays and kvlists in both encodings:
  // test/hostile/attribute-nesting.test.ts.
  it('refuses one level past the limit, as the protobuf decoder does', () => {
    for (const [levels, ok] of [
      [MAX_ANY_VALUE_DEPTH - 1, true],
      [MAX_ANY_VALUE_DEPTH, false],
    ] as const) {
      const fromJson = (): unknown => decode(JSON.stringify(nested(levels)));
      const fromProtobuf = (): unknown => decodeExportRequest(deepProtobuf(levels + 1, 'array'), 'protobuf');
      if (ok) {
        assert.doesNotThrow(fromJson);
        assert.doesNotThrow(fromProtobuf);
      } else {
        assert.throws(fromJson, /nests attribute values \(AnyValue\) deeper than 100 levels$/);
        assert.throws(fromProtobuf, /nests attribute values \(AnyValue\) deeper than 100 levels$/);
      }
    }
  });

  it('refuses 100,000 levels without a stack overflow', () => {
    const depth = 100_000;
    const text = `{"resourceMetrics":[{"resource":{"attributes":[{"key":"k","value":${'{"arrayValue":{"values":['.repeat(depth)}${']}}'.repeat(depth)}}]}}]}`;
    assert.match(
      refusal(text),
      /^invalid OTLP JSON: resourceMetrics\[0\]\.resource\.attributes\[0\]\.value\..*…/,
    );
  });
});
