/**
 * OTLP/JSON scalar checks (lambda/otlp/json.ts, json-scalars.ts) through decodeExportRequest: every 64-bit
 * integer field, the 32-bit ones, enums, doubles, bools, strings and bytes, valid forms decoded exactly and
 * invalid ones refused with a 400 naming the field and the value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BadRequestError } from '../../lambda/errors.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import type { ExportMetricsServiceRequest } from '../../lambda/otlp/types.js';
import { opentelemetry } from '../../proto/generated/protos.js';

const { ExportMetricsServiceRequest: RequestType } = opentelemetry.proto.collector.metrics.v1;

const decode = (text: string): ExportMetricsServiceRequest => decodeExportRequest(Buffer.from(text), 'json');

/** The message of the BadRequestError decoding `text` throws (fails the test when it does not throw). */
function refusal(text: string): string {
  try {
    decode(text);
  } catch (err) {
    assert.ok(err instanceof BadRequestError, `not a BadRequestError: ${String(err)}`);
    return err.message;
  }
  assert.fail(`accepted ${text}`);
}

/** A request with one metric whose body (after the name) is `inner`, as JSON text. */
const metricJson = (inner: string): string =>
  `{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"m",${inner}}]}]}]}`;
const M = 'resourceMetrics[0].scopeMetrics[0].metrics[0]';

type Decoded = ExportMetricsServiceRequest;
const metric = (r: Decoded) => r.resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!;

/** Where a field sits: JSON text with the value spliced in, how to read it back, its path in messages. */
interface Location {
  readonly json: (value: string) => string;
  readonly read: (r: Decoded) => unknown;
  readonly path: string;
}

const gaugePoint = (field: string): Location => ({
  json: (v) => metricJson(`"gauge":{"dataPoints":[{"${field}":${v}}]}`),
  read: (r) => (metric(r).gauge!.dataPoints![0]! as Record<string, unknown>)[field],
  path: `${M}.gauge.dataPoints[0].${field}`,
});

const histogramPoint = (field: string, value = (v: string) => v): Location => ({
  json: (v) => metricJson(`"histogram":{"dataPoints":[{"${field}":${value(v)}}]}`),
  read: (r) => (metric(r).histogram!.dataPoints![0]! as Record<string, unknown>)[field],
  path: `${M}.histogram.dataPoints[0].${field}`,
});

const exponentialPoint = (field: string): Location => ({
  json: (v) => metricJson(`"exponentialHistogram":{"dataPoints":[{"${field}":${v}}]}`),
  read: (r) => (metric(r).exponentialHistogram!.dataPoints![0]! as Record<string, unknown>)[field],
  path: `${M}.exponentialHistogram.dataPoints[0].${field}`,
});

const SIGNED_64: Record<string, Location> = {
  'NumberDataPoint.asInt': gaugePoint('asInt'),
  'Exemplar.asInt': {
    json: (v) => metricJson(`"gauge":{"dataPoints":[{"exemplars":[{"asInt":${v}}]}]}`),
    read: (r) => metric(r).gauge!.dataPoints![0]!.exemplars![0]!.asInt,
    path: `${M}.gauge.dataPoints[0].exemplars[0].asInt`,
  },
  'AnyValue.intValue': {
    json: (v) => `{"resourceMetrics":[{"resource":{"attributes":[{"key":"k","value":{"intValue":${v}}}]}}]}`,
    read: (r) => r.resourceMetrics[0]!.resource!.attributes![0]!.value!.intValue,
    path: 'resourceMetrics[0].resource.attributes[0].value.intValue',
  },
};

const UNSIGNED_64: Record<string, Location> = {
  'NumberDataPoint.timeUnixNano': gaugePoint('timeUnixNano'),
  'NumberDataPoint.startTimeUnixNano': gaugePoint('startTimeUnixNano'),
  'Exemplar.timeUnixNano': {
    json: (v) => metricJson(`"sum":{"dataPoints":[{"exemplars":[{"timeUnixNano":${v}}]}]}`),
    read: (r) => metric(r).sum!.dataPoints![0]!.exemplars![0]!.timeUnixNano,
    path: `${M}.sum.dataPoints[0].exemplars[0].timeUnixNano`,
  },
  'HistogramDataPoint.count': histogramPoint('count'),
  'HistogramDataPoint.bucketCounts[1]': {
    json: (v) => metricJson(`"histogram":{"dataPoints":[{"bucketCounts":["1",${v},"3"]}]}`),
    read: (r) => metric(r).histogram!.dataPoints![0]!.bucketCounts![1],
    path: `${M}.histogram.dataPoints[0].bucketCounts[1]`,
  },
  'ExponentialHistogramDataPoint.count': exponentialPoint('count'),
  'ExponentialHistogramDataPoint.zeroCount': exponentialPoint('zeroCount'),
  'ExponentialHistogramDataPoint.positive.bucketCounts[0]': {
    json: (v) => metricJson(`"exponentialHistogram":{"dataPoints":[{"positive":{"bucketCounts":[${v}]}}]}`),
    read: (r) => metric(r).exponentialHistogram!.dataPoints![0]!.positive!.bucketCounts![0],
    path: `${M}.exponentialHistogram.dataPoints[0].positive.bucketCounts[0]`,
  },
  'ExponentialHistogramDataPoint.negative.bucketCounts[0]': {
    json: (v) => metricJson(`"exponentialHistogram":{"dataPoints":[{"negative":{"bucketCounts":[${v}]}}]}`),
    read: (r) => metric(r).exponentialHistogram!.dataPoints![0]!.negative!.bucketCounts![0],
    path: `${M}.exponentialHistogram.dataPoints[0].negative.bucketCounts[0]`,
  },
  'SummaryDataPoint.count': {
    json: (v) => metricJson(`"summary":{"dataPoints":[{"count":${v}}]}`),
    read: (r) => metric(r).summary!.dataPoints![0]!.count,
    path: `${M}.summary.dataPoints[0].count`,
  },
};

const ROUNDED = ' (a JSON number, read as the nearest double; quote 64-bit integers)';

/** [JSON text of the value, the decimal the field must hold]. */
const VALID_SIGNED_64: readonly [string, string][] = [
  ['"-9223372036854775808"', '-9223372036854775808'],
  ['"9223372036854775807"', '9223372036854775807'],
  ['"9007199254740993"', '9007199254740993'], // 2^53 + 1: exact as a string
  ['"-12"', '-12'],
  ['"+12"', '12'], // strconv.ParseInt (the Collector) takes a plus sign
  ['"007"', '7'],
  ['"-0"', '0'],
  ['-5', '-5'],
  ['1e3', '1000'], // a JSON number in exponent form that is an integer
  ['4611686018427387904', '4611686018427387904'], // 2^62 as a number: exact as a double
  ['-9223372036854775808', '-9223372036854775808'],
];
const INVALID_SIGNED_64: readonly [string, string][] = [
  ['"abc"', '"abc"'],
  ['"12abc"', '"12abc"'],
  ['"1.5"', '"1.5"'],
  ['"1e3"', '"1e3"'],
  ['""', '""'],
  ['"-"', '"-"'],
  ['" 1"', '" 1"'],
  ['"9223372036854775808"', '"9223372036854775808"'],
  ['"-9223372036854775809"', '"-9223372036854775809"'],
  ['"99999999999999999999999"', '"99999999999999999999999"'],
  ['1.5', '1.5'],
  // The double nearest 2^63-1 is 2^63: out of range.
  ['9223372036854775807', `9223372036854775808${ROUNDED}`],
  ['1e400', 'a number beyond the range of a double'],
  ['true', 'true'],
  ['{"x":1}', 'an object'],
  ['[1]', 'an array'],
];
const VALID_UNSIGNED_64: readonly [string, string][] = [
  ['"18446744073709551615"', '18446744073709551615'],
  ['"1700000000123999999"', '1700000000123999999'],
  ['"0"', '0'],
  ['"00042"', '42'],
  ['1700000000000000000', '1700000000000000000'],
  ['42', '42'],
];
const INVALID_UNSIGNED_64: readonly [string, string][] = [
  ['"-5"', '"-5"'],
  ['"-0"', '"-0"'],
  ['"+5"', '"+5"'],
  ['"abc"', '"abc"'],
  ['"12abc"', '"12abc"'],
  ['"18446744073709551616"', '"18446744073709551616"'],
  ['"1e3"', '"1e3"'],
  ['-5', '-5'],
  ['18446744073709551615', `18446744073709551616${ROUNDED}`], // rounds to 2^64: out of range
  ['1e400', 'a number beyond the range of a double'],
  ['0.5', '0.5'],
  ['false', 'false'],
  ['{"x":1}', 'an object'],
];

const expectRefused = (loc: Location, json: string, shown: string, expected: RegExp): void => {
  const message = refusal(loc.json(json));
  assert.ok(message.startsWith(`invalid OTLP JSON: ${loc.path} is ${shown}; expected `), message);
  assert.match(message, expected);
};

describe('OTLP/JSON 64-bit integers', () => {
  for (const [name, loc] of Object.entries(SIGNED_64)) {
    it(`${name} takes decimal strings and integer numbers in int64 range, exactly`, () => {
      for (const [json, want] of VALID_SIGNED_64) {
        assert.equal(String(loc.read(decode(loc.json(json)))), want, `${name} = ${json}`);
      }
    });
    it(`${name} refuses anything else with a 400 naming the field and the value`, () => {
      for (const [json, shown] of INVALID_SIGNED_64) {
        expectRefused(
          loc,
          json,
          shown,
          /a signed 64-bit integer: .* -9223372036854775808 to 9223372036854775807$/,
        );
      }
    });
  }
  for (const [name, loc] of Object.entries(UNSIGNED_64)) {
    it(`${name} takes decimal strings and integer numbers in uint64 range, exactly`, () => {
      for (const [json, want] of VALID_UNSIGNED_64) {
        assert.equal(String(loc.read(decode(loc.json(json)))), want, `${name} = ${json}`);
      }
    });
    it(`${name} refuses anything else with a 400 naming the field and the value`, () => {
      for (const [json, shown] of INVALID_UNSIGNED_64) {
        expectRefused(loc, json, shown, /an unsigned 64-bit integer: .* 0 to 18446744073709551615$/);
      }
    });
  }

  it('reads snake_case keys and names them as sent when refusing', () => {
    const ok = decode(metricJson('"gauge":{"data_points":[{"time_unix_nano":"5","as_int":"-12"}]}'));
    assert.equal(String(metric(ok).gauge!.dataPoints![0]!.timeUnixNano), '5');
    assert.equal(String(metric(ok).gauge!.dataPoints![0]!.asInt), '-12');
    assert.equal(
      refusal(metricJson('"gauge":{"data_points":[{"time_unix_nano":"-5"}]}')),
      `invalid OTLP JSON: ${M}.gauge.data_points[0].time_unix_nano is "-5"; expected an unsigned 64-bit ` +
        'integer: a decimal string or an integer from 0 to 18446744073709551615',
    );
  });

  it('reports "timeUnixNano":"abc" as a bad value, not as a missing time', () => {
    assert.match(
      refusal(metricJson('"gauge":{"dataPoints":[{"timeUnixNano":"abc"}]}')),
      /timeUnixNano is "abc"/,
    );
  });

  it('quotes only the start of a long value', () => {
    const message = refusal(gaugePoint('asInt').json(`"${'1'.repeat(100_000)}x"`));
    assert.ok(message.includes(`"${'1'.repeat(64)}"… (100001 characters)`), message);
    assert.ok(message.length < 400, `message of ${message.length} characters`);
  });

  it('takes null as unset and refuses null inside a repeated field', () => {
    const r = decode(metricJson('"gauge":{"dataPoints":[{"timeUnixNano":null,"asInt":null}]}'));
    assert.equal(String(metric(r).gauge!.dataPoints![0]!.timeUnixNano), '0');
    assert.match(
      refusal(metricJson('"histogram":{"dataPoints":[{"bucketCounts":["1",null]}]}')),
      /histogram\.dataPoints\[0\]\.bucketCounts\[1\] is null; expected an unsigned 64-bit integer/,
    );
  });
});

describe('OTLP/JSON 32-bit integers', () => {
  const UNSIGNED_32: Record<string, Location> = {
    'NumberDataPoint.flags': gaugePoint('flags'),
    'HistogramDataPoint.flags': histogramPoint('flags'),
    'Resource.droppedAttributesCount': {
      json: (v) => `{"resourceMetrics":[{"resource":{"droppedAttributesCount":${v}}}]}`,
      read: (r) => r.resourceMetrics[0]!.resource!.droppedAttributesCount,
      path: 'resourceMetrics[0].resource.droppedAttributesCount',
    },
    'InstrumentationScope.droppedAttributesCount': {
      json: (v) => `{"resourceMetrics":[{"scopeMetrics":[{"scope":{"droppedAttributesCount":${v}}}]}]}`,
      read: (r) => r.resourceMetrics[0]!.scopeMetrics![0]!.scope!.droppedAttributesCount,
      path: 'resourceMetrics[0].scopeMetrics[0].scope.droppedAttributesCount',
    },
  };
  const SIGNED_32: Record<string, Location> = {
    'ExponentialHistogramDataPoint.scale': exponentialPoint('scale'),
    'Buckets.offset': {
      json: (v) => metricJson(`"exponentialHistogram":{"dataPoints":[{"positive":{"offset":${v}}}]}`),
      read: (r) => metric(r).exponentialHistogram!.dataPoints![0]!.positive!.offset,
      path: `${M}.exponentialHistogram.dataPoints[0].positive.offset`,
    },
  };
  for (const [name, loc] of Object.entries(UNSIGNED_32)) {
    it(`${name} takes integers in uint32 range, as numbers or strings, and refuses others`, () => {
      for (const [json, want] of [
        ['1', 1],
        ['"1"', 1],
        ['4294967295', 4294967295],
        ['"4294967295"', 4294967295],
      ] as const) {
        assert.equal(loc.read(decode(loc.json(json))), want, `${name} = ${json}`);
      }
      for (const [json, shown] of [
        ['-1', '-1'],
        ['4294967296', '4294967296'],
        ['1.5', '1.5'],
        ['"abc"', '"abc"'],
        ['"-1"', '"-1"'],
        ['true', 'true'],
      ] as const) {
        expectRefused(loc, json, shown, /an unsigned 32-bit integer from 0 to 4294967295/);
      }
    });
  }
  for (const [name, loc] of Object.entries(SIGNED_32)) {
    it(`${name} takes integers in int32 range, as numbers or strings, and refuses others`, () => {
      for (const [json, want] of [
        ['-10', -10],
        ['"-10"', -10],
        ['2147483647', 2147483647],
        ['-2147483648', -2147483648],
      ] as const) {
        assert.equal(loc.read(decode(loc.json(json))), want, `${name} = ${json}`);
      }
      for (const [json, shown] of [
        ['2147483648', '2147483648'],
        ['"-2147483649"', '"-2147483649"'],
        ['0.5', '0.5'],
        ['"x"', '"x"'],
        ['false', 'false'],
      ] as const) {
        expectRefused(loc, json, shown, /a signed 32-bit integer from -2147483648 to 2147483647/);
      }
    });
  }
});

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
    for (const [json, shown] of [
      ['"zz"', '"zz"'],
      ['"abc"', '"abc"'],
      ['"\\u0010\\u0011"', '"\\u0010\\u0011"'], // control characters one bit away from digits
      ['5', '5'],
    ] as const) {
      assert.match(
        refusal(exemplar(`"spanId":${json}`)),
        new RegExp(`spanId is ${escape(shown)}; expected a hex string$`),
      );
    }

    const bytes = SIGNED_64['AnyValue.intValue']!.json('0').replace('"intValue":0', '"bytesValue":VALUE');
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

  it('takes the same depth as the protobuf decoder and refuses one level more', () => {
    for (const [levels, ok] of [
      [31, true],
      [32, false],
    ] as const) {
      const doc = nested(levels);
      const protobuf = RequestType.encode(RequestType.fromObject(doc)).finish();
      const fromProtobuf = (): unknown => decodeExportRequest(protobuf, 'protobuf');
      const fromJson = (): unknown => decode(JSON.stringify(doc));
      if (ok) {
        assert.doesNotThrow(fromProtobuf);
        assert.doesNotThrow(fromJson);
      } else {
        assert.throws(fromProtobuf, /nested deeper than 32 levels/);
        assert.throws(fromJson, /nests attribute values deeper than 32 levels$/);
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

/** A string as a literal RegExp. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
