/**
 * Valid OTLP export requests built at random: every metric type, attribute value kind and awkward value
 * (NaN, ±Inf, huge ints, zero timestamps, delta sums, empty and non-ASCII names). The fuzzer mutates them.
 */
import type { Rng } from './rng.js';

const T0_NS = 1_700_000_000_000_000_000n;

/** A request in the OTLP JSON mapping, which protobufjs's fromObject also reads for the protobuf form. */
export type OtlpJson = { resourceMetrics: unknown[] };

const NAMES = [
  'http.server.duration',
  'queue_depth',
  'temp',
  'Ünïcödé.metric',
  'a-b/c',
  '',
  '__name__',
  '9lives',
];
const UNITS = ['', 'ms', 's', 'By', '1', '{request}', '%', 'KiBy/s'];

function anyValue(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 2 ? 4 : 6)) {
    case 0:
      return { stringValue: r.pick(['GET', '', 'x'.repeat(r.int(300)), 'ü/ß', 'tab\there']) };
    case 1:
      return { intValue: String(r.pick([0, -1, 42, 2 ** 53 + 1, -(2 ** 62)])) };
    case 2:
      return { doubleValue: r.pick([0.5, -0, 1e300, 3.14]) };
    case 3:
      return { boolValue: r.chance(0.5) };
    case 4:
      return { arrayValue: { values: Array.from({ length: r.int(3) }, () => anyValue(r, depth + 1)) } };
    default:
      return { kvlistValue: { values: attributes(r, depth + 1) } };
  }
}

function attributes(r: Rng, depth = 0): unknown[] {
  return Array.from({ length: r.int(4) }, () => ({
    key: r.pick(['http.method', 'host', 'le', 'job', 'a.b', '', 'service.name', 'x-y']),
    value: anyValue(r, depth),
  }));
}

const time = (r: Rng): string => (r.chance(0.05) ? '0' : String(T0_NS + BigInt(r.int(1e6)) * 1_000_000n));

function numberPoint(r: Rng): unknown {
  return {
    attributes: attributes(r),
    timeUnixNano: time(r),
    startTimeUnixNano: String(T0_NS),
    ...(r.chance(0.5)
      ? { asDouble: r.pick([1.5, 0, -2, NaN, Infinity, -Infinity, 1e-300]) }
      : { asInt: String(r.pick([0, 7, -3, 2 ** 60])) }),
    ...(r.chance(0.1) ? { flags: 1 } : {}),
  };
}

function metric(r: Rng): unknown {
  const base = { name: r.pick(NAMES), unit: r.pick(UNITS), description: 'd' };
  const points = (make: () => unknown): unknown[] => Array.from({ length: r.int(4) }, make);
  switch (r.int(5)) {
    case 0:
      return { ...base, gauge: { dataPoints: points(() => numberPoint(r)) } };
    case 1:
      return {
        ...base,
        sum: {
          aggregationTemporality: r.pick([1, 2, 2, 0]),
          isMonotonic: r.chance(0.5),
          dataPoints: points(() => numberPoint(r)),
        },
      };
    case 2:
      return {
        ...base,
        histogram: {
          aggregationTemporality: r.pick([1, 2]),
          dataPoints: points(() => ({
            attributes: attributes(r),
            timeUnixNano: time(r),
            count: '6',
            sum: 10.5,
            bucketCounts: ['1', '2', '3'],
            explicitBounds: [1, 5],
          })),
        },
      };
    case 3:
      return {
        ...base,
        exponentialHistogram: {
          aggregationTemporality: 2,
          dataPoints: points(() => ({
            attributes: attributes(r),
            timeUnixNano: time(r),
            count: '3',
            scale: r.pick([0, 3, 20, -10]),
            zeroCount: '1',
            positive: { offset: r.int(5) - 2, bucketCounts: ['1', '1'] },
          })),
        },
      };
    default:
      return {
        ...base,
        summary: {
          dataPoints: points(() => ({
            attributes: attributes(r),
            timeUnixNano: time(r),
            count: '2',
            sum: 3,
            quantileValues: [{ quantile: 0.5, value: 1 }],
          })),
        },
      };
  }
}

/** A random valid export request. */
export function validRequest(r: Rng): OtlpJson {
  return {
    resourceMetrics: Array.from({ length: 1 + r.int(2) }, () => ({
      resource: {
        attributes: [
          { key: 'service.name', value: { stringValue: r.pick(['svc', 'ü', '']) } },
          ...attributes(r),
        ],
      },
      scopeMetrics: Array.from({ length: 1 + r.int(2) }, () => ({
        scope: { name: 'fuzz', version: '1' },
        metrics: Array.from({ length: r.int(5) }, () => metric(r)),
      })),
    })),
  };
}
