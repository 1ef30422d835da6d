/**
 * A remote-write native histogram (proto/prometheus/remote.proto `Histogram`) read into buckets with
 * their bounds, for the inspect page and for Prometheus' duplicate check.
 *
 * Buckets come as spans and counts: each span's offset is relative to the end of the previous one (the
 * first span's offset is the first bucket's index); integer counts are deltas from the previous bucket,
 * across spans, float counts are absolute. With schema s the bucket of index i holds
 * (base^(i-1), base^i] with base = 2^(2^-s); negative buckets mirror it. Schema -53 has custom bounds
 * (`custom_values`), as Prometheus' NHCB.
 * See https://prometheus.io/docs/specs/native_histograms/ ("Buckets").
 */
import {
  BUCKET_SPAN_LENGTH,
  BUCKET_SPAN_OFFSET,
  HISTOGRAM_COUNT_FLOAT,
  HISTOGRAM_COUNT_INT,
  HISTOGRAM_CUSTOM_VALUES,
  HISTOGRAM_NEGATIVE_COUNTS,
  HISTOGRAM_NEGATIVE_DELTAS,
  HISTOGRAM_NEGATIVE_SPANS,
  HISTOGRAM_POSITIVE_COUNTS,
  HISTOGRAM_POSITIVE_DELTAS,
  HISTOGRAM_POSITIVE_SPANS,
  HISTOGRAM_SCHEMA,
  HISTOGRAM_SUM,
  HISTOGRAM_TIMESTAMP,
  HISTOGRAM_ZERO_COUNT_FLOAT,
  HISTOGRAM_ZERO_COUNT_INT,
  HISTOGRAM_ZERO_THRESHOLD,
} from '../remote-write/remote-proto.js';
import { WireError, type Reader } from '../otlp/wire/reader.js';
import { int64ToNumber } from '../translate/values.js';

/** One bucket: (lower, upper] for positive buckets, [lower, upper) for negative ones. */
export interface NativeBucket {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
}

export interface NativeHistogram {
  readonly count: number;
  readonly sum: number;
  readonly schema: number;
  readonly zeroThreshold: number;
  readonly zeroCount: number;
  /** Negative buckets, then the zero bucket [-zeroThreshold, zeroThreshold] when it holds any, then positive ones. */
  readonly buckets: readonly NativeBucket[];
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
}

/** Schema of native histograms with custom bucket bounds. */
export const CUSTOM_BUCKETS_SCHEMA = -53;
/**
 * Buckets read per side: a histogram of more is cut there (spans can claim billions of buckets in a few
 * bytes; the SDKs' default is 160).
 */
export const MAX_BUCKETS_PER_SIDE = 4096;

// Histogram and BucketSpan field tags.

/** A bucket's bounds. */
export interface Bounds {
  readonly lower: number;
  readonly upper: number;
}

interface Span {
  offset: number;
  length: number;
}

/** The raw fields, as on the wire. */
interface Fields {
  count: number;
  sum: number;
  schema: number;
  zeroThreshold: number;
  zeroCount: number;
  timestamp: number;
  spans: { negative: Span[]; positive: Span[] };
  /** Integer deltas or float counts, whichever the histogram carries. */
  counts: { negative: number[]; positive: number[] };
  /** Set by a float count field: counts are absolute, not deltas. */
  floatCounts: boolean;
  customValues: number[];
}

/**
 * Reads the Histogram message at `r.pos` up to `end`.
 * @throws WireError when the bytes are not a Histogram.
 */
export function readNativeHistogram(r: Reader, end: number): NativeHistogram {
  const f: Fields = {
    count: 0,
    sum: 0,
    schema: 0,
    zeroThreshold: 0,
    zeroCount: 0,
    timestamp: 0,
    spans: { negative: [], positive: [] },
    counts: { negative: [], positive: [] },
    floatCounts: false,
    customValues: [],
  };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === HISTOGRAM_COUNT_INT) f.count = int64ToNumber(r.int64(true));
    else if (tag === HISTOGRAM_COUNT_FLOAT) {
      f.count = r.double();
      f.floatCounts = true;
    } else if (tag === HISTOGRAM_SUM) f.sum = r.double();
    else if (tag === HISTOGRAM_SCHEMA) f.schema = r.sint32();
    else if (tag === HISTOGRAM_ZERO_THRESHOLD) f.zeroThreshold = r.double();
    else if (tag === HISTOGRAM_ZERO_COUNT_INT) f.zeroCount = int64ToNumber(r.int64(true));
    else if (tag === HISTOGRAM_ZERO_COUNT_FLOAT) f.zeroCount = r.double();
    else if (tag === HISTOGRAM_NEGATIVE_SPANS) addSpan(f.spans.negative, readSpan(r, r.length() + r.pos));
    else if (tag === HISTOGRAM_POSITIVE_SPANS) addSpan(f.spans.positive, readSpan(r, r.length() + r.pos));
    else if (tag === HISTOGRAM_NEGATIVE_DELTAS) readPacked(r, r.length() + r.pos, f.counts.negative, sint64);
    else if (tag === HISTOGRAM_POSITIVE_DELTAS) readPacked(r, r.length() + r.pos, f.counts.positive, sint64);
    else if (tag === HISTOGRAM_NEGATIVE_COUNTS) {
      readPacked(r, r.length() + r.pos, f.counts.negative, double);
      f.floatCounts = true;
    } else if (tag === HISTOGRAM_POSITIVE_COUNTS) {
      readPacked(r, r.length() + r.pos, f.counts.positive, double);
      f.floatCounts = true;
    } else if (tag === HISTOGRAM_CUSTOM_VALUES) readPacked(r, r.length() + r.pos, f.customValues, double);
    else if (tag === HISTOGRAM_TIMESTAMP) f.timestamp = int64ToNumber(r.int64(false));
    else r.skipField(tag);
  }
  if (r.pos !== end) throw new WireError(`histogram overruns its enclosing message at offset ${r.pos}`);
  const absolute = f.floatCounts;
  const positive = expand(f.spans.positive, f.counts.positive, absolute);
  const negative = expand(f.spans.negative, f.counts.negative, absolute);
  const buckets: NativeBucket[] = [];
  for (let i = negative.length - 1; i >= 0; i--) {
    const [index, count] = negative[i] as [number, number];
    const { lower, upper } = bounds(f.schema, index, f.customValues);
    buckets.push({ lower: -upper, upper: -lower, count });
  }
  // The zero bucket is always there (the SDKs' threshold is tiny, or 0): a bar only when it holds something.
  if (f.zeroCount !== 0) {
    buckets.push({ lower: -f.zeroThreshold, upper: f.zeroThreshold, count: f.zeroCount });
  }
  for (const [index, count] of positive) buckets.push({ ...bounds(f.schema, index, f.customValues), count });
  return {
    count: f.count,
    sum: f.sum,
    schema: f.schema,
    zeroThreshold: f.zeroThreshold,
    zeroCount: f.zeroCount,
    buckets,
    timestamp: f.timestamp,
  };
}

/** The bounds of bucket `index`: (base^(index-1), base^index], or the custom bounds around it. */
export function bounds(schema: number, index: number, customValues: readonly number[] = []): Bounds {
  if (schema === CUSTOM_BUCKETS_SCHEMA) {
    return {
      lower: index === 0 ? -Infinity : (customValues[index - 1] ?? Infinity),
      upper: index >= customValues.length ? Infinity : (customValues[index] ?? Infinity),
    };
  }
  // 2^(index * 2^-schema), computed from the exponent so large indexes stay exact powers of two.
  const step = 2 ** -schema;
  return { lower: 2 ** ((index - 1) * step), upper: 2 ** (index * step) };
}

/** Whether two histograms are equal as Prometheus compares them (reset hint and time aside). */
export function sameHistogram(a: NativeHistogram, b: NativeHistogram): boolean {
  if (
    a.schema !== b.schema ||
    a.zeroThreshold !== b.zeroThreshold ||
    a.zeroCount !== b.zeroCount ||
    a.count !== b.count ||
    !Object.is(a.sum, b.sum) ||
    a.buckets.length !== b.buckets.length
  ) {
    return false;
  }
  return a.buckets.every((x, i) => {
    const y = b.buckets[i];
    return y !== undefined && x.lower === y.lower && x.upper === y.upper && x.count === y.count;
  });
}

/** [index, count] of each bucket the spans lay out, at most MAX_BUCKETS_PER_SIDE. */
function expand(spans: readonly Span[], counts: readonly number[], absolute: boolean): [number, number][] {
  const out: [number, number][] = [];
  const n = Math.min(counts.length, MAX_BUCKETS_PER_SIDE);
  let index = 0;
  let running = 0;
  let k = 0;
  for (const span of spans) {
    index += span.offset;
    // Bounded by the counts there are, not by what the span claims.
    for (let j = 0; j < span.length && k < n; j++, k++, index++) {
      const c = counts[k] ?? 0;
      running = absolute ? c : running + c;
      out.push([index, running]);
    }
    if (k >= n) break;
  }
  return out;
}

/**
 * Keeps at most MAX_BUCKETS_PER_SIDE spans: more cannot lay out buckets the expansion keeps, and a
 * hostile histogram of millions of empty spans must not grow the process.
 */
function addSpan(spans: Span[], span: Span): void {
  if (spans.length < MAX_BUCKETS_PER_SIDE) spans.push(span);
}

function readSpan(r: Reader, end: number): Span {
  const span = { offset: 0, length: 0 };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === BUCKET_SPAN_OFFSET) span.offset = r.sint32();
    else if (tag === BUCKET_SPAN_LENGTH) span.length = r.uint32();
    else r.skipField(tag);
  }
  if (r.pos !== end) throw new WireError(`bucket span overruns its enclosing message at offset ${r.pos}`);
  return span;
}

function readPacked(r: Reader, end: number, into: number[], read: (r: Reader) => number): void {
  while (r.pos < end) {
    const v = read(r);
    if (into.length < MAX_BUCKETS_PER_SIDE) into.push(v);
  }
  if (r.pos !== end) throw new WireError(`packed field overruns its enclosing message at offset ${r.pos}`);
}

const double = (r: Reader): number => r.double();

/** A zigzag sint64 as the nearest number (bucket deltas stay far below 2^53). */
function sint64(r: Reader): number {
  const v = r.int64(true);
  if (typeof v === 'number') return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  // Beyond 2^53: halve the halves (the low bit says the sign).
  const magnitude = ((v.high >>> 0) * 2 ** 32 + (v.low >>> 0)) / 2;
  return (v.low & 1) === 0 ? magnitude : -magnitude;
}
