/**
 * Summary points to Prometheus summaries (the Collector's addSummaryDataPoints): `_sum`, `_count`, and
 * one series per quantile on the base name with a `quantile` label.
 */
import type { SummaryDataPoint } from '../otlp/types.js';
import { endPoint, pointBase, type Emit } from './emit.js';
import { valueOf } from './label-table.js';
import { formatFloatGo, hasNoRecordedValue, int64ToNumber, nanosToMillis, STALE_NAN } from './values.js';

/** Adds the series of each summary point under the base name `name`. */
export function addSummaryPoints(
  points: readonly SummaryDataPoint[],
  name: string,
  metric: string,
  emit: Emit,
): void {
  const table = emit.labeler.table;
  const sumLabel = table.get('__name__', `${name}_sum`);
  const countLabel = table.get('__name__', `${name}_count`);
  const nameLabel = table.get('__name__', name);
  const quantiles = table.values('quantile');
  for (const point of points) {
    const base = pointBase(point, metric, emit, 2);
    if (base === undefined) continue;
    if (!validQuantiles(point)) {
      emit.rejections.add('invalid_summary', metric, 1);
      continue;
    }
    const timestamp = nanosToMillis(point.timeUnixNano);
    const stale = hasNoRecordedValue(point.flags);
    emit.set.beginPoint();
    emit.set.addSample(base, sumLabel, { value: stale ? STALE_NAN : (point.sum ?? 0), timestamp });
    emit.set.addSample(base, countLabel, {
      value: stale ? STALE_NAN : int64ToNumber(point.count),
      timestamp,
    });
    for (const q of point.quantileValues ?? []) {
      const quantile = valueOf(quantiles, 'quantile', formatFloatGo(q.quantile ?? 0));
      emit.set.addSample(base, nameLabel, { value: stale ? STALE_NAN : (q.value ?? 0), timestamp }, quantile);
    }
    // Repeated quantiles in one point clash like any two samples of one series and millisecond.
    endPoint(emit, metric);
  }
}

/** Quantiles are in [0, 1] (OTLP); NaN would make a `quantile="NaN"` series. */
function validQuantiles(point: SummaryDataPoint): boolean {
  for (const q of point.quantileValues ?? []) {
    const quantile = q.quantile ?? 0;
    if (!(quantile >= 0 && quantile <= 1)) return false;
  }
  return true;
}
