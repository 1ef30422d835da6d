/** The decoded OTLP request, as both OTLP decoders produce it and the translator reads it. */

/**
 * The decoded OTLP request as the translator reads it. Both decoders produce it: protobufjs's classes (JSON
 * path; their Long satisfies `Int64Parts`) and our wire decoder's plain objects (protobuf path). Field names
 * follow the OTLP proto in lowerCamelCase; every field may be absent (null/undefined) as in proto3.
 */
export interface ExportMetricsServiceRequest {
  resourceMetrics: ResourceMetrics[];
}

/** A 64-bit integer's two 32-bit halves, as long.js and our wire reader keep it. */
export interface Int64Parts {
  readonly low: number;
  readonly high: number;
  readonly unsigned: boolean;
  toString(): string;
}

/** A 64-bit protobuf integer: a number when exact, else its halves. */
export type Int64 = number | Int64Parts | null;

type Opt<T> = T | null | undefined;

export interface AnyValue {
  stringValue?: Opt<string>;
  boolValue?: Opt<boolean>;
  intValue?: Opt<number | Int64Parts>;
  doubleValue?: Opt<number>;
  arrayValue?: Opt<{ values?: Opt<AnyValue[]> }>;
  kvlistValue?: Opt<{ values?: Opt<KeyValue[]> }>;
  bytesValue?: Opt<Uint8Array>;
}

export interface KeyValue {
  key?: Opt<string>;
  value?: Opt<AnyValue>;
}

export interface Resource {
  attributes?: Opt<KeyValue[]>;
  droppedAttributesCount?: Opt<number>;
}

export interface InstrumentationScope {
  name?: Opt<string>;
  version?: Opt<string>;
  attributes?: Opt<KeyValue[]>;
  droppedAttributesCount?: Opt<number>;
}

export interface ResourceMetrics {
  resource?: Opt<Resource>;
  scopeMetrics?: Opt<ScopeMetrics[]>;
  schemaUrl?: Opt<string>;
}

export interface ScopeMetrics {
  scope?: Opt<InstrumentationScope>;
  metrics?: Opt<Metric[]>;
  schemaUrl?: Opt<string>;
}

export interface Metric {
  name?: Opt<string>;
  description?: Opt<string>;
  unit?: Opt<string>;
  gauge?: Opt<{ dataPoints?: Opt<NumberDataPoint[]> }>;
  sum?: Opt<{
    dataPoints?: Opt<NumberDataPoint[]>;
    aggregationTemporality?: Opt<number>;
    isMonotonic?: Opt<boolean>;
  }>;
  histogram?: Opt<{ dataPoints?: Opt<HistogramDataPoint[]>; aggregationTemporality?: Opt<number> }>;
  exponentialHistogram?: Opt<{
    dataPoints?: Opt<ExponentialHistogramDataPoint[]>;
    aggregationTemporality?: Opt<number>;
  }>;
  summary?: Opt<{ dataPoints?: Opt<SummaryDataPoint[]> }>;
  metadata?: Opt<KeyValue[]>;
}

interface PointBase {
  attributes?: Opt<KeyValue[]>;
  startTimeUnixNano?: Int64;
  timeUnixNano?: Int64;
  flags?: Opt<number>;
}

export interface NumberDataPoint extends PointBase {
  asDouble?: Opt<number>;
  asInt?: Int64;
  exemplars?: Opt<OtlpExemplar[]>;
}

export interface HistogramDataPoint extends PointBase {
  count?: Int64;
  sum?: Opt<number>;
  bucketCounts?: Opt<Int64[]>;
  explicitBounds?: Opt<number[]>;
  exemplars?: Opt<OtlpExemplar[]>;
  min?: Opt<number>;
  max?: Opt<number>;
}

export interface ExponentialHistogramBuckets {
  offset?: Opt<number>;
  bucketCounts?: Opt<Int64[]>;
}

export interface ExponentialHistogramDataPoint extends PointBase {
  count?: Int64;
  sum?: Opt<number>;
  scale?: Opt<number>;
  zeroCount?: Int64;
  positive?: Opt<ExponentialHistogramBuckets>;
  negative?: Opt<ExponentialHistogramBuckets>;
  exemplars?: Opt<OtlpExemplar[]>;
  min?: Opt<number>;
  max?: Opt<number>;
  zeroThreshold?: Opt<number>;
}

export interface SummaryDataPoint extends PointBase {
  count?: Int64;
  sum?: Opt<number>;
  quantileValues?: Opt<{ quantile?: Opt<number>; value?: Opt<number> }[]>;
}

export interface OtlpExemplar {
  filteredAttributes?: Opt<KeyValue[]>;
  timeUnixNano?: Int64;
  asDouble?: Opt<number>;
  asInt?: Int64;
  spanId?: Opt<Uint8Array>;
  traceId?: Opt<Uint8Array>;
}
