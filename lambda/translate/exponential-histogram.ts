/**
 * Exponential histogram points to native histograms in `TimeSeries.histograms` (the Collector's
 * exponentialToNativeHistogram and convertBucketsLayout, themselves taken from client_golang's
 * makeBuckets).
 */
import type { PrwBucketSpan, PrwHistogram } from '../remote-write/types.js';
import type { ExponentialHistogramBuckets, ExponentialHistogramDataPoint, Int64 } from '../otlp/types.js';
import { endPoint, pointBase, type Emit } from './emit.js';
import type { RejectReason } from '../errors.js';
import { toPromExemplar } from './exemplars.js';
import { hasNoRecordedValue, int64ToNumber, nanosToMillis, STALE_NAN, STALE_NAN_COUNT } from './values.js';

/**
 * prometheus Histogram.ResetHint.UNKNOWN, written out: the generated enum would pull protobufjs into the
 * Lambda bundle (cold start); test/translate/proto-enums.test.ts checks it against it.
 */

export const RESET_HINT_UNKNOWN = 0;

type BucketSpan = PrwBucketSpan & { offset: number; length: number };

/** The zero bucket width Prometheus uses; OTLP's zero_threshold is ignored, as the Collector does. */
export const DEFAULT_ZERO_THRESHOLD = 1e-128;
/** Native histogram schemas go from -4 to 8; OTLP scales above 8 are merged down to 8. */
const MIN_SCALE = -4;
const MAX_SCALE = 8;
/** The largest scale OTLP defines (its data model: -10 to 20); beyond it no SDK can produce a point. */
const MAX_OTLP_SCALE = 20;
/** Bucket indices are 32-bit (OTLP's sint32 offset, Prometheus's sint32 span offsets). */
const MAX_INDEX = 2 ** 31 - 1;

/** The sparse (spans and deltas) form of an OTLP dense bucket range. */
export interface BucketLayout {
  readonly spans: BucketSpan[];
  readonly deltas: number[];
}

/**
 * Converts dense OTLP buckets to Prometheus spans and deltas. OTLP bucket index i covers
 * (base^i, base^(i+1)] and Prometheus index i covers (base^(i-1), base^i], hence the +1 shift.
 * `scaleDown` merges 2^scaleDown neighbouring buckets into one.
 */
export function convertBucketsLayout(
  counts: readonly Int64[],
  offset: number,
  scaleDown: number,
): BucketLayout {
  const n = counts.length;
  if (n === 0) return { spans: [], deltas: [] };

  let bucketIdx = (offset >> scaleDown) + 1;
  const span: BucketSpan = { offset: bucketIdx, length: 0 };
  const layout: LayoutBuilder = { spans: [span], deltas: [], span, previous: 0 };
  let count = 0;
  for (let i = 0; i < n; i++) {
    const nextBucketIdx = ((i + offset) >> scaleDown) + 1;
    const c = int64ToNumber(counts[i]);
    if (bucketIdx === nextBucketIdx) {
      // Not enough buckets collected yet to merge into one.
      count += c;
      continue;
    }
    if (count === 0) {
      count = c;
      continue;
    }
    appendBucket(layout, nextBucketIdx - bucketIdx - 1, count);
    count = c;
    bucketIdx = nextBucketIdx;
  }
  // The last bucket's index decides the final gap.
  appendBucket(layout, ((n + offset - 1) >> scaleDown) + 1 - bucketIdx, count);
  return { spans: layout.spans, deltas: layout.deltas };
}

/** A layout being built: the span buckets are added to, and the count the next delta is taken from. */
interface LayoutBuilder {
  readonly spans: BucketSpan[];
  readonly deltas: number[];
  span: BucketSpan;
  previous: number;
}

/**
 * Appends a bucket `gap` empty buckets after the previous one. A gap of at most two empty buckets is
 * filled with zeros (cheaper than a new span), a longer gap starts a new span.
 */
function appendBucket(layout: LayoutBuilder, gap: number, count: number): void {
  if (gap > 2) {
    layout.span = { offset: gap, length: 0 };
    layout.spans.push(layout.span);
  } else {
    for (let j = 0; j < gap; j++) appendDelta(layout, 0);
  }
  appendDelta(layout, count);
}

function appendDelta(layout: LayoutBuilder, count: number): void {
  layout.span.length++;
  // count - previous, not -previous for an empty bucket, which would make -0.
  layout.deltas.push(count - layout.previous);
  layout.previous = count;
}

/** The layout of one side (positive or negative) of an exponential histogram point. */
function sideLayout(side: ExponentialHistogramBuckets | null | undefined, scaleDown: number): BucketLayout {
  return convertBucketsLayout(side?.bucketCounts ?? [], side?.offset ?? 0, scaleDown);
}

/**
 * One native histogram for an exponential histogram point, or undefined when its scale is below -4.
 * NoRecordedValue sets the sum to the stale NaN and the integer count to the stale NaN's bits, as the
 * Collector does.
 */
export function toNativeHistogram(point: ExponentialHistogramDataPoint): PrwHistogram | undefined {
  let scale = point.scale ?? 0;
  if (scale < MIN_SCALE) return undefined;
  let scaleDown = 0;
  if (scale > MAX_SCALE) {
    scaleDown = scale - MAX_SCALE;
    scale = MAX_SCALE;
  }
  const positive = sideLayout(point.positive, scaleDown);
  const negative = sideLayout(point.negative, scaleDown);
  const stale = hasNoRecordedValue(point.flags);
  return {
    // protobufjs writes any {low, high} object as a 64-bit integer; its typings only name number or Long.
    countInt: stale ? STALE_NAN_COUNT : int64ToNumber(point.count),
    sum: stale ? STALE_NAN : (point.sum ?? 0),
    schema: scale,
    zeroThreshold: DEFAULT_ZERO_THRESHOLD,
    zeroCountInt: int64ToNumber(point.zeroCount),
    negativeSpans: negative.spans,
    negativeDeltas: negative.deltas,
    positiveSpans: positive.spans,
    positiveDeltas: positive.deltas,
    // Counter-reset detection is left to Prometheus (UNKNOWN), the only safe hint.
    resetHint: RESET_HINT_UNKNOWN,
    timestamp: nanosToMillis(point.timeUnixNano),
  };
}

/**
 * Why Prometheus (histogram.Validate) or AMP would refuse the point's native histogram, or undefined when
 * it is valid. Prometheus 2.x answers 500 to the whole write request for an invalid one, and the client
 * would resend it for ever, so invalid points are refused here, alone. Points flagged NoRecordedValue
 * carry no counts to check.
 */
export function invalidExponentialHistogram(
  point: ExponentialHistogramDataPoint,
): Extract<RejectReason, 'invalid_scale' | 'invalid_histogram'> | undefined {
  const scale = point.scale ?? 0;
  if (scale < MIN_SCALE || scale > MAX_OTLP_SCALE) return 'invalid_scale';
  const sides = [point.positive, point.negative];
  for (const side of sides) {
    const offset = side?.offset ?? 0;
    if (offset + (side?.bucketCounts?.length ?? 0) > MAX_INDEX) return 'invalid_histogram';
  }
  if (hasNoRecordedValue(point.flags)) return undefined;
  // Added one by one, zero bucket first, then positive, then negative: the order fixes the rounding.
  let observed = int64ToNumber(point.zeroCount);
  for (const side of sides) for (const c of side?.bucketCounts ?? []) observed += int64ToNumber(c);
  const count = int64ToNumber(point.count);
  // Prometheus 3 wants count == the buckets' total unless the sum is NaN (NaN observations are counted
  // in no bucket); 2.x only count >= total. The stricter rule passes both.
  const sum = point.sum ?? 0;
  const valid = Number.isNaN(sum) ? count >= observed : count === observed;
  return valid ? undefined : 'invalid_histogram';
}

/** Adds one native histogram (and its exemplars) per point to the series named `name`. */
export function addExponentialHistogramPoints(
  points: readonly ExponentialHistogramDataPoint[],
  name: string,
  metric: string,
  emit: Emit,
): void {
  const nameLabel = emit.labeler.table.get('__name__', name);
  for (const point of points) {
    const base = pointBase(point, metric, emit, 1);
    if (base === undefined) continue;
    const invalid = invalidExponentialHistogram(point);
    const histogram = invalid === undefined ? toNativeHistogram(point) : undefined;
    if (histogram === undefined) {
      emit.rejections.add(invalid ?? 'invalid_scale', metric, 1);
      continue;
    }
    emit.set.beginPoint();
    const series = emit.set.addHistogram(base, nameLabel, histogram);
    if (!endPoint(emit, metric)) continue;
    if (point.exemplars && point.exemplars.length > 0) {
      for (const e of point.exemplars) emit.set.addExemplar(series, toPromExemplar(e));
    }
  }
}
