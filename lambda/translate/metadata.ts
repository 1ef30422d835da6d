/**
 * Prometheus metric metadata for `send_metadata` (the Collector's OtelMetricsToMetadata): type, help from
 * the description, and the unit as otlptranslator's UnitNamer writes it.
 */
import type { PrwMetricMetadata } from '../remote-write/types.js';
import type { MetricKind } from './metric-name.js';
import { prometheusUnit } from './units.js';

/** `MetricMetadata.MetricType` (proto/prometheus/remote.proto). */
type MetricType = number;

/**
 * The prometheus MetricMetadata.MetricType values we write, spelled out: the generated enum would pull
 * protobufjs into the Lambda bundle (cold start); test/translate/proto-enums.test.ts checks them against it.
 */
export const METRIC_TYPE = {
  COUNTER: 1,
  GAUGE: 2,
  HISTOGRAM: 3,
  SUMMARY: 5,
} as const;
const { COUNTER, GAUGE, HISTOGRAM, SUMMARY } = METRIC_TYPE;

const TYPE: Readonly<Record<MetricKind, MetricType>> = {
  gauge: GAUGE,
  monotonic_counter: COUNTER,
  non_monotonic_counter: GAUGE,
  histogram: HISTOGRAM,
  exponential_histogram: HISTOGRAM,
  summary: SUMMARY,
};

/** Metadata entries, each distinct entry once (the Collector repeats one per OTLP metric). */
export class MetadataSet {
  private readonly entries = new Map<string, PrwMetricMetadata>();

  add(family: string, kind: MetricKind, description: string, unit: string): void {
    const type = TYPE[kind];
    const promUnit = prometheusUnit(unit);
    const key = `${family}\xff${type}\xff${description}\xff${promUnit}`;
    if (this.entries.has(key)) return;
    this.entries.set(key, { type, metricFamilyName: family, help: description, unit: promUnit });
  }

  toArray(): PrwMetricMetadata[] {
    return [...this.entries.values()];
  }
}
