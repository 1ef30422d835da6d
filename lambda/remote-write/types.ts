/**
 * The remote-write 1.0 messages as the translator builds them and the encoder writes them, one interface
 * per message of proto/prometheus/remote.proto (field names in lowerCamelCase). Plain data: protobufjs's
 * generated classes are not needed to build them, and a decoded protobufjs message satisfies them.
 *
 * As in proto3, every field may be absent (null or undefined); the encoder leaves out absent fields and
 * zero values, and writes a oneof member (`countInt`/`countFloat`, `zeroCountInt`/`zeroCountFloat`)
 * whenever it is set.
 * @see https://prometheus.io/docs/specs/prw/remote_write_spec/ (remote-write 1.0)
 */

type Opt<T> = T | null | undefined;

/**
 * A 64-bit protobuf integer: a number when exact (up to 2^53), else its two 32-bit halves (a long.js Long,
 * our wire decoder's integers and the stale-NaN histogram count all have them).
 */
export type PrwInt64 = number | { readonly low: number; readonly high: number };

/** `Label` of proto/prometheus/remote.proto: one name/value pair of a series or an exemplar. */
export interface PrwLabel {
  name?: Opt<string>;
  value?: Opt<string>;
}

/** `Sample` of proto/prometheus/remote.proto: a float value at a time. */
export interface PrwSample {
  value?: Opt<number>;
  /** Milliseconds since the Unix epoch. */
  timestamp?: Opt<PrwInt64>;
}

/** `Exemplar` of proto/prometheus/remote.proto. */
export interface PrwExemplar {
  labels?: Opt<PrwLabel[]>;
  value?: Opt<number>;
  /** Milliseconds since the Unix epoch. */
  timestamp?: Opt<PrwInt64>;
}

/** `BucketSpan` of proto/prometheus/remote.proto: `length` consecutive buckets after a gap of `offset`. */
export interface PrwBucketSpan {
  offset?: Opt<number>;
  length?: Opt<number>;
}

/**
 * `Histogram` of proto/prometheus/remote.proto: a native histogram. Integer bucket counts are deltas
 * between consecutive buckets; float counts are absolute.
 */
export interface PrwHistogram {
  /** The `count` oneof, integer member (uint64). */
  countInt?: Opt<PrwInt64>;
  /** The `count` oneof, float member. */
  countFloat?: Opt<number>;
  sum?: Opt<number>;
  schema?: Opt<number>;
  zeroThreshold?: Opt<number>;
  /** The `zero_count` oneof, integer member (uint64). */
  zeroCountInt?: Opt<PrwInt64>;
  /** The `zero_count` oneof, float member. */
  zeroCountFloat?: Opt<number>;
  negativeSpans?: Opt<PrwBucketSpan[]>;
  negativeDeltas?: Opt<PrwInt64[]>;
  negativeCounts?: Opt<number[]>;
  positiveSpans?: Opt<PrwBucketSpan[]>;
  positiveDeltas?: Opt<PrwInt64[]>;
  positiveCounts?: Opt<number[]>;
  /** `Histogram.ResetHint`: 0 UNKNOWN, 1 YES, 2 NO, 3 GAUGE. */
  resetHint?: Opt<number>;
  /** Milliseconds since the Unix epoch. */
  timestamp?: Opt<PrwInt64>;
  customValues?: Opt<number[]>;
}

/**
 * `TimeSeries` of proto/prometheus/remote.proto, plus where its samples came from. `points` holds, for
 * each entry of `samples` followed by each entry of `histograms`, the request-wide index of the OTLP data
 * point it was made from (-1 for a sample that is no data point, such as target_info). Delivery uses it to
 * count the points a destination did not write; the encoder ignores it. Absent: delivery counts samples
 * instead.
 */
export interface PrwTimeSeries {
  labels?: Opt<PrwLabel[]>;
  samples?: Opt<PrwSample[]>;
  exemplars?: Opt<PrwExemplar[]>;
  histograms?: Opt<PrwHistogram[]>;
  points?: readonly number[];
}

/** `MetricMetadata` of proto/prometheus/remote.proto: a metric family's type, help and unit. */
export interface PrwMetricMetadata {
  /**
   * `MetricMetadata.MetricType`: 0 UNKNOWN, 1 COUNTER, 2 GAUGE, 3 HISTOGRAM, 4 GAUGEHISTOGRAM, 5 SUMMARY,
   * 6 INFO, 7 STATESET.
   */
  type?: Opt<number>;
  metricFamilyName?: Opt<string>;
  help?: Opt<string>;
  unit?: Opt<string>;
}
