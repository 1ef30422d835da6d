/**
 * Summary points to Prometheus summaries (the Collector's addSummaryDataPoints): `_sum`, `_count`, and
 * one series per quantile on the base name with a `quantile` label.
 */
import type { SummaryDataPoint } from '../otlp/types.js';
import type { Emit } from './emit.js';
import { seriesLabels } from './labels.js';
import {
  formatFloatGo,
  hasNoRecordedValue,
  int64ToNumber,
  isZero64,
  nanosToMillis,
  STALE_NAN,
} from './values.js';

/** Adds the series of each summary point under the base name `name`. */
export function addSummaryPoints(
  points: readonly SummaryDataPoint[],
  name: string,
  metric: string,
  emit: Emit,
): void {
  const sumName = `${name}_sum`;
  const countName = `${name}_count`;
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
    emit.set
      .series(seriesLabels(base, sumName))
      .samples.push({ value: stale ? STALE_NAN : (point.sum ?? 0), timestamp });
    emit.set
      .series(seriesLabels(base, countName))
      .samples.push({ value: stale ? STALE_NAN : int64ToNumber(point.count), timestamp });
    for (const q of point.quantileValues ?? []) {
      const series = emit.set.series(seriesLabels(base, name, 'quantile', formatFloatGo(q.quantile ?? 0)));
      series.samples.push({ value: stale ? STALE_NAN : (q.value ?? 0), timestamp });
    }
  }
}
