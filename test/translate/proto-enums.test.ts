import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEMPORALITY_NAMES } from '../../lambda/otlp/json-schema.js';
import { RESET_HINT_UNKNOWN } from '../../lambda/translate/exponential-histogram.js';
import { METRIC_TYPE } from '../../lambda/translate/metadata.js';
import { opentelemetry, prometheus } from '../../proto/generated/protos.js';

describe('enum values spelled out so the Lambda bundle needs no generated code', () => {
  it('MetricMetadata.MetricType', () => {
    const { COUNTER, GAUGE, HISTOGRAM, SUMMARY } = prometheus.MetricMetadata.MetricType;
    assert.deepEqual({ ...METRIC_TYPE }, { COUNTER, GAUGE, HISTOGRAM, SUMMARY });
  });

  it('Histogram.ResetHint.UNKNOWN', () => {
    assert.equal(RESET_HINT_UNKNOWN, prometheus.Histogram.ResetHint.UNKNOWN);
  });

  it('AggregationTemporality, every name', () => {
    const generated = Object.entries(opentelemetry.proto.metrics.v1.AggregationTemporality).filter(
      (e): e is [string, number] => typeof e[1] === 'number',
    );
    assert.deepEqual([...TEMPORALITY_NAMES], generated);
  });
});
