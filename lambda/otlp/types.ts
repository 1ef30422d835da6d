/** Short names for the generated OTLP and remote-write message types used across the pipeline. */
import type { google, opentelemetry, prometheus } from '../../proto/generated/protos.js';

export type ExportMetricsServiceRequest =
  opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
export type ResourceMetrics = opentelemetry.proto.metrics.v1.IResourceMetrics;
export type ScopeMetrics = opentelemetry.proto.metrics.v1.IScopeMetrics;
export type Metric = opentelemetry.proto.metrics.v1.IMetric;
export type NumberDataPoint = opentelemetry.proto.metrics.v1.INumberDataPoint;
export type HistogramDataPoint = opentelemetry.proto.metrics.v1.IHistogramDataPoint;
export type ExponentialHistogramDataPoint = opentelemetry.proto.metrics.v1.IExponentialHistogramDataPoint;
export type SummaryDataPoint = opentelemetry.proto.metrics.v1.ISummaryDataPoint;
export type OtlpExemplar = opentelemetry.proto.metrics.v1.IExemplar;
export type KeyValue = opentelemetry.proto.common.v1.IKeyValue;
export type AnyValue = opentelemetry.proto.common.v1.IAnyValue;
export type InstrumentationScope = opentelemetry.proto.common.v1.IInstrumentationScope;
export type Resource = opentelemetry.proto.resource.v1.IResource;
export type RpcStatus = google.rpc.IStatus;

/** A protobufjs 64-bit integer: a number, or a Long-like object when the value may exceed 2^53. */
export type Int64 = number | { low: number; high: number; unsigned: boolean; toString(): string } | null;

export type PrwTimeSeries = prometheus.ITimeSeries;
export type PrwLabel = prometheus.ILabel;
export type PrwSample = prometheus.ISample;
export type PrwExemplar = prometheus.IExemplar;
export type PrwHistogram = prometheus.IHistogram;
export type PrwMetricMetadata = prometheus.IMetricMetadata;
