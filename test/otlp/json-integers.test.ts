/**
 * OTLP/JSON integers (lambda/otlp/json.ts, json-scalars.ts) through decodeExportRequest: every 64-bit
 * integer field and the 32-bit ones, valid forms decoded exactly, invalid ones refused with a 400 naming the
 * field and the value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decode,
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
