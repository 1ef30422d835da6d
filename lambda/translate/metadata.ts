/**
 * Prometheus metric metadata for `send_metadata` (the Collector's OtelMetricsToMetadata): type, help from
 * the description, and the unit as otlptranslator's UnitNamer writes it.
 */
import type { PrwMetricMetadata } from '../otlp/types.js';
import type { MetricKind } from './metric-name.js';
import { prometheusUnit } from './units.js';

/** prometheus.MetricMetadata.MetricType values on the wire. */
const COUNTER = 1;
const GAUGE = 2;
const HISTOGRAM = 3;
const SUMMARY = 5;

const TYPE: Readonly<Record<MetricKind, number>> = {
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
