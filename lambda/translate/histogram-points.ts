/**
 * Explicit-bucket histogram points to classic Prometheus histograms (the Collector's
 * addHistogramDataPoints): `_sum` when the point has one, `_count`, and cumulative `_bucket` series with
 * `le` written like Go's FormatFloat(v, 'f', -1, 64), the `+Inf` bucket being the count.
 */
import type { HistogramDataPoint, OtlpExemplar } from '../otlp/types.js';
import { endPoint, pointBase, type Emit } from './emit.js';
import { toPromExemplar } from './exemplars.js';
import { valueOf, type HashedLabel } from './label-table.js';
import type { TimeSeries } from './series-set.js';
import { formatFloatGo, hasNoRecordedValue, int64ToNumber, nanosToMillis, STALE_NAN } from './values.js';

/** Adds the series of each histogram point under the base name `name`. */
export function addHistogramPoints(
  points: readonly HistogramDataPoint[],
  name: string,
  metric: string,
  emit: Emit,
): void {
  const table = emit.labeler.table;
  const sumLabel = table.get('__name__', `${name}_sum`);
  const countLabel = table.get('__name__', `${name}_count`);
  const bucketLabel = table.get('__name__', `${name}_bucket`);
  const infLabel = table.get('le', '+Inf');
  // The points of a metric nearly always share their bounds: their `le` labels are formatted once.
  const les = new LeLabels(table.values('le'));
  for (const point of points) {
    const base = pointBase(point, metric, emit, 2);
    if (base === undefined) continue;
    const bounds = point.explicitBounds ?? [];
    const counts = point.bucketCounts ?? [];
    if (!validBuckets(bounds, counts)) {
      emit.rejections.add('invalid_histogram', metric, 1);
      continue;
    }
    const timestamp = nanosToMillis(point.timeUnixNano);
    const stale = hasNoRecordedValue(point.flags);
    const count = int64ToNumber(point.count);
    emit.set.beginPoint();

    // An unset sum means the point has none (proto3 `optional`); the Collector then omits `_sum`.
    if (point.sum != null) {
      emit.set.addSample(base, sumLabel, { value: stale ? STALE_NAN : point.sum, timestamp });
    }
    emit.set.addSample(base, countLabel, { value: stale ? STALE_NAN : count, timestamp });

    const exemplars = point.exemplars;
    const buckets: [number, TimeSeries][] | undefined = exemplars && exemplars.length > 0 ? [] : undefined;
    // OTLP buckets hold per-bucket counts; Prometheus `le` buckets are cumulative. The last OTLP bucket
    // (above the highest bound) is the `+Inf` bucket, whose value is the count.
    const leLabels = les.of(bounds);
    let cumulative = 0;
    for (let i = 0; i < bounds.length; i++) {
      const bound = bounds[i] ?? 0;
      const le = leLabels[i];
      if (le === undefined) break; // cannot happen: one label per bound
      cumulative += int64ToNumber(counts[i]);
      const value = stale ? STALE_NAN : cumulative;
      const series = emit.set.addSample(base, bucketLabel, { value, timestamp }, le);
      buckets?.push([bound, series]);
    }
    const inf = emit.set.addSample(
      base,
      bucketLabel,
      { value: stale ? STALE_NAN : count, timestamp },
      infLabel,
    );
    if (!endPoint(emit, metric)) continue;
    if (buckets && exemplars) {
      buckets.push([Infinity, inf]);
      placeExemplars(exemplars, buckets, emit);
    }
  }
}

/**
 * What Prometheus needs of a classic histogram (and OTLP requires): one bucket count per bound plus the
 * overflow bucket, or neither; bounds strictly increasing, none NaN or +Inf (`+Inf` is the overflow
 * bucket's, a second one would clash with it).
 */
function validBuckets(bounds: readonly number[], counts: readonly unknown[]): boolean {
  if (counts.length === 0) return bounds.length === 0;
  if (counts.length !== bounds.length + 1) return false;
  let previous = -Infinity;
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i] as number;
    if (Number.isNaN(b) || b === Infinity || (i > 0 && !(b > previous))) return false;
    previous = b;
  }
  return true;
}

/** The `le` labels of explicit bounds, kept for the last bounds seen. */
class LeLabels {
  private bounds: readonly number[] = [];
  private labels: HashedLabel[] = [];

  constructor(private readonly values: Map<string, HashedLabel>) {}

  of(bounds: readonly number[]): readonly HashedLabel[] {
    if (!sameBounds(bounds, this.bounds)) {
      this.bounds = bounds;
      this.labels = bounds.map((b) => valueOf(this.values, 'le', formatFloatGo(b)));
    }
    return this.labels;
  }
}

function sameBounds(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // Object.is: -0 and 0 format differently; NaN equals NaN.
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * Each exemplar goes to the first bucket (by bound) whose bound is at least its value, found by binary
 * search: a client controls both counts.
 */
function placeExemplars(
  exemplars: readonly OtlpExemplar[],
  buckets: [number, TimeSeries][],
  emit: Emit,
): void {
  buckets.sort((a, b) => a[0] - b[0]);
  for (const e of exemplars) {
    const exemplar = toPromExemplar(e);
    const value = exemplar.value ?? 0;
    let lo = 0;
    let hi = buckets.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((buckets[mid] as [number, TimeSeries])[0] < value) lo = mid + 1;
      else hi = mid;
    }
    const bucket = buckets[lo];
    // NaN is above every bound, as in the linear search it replaces: no bucket.
    if (bucket !== undefined && value <= bucket[0]) emit.set.addExemplar(bucket[1], exemplar);
  }
}
