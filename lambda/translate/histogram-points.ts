/**
 * Explicit-bucket histogram points to classic Prometheus histograms (the Collector's
 * addHistogramDataPoints): `_sum` when the point has one, `_count`, and cumulative `_bucket` series with
 * `le` written like Go's FormatFloat(v, 'f', -1, 64), the `+Inf` bucket being the count.
 */
import type { HistogramDataPoint, OtlpExemplar } from '../otlp/types.js';
import type { Emit } from './emit.js';
import { toPromExemplar } from './exemplars.js';
import { seriesLabels } from './labels.js';
import type { TimeSeries } from './series-set.js';
import {
  formatFloatGo,
  hasNoRecordedValue,
  int64ToNumber,
  isZero64,
  nanosToMillis,
  STALE_NAN,
} from './values.js';

/** Adds the series of each histogram point under the base name `name`. */
export function addHistogramPoints(
  points: readonly HistogramDataPoint[],
  name: string,
  metric: string,
  emit: Emit,
): void {
  const sumName = `${name}_sum`;
  const countName = `${name}_count`;
  const bucketName = `${name}_bucket`;
  for (const point of points) {
    if (isZero64(point.timeUnixNano)) {
      emit.rejections.add('missing_timestamp', metric, 1);
      continue;
    }
    const base = emit.labeler.base(point.attributes);
    if (base === undefined) {
      emit.rejections.add('invalid_label_name', metric, 1);
      continue;
    }
    const timestamp = nanosToMillis(point.timeUnixNano);
    const stale = hasNoRecordedValue(point.flags);
    const count = int64ToNumber(point.count);

    // An unset sum means the point has none (proto3 `optional`); the Collector then omits `_sum`.
    if (point.sum != null) {
      emit.set
        .series(seriesLabels(base, sumName))
        .samples.push({ value: stale ? STALE_NAN : point.sum, timestamp });
    }
    emit.set
      .series(seriesLabels(base, countName))
      .samples.push({ value: stale ? STALE_NAN : count, timestamp });

    const exemplars = point.exemplars;
    const buckets: [number, TimeSeries][] | undefined = exemplars && exemplars.length > 0 ? [] : undefined;
    const bounds = point.explicitBounds ?? [];
    const counts = point.bucketCounts ?? [];
    // OTLP buckets hold per-bucket counts; Prometheus `le` buckets are cumulative.
    const n = Math.min(bounds.length, counts.length);
    let cumulative = 0;
    for (let i = 0; i < n; i++) {
      const bound = bounds[i] ?? 0;
      cumulative += int64ToNumber(counts[i]);
      const series = emit.set.series(seriesLabels(base, bucketName, 'le', formatFloatGo(bound)));
      series.samples.push({ value: stale ? STALE_NAN : cumulative, timestamp });
      buckets?.push([bound, series]);
    }
    const inf = emit.set.series(seriesLabels(base, bucketName, 'le', '+Inf'));
    inf.samples.push({ value: stale ? STALE_NAN : count, timestamp });
    if (buckets && exemplars) {
      buckets.push([Infinity, inf]);
      placeExemplars(exemplars, buckets);
    }
  }
}

/** Each exemplar goes to the first bucket (by bound) whose bound is at least its value. */
function placeExemplars(exemplars: readonly OtlpExemplar[], buckets: [number, TimeSeries][]): void {
  buckets.sort((a, b) => a[0] - b[0]);
  for (const e of exemplars) {
    const exemplar = toPromExemplar(e);
    const value = exemplar.value ?? 0;
    for (const [bound, series] of buckets) {
      if (value <= bound) {
        series.exemplars.push(exemplar);
        break;
      }
    }
  }
}
