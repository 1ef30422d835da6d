import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultsOf } from '../../lambda/otlp/json-defaults.js';
import { MESSAGE_TYPES } from '../../lambda/otlp/json-schema.js';
import { opentelemetry } from '../../proto/generated/protos.js';

const { collector, common, metrics, resource } = opentelemetry.proto;

/** The generated classes json.ts took its prototypes from before it had its own table. */
const GENERATED: Readonly<Record<string, { readonly prototype: object }>> = {
  ExportMetricsServiceRequest: collector.metrics.v1.ExportMetricsServiceRequest,
  ResourceMetrics: metrics.v1.ResourceMetrics,
  Resource: resource.v1.Resource,
  ScopeMetrics: metrics.v1.ScopeMetrics,
  InstrumentationScope: common.v1.InstrumentationScope,
  Metric: metrics.v1.Metric,
  Gauge: metrics.v1.Gauge,
  Sum: metrics.v1.Sum,
  Histogram: metrics.v1.Histogram,
  ExponentialHistogram: metrics.v1.ExponentialHistogram,
  Summary: metrics.v1.Summary,
  NumberDataPoint: metrics.v1.NumberDataPoint,
  HistogramDataPoint: metrics.v1.HistogramDataPoint,
  ExponentialHistogramDataPoint: metrics.v1.ExponentialHistogramDataPoint,
  Buckets: metrics.v1.ExponentialHistogramDataPoint.Buckets,
  SummaryDataPoint: metrics.v1.SummaryDataPoint,
  ValueAtQuantile: metrics.v1.SummaryDataPoint.ValueAtQuantile,
  Exemplar: metrics.v1.Exemplar,
  KeyValue: common.v1.KeyValue,
  AnyValue: common.v1.AnyValue,
  ArrayValue: common.v1.ArrayValue,
  KeyValueList: common.v1.KeyValueList,
};

/** A generated default as plain data: a Long zero as 0, bytes as their length. */
function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return `${value.length} bytes`;
  if (typeof value === 'object' && value !== null && 'low' in value && 'high' in value) {
    const long = value as { low: number; high: number };
    return long.high * 2 ** 32 + long.low;
  }
  return value;
}

describe('the JSON walk defaults (no protobufjs in the Lambda bundle)', () => {
  it('covers every message of the schema', () => {
    assert.deepEqual([...MESSAGE_TYPES.keys()].sort(), Object.keys(GENERATED).sort());
  });

  for (const [name, generated] of Object.entries(GENERATED)) {
    it(`reads every field of ${name} unset as the generated class does`, () => {
      const ours = defaultsOf(MESSAGE_TYPES.get(name)!) as Record<string, unknown>;
      const theirs: Record<string, unknown> = {};
      for (const key of Object.getOwnPropertyNames(generated.prototype)) {
        const d = Object.getOwnPropertyDescriptor(generated.prototype, key);
        // Data fields only: not toJSON, the constructor, or the oneof-name accessors.
        if (d && 'value' in d && typeof d.value !== 'function') theirs[key] = plain(d.value);
      }
      const mine: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(ours)) mine[key] = plain(value);
      assert.deepEqual(mine, theirs);
    });
  }
});
