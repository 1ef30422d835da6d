/**
 * Prometheus metric metadata for `send_metadata` (the Collector's OtelMetricsToMetadata): type, help from
 * the description, and the unit as otlptranslator's UnitNamer writes it.
 */
import { prometheus } from '../../proto/generated/protos.js';
import type { PrwMetricMetadata } from '../otlp/types.js';
import type { MetricKind } from './metric-name.js';
import { prometheusUnit } from './units.js';

const { COUNTER, GAUGE, HISTOGRAM, SUMMARY } = prometheus.MetricMetadata.MetricType;

const TYPE: Readonly<Record<MetricKind, prometheus.MetricMetadata.MetricType>> = {
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
