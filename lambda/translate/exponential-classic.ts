/**
 * Exponential histogram points as classic Prometheus histograms (`EXPONENTIAL_HISTOGRAMS=classic`), for
 * destinations that do not store native histograms (VictoriaMetrics answers 204 and drops them).
 *
 * Each point is merged down to the finest scale whose populated buckets fit `maxBuckets` `le` buckets
 * (OTLP downscaling: index i at scale s is index i >> d at scale s - d), then written as an
 * explicit-bucket histogram point through the classic path, so `_sum`, `_count`, `le` formatting,
 * exemplars and stale markers follow the same rules as for OTLP histograms.
 *
 * The `le` bounds, in increasing order: each negative bucket's upper bound (-base^i, the bucket holding
 * values in [-base^(i+1), -base^i)), the zero bucket's (zero_threshold, or 0), then each positive
 * bucket's (base^(i+1)); `+Inf` is the count.
 * https://opentelemetry.io/docs/specs/otel/metrics/data-model/#exponentialhistogram
 */
import type {
  ExponentialHistogramBuckets,
  ExponentialHistogramDataPoint,
  HistogramDataPoint,
} from '../otlp/types.js';
import type { Emit } from './emit.js';
import { exponentialBound, MAX_BOUND_SCALE } from './exponential-bounds.js';
import { addHistogramPoints } from './histogram-points.js';
import type { RejectReason } from '../errors.js';
import { hasNoRecordedValue, int64ToNumber } from './values.js';

/** OTLP's smallest scale (its data model: -10 to 20); classic buckets need no native schema. */
export const MIN_CLASSIC_SCALE = -10;
/**
 * Bounds of CLASSIC_HISTOGRAM_MAX_BUCKETS. 5 is the least every point can meet: merged far enough, a
 * sign's buckets become (0, 1] and (1, +Inf), two per sign with the zero bucket between. 160 is the OTel
 * SDKs' default maximum size of each sign's bucket range (a point that fills it, plus the zero bucket,
 * is then merged one scale).
 */
export const MIN_CLASSIC_BUCKETS = 5;
export const MAX_CLASSIC_BUCKETS = 160;
/** Bucket indices are 32-bit; `>>` by 31 leaves every index at 0 or -1, the coarsest layout. */
const MAX_DOWNSCALE = 31;
const MAX_INDEX = 2 ** 31 - 1;

/** The populated bucket indices of one sign, [first, last] with a count, after trimming empty edges. */
interface Populated {
  readonly first: number;
  readonly last: number;
  readonly offset: number;
  readonly counts: readonly number[];
}

/** An exponential point's classic buckets: explicit bounds and per-bucket counts, as OTLP histograms have. */
export interface ClassicBuckets {
  /** The scale the buckets were merged to, at most the point's. */
  readonly scale: number;
  /** Finite upper bounds, strictly increasing; the zero bucket's among them. */
  readonly bounds: number[];
  /** One count per bound, then the `+Inf` overflow bucket's (buckets beyond the float range). */
  readonly counts: number[];
}

/**
 * Why the point cannot be written as a classic histogram, or undefined when it can: a scale outside
 * OTLP's -10..20, bucket indices beyond 32 bits, a zero_threshold that is negative or not finite, or a
 * count other than zero_count plus the bucket counts (the rule toNativeHistogram's points follow, so
 * switching modes refuses the same points, bar scales -10..-5, which only classic mode can write).
 */
export function invalidClassicPoint(
  point: ExponentialHistogramDataPoint,
): Extract<RejectReason, 'invalid_scale' | 'invalid_histogram'> | undefined {
  const scale = point.scale ?? 0;
  if (!Number.isInteger(scale) || scale < MIN_CLASSIC_SCALE || scale > MAX_BOUND_SCALE)
    return 'invalid_scale';
  for (const side of [point.positive, point.negative]) {
    const offset = side?.offset ?? 0;
    // `>>` merges 32-bit indices: one outside them would land in a wrong bucket.
    if (offset < -MAX_INDEX - 1 || offset + (side?.bucketCounts?.length ?? 0) > MAX_INDEX) {
      return 'invalid_histogram';
    }
  }
  const zeroThreshold = point.zeroThreshold ?? 0;
  if (!(zeroThreshold >= 0 && zeroThreshold < Infinity)) return 'invalid_histogram';
  if (hasNoRecordedValue(point.flags)) return undefined;
  let observed = int64ToNumber(point.zeroCount);
  for (const c of point.positive?.bucketCounts ?? []) observed += int64ToNumber(c);
  for (const c of point.negative?.bucketCounts ?? []) observed += int64ToNumber(c);
  const count = int64ToNumber(point.count);
  // NaN observations are counted in no bucket, so a NaN sum allows a count above the buckets' total.
  const valid = Number.isNaN(point.sum ?? 0) ? count >= observed : count === observed;
  return valid ? undefined : 'invalid_histogram';
}

/** The bucket range of one sign without its empty ends; undefined when every bucket is empty. */
function populated(buckets: ExponentialHistogramBuckets | null | undefined): Populated | undefined {
  const counts = (buckets?.bucketCounts ?? []).map((c) => int64ToNumber(c));
  let first = 0;
  while (first < counts.length && counts[first] === 0) first++;
  if (first === counts.length) return undefined;
  let last = counts.length - 1;
  while (counts[last] === 0) last--;
  const offset = buckets?.offset ?? 0;
  return { first: offset + first, last: offset + last, offset, counts };
}

/** Buckets a sign's range takes once merged by `d` scales. */
function width(range: Populated | undefined, d: number): number {
  return range === undefined ? 0 : (range.last >> d) - (range.first >> d) + 1;
}

/**
 * Scales to merge away: the fewest that fit the negative buckets, the zero bucket and the positive
 * buckets into `maxBuckets`.
 */
function downscaleFor(
  positive: Populated | undefined,
  negative: Populated | undefined,
  maxBuckets: number,
): number {
  for (let d = 0; d < MAX_DOWNSCALE; d++) {
    if (width(positive, d) + width(negative, d) + 1 <= maxBuckets) return d;
  }
  return MAX_DOWNSCALE;
}

/** A sign's counts merged by `d` scales, indexed from `range.first >> d`. */
function merge(range: Populated, d: number): number[] {
  const merged = new Array<number>(width(range, d)).fill(0);
  const base = range.first >> d;
  for (let i = range.first; i <= range.last; i++) {
    const k = (i >> d) - base;
    merged[k] = (merged[k] as number) + (range.counts[i - range.offset] as number);
  }
  return merged;
}

/** Collects (bound, count) in increasing order, folding what a float64 `le` cannot tell apart. */
class BucketList {
  readonly bounds: number[] = [];
  readonly counts: number[] = [];
  private overflow = 0;
  private carried = 0;

  /**
   * A bound of +Inf (a bucket beyond the float range) folds into the overflow bucket; one of -Inf into
   * the next bucket; one not above the last bound into the last bucket (its values are at most its own
   * bound, so at most the last one: e.g. positive buckets below a wide zero_threshold). Each fold is
   * exact: no observation moves past its bound.
   */
  add(bound: number, count: number): void {
    const n = this.bounds.length;
    if (bound === Infinity) this.overflow += count;
    else if (bound === -Infinity) this.carried += count;
    else if (n > 0 && bound <= (this.bounds[n - 1] as number)) {
      this.counts[n - 1] = (this.counts[n - 1] as number) + count;
    } else {
      this.bounds.push(bound);
      this.counts.push(count + this.carried);
      this.carried = 0;
    }
  }

  finish(scale: number): ClassicBuckets {
    return { scale, bounds: this.bounds, counts: [...this.counts, this.overflow + this.carried] };
  }
}

/**
 * The classic buckets of a valid point (see {@link invalidClassicPoint}), at most `maxBuckets` bounds
 * when `maxBuckets` >= {@link MIN_CLASSIC_BUCKETS}.
 * @example classicBuckets({ scale: 0, positive: { offset: 0, bucketCounts: [1, 2] }, count: 3 }, 40)
 *   // { scale: 0, bounds: [0, 2, 4], counts: [0, 1, 2, 0] }
 */
export function classicBuckets(point: ExponentialHistogramDataPoint, maxBuckets: number): ClassicBuckets {
  const positive = populated(point.positive);
  const negative = populated(point.negative);
  const d = downscaleFor(positive, negative, maxBuckets);
  const scale = (point.scale ?? 0) - d;
  const list = new BucketList();
  if (negative !== undefined) {
    // Most negative first: the highest index's bucket lies furthest below zero. `0 -` keeps an
    // underflowed bound +0 rather than -0 (whose `le` would read "-0").
    const merged = merge(negative, d);
    const first = negative.first >> d;
    for (let k = merged.length - 1; k >= 0; k--) {
      list.add(0 - exponentialBound(first + k, scale), merged[k] as number);
    }
  }
  list.add(point.zeroThreshold ?? 0, int64ToNumber(point.zeroCount));
  if (positive !== undefined) {
    const merged = merge(positive, d);
    const first = positive.first >> d;
    for (let k = 0; k < merged.length; k++) {
      list.add(exponentialBound(first + k + 1, scale), merged[k] as number);
    }
  }
  return list.finish(scale);
}

/** The explicit-bucket histogram point the classic path writes for an exponential one. */
export function toClassicPoint(point: ExponentialHistogramDataPoint, maxBuckets: number): HistogramDataPoint {
  const { bounds, counts } = classicBuckets(point, maxBuckets);
  return {
    attributes: point.attributes,
    startTimeUnixNano: point.startTimeUnixNano,
    timeUnixNano: point.timeUnixNano,
    flags: point.flags,
    count: point.count,
    sum: point.sum,
    bucketCounts: counts,
    explicitBounds: bounds,
    exemplars: point.exemplars,
  };
}

/**
 * Adds `_bucket`, `_sum` (when the point has one) and `_count` series per exponential histogram point
 * under the base name `name`, as classic histograms.
 */
export function addExponentialClassicPoints(
  points: readonly ExponentialHistogramDataPoint[],
  name: string,
  metric: string,
  emit: Emit,
  maxBuckets: number,
): void {
  const classic: HistogramDataPoint[] = [];
  for (const point of points) {
    const invalid = invalidClassicPoint(point);
    if (invalid === undefined) classic.push(toClassicPoint(point, maxBuckets));
    else emit.rejections.add(invalid, metric, 1);
  }
  addHistogramPoints(classic, name, metric, emit);
}
