/**
 * Prometheus metric metadata for `send_metadata` (the Collector's OtelMetricsToMetadata): type, help from
 * the description, and the unit as otlptranslator's UnitNamer writes it.
 */
import type { prometheus } from '../../proto/generated/protos.js';
import type { PrwMetricMetadata } from '../remote-write/types.js';
import type { MetricKind } from './metric-name.js';
import { prometheusUnit } from './units.js';

type MetricType = prometheus.MetricMetadata.MetricType;

/**
 * The prometheus MetricMetadata.MetricType values we write, spelled out: the generated enum would pull
 * protobufjs into the Lambda bundle (cold start); test/translate/proto-enums.test.ts checks them against it.
 */
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- the values of the type-only enum */
export const METRIC_TYPE = {
  COUNTER: 1 as MetricType,
  GAUGE: 2 as MetricType,
  HISTOGRAM: 3 as MetricType,
  SUMMARY: 5 as MetricType,
} as const;
/* eslint-enable @typescript-eslint/no-unsafe-enum-assignment */
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
